/** Small pieces every event listing shares: the date at its precision, the kind, the source link. */
import type { EventRecord } from "../../data/atlas-types";
import { EVENT_KIND_LABELS } from "../../data/event-kinds";
import { safeHref } from "../../ui/format";
import { eventDateValue } from "./lib/event-dates";
import { eventDateLabel, PRECISION_WORDS, sourceDateLabel } from "./lib/event-format";

export function EventDate({ event }: { event: EventRecord }) {
  const value = eventDateValue(event);
  if (!value || !event.precision) return <span className="event-date undated">Undated</span>;
  return (
    <time className="event-date" dateTime={value} title={`Precision: ${PRECISION_WORDS[event.precision]}`}>
      {eventDateLabel(event)}
    </time>
  );
}

export function KindLabel({ kind }: { kind: EventRecord["kind"] }) {
  return (
    <span className={`event-kind kind-${kind}`}>
      <span className="kind-dot" aria-hidden="true" />
      {EVENT_KIND_LABELS[kind]}
    </span>
  );
}

/** The source as a link when its URL is http(s) (a `javascript:` URL in the data stays text). */
export function EventSource({ event, withDate = true }: { event: EventRecord; withDate?: boolean }) {
  const href = safeHref(event.sourceUrl);
  return (
    <span className="event-source-ref">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {event.sourceName}
        </a>
      ) : (
        event.sourceName
      )}
      {withDate && event.sourceDate && <span className="event-source-date">, {sourceDateLabel(event.sourceDate)}</span>}
    </span>
  );
}
