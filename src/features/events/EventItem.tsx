/** One event in a province panel's list; selectable when given `onSelect`, with its detail when selected. */
import type { EventRecord } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel } from "../../i18n/domain";
import { AmountCaveats, DataText, EventAmount, EventDate, EventPlace, EventSource } from "./EventBits";
import { dataLang, eventSummary, eventTitle } from "../../i18n/data-lang";
import { eventPeriodBucket } from "./lib/event-dates";
import { barLabel, unplacedReason } from "./lib/event-format";
import { eventViewMessages } from "./view-messages";

interface Props {
  event: EventRecord;
  selected?: boolean;
  onSelect?: (id: string) => void;
}

export function EventItem({ event: e, selected = false, onSelect }: Props) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const title = eventTitle(e, lang);
  return (
    <li className={`event kind-${e.kind}${selected ? " selected" : ""}`} data-event-id={e.id}>
      <div className="event-meta">
        <EventDate event={e} />
        <span className="event-kind">{eventKindLabel(e.kind, lang)}</span>
        {e.scope !== "province" && (e.placeEn || e.placeZh) && (
          <span className="event-place">
            <EventPlace event={e} />
          </span>
        )}
        <EventAmount event={e} className="event-amount" />
      </div>
      {onSelect ? (
        <button
          type="button"
          className="event-title event-pick"
          aria-expanded={selected}
          onClick={() => onSelect(e.id)}
          lang={title.lang}
        >
          {title.text}
        </button>
      ) : (
        <div className="event-title" lang={title.lang}>
          {title.text}
        </div>
      )}
      {selected && <EventMore event={e} />}
      <div className="event-source">
        {t.source}
        <EventSource event={e} />
      </div>
    </li>
  );
}

function EventMore({ event: e }: { event: EventRecord }) {
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const bucket = eventPeriodBucket(e);
  return (
    <div className="event-more">
      <DataText as="p" text={eventSummary(e, lang)} />
      <p className="event-basis">
        {t.dateLead}
        {e.dateBasis ? <DataText text={e.dateBasis} /> : t.notStated}
        {t.sentenceEnd}
      </p>
      <p className="event-basis">
        {bucket.period === null ? t.notOnChart(unplacedReason(bucket, lang)) : t.onChart(barLabel(bucket.period, lang))}
      </p>
      <AmountCaveats event={e} className="event-basis" />
      {e.quote && <blockquote lang={dataLang(e.quote, lang)}>{e.quote}</blockquote>}
      {e.notes && (
        <p className="event-basis">
          {t.notes}
          <DataText text={e.notes} />
        </p>
      )}
    </div>
  );
}
