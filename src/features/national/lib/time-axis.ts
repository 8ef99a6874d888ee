/**
 * The balance chart's time axis, where x = Y is the end of year Y (the bars are year-end figures),
 * so a date in year Y lies between Y - 1 and Y. A date is a span as wide as its precision: a day, a
 * month or a whole year, never a guessed day inside a month or year.
 */
import type { Lang } from "../../../i18n/lang";
import { nationalPageMessages } from "../page-messages";
import type { Precision } from "./kinds";

export type { Precision };

export interface TimeSpan {
  start: number;
  end: number;
  /** Where a marker's head goes: the middle of the span. */
  at: number;
  precision: Precision;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number) => (isLeap(y) ? 366 : 365);
const dayOfYear = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;

/**
 * The span of a dated event. The coarser of the stated precision and what the string holds wins:
 * "2023-11-15" stated as month precision is November, not the 15th. Null when undated or invalid.
 */
export function spanOf(date: string | null, precision: Precision | null): TimeSpan | null {
  if (!date || !precision) return null;
  const m = PARTIAL.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const written: Precision = m[3] ? "day" : m[2] ? "month" : "year";
  const p = RANK[written] >= RANK[precision] ? written : precision;
  const month = Number(m[2] ?? 1);
  if (month < 1 || month > 12) return null;
  const base = y - 1;
  const n = daysIn(y);
  let first: number;
  let last: number;
  if (p === "year") [first, last] = [1, n];
  else if (p === "month") [first, last] = [dayOfYear(y, month, 1), dayOfYear(y, month + 1, 1) - 1];
  else {
    const day = dayOfYear(y, month, Number(m[3]));
    if (Number.isNaN(day) || new Date(Date.UTC(y, month - 1, Number(m[3]))).getUTCMonth() !== month - 1) return null;
    [first, last] = [day, day];
  }
  const start = base + (first - 1) / n;
  const end = base + last / n;
  return { start, end, at: (start + end) / 2, precision: p };
}

/** Greedy lanes: a head goes in the first row whose last head is at least minGap to its left. */
export function assignLanes<T extends { span: TimeSpan }>(markers: T[], minGap: number): (T & { lane: number })[] {
  const lastInLane: number[] = [];
  return markers.map((m) => {
    let lane = lastInLane.findIndex((x) => m.span.at - x >= minGap);
    if (lane === -1) lane = lastInLane.length;
    lastInLane[lane] = m.span.at;
    return { ...m, lane };
  });
}

/** How a date's precision is said beside it: nothing for a day, "(month only)", "(year only)". */
export const precisionText = (p: Precision, lang: Lang = "en") => nationalPageMessages[lang].precisionNote[p];
