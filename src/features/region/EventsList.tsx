/** A province's events, newest first, undated ones last and never placed on a guessed date. */
import { useQuery } from "@tanstack/react-query";
import { eventsQuery } from "../../data/queries";
import type { EventRecord } from "../../data/atlas-types";
import { EVENT_KIND_LABELS } from "../../data/event-kinds";
import { formatExactBn, formatPartialDate, safeHref } from "../../ui/format";


export function sortEvents(events: EventRecord[]): EventRecord[] {
  return [...events].sort((a, b) => {
    if (a.date === b.date) return a.id.localeCompare(b.id);
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  });
}

export function EventsList({ adcode, name }: { adcode: string; name: string }) {
  const { data, isPending, isError, refetch } = useQuery(eventsQuery);
  if (isPending) return <p className="muted">Loading events…</p>;
  if (isError)
    return (
      <p className="error" role="alert">
        The events could not be loaded. <button onClick={() => refetch()}>Retry</button>
      </p>
    );
  const events = sortEvents(data.filter((e) => e.provinceAdcode === adcode));
  if (events.length === 0) return <p className="muted">No events recorded for {name} in the data.</p>;
  return (
    <ol className="events">
      {events.map((e) => {
        const href = safeHref(e.sourceUrl);
        return (
          <li key={e.id} className={`event kind-${e.kind}`}>
            <div className="event-meta">
              <time dateTime={e.date ?? undefined}>{formatPartialDate(e.date)}</time>
              <span className="event-kind">{EVENT_KIND_LABELS[e.kind]}</span>
              {e.scope !== "province" && e.placeEn && <span className="event-place">{e.placeEn}</span>}
              {e.amountBn !== null && <span className="event-amount">{formatExactBn(e.amountBn)}</span>}
            </div>
            <div className="event-title">{e.title}</div>
            <div className="event-source">
              Source:{" "}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {e.sourceName}
                </a>
              ) : (
                e.sourceName
              )}
              {e.sourceDate && e.sourceDate !== "not printed" ? `, ${e.sourceDate}` : ""}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
