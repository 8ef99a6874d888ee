/**
 * The periods the atlas can show. Known without loading data, so the URL parser can validate `y`.
 * Province debt before end-2015 is not in the data (data/README.md: no province figure for 2014).
 */

/**
 * year_end: the annual table's year-end; preliminary: a year-end the source marks incomplete;
 * mid_year and month_end: the monthly table's month-ends (no limits, no annual denominators).
 */
export type PeriodKind = "year_end" | "mid_year" | "preliminary" | "month_end";

export interface Period {
  /** The public URL value: `2024` for a year-end, `2025-06` for mid-2025, `2026-07` for end-July 2026. */
  id: string;
  /** The date the figures refer to (ISO). */
  date: string;
  /** The calendar year whose GDP/revenue is the denominator of ratios, or null (mid-year points). */
  denominatorYear: number | null;
  kind: PeriodKind;
}

const yearEnds: Period[] = Array.from({ length: 10 }, (_, k) => {
  const year = 2015 + k;
  return { id: String(year), date: `${year}-12-31`, denominatorYear: year, kind: "year_end" as const };
});

export const PERIODS: readonly Period[] = [
  ...yearEnds,
  // The monthly table has no limits and differs slightly from annual totals (platform note).
  { id: "2025-06", date: "2025-06-30", denominatorYear: null, kind: "mid_year" },
  // The source marks 2025 as incomplete.
  { id: "2025", date: "2025-12-31", denominatorYear: 2025, kind: "preliminary" },
  // The monthly table's newest month-ends (data/README.md, "Updates (2026-12)"). Not every
  // province had reported August when it was read: those are missing, never carried forward.
  { id: "2026-06", date: "2026-06-30", denominatorYear: null, kind: "mid_year" },
  { id: "2026-07", date: "2026-07-31", denominatorYear: null, kind: "month_end" },
  { id: "2026-08", date: "2026-08-31", denominatorYear: null, kind: "month_end" },
];

export const DEFAULT_PERIOD_ID = "2024";

const byId = new Map(PERIODS.map((p) => [p.id, p]));
const byDate = new Map(PERIODS.map((p) => [p.date, p]));

export function periodById(id: string): Period | undefined {
  return byId.get(id);
}

export function periodByDate(date: string): Period | undefined {
  return byDate.get(date);
}

export function isProvisional(period: Period): boolean {
  return period.kind !== "year_end";
}

/** 2015-2017 year-end balances are local statistics that include bank loans (platform note). */
export function hasLocalStatisticsCaveat(period: Period): boolean {
  return period.kind === "year_end" && Number(period.id) <= 2017;
}
