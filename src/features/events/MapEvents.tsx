/**
 * The map's event layer state: per-province counts of the dated events that match the URL's event
 * filters, the selected event's province, and the note (with its on/off switch) under the map.
 * Undated and national events have no place or no date on the map and are said, not drawn.
 */
import { useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { QueryClientContext } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import type { EventRecord } from "../../data/atlas-types";
import type { EventKind } from "../../data/event-kinds";
import { eventsQuery } from "../../data/queries";
import { useMessages } from "../../i18n/context";
import "./events.css";
import type * as EventDates from "./lib/event-dates";
import type * as FilterEvents from "./lib/filter-events";
import { hasEventFilters, placeNamesOf, type EventViewFields } from "./lib/event-view";
import { eventMessages } from "./messages";
import { MapEventSeedContext } from "./seed-context";

export interface MapEvents {
  /** undefined while switched off, so the map draws no layer. */
  counts: ReadonlyMap<string, number> | undefined;
  eventProvince: string | null;
  show: boolean;
  setShow: (show: boolean) => void;
  national: number;
  undated: number;
  chosen: EventRecord | null;
  filtered: boolean;
}

export function useMapEvents(index: AtlasIndex, view: EventViewFields | undefined): MapEvents | null {
  const [show, setShow] = useState(true);
  // The built page's counts (a view without event filters or a chosen event) answer the map until
  // the events file is wanted: nothing downloads the whole file for a map that shows those counts.
  const seed = useContext(MapEventSeedContext);
  const seedAnswers = Boolean(seed && view && !hasEventFilters(view) && !view.event);
  const wanted = view !== undefined && !seedAnswers;
  const data = useEventsIfAvailable(wanted);
  const counting = useCountingCode(wanted);
  // Primitive keys: the map is memoised, so the counts must only change when the filters do.
  const kinds = view?.eventKinds.join(",") ?? "";
  const from = view?.from ?? null;
  const to = view?.to ?? null;
  const query = view?.query ?? "";
  const selection = useMemo(
    () =>
      data && counting
        ? counting.filterEvents(
            data,
            { kinds: (kinds ? kinds.split(",") : []) as EventKind[], province: null, from, to, query },
            placeNamesOf(index),
          )
        : null,
    [data, counting, index, kinds, from, to, query],
  );
  const counts = useMemo(
    () => (counting && selection && show ? counting.countByProvince(selection.dated) : undefined),
    [counting, selection, show],
  );
  // A view without event filters draws the counts the built page carries (the same figures the
  // events file gives), so the drawn page is adopted as it is.
  const seeded = !data && seedAnswers ? seed : null;
  const seedCounts = useMemo(
    () => (seeded && show ? new Map(Object.entries(seeded.counts)) : undefined),
    [seeded, show],
  );
  if (seeded)
    return {
      counts: seedCounts,
      eventProvince: null,
      show,
      setShow,
      national: seeded.national,
      undated: seeded.undated,
      chosen: null,
      filtered: false,
    };
  if (!view || !selection || !data || !counting) return null;
  const chosen = view.event ? (data.find((e) => e.id === view.event) ?? null) : null;
  return {
    counts,
    eventProvince: show && chosen?.provinceAdcode && counting.eventSpan(chosen) ? chosen.provinceAdcode : null,
    show,
    setShow,
    national: selection.dated.filter((e) => !e.provinceAdcode).length,
    undated: selection.undated.length,
    chosen,
    filtered: hasEventFilters(view),
  };
}

type CountingCode = Pick<typeof FilterEvents, "filterEvents" | "countByProvince"> &
  Pick<typeof EventDates, "eventSpan">;
let countingCode: CountingCode | null = null;
const loadCountingCode = () =>
  Promise.all([import("./lib/filter-events"), import("./lib/event-dates")]).then(
    ([filters, dates]): CountingCode =>
      (countingCode = {
        filterEvents: filters.filterEvents,
        countByProvince: filters.countByProvince,
        eventSpan: dates.eventSpan,
      }),
  );

/**
 * The code that filters and counts events, fetched with the events file (a view without event
 * filters draws the built page's counts and needs neither). A failed fetch leaves the layer off,
 * like a failed events file.
 */
function useCountingCode(wanted: boolean): CountingCode | null {
  const [code, setCode] = useState(countingCode);
  useEffect(() => {
    if (wanted && !code) loadCountingCode().then(setCode, () => {});
  }, [wanted, code]);
  return code;
}

/**
 * The events file from the query cache, fetched once asked for. Not `useQuery`: the map also renders
 * without a QueryClient (embeds, tests), and then simply has no event layer (or the built page's
 * counts, for a view without event filters). A failed fetch likewise leaves the layer as it was; the
 * panel and the Events view show the error with a retry.
 */
function useEventsIfAvailable(wanted: boolean): EventRecord[] | undefined {
  const client = useContext(QueryClientContext);
  useEffect(() => {
    if (wanted && client) client.ensureQueryData(eventsQuery).catch(() => {});
  }, [client, wanted]);
  const subscribe = useCallback(
    (onChange: () => void) => (client ? client.getQueryCache().subscribe(onChange) : () => {}),
    [client],
  );
  const read = () => (wanted ? client?.getQueryData(eventsQuery.queryKey) : undefined);
  return useSyncExternalStore(subscribe, read, read);
}

/** @param nameOf a province's name in the reader's language, by adcode */
export function MapEventsNote({ state, nameOf }: { state: MapEvents; nameOf: (adcode: string) => string }) {
  const t = useMessages(eventMessages);
  const { chosen } = state;
  return (
    <p className="map-events-note">
      <label>
        <input type="checkbox" checked={state.show} onChange={(e) => state.setShow(e.target.checked)} /> {t.eventCounts}
      </label>
      {state.show && (
        <span>
          {" "}
          {t.circles(state.filtered)}
          {t.offMap(state.national, state.undated)}
          {chosen &&
            (state.eventProvince ? t.ringed(nameOf(state.eventProvince)) : t.notMarked(!chosen.provinceAdcode))}
        </span>
      )}
    </p>
  );
}
