/**
 * A province's events, newest first, undated ones last and never placed on a guessed date. Given
 * the view, the list follows the event filters in the URL (a period picked on the chart is a
 * from/to range), events can be selected, and `useChartEvents` feeds the chart's markers.
 */
import { useMemo } from "react";
import { useProvinceEvents } from "../events/use-province-events";
import type { AtlasIndex } from "../../data/atlas-index";
import type { EventRecord } from "../../data/atlas-types";
import type { EventKind } from "../../data/event-kinds";
import type { ViewProps } from "../../state/view-props";
import { countByPeriod, eventPeriodBucket, periodOfRange, periodRange } from "../events/lib/event-dates";
import { compareEvents, filterEvents } from "../events/lib/filter-events";
import { placeNamesOf, type EventViewFields } from "../events/lib/event-view";
import { unplacedSummary } from "../events/lib/event-format";
import type { ChartEvents } from "./RegionBalanceChart";
import { EventItem } from "../events/EventItem";
import { PanelEventsBar } from "../events/PanelEventsBar";
import { useLang, useMessages } from "../../i18n/context";
import { regionMessages } from "./messages";
import { LoadError } from "../../ui/LoadError";

export function sortEvents(events: EventRecord[]): EventRecord[] {
  return [...events].sort(compareEvents);
}

type SetView = ViewProps["setView"];

interface Props {
  adcode: string;
  /** The province's name in the reader's language. */
  name: string;
  /** With the view: filters, selection and the link to the Events view. Without: a plain list. */
  index?: AtlasIndex;
  iso?: string;
  view?: EventViewFields;
  setView?: SetView;
}

export function EventsList({ adcode, name, index, iso, view, setView }: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const { data, isError, error, refetch } = useProvinceEvents(adcode);
  if (isError) return <LoadError lead={t.eventsFailed} error={error} onRetry={() => refetch()} />;
  if (!data) return <p className="muted">{t.loadingEvents}</p>;
  const all = data.filter((e) => e.provinceAdcode === adcode);
  if (all.length === 0) return <p className="muted">{t.noEvents(name)}</p>;
  if (!view || !setView || !index) return <EventItems events={sortEvents(all)} />;

  const selection = filterEvents(
    all,
    { kinds: view.eventKinds, province: adcode, from: view.from, to: view.to, query: view.query },
    placeNamesOf(index),
  );
  const select = (id: string) => setView({ event: view.event === id ? null : id });
  const note = unplacedSummary(
    countByPeriod(selection.dated).unplaced.concat(
      selection.undated.map((event) => ({ event, bucket: { period: null, reason: "undated" } })),
    ),
    lang,
  );
  return (
    <>
      <p className="events-note">{t.eventsNote}</p>
      <PanelEventsBar
        view={view}
        setView={setView}
        shown={selection.events.length}
        total={all.length}
        undatedExcluded={selection.undatedExcluded}
      />
      {selection.events.length === 0 && <p className="muted">{t.noMatch(name)}</p>}
      <EventItems events={selection.dated} selected={view.event} onSelect={select} />
      {selection.undated.length > 0 && (
        <>
          <h4 className="events-undated-head">{t.undated}</h4>
          <p className="events-note">{t.undatedNote}</p>
          <EventItems events={selection.undated} selected={view.event} onSelect={select} />
        </>
      )}
      {note && <p className="events-note">{note}</p>}
      {iso && (
        <button className="link-button" onClick={() => setView({ view: "events", region: iso })}>
          {t.allEvents(name)}
        </button>
      )}
    </>
  );
}

function EventItems({
  events,
  selected = null,
  onSelect,
}: {
  events: EventRecord[];
  selected?: string | null;
  onSelect?: (id: string) => void;
}) {
  if (events.length === 0) return null;
  return (
    <ol className="events">
      {events.map((e) => (
        <EventItem key={e.id} event={e} selected={selected === e.id} onSelect={onSelect} />
      ))}
    </ol>
  );
}

/** The chart's event markers for a province: counts per bar under the kind and text filters. */
export function useChartEvents(
  adcode: string,
  index: AtlasIndex,
  view?: EventViewFields,
  setView?: SetView,
): ChartEvents | undefined {
  const { data } = useProvinceEvents(adcode, Boolean(view && setView));
  const kinds = view?.eventKinds.join(",") ?? "";
  const query = view?.query ?? "";
  const counts = useMemo(() => {
    if (!data) return null;
    // No date range here: the markers are how a period is picked, so every bar keeps its count.
    const filter = {
      kinds: (kinds ? kinds.split(",") : []) as EventKind[],
      province: adcode,
      from: null,
      to: null,
      query,
    };
    return countByPeriod(filterEvents(data, filter, placeNamesOf(index)).dated).counts;
  }, [data, adcode, index, kinds, query]);
  if (!view || !setView || !counts) return undefined;
  const selectedPeriod = periodOfRange(view.from, view.to);
  const chosen = view.event ? data?.find((e) => e.id === view.event) : undefined;
  return {
    counts,
    selectedPeriod,
    highlight: chosen?.provinceAdcode === adcode ? eventPeriodBucket(chosen).period : null,
    // A second click on the chosen period clears it.
    onPeriod: (period) => setView(period === selectedPeriod ? { from: null, to: null } : (periodRange(period) ?? {})),
  };
}
