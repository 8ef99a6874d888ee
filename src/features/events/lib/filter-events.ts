/**
 * The events table's filter: kinds, a province, a date range and a text search, all ANDed. Pure,
 * so the Events view, the province panel and the map's counts agree on what "matching" means.
 */
import type { EventRecord } from "../../../data/atlas-types";
import { EVENT_KINDS, type EventKind } from "../../../data/event-kinds";
import { eventSpan, hasDateRange, overlapsRange } from "./event-dates";

export interface EventFilter {
  /** Empty: every kind. */
  kinds: readonly EventKind[];
  /** A province adcode: its province, prefecture and county events; null: every event, national too. */
  province: string | null;
  from: string | null;
  to: string | null;
  query: string;
}

export const NO_EVENT_FILTER: EventFilter = { kinds: [], province: null, from: null, to: null, query: "" };

/** Names a search should also find an event by (its province's names), keyed by adcode. */
export type PlaceNames = (adcode: string) => readonly string[];

/** Case, width (全角) and accents folded, so "ＰＯＴ", "Pot" and "pot" match alike. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function searchTokens(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

// Folded search text per event, per names lookup: typing re-filters on every keystroke.
const NO_NAMES: PlaceNames = () => [];
const haystacks = new WeakMap<PlaceNames, WeakMap<EventRecord, string>>();

function haystackOf(event: EventRecord, placeNames: PlaceNames = NO_NAMES): string {
  let cache = haystacks.get(placeNames);
  if (!cache) haystacks.set(placeNames, (cache = new WeakMap()));
  let text = cache.get(event);
  if (text === undefined) {
    // Title and summary in both languages, so either language finds an event whichever the page speaks.
    // The quote is included because a Chinese source's own wording (e.g. 砸锅卖铁) is often only there.
    const province = event.provinceAdcode ? placeNames(event.provinceAdcode) : [];
    text = foldText(
      [
        event.titleEn,
        event.titleZh,
        event.summaryEn,
        event.summaryZh,
        event.placeEn,
        event.placeZh,
        event.sourceName,
        event.quote,
        ...province,
      ].join("\n"),
    );
    cache.set(event, text);
  }
  return text;
}

export function matchesQuery(event: EventRecord, query: string, placeNames?: PlaceNames): boolean {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return true;
  const text = haystackOf(event, placeNames);
  return tokens.every((t) => text.includes(t));
}

export function matchesProvince(event: EventRecord, province: string | null): boolean {
  return province === null || event.provinceAdcode === province;
}

/** Undated events never match a date range: nothing says they fall inside it. */
export function matchesDates(event: EventRecord, from: string | null, to: string | null): boolean {
  if (!hasDateRange(from, to)) return true;
  const span = eventSpan(event);
  return span !== null && overlapsRange(span, from, to);
}

export function matchesKinds(event: EventRecord, kinds: readonly EventKind[]): boolean {
  return kinds.length === 0 || kinds.includes(event.kind);
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/**
 * Newest first by the first day an event may have happened on; at the same start the more precise
 * date first (so "2024" follows the dated days of January 2024); undated last; then by id, stably.
 */
export function compareEvents(a: EventRecord, b: EventRecord): number {
  const sa = eventSpan(a);
  const sb = eventSpan(b);
  if (sa && !sb) return -1;
  if (!sa && sb) return 1;
  if (sa && sb && sa.start !== sb.start) return sa.start < sb.start ? 1 : -1;
  if (sa && sb && a.precision !== b.precision) return PRECISION_RANK[a.precision!] - PRECISION_RANK[b.precision!];
  return a.id.localeCompare(b.id);
}

export interface EventSelection {
  /** Every match, dated newest first, then the undated. */
  events: EventRecord[];
  dated: EventRecord[];
  undated: EventRecord[];
  /** Undated events that matched everything else, left out because a date range is set. */
  undatedExcluded: number;
  /** Matches per kind under every filter except the kinds, so a toggle shows what it would add. */
  kindCounts: Record<EventKind, number>;
}

export function filterEvents(
  events: readonly EventRecord[],
  filter: EventFilter,
  placeNames?: PlaceNames,
): EventSelection {
  const kindCounts = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  const matched: EventRecord[] = [];
  let undatedExcluded = 0;
  for (const e of events) {
    if (!matchesProvince(e, filter.province) || !matchesQuery(e, filter.query, placeNames)) continue;
    if (!matchesDates(e, filter.from, filter.to)) {
      if (eventSpan(e) === null && matchesKinds(e, filter.kinds)) undatedExcluded++;
      continue;
    }
    kindCounts[e.kind]++;
    if (matchesKinds(e, filter.kinds)) matched.push(e);
  }
  matched.sort(compareEvents);
  const dated = matched.filter((e) => eventSpan(e) !== null);
  const undated = matched.filter((e) => eventSpan(e) === null);
  return { events: [...dated, ...undated], dated, undated, undatedExcluded, kindCounts };
}

/** Events per province adcode (national events have none and are not counted). */
export function countByProvince(events: readonly EventRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) if (e.provinceAdcode) counts.set(e.provinceAdcode, (counts.get(e.provinceAdcode) ?? 0) + 1);
  return counts;
}
