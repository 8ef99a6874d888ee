/**
 * The policy timeline as a list under the balance chart: every marker with its date (as precise
 * as the source), summary and source. Focusing or hovering an entry highlights its marker, so
 * the list is how keyboard and screen-reader users reach the timeline.
 */
import type { EventRecord } from "../../data/atlas-types";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel } from "../../i18n/domain";
import { eventTitle } from "../../i18n/data-lang";
import { formatPartialDate } from "../../ui/format";
import { Cite } from "./Cite";
import { precisionText } from "./lib/time-axis";
import type { TimelineMarker } from "./lib/timeline";
import { nationalPageMessages } from "./page-messages";

interface Props {
  markers: TimelineMarker[];
  others: EventRecord[];
  activeId: string | null;
  onActive: (id: string | null) => void;
}

export function TimelineList({ markers, others, activeId, onActive }: Props) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  return (
    <div className="timeline-list">
      <h3 id="national-timeline-heading">{t.timelineHeading}</h3>
      <ol aria-labelledby="national-timeline-heading">
        {markers.map((m) => (
          <li
            key={m.id}
            className={`timeline-item ${m.tone}${m.id === activeId ? " active" : ""}`}
            data-marker-item={m.id}
          >
            <button
              type="button"
              className="timeline-item-button"
              onClick={() => onActive(m.id)}
              onFocus={() => onActive(m.id)}
              onBlur={() => onActive(null)}
              onMouseEnter={() => onActive(m.id)}
              onMouseLeave={() => onActive(null)}
            >
              <span className={`marker-number ${m.tone}`} aria-hidden="true">
                {m.number}
              </span>
              <time dateTime={m.date}>
                {formatPartialDate(m.date, lang)}
                {precisionText(m.span.precision, lang)}
              </time>
              <span className="timeline-item-short">{m.short}</span>
            </button>
            <div className="timeline-item-title" lang={m.title.lang}>
              {m.title.text}
            </div>
            <p className="timeline-item-summary" lang={m.summary.lang}>
              {m.summary.text}
            </p>
            {m.note && <p className="timeline-item-note">{m.note}</p>}
            <div className="timeline-item-source">
              {t.sourceLabel}
              <Cite name={m.source.name} date={m.source.date} url={m.source.url} strength={m.source.strength} />
            </div>
          </li>
        ))}
      </ol>
      {others.length > 0 && (
        <details className="timeline-others">
          <summary>{t.othersSummary(others.length)}</summary>
          <ul>
            {others.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date ?? undefined}>{e.date ? formatPartialDate(e.date, lang) : t.undatedOther}</time>{" "}
                · {eventKindLabel(e.kind, lang)} ·{" "}
                <span lang={eventTitle(e, lang).lang}>{eventTitle(e, lang).text}</span>
                {t.stop}
                <span className="muted">
                  {t.sourceLabel}
                  <Cite name={e.sourceName} date={e.sourceDate} url={e.sourceUrl} strength={e.sourceStrength} />
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
