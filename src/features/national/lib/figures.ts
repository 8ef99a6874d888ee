/**
 * Shared wording and checks for national.csv rows (NationalFigure). Pure. Every function here
 * passes rows through untouched: the national page never computes a figure, it only chooses which
 * published row goes where.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import { periodById } from "../../../data/periods";
import { periodLabel, periodPhrase } from "../../../data/series";
import type { Lang } from "../../../i18n/lang";
import { formatPartialDate, formatPeriodEnd, formatYear } from "../../../ui/format";

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

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * What date a row refers to, only as precise as the row says: "end-2024", "end-Nov 2024", "Aug 2023"
 * (a month-precision row whose day is nominal), "2013" (year precision), "8 Nov 2024". In Chinese:
 * "2024年末", "2024年11月末", "2023年8月", "2013年", "2024年11月8日".
 */
export function periodText(f: Pick<NationalFigure, "period" | "precision">, lang: Lang = "en"): string {
  const [y, m, d] = f.period.split("-").map(Number);
  if (f.precision === "year") return formatYear(y, lang);
  if (f.precision === "month") return formatPartialDate(f.period.slice(0, 7), lang);
  if (m === 12 && d === 31) return formatPeriodEnd(y, null, lang);
  if (d === lastDay(y, m)) return formatPeriodEnd(y, m, lang);
  return formatPartialDate(f.period, lang);
}

/** Days between two ISO dates (absolute), for "the official figure of the same date". */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** An atlas period by its id, as an axis or table says it ("2024" / "2025年6月"); the id if unknown. */
export function atlasPeriodLabel(id: string, lang: Lang = "en"): string {
  const p = periodById(id);
  return p ? periodLabel(p, lang) : id;
}

/** The same in running text ("end-2024" / "2024年末"). */
export function atlasPeriodPhrase(id: string, lang: Lang = "en"): string {
  const p = periodById(id);
  return p ? periodPhrase(p, lang) : id;
}
