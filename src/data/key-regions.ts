/**
 * Key high-debt region membership as of a date, from key_regions.csv. A change dated to a month or
 * a year takes effect from the start of that month or year, the earliest date the source allows
 * and the only one it supports without guessing a day.
 */
import type { KeyRegionRecord } from "./atlas-types";

export type KeyStatus =
  | { kind: "list-not-yet"; listedFrom: string }
  | { kind: "never" }
  | { kind: "listed"; since: string; record: KeyRegionRecord; pendingNote: string | null }
  | { kind: "exited"; since: string; exitedOn: string; record: KeyRegionRecord };

/** Start of a partial date: "2025-08" -> "2025-08-01", "2025" -> "2025-01-01". */
export function startOf(partial: string): string {
  if (/^\d{4}$/.test(partial)) return `${partial}-01-01`;
  if (/^\d{4}-\d{2}$/.test(partial)) return `${partial}-01`;
  return partial;
}

/** The earliest listing date across the records: before it, the list did not exist. */
export function listStart(records: KeyRegionRecord[]): string | null {
  const dates = records.map((r) => startOf(r.listedDate)).sort();
  return dates[0] ?? null;
}

export function keyStatusAt(records: KeyRegionRecord[], adcode: string, date: string): KeyStatus {
  const start = listStart(records);
  if (start === null) return { kind: "never" };
  if (date < start) return { kind: "list-not-yet", listedFrom: start };
  const record = records.find((r) => r.adcode === adcode);
  if (!record || date < startOf(record.listedDate)) return { kind: "never" };
  const change = record.change;
  if (change?.isExit && date >= startOf(change.date)) {
    return { kind: "exited", since: record.listedDate, exitedOn: change.date, record };
  }
  let pendingNote: string | null = null;
  if (change && !change.isExit && date >= startOf(change.date)) pendingNote = `${change.kind} (${change.date})`;
  return { kind: "listed", since: record.listedDate, record, pendingNote };
}

export function isKeyAt(records: KeyRegionRecord[], adcode: string, date: string): boolean {
  return keyStatusAt(records, adcode, date).kind === "listed";
}
