/**
 * The official balance chart's series: MOF year-end statutory balances from national.csv, split
 * into general and special debt only for the years national.csv publishes both components (2018,
 * 2022, 2023), the published total otherwise, and the NPC debt limit. Province sums from the
 * disclosure platform are deliberately not used to fill the split: they are another measure, and
 * mixing them into a national bar would blur what is official national data.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import type { Lang } from "../../../i18n/lang";
import { formatPeriodEnd } from "../../../ui/format";
import { isYearEnd, ofSeries, yearOf } from "./figures";

export interface YearEndPoint {
  year: number;
  label: string;
  balance: NationalFigure | null;
  general: NationalFigure | null;
  special: NationalFigure | null;
  limit: NationalFigure | null;
}

/** What the chart draws for a year: the stacked components, or the total, never both. */
export interface BalanceBar {
  /** On the chart's time axis the end of year Y sits at x = Y (see timeline.ts). */
  x: number;
  label: string;
  general: number | null;
  special: number | null;
  total: number | null;
  limit: number | null;
  /** The published total, for the tooltip, also where the components are drawn. */
  published: number | null;
}

export interface OfficialBalance {
  points: YearEndPoint[];
  /** Month-end and other intra-year balances: official, but not year-ends, so not bars. */
  intraYear: NationalFigure[];
  /** A special-debt ceiling alone is not the total limit, so it is not drawn on the limit line. */
  partialLimits: NationalFigure[];
}

const yearEndMap = (rows: NationalFigure[]) =>
  new Map(rows.filter((r) => isYearEnd(r.period)).map((r) => [yearOf(r.period), r]));

export function officialBalance(national: NationalFigure[], lang: Lang = "en"): OfficialBalance {
  const balance = yearEndMap(ofSeries(national, "local_gov_debt_balance"));
  const general = yearEndMap(ofSeries(national, "local_gov_debt_balance_general"));
  const special = yearEndMap(ofSeries(national, "local_gov_debt_balance_special"));
  const limit = yearEndMap(ofSeries(national, "local_gov_debt_limit"));
  const years = [...balance.keys(), ...limit.keys()];
  const points: YearEndPoint[] = [];
  if (years.length > 0) {
    // Every year in the range gets a point, so a year with no figure shows as a gap (end-2015).
    for (let y = Math.min(...years); y <= Math.max(...years); y++) {
      points.push({
        year: y,
        label: formatPeriodEnd(y, null, lang),
        balance: balance.get(y) ?? null,
        general: general.get(y) ?? null,
        special: special.get(y) ?? null,
        limit: limit.get(y) ?? null,
      });
    }
  }
  return {
    points,
    intraYear: ofSeries(national, "local_gov_debt_balance").filter((r) => !isYearEnd(r.period)),
    partialLimits: national.filter(
      (f) => f.series === "local_gov_general_debt_limit" || f.series === "local_gov_special_debt_limit",
    ),
  };
}

export function balanceBars(points: YearEndPoint[]): BalanceBar[] {
  return points.map((p) => {
    const split = p.general !== null && p.special !== null;
    return {
      x: p.year,
      label: p.label,
      general: split ? p.general!.value : null,
      special: split ? p.special!.value : null,
      total: split ? null : (p.balance?.value ?? null),
      limit: p.limit?.value ?? null,
      published: p.balance?.value ?? null,
    };
  });
}

/** The rows behind one year's bar and limit point, in the order the table lists them. */
export const pointFigures = (p: YearEndPoint) =>
  [p.balance, p.general, p.special, p.limit].filter((f): f is NationalFigure => f !== null);
