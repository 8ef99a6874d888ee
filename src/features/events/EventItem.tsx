/** One event in a province panel's list; selectable when given `onSelect`, with its detail when selected. */
import type { EventRecord } from "../../data/atlas-types";
import { periodById } from "../../data/periods";
import { periodLabel } from "../../data/series";
import { formatExactBn } from "../../ui/format";
import { EventDate, EventSource } from "./EventBits";
import { EVENT_KIND_LABELS } from "../../data/event-kinds";
import { eventPeriodBucket } from "./lib/event-dates";
import { unplacedReason } from "./lib/event-format";

interface Props {
  event: EventRecord;
  selected?: boolean;
  onSelect?: (id: string) => void;
}

export function EventItem({ event: e, selected = false, onSelect }: Props) {
  return (
    <li className={`event kind-${e.kind}${selected ? " selected" : ""}`} data-event-id={e.id}>
      <div className="event-meta">
        <EventDate event={e} />
        <span className="event-kind">{EVENT_KIND_LABELS[e.kind]}</span>
        {e.scope !== "province" && e.placeEn && <span className="event-place">{e.placeEn}</span>}
        {e.amountBn !== null && <span className="event-amount">{formatExactBn(e.amountBn)}</span>}
      </div>
      {onSelect ? (
        <button type="button" className="event-title event-pick" aria-expanded={selected} onClick={() => onSelect(e.id)}>
          {e.title}
        </button>
      ) : (
        <div className="event-title">{e.title}</div>
      )}
      {selected && <EventMore event={e} />}
      <div className="event-source">
        Source: <EventSource event={e} />
      </div>
    </li>
  );
}

function EventMore({ event: e }: { event: EventRecord }) {
  const bucket = eventPeriodBucket(e);
  const period = bucket.period ? periodById(bucket.period) : undefined;
  return (
    <div className="event-more">
      {e.summary && <p>{e.summary}</p>}
      <p className="event-basis">Date: {e.dateBasis || "not stated"}.</p>
      <p className="event-basis">{bucket.period === null ? `Not on the chart: ${unplacedReason(bucket)}.` : `On the chart: the ${period ? periodLabel(period) : bucket.period} bar.`}</p>
      {e.quote && <blockquote>{e.quote}</blockquote>}
      {e.notes && <p className="event-basis">Notes: {e.notes}</p>}
    </div>
  );
}
