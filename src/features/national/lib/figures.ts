/**
 * Shared wording and checks for national.csv rows (NationalFigure). Pure. Every function here
 * passes rows through untouched: the national page never computes a figure, it only chooses which
 * published row goes where.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import { formatPartialDate } from "../../../ui/format";

export const isYearEnd = (period: string) => /^\d{4}-12-31$/.test(period);
export const yearOf = (period: string) => Number(period.slice(0, 4));

/**
 * A flow that is a calendar-year total. The data marks monthly and year-to-date flows in the note
 * ("MONTHLY", "Jan–Jun cumulative") or the series name (_ytd); a mid-year period is never annual.
 * "Jan–Oct" alone is not a marker: the 2023 total's note cites a Jan–Oct figure as corroboration.
 */
export function isAnnualFlow(f: NationalFigure): boolean {
  return isYearEnd(f.period) && !f.series.endsWith("_ytd") && !/\bMONTHLY\b|cumulative/i.test(f.note);
}

export const ofSeries = (rows: NationalFigure[], series: string) => rows.filter((r) => r.series === series);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * What date a row refers to, only as precise as the row says: "end-2024", "end-Nov 2024", "Aug 2023"
 * (a month-precision row whose day is nominal), "2013" (year precision), "8 Nov 2024".
 */
export function periodText(f: Pick<NationalFigure, "period" | "precision">): string {
  const [y, m, d] = f.period.split("-").map(Number);
  if (f.precision === "year") return String(y);
  if (f.precision === "month") return formatPartialDate(f.period.slice(0, 7));
  if (m === 12 && d === 31) return `end-${y}`;
  if (d === lastDay(y, m)) return `end-${MONTHS[m - 1]} ${y}`;
  return formatPartialDate(f.period);
}

/** Days between two ISO dates (absolute), for "the official figure of the same date". */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}
