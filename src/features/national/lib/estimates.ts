/**
 * The estimates panel: published figures of hidden and financing-vehicle (LGFV) debt, each with
 * whose it is, and beside it (never added to it) the official statutory balance of the same date.
 * MOF's hidden-debt figures are official but outside the statutory balance, so they sit here too,
 * labelled as such. Percent-of-GDP figures cannot share a yuan axis and are listed apart.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import type { Lang } from "../../../i18n/lang";
import { daysApart, ofSeries } from "./figures";

export type EstimateStatus = "official, outside the statutory balance" | "estimate";

interface SeriesInfo {
  whose: string;
  what: string;
  status: EstimateStatus;
}

type SeriesWords = Record<Lang, { whose: string; what: string }>;

const MOF: Record<Lang, string> = { en: "Ministry of Finance", zh: "财政部" };
const GOLDMAN: Record<Lang, string> = { en: "Goldman Sachs", zh: "高盛" };
const IMF: Record<Lang, string> = { en: "IMF", zh: "国际货币基金组织" };
const LGFV_DEBT: Record<Lang, string> = {
  en: "Debt of financing vehicles (LGFVs)",
  zh: "城投平台（地方政府融资平台）债务",
};
const words = (whose: Record<Lang, string>, en: string, zh: string): SeriesWords => ({
  en: { whose: whose.en, what: en },
  zh: { whose: whose.zh, what: zh },
});

/** Whose each estimate series is and what it measures, in both languages; the status is not a word but a kind. */
const SERIES: Record<string, { words: SeriesWords; status: EstimateStatus }> = {
  hidden_debt_official: {
    words: words(MOF, "Hidden local government debt", "地方政府隐性债务"),
    status: "official, outside the statutory balance",
  },
  hidden_debt_estimate_goldman: {
    words: words(GOLDMAN, "All local debt, including financing vehicles (LGFVs)", "全部地方债务（含城投平台）"),
    status: "estimate",
  },
  lgfv_debt_goldman: { words: words(GOLDMAN, LGFV_DEBT.en, LGFV_DEBT.zh), status: "estimate" },
  lgfv_debt_imf: { words: words(IMF, LGFV_DEBT.en, LGFV_DEBT.zh), status: "estimate" },
  imf_augmented_debt_pct_gdp: { words: words(IMF, "augmented public debt", "增扩口径政府债务"), status: "estimate" },
};

/** The series the panel shows (in English; `estimates(national, lang)` words its rows in the reader's language). */
export const ESTIMATE_SERIES: Record<string, SeriesInfo> = Object.fromEntries(
  Object.entries(SERIES).map(([id, s]) => [id, { ...s.words.en, status: s.status }]),
);

function seriesInfo(series: string, lang: Lang = "en"): SeriesInfo {
  const s = SERIES[series];
  return { ...s.words[lang], status: s.status };
}

/** The status as the panel says it: "estimate" / "估算". */
export function estimateStatusLabel(status: EstimateStatus, lang: Lang = "en"): string {
  if (lang === "zh") return status === "estimate" ? "估算" : "官方数字，不在法定债务余额内";
  return status;
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
