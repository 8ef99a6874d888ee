/**
 * The Events view: every event in the data, filtered through the URL (kinds, province, date range,
 * text), on a month timeline and in a table; one can be selected for its full record.
 */
import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { eventsQuery } from "../../data/queries";
import { useLang, useMessages } from "../../i18n/context";
import type { ViewProps } from "../../state/view-props";
import { countByProvince, filterEvents } from "./lib/filter-events";
import { filterOfView, placeNamesOf } from "./lib/event-view";
import { EventFilters } from "./EventFilters";
import { EventResults } from "./EventResults";
import { DownloadMenu } from "../export/DownloadMenu";
import { AddToDeck } from "../deck/AddToDeck";
import { viewLink } from "../../state/view-link";
import { atlasBase } from "../../state/address";
import { eventViewMessages } from "./view-messages";
import "./events.css";
import { LoadError } from "../../ui/LoadError";

export function EventsView({ index, view, setView, theme }: ViewProps) {
  const { data, isPending, isError, error, refetch } = useQuery(eventsQuery);
  const lang = useLang();
  const t = useMessages(eventViewMessages);
  const names = placeNamesOf(index);
  const filter = useMemo(() => filterOfView(view, index, view.region), [view, index]);
  const selection = useMemo(() => (data ? filterEvents(data, filter, names) : null), [data, filter, names]);
  // The province list's counts follow every other filter, as the kind toggles' counts do.
  const provinceCounts = useMemo(
    () => (data ? countByProvince(filterEvents(data, { ...filter, province: null }, names).events) : null),
    [data, filter, names],
  );

  return (
    <section className="events-view" aria-labelledby="events-title">
      <div className="events-head">
        <div className="panel-head">
          <h2 id="events-title">{t.title}</h2>
          <DownloadMenu
            label={t.download}
            context={() => ({
              index,
              view,
              subject: "events",
              theme: theme ?? "light",
              transparent: false,
              permalink: viewLink(atlasBase(), view, lang),
              lang,
              events: selection?.events ?? [],
            })}
          />
          <AddToDeck view={view} setView={setView} subject="events" theme={theme ?? "light"} />
        </div>
        <p className="muted">{t.intro}</p>
      </div>
      {isPending ? (
        <p className="loading">{t.loading}</p>
      ) : isError ? (
        <LoadError lead={t.loadFailed} error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <EventFilters
            index={index}
            view={view}
            setView={setView}
            kindCounts={selection!.kindCounts}
            provinceCounts={provinceCounts!}
          />
          <EventResults index={index} view={view} setView={setView} all={data} selection={selection!} />
        </>
      )}
    </section>
  );
}
