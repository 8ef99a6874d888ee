/**
 * What an event's date means as a span of days, and how that span meets a date range and the
 * atlas periods. A date is only as precise as its source: "2024" is the whole year, never a guessed
 * day in it, and an undated event has no span at all. Days are ISO strings (YYYY-MM-DD), which
 * compare correctly as strings.
 */
import type { EventRecord } from "../../../data/atlas-types";
import { PERIODS } from "../../../data/periods";
import type { Lang } from "../../../i18n/lang";
import { eventMessages } from "../messages";

/** Inclusive first and last day. */
export interface DaySpan {
  start: string;
  end: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const pad = (n: number) => String(n).padStart(2, "0");
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isPartialDate(value: string): boolean {
  const m = PARTIAL.exec(value);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** "2024" -> the whole year, "2024-02" -> 1..29 Feb, a day -> that day; null when not a partial date. */
export function partialDateSpan(value: string): DaySpan | null {
  const m = PARTIAL.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { start: value, end: value };
  if (mo) return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${pad(daysInMonth(Number(y), Number(mo)))}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;

/**
 * The date cut to what the source supports (a day written with "year" precision means only the
 * year), or null when undated. Also the value for `<time dateTime>`.
 */
export function eventDateValue(event: Pick<EventRecord, "date" | "precision">): string | null {
  return event.date && event.precision ? event.date.slice(0, PRECISION_LENGTH[event.precision]) : null;
}

/** The days an event may have happened on, or null when undated. */
export function eventSpan(event: Pick<EventRecord, "date" | "precision">): DaySpan | null {
  // Sorting asks for the same (immutable) event's span many times: work it out once.
  if (spans.has(event)) return spans.get(event)!;
  const value = eventDateValue(event);
  const span = value ? partialDateSpan(value) : null;
  spans.set(event, span);
  return span;
}
const spans = new WeakMap<object, DaySpan | null>();

/**
 * Whether a span meets the inclusive range from..to, each bound itself partial: "2023-09" as
 * `from` starts on 1 Sep, as `to` ends on 30 Sep. A missing (or unreadable) bound is open.
 */
export function overlapsRange(span: DaySpan, from: string | null, to: string | null): boolean {
  const lo = from ? partialDateSpan(from)?.start : undefined;
  const hi = to ? partialDateSpan(to)?.end : undefined;
  return (!lo || span.end >= lo) && (!hi || span.start <= hi);
}

export function hasDateRange(from: string | null, to: string | null): boolean {
  return Boolean(from || to);
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface PeriodSpan extends DaySpan {
  period: string;
}

/**
 * Each period as the span it closes: a balance at a period's date is the stock after the events
 * since the previous period. Year-ends close their year; mid-2025 closes Jan-Jun 2025 and end-2025
 * the second half, so the two 2025 bars never claim the same day.
 */
export const PERIOD_SPANS: readonly PeriodSpan[] = [...PERIODS]
  .sort((a, b) => (a.date < b.date ? -1 : 1))
  .map((p, k, sorted) => ({
    period: p.id,
    start: k === 0 ? `${p.date.slice(0, 4)}-01-01` : nextDay(sorted[k - 1].date),
    end: p.date,
  }));

export function periodSpan(periodId: string): PeriodSpan | undefined {
  return PERIOD_SPANS.find((s) => s.period === periodId);
}

/** A span in the shortest URL form that means the same days: whole years, whole months, or days. */
export function spanToRange({ start, end }: DaySpan): { from: string; to: string } {
  if (start.endsWith("-01-01") && end.endsWith("-12-31")) return { from: start.slice(0, 4), to: end.slice(0, 4) };
  const monthEnd = partialDateSpan(end.slice(0, 7))?.end;
  if (start.endsWith("-01") && end === monthEnd) return { from: start.slice(0, 7), to: end.slice(0, 7) };
  return { from: start, to: end };
}

/** The from/to that select a period's span, e.g. "2025-06" -> 2025-01..2025-06. */
export function periodRange(periodId: string): { from: string; to: string } | null {
  const span = periodSpan(periodId);
  return span ? spanToRange(span) : null;
}

/** The period whose span is exactly the range from..to (however it is written), or null. */
export function periodOfRange(from: string | null, to: string | null): string | null {
  if (!from || !to) return null;
  const start = partialDateSpan(from)?.start;
  const end = partialDateSpan(to)?.end;
  return PERIOD_SPANS.find((s) => s.start === start && s.end === end)?.period ?? null;
}

export type PeriodBucket =
  | { period: string }
  | { period: null; reason: "undated" | "before-periods" | "after-periods" }
  /** The event's date is too coarse to pick one period: it spans all of `periods`. */
  | { period: null; reason: "spans-periods"; periods: string[] };

/**
 * The period whose span holds the event's whole span, for chart markers. An event that could
 * fall in more than one (one dated only "2025": mid-2025 or end-2025) gets no bucket, and says why.
 */
export function eventPeriodBucket(event: Pick<EventRecord, "date" | "precision">): PeriodBucket {
  const span = eventSpan(event);
  if (!span) return { period: null, reason: "undated" };
  const within = PERIOD_SPANS.find((s) => s.start <= span.start && span.end <= s.end);
  if (within) return { period: within.period };
  const touched = PERIOD_SPANS.filter((s) => s.start <= span.end && span.start <= s.end);
  if (touched.length > 0) return { period: null, reason: "spans-periods", periods: touched.map((s) => s.period) };
  return { period: null, reason: span.end < PERIOD_SPANS[0].start ? "before-periods" : "after-periods" };
}

export type UnplacedBucket = Exclude<PeriodBucket, { period: string }>;

/** Events per period bucket for the chart's markers, and the ones no single bar can hold. */
export function countByPeriod(events: readonly EventRecord[]): {
  counts: Record<string, number>;
  unplaced: { event: EventRecord; bucket: UnplacedBucket }[];
} {
  const counts: Record<string, number> = {};
  const unplaced: { event: EventRecord; bucket: UnplacedBucket }[] = [];
  for (const event of events) {
    const bucket = eventPeriodBucket(event);
    if (bucket.period === null) unplaced.push({ event, bucket });
    else counts[bucket.period] = (counts[bucket.period] ?? 0) + 1;
  }
  return { counts, unplaced };
}

/** Why a typed from/to bound cannot be used ("" clears it), or null. */
export function boundProblem(
  bound: "from" | "to",
  text: string,
  other: string | null,
  lang: Lang = "en",
): string | null {
  if (text === "") return null;
  const t = eventMessages[lang];
  if (!isPartialDate(text)) return t.badDate;
  if (other && isPartialDate(other)) {
    const [lo, hi] = bound === "from" ? [text, other] : [other, text];
    if (partialDateSpan(lo)!.start > partialDateSpan(hi)!.end) return bound === "from" ? t.fromAfterTo : t.toBeforeFrom;
  }
  return null;
}
