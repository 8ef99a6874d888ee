/**
 * The Events view: every event in the data, filtered through the URL (kinds, province, date range,
 * text), on a month timeline and in a table; one can be selected for its full record.
 */
import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { eventsQuery } from "../../data/queries";
import type { ViewProps } from "../view-props";
import { countByProvince, filterEvents } from "./lib/filter-events";
import { filterOfView, placeNamesOf } from "./lib/event-view";
import { EventFilters } from "./EventFilters";
import { EventResults } from "./EventResults";
import { DownloadMenu } from "../export/DownloadMenu";
import { atlasBase, viewLink } from "../share/lib/embed-code";
import "./events.css";

export function EventsView({ index, view, setView, theme }: ViewProps) {
  const { data, isPending, isError, refetch } = useQuery(eventsQuery);
  const names = placeNamesOf(index);
  const filter = useMemo(() => filterOfView(view, index, view.region), [view, index]);
  const selection = useMemo(() => (data ? filterEvents(data, filter, names) : null), [data, filter, names]);
  // The province list's counts follow every other filter, as the kind toggles' counts do.
  const provinceCounts = useMemo(() => (data ? countByProvince(filterEvents(data, { ...filter, province: null }, names).events) : null), [data, filter, names]);

  return (
    <section className="events-view" aria-labelledby="events-title">
      <div className="events-head">
        <div className="panel-head">
          <h2 id="events-title">Events</h2>
          <DownloadMenu
            label="Download"
            context={() => ({
              index,
              view,
              subject: "events",
              theme: theme ?? "light",
              transparent: false,
              permalink: viewLink(atlasBase(window.location), view),
              events: selection?.events ?? [],
            })}
          />
        </div>
        <p className="muted">
          Asset sales (“selling the pot and iron”, 砸锅卖铁), policy steps, key-region list changes and financial-risk episodes, each with its
          source. Dates are as precise as the source: a month or a year is never narrowed to a guessed day.
        </p>
      </div>
      {isPending ? (
        <p className="loading">Loading events…</p>
      ) : isError ? (
        <p className="error" role="alert">
          The events could not be loaded. <button onClick={() => refetch()}>Retry</button>
        </p>
      ) : (
        <>
          <EventFilters index={index} view={view} setView={setView} kindCounts={selection!.kindCounts} provinceCounts={provinceCounts!} />
          <EventResults index={index} view={view} setView={setView} all={data} selection={selection!} />
        </>
      )}
    </section>
  );
}
