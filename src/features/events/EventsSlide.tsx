/**
 * Events as a slide: the month timeline of the events the view's filters select, with the count;
 * no filters or table, with a key to the kinds' colours. A mark pressed shows its event's title in
 * the timeline's own way.
 */
import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { eventsQuery } from "../../data/queries";
import { EVENT_KINDS } from "../../data/event-kinds";
import { useLang, useMessages } from "../../i18n/context";
import { eventKindLabel } from "../../i18n/domain";
import type { ViewState } from "../../state/view-state";
import { LoadError } from "../../ui/LoadError";
import { EventTimeline } from "./EventTimeline";
import { filterEvents } from "./lib/filter-events";
import { filterOfView, placeNamesOf } from "./lib/event-view";
import { eventViewMessages } from "./view-messages";
import "./events.css";

export function EventsSlide({ index, view }: { index: AtlasIndex; view: ViewState }) {
  const { data, isPending, isError, error, refetch } = useQuery(eventsQuery);
  const t = useMessages(eventViewMessages);
  const lang = useLang();
  const [chosen, setChosen] = useState<string | null>(view.event);
  const names = placeNamesOf(index);
  const filter = useMemo(() => filterOfView(view, index, view.region), [view, index]);
  const selection = useMemo(() => (data ? filterEvents(data, filter, names) : null), [data, filter, names]);
  if (isPending) return <p className="loading">{t.loading}</p>;
  if (isError) return <LoadError lead={t.loadFailed} error={error} onRetry={() => refetch()} />;
  return (
    <div className="events-view events-slide">
      <p className="events-results">
        <strong>{t.resultCount(selection!.events.length, data.length)}</strong>
      </p>
      <ul className="events-slide-key" aria-label={t.kind}>
        {EVENT_KINDS.map((kind) => (
          <li key={kind} className={`kind-${kind}`}>
            <span className="kind-dot" aria-hidden="true" />
            {eventKindLabel(kind, lang)}
          </li>
        ))}
      </ul>
      <EventTimeline
        events={selection!.dated}
        all={data}
        selected={data.find((e) => e.id === chosen) ?? null}
        from={view.from}
        to={view.to}
        onSelect={(id) => setChosen((c) => (c === id ? null : id))}
      />
    </div>
  );
}
