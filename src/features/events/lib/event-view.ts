/**
 * The bridge between the URL's event fields and the filter: which province a region code means,
 * what "clear" resets, and the names a search also finds an event's province by.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import { EVENT_KINDS, type EventKind } from "../../../data/event-kinds";
import type { ViewState } from "../../../state/view-state";
import type { EventFilter, PlaceNames } from "./filter-events";

/** The view fields the events filter reads; a whole ViewState fits. */
export type EventViewFields = Pick<ViewState, "eventKinds" | "from" | "to" | "query" | "event">;

/** @param provinceIso the province filter (the Events view's `r`), or null for none */
export function filterOfView(view: EventViewFields, index: AtlasIndex, provinceIso: string | null): EventFilter {
  const province = provinceIso ? (index.provinceByIso.get(provinceIso)?.adcode ?? null) : null;
  return { kinds: view.eventKinds, province, from: view.from, to: view.to, query: view.query };
}

/** Whether any filter other than the province is set (what the panel's "Show all" clears). */
export function hasEventFilters(view: EventViewFields): boolean {
  return view.eventKinds.length > 0 || view.from !== null || view.to !== null || view.query.trim() !== "";
}

/** Every event filter reset; the selected event is kept (it is a selection, not a filter). */
export const CLEARED_EVENT_FILTERS = { eventKinds: [], from: null, to: null, query: "" } satisfies Partial<ViewState>;

/** The kinds with one toggled, in the canonical order so equal filters make equal links. */
export function toggleKind(kinds: readonly EventKind[], kind: EventKind): EventKind[] {
  const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
  return EVENT_KINDS.filter((k) => next.includes(k));
}

const namesCache = new WeakMap<AtlasIndex, PlaceNames>();

/** A province's English, short and full Chinese and romanised names, for the text search. */
export function placeNamesOf(index: AtlasIndex): PlaceNames {
  let names = namesCache.get(index);
  if (!names) {
    names = (adcode) => {
      const p = index.provinceByAdcode.get(adcode);
      return p ? [p.nameEn, p.nameZh, p.nameZhFull, p.nameLatin] : [];
    };
    namesCache.set(index, names);
  }
  return names;
}
