/**
 * The estimates panel: published figures of hidden and financing-vehicle (LGFV) debt, each with
 * whose it is, and beside it (never added to it) the official statutory balance of the same date.
 * MOF's hidden-debt figures are official but outside the statutory balance, so they sit here too,
 * labelled as such. Percent-of-GDP figures cannot share a yuan axis and are listed apart.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import type { Lang } from "../../../i18n/lang";
import { nationalPageMessages } from "../page-messages";
import type { EstimateBy, EstimateStatus } from "./kinds";
import { daysApart, ofSeries } from "./figures";

export type { EstimateStatus };

interface SeriesInfo {
  whose: string;
  what: string;
  status: EstimateStatus;
}

/** Who published an estimate series (the names, in each language, are in ../page-messages.ts). */
export type { EstimateBy };

/** Whose each estimate series is and its status; what it measures is worded in ../page-messages.ts by series id. */
const SERIES: Record<string, { by: EstimateBy; status: EstimateStatus }> = {
  hidden_debt_official: { by: "mof", status: "official, outside the statutory balance" },
  hidden_debt_estimate_goldman: { by: "goldman", status: "estimate" },
  lgfv_debt_goldman: { by: "goldman", status: "estimate" },
  lgfv_debt_imf: { by: "imf", status: "estimate" },
  imf_augmented_debt_pct_gdp: { by: "imf", status: "estimate" },
};

/** The series the panel shows (in English; `estimates(national, lang)` words its rows in the reader's language). */
export const ESTIMATE_SERIES: Record<string, SeriesInfo> = Object.fromEntries(
  Object.keys(SERIES).map((id) => [id, seriesInfo(id)]),
);

function seriesInfo(series: string, lang: Lang = "en"): SeriesInfo {
  const s = SERIES[series];
  const t = nationalPageMessages[lang];
  return { whose: t.estimateWhose[s.by], what: t.estimateWhat[series], status: s.status };
}

/** The status as the panel says it: "estimate" / "估算". */
export function estimateStatusLabel(status: EstimateStatus, lang: Lang = "en"): string {
  return nationalPageMessages[lang].estimateStatus[status];
}

/** Beyond half a year an official figure says little about the scale "at that date". */
export const MAX_PAIRING_DAYS = 183;

export interface OfficialBeside {
  figure: NationalFigure;
  sameDate: boolean;
}

export interface EstimateRow extends SeriesInfo {
  figure: NationalFigure;
  /** The statutory balance of the same date, else the nearest within MAX_PAIRING_DAYS, else null. */
  official: OfficialBeside | null;
  lowReliability: boolean;
}

export function officialBeside(balances: NationalFigure[], period: string): OfficialBeside | null {
  let best: NationalFigure | null = null;
  for (const b of balances) {
    const gap = daysApart(b.period, period);
    if (gap <= MAX_PAIRING_DAYS && (best === null || gap < daysApart(best.period, period))) best = b;
  }
  return best ? { figure: best, sameDate: best.period === period } : null;
}

export interface Estimates {
  /** In bn CNY, newest first: drawn as bars beside the official balance. */
  inBn: EstimateRow[];
  /** In % of GDP: listed, not drawn, with no official figure beside them. */
  pctGdp: EstimateRow[];
}

export function estimates(national: NationalFigure[], lang: Lang = "en"): Estimates {
  const balances = ofSeries(national, "local_gov_debt_balance");
  const rows = national
    .filter((f) => f.series in ESTIMATE_SERIES)
    // Newest first: the latest comparisons are the ones a reader asks about first.
    .sort((a, b) => b.period.localeCompare(a.period) || a.series.localeCompare(b.series))
    .map((figure): EstimateRow => ({
      ...seriesInfo(figure.series, lang),
      figure,
      official: figure.unit === "bn_cny" ? officialBeside(balances, figure.period) : null,
      lowReliability: /low reliability/i.test(figure.note),
    }));
  return {
    inBn: rows.filter((r) => r.figure.unit === "bn_cny"),
    pctGdp: rows.filter((r) => r.figure.unit === "pct_gdp"),
  };
}
