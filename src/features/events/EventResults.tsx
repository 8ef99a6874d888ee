/** What the filters found: the count, the timeline, the table, and the selected event's record. */
import type { EventRecord } from "../../data/atlas-types";
import type { ViewProps } from "../view-props";
import type { EventSelection } from "./lib/filter-events";
import { CLEARED_EVENT_FILTERS } from "./lib/event-view";
import { EventDetail } from "./EventDetail";
import { EventsTable } from "./EventsTable";
import { EventTimeline } from "./EventTimeline";

interface Props extends ViewProps {
  all: EventRecord[];
  selection: EventSelection;
}

export function EventResults({ index, view, setView, all, selection }: Props) {
  const chosen = view.event ? (all.find((e) => e.id === view.event) ?? null) : null;
  const listed = chosen !== null && selection.events.includes(chosen);
  const select = (id: string) => setView({ event: view.event === id ? null : id });
  const detail = (e: EventRecord) => <EventDetail event={e} index={index} setView={setView} />;
  const province = view.region ? index.provinceByIso.get(view.region) : undefined;
  const provinceHasNone = province !== undefined && !all.some((e) => e.provinceAdcode === province.adcode);
  const { undatedExcluded } = selection;

  return (
    <>
      <p className="events-results" aria-live="polite">
        <strong>
          {selection.events.length} of {all.length} events
        </strong>
        {undatedExcluded > 0 && ` · ${undatedExcluded} undated ${undatedExcluded === 1 ? "event is" : "events are"} left out while a date range is set`}
      </p>
      {view.event && !chosen && (
        <p className="events-notice" role="note">
          Event “{view.event}” is not in the data.{" "}
          <button type="button" className="link-button" onClick={() => setView({ event: null }, "replace")}>
            Dismiss
          </button>
        </p>
      )}
      {selection.dated.length > 0 && <EventTimeline events={selection.dated} all={all} selected={chosen} from={view.from} to={view.to} onSelect={select} />}
      {chosen && !listed && (
        <div className="event-detail-box" aria-label="Selected event">
          <p className="events-notice">The selected event is not among the filtered events.</p>
          {detail(chosen)}
        </div>
      )}
      {selection.events.length === 0 ? (
        <div className="events-empty" role="note">
          <p>{provinceHasNone ? `No events recorded for ${province.nameEn} in the data.` : "No events match these filters."}</p>
          <button type="button" onClick={() => setView({ ...CLEARED_EVENT_FILTERS, region: null })}>
            Clear filters
          </button>
        </div>
      ) : (
        <EventsTable dated={selection.dated} undated={selection.undated} selected={view.event} onSelect={select} detail={detail} />
      )}
    </>
  );
}
