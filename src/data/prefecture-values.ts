/**
 * A prefecture's figure for a metric and year-end, from its province's prefecture file: the debt
 * balance, or debt over GDP or over general budget revenue where both sides exist for that
 * prefecture-year. A value keeps its grade and origin; a suspect value (e.g. a likely x10 unit
 * error) is returned as doubtful with its flags, so no view can draw it as a sound one. Also which
 * prefecture metric and year-end a view's metric and period map to (prefectureMetric,
 * prefectureYear), shared by the prefecture map, Compare's prefecture league and the titles. Pure.
 */
import type { MetricId } from "./metrics";
import { periodById } from "./periods";
import { PREFECTURE_YEARS } from "./prefecture-types";
import type {
  PrefectureDataFile,
  PrefectureDebt,
  PrefectureMacro,
  PrefectureMetric,
  PrefectureUnit,
} from "./prefecture-types";

export type PrefectureMissing = "no_debt" | "no_total" | "no_denominator" | "denominator_not_positive";

export type PrefectureValue =
  | {
      ok: true;
      value: number;
      debt: PrefectureDebt;
      denominator: PrefectureMacro | null;
      /** Read off a chart by the source: shown with "≈". */
      approx: boolean;
      /** The debt row is suspect (qa_level): never coloured as a normal value. */
      doubtful: boolean;
    }
  | { ok: false; reason: PrefectureMissing; debt: PrefectureDebt | null; denominator: PrefectureMacro | null };

export interface PrefectureIndex {
  file: PrefectureDataFile;
  unitByCode: Map<string, PrefectureUnit>;
  debt(code: string, year: number): PrefectureDebt | undefined;
  macro(code: string, year: number, indicator: PrefectureMacro["indicator"]): PrefectureMacro | undefined;
  /** Years with at least one debt row, ascending. */
  years: number[];
}

export function indexPrefectures(file: PrefectureDataFile): PrefectureIndex {
  const debt = new Map(file.debt.map((d) => [`${d.code}|${d.year}`, d]));
  const macro = new Map(file.macro.map((m) => [`${m.code}|${m.year}|${m.indicator}`, m]));
  return {
    file,
    unitByCode: new Map(file.units.map((u) => [u.code, u])),
    debt: (code, year) => debt.get(`${code}|${year}`),
    macro: (code, year, indicator) => macro.get(`${code}|${year}|${indicator}`),
    years: [...new Set(file.debt.map((d) => d.year))].sort((a, b) => a - b),
  };
}

const DENOMINATOR = { debt_gdp: "gdp", debt_revenue: "general_public_budget_revenue" } as const;

export function prefectureValue(ix: PrefectureIndex, code: string, metric: PrefectureMetric, year: number): PrefectureValue {
  const debt = ix.debt(code, year) ?? null;
  if (!debt) return { ok: false, reason: "no_debt", debt: null, denominator: null };
  // A total only: components alone are not summed here (the data's own total, where it has one).
  if (debt.total === null) return { ok: false, reason: "no_total", debt, denominator: null };
  const approx = debt.origin === "chart_reading_approx";
  const doubtful = debt.qa === "suspect";
  if (metric === "balance") return { ok: true, value: debt.total, debt, denominator: null, approx, doubtful };
  const denominator = ix.macro(code, year, DENOMINATOR[metric]) ?? null;
  if (!denominator) return { ok: false, reason: "no_denominator", debt, denominator: null };
  if (denominator.value <= 0) return { ok: false, reason: "denominator_not_positive", debt, denominator };
  return { ok: true, value: (debt.total / denominator.value) * 100, debt, denominator, approx, doubtful };
}

/** Sound values only (not doubtful), highest first: rank 1 carries the most. */
export function prefectureRanks(ix: PrefectureIndex, metric: PrefectureMetric, year: number): Map<string, number> {
  const values = ix.file.units
    .map((u) => ({ code: u.code, v: prefectureValue(ix, u.code, metric, year) }))
    .filter((x) => x.v.ok && !x.v.doubtful)
    .sort((a, b) => (b.v.ok ? b.v.value : 0) - (a.v.ok ? a.v.value : 0));
  return new Map(values.map((x, k) => [x.code, k + 1]));
}

/** The prefecture metric for the view's metric: LGFV estimates exist for provinces only. */
export function prefectureMetric(metric: MetricId): { metric: PrefectureMetric; substituted: boolean } {
  if (metric === "balance" || metric === "debt_gdp" || metric === "debt_revenue") return { metric, substituted: false };
  return { metric: "balance", substituted: true };
}

export type PrefectureYear =
  | { year: number; basis: "same" }
  /** A month-end period: the prefecture figures are year-ends, so the latest one before it, said so. */
  | { year: number; basis: "latest-before" }
  | { year: null; basis: "before-data" };

export function prefectureYear(periodId: string): PrefectureYear {
  const period = periodById(periodId);
  const first = PREFECTURE_YEARS[0];
  const last = PREFECTURE_YEARS[PREFECTURE_YEARS.length - 1];
  if (!period) return { year: last, basis: "latest-before" };
  const y = Number(period.date.slice(0, 4));
  if (period.date.endsWith("-12-31")) {
    if (y < first) return { year: null, basis: "before-data" };
    return y > last ? { year: last, basis: "latest-before" } : { year: y, basis: "same" };
  }
  // A mid-year or month-end: the year-end before it.
  if (y - 1 < first) return { year: null, basis: "before-data" };
  return { year: Math.min(y - 1, last), basis: "latest-before" };
}
