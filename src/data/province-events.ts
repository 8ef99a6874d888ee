/**
 * A province's events file (generated/events/<ISO code>.json, written by scripts/build-data.ts):
 * what its panel lists, marks on its charts and places on its prefecture map, without the whole
 * events file (a seventh to a twentieth of it). Besides the province's own events it holds the
 * events their amounts overlap with, so an overlap is named by its title wherever that event is.
 */
import type { EventRecord } from "./atlas-types";

/** The province's events, in the events file's order, then any other event one of them overlaps. */
export function eventsOfProvince(all: readonly EventRecord[], adcode: string): EventRecord[] {
  const own = all.filter((e) => e.provinceAdcode === adcode);
  const named = new Set(own.flatMap((e) => e.amountOverlaps));
  const others = all.filter((e) => e.provinceAdcode !== adcode && named.has(e.id));
  return [...own, ...others];
}

/** The file: which province it is for, and its events. */
export interface ProvinceEventsFile {
  iso: string;
  adcode: string;
  events: EventRecord[];
}

export function provinceEventsFileOf(all: readonly EventRecord[], province: { iso: string; adcode: string }): ProvinceEventsFile {
  return { iso: province.iso, adcode: province.adcode, events: eventsOfProvince(all, province.adcode) };
}

/** Where a province's events file is, under generated/. */
export const provinceEventsFile = (iso: string) => `events/${iso}.json`;

/**
 * What makes a fetched value the events file of the province with this ISO code and adcode, once its
 * events have the events file's shape (checked by the caller; null = fine).
 */
export function provinceEventsProblem(
  file: { iso: unknown; adcode: unknown; events: readonly EventRecord[] },
  iso: string,
  adcode: string,
): string | null {
  if (file.iso !== iso || file.adcode !== adcode) return `not the events file of ${iso} (${adcode})`;
  const { events } = file;
  const named = new Set(events.filter((e) => e.provinceAdcode === adcode).flatMap((e) => e.amountOverlaps));
  const k = events.findIndex((e) => e.provinceAdcode !== adcode && !named.has(e.id));
  return k < 0 ? null : `events[${k}] ("${events[k].id.slice(0, 60)}") is neither ${iso}'s nor named by one of its events`;
}
