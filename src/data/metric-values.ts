/**
 * A metric's value for one province and period, with the sources it came from and, when missing,
 * why. Ratios are computed only where both sides exist for that province-year.
 */
import type { AtlasIndex } from "./atlas-index";
import type { MacroFigure } from "./atlas-types";
import type { MetricId } from "./metrics";
import { periodById, type Period } from "./periods";
import type { Lang } from "../i18n/lang";
import { periodPhrase } from "./series";

export interface SourceCitation {
  /** What this source supplied, e.g. "Debt balance" or "GDP 2024". */
  role: string;
  label: string;
  text: string;
  quote: string;
  /** Vintage and how many other values the data holds for the same figure, when relevant. */
  detail?: string;
}

export type MetricValue =
  | { ok: true; value: number; provisional: boolean; citations: SourceCitation[]; notes: string[] }
  | { ok: false; reason: string; citations: SourceCitation[] };

const DENOMINATOR: Record<Exclude<MetricId, "balance">, { indicator: MacroFigure["indicator"]; label: Record<Lang, string> }> = {
  debt_gdp: { indicator: "gdp", label: { en: "GDP", zh: "地区生产总值（GDP）" } },
  debt_revenue: { indicator: "general_public_budget_revenue", label: { en: "general public budget revenue", zh: "一般公共预算收入" } },
};

/** The reasons and citation roles below, in each reader's language (values from the data stay as written). */
const WORDS = {
  en: {
    noBalance: (period: Period) => `No debt balance for ${period.id} in the data`,
    unknownPeriod: (id: string) => `Unknown period ${id}`,
    balanceRole: "Debt balance",
    componentRole: "Debt balance (component)",
    derivedSum: "Sum of reported totals: ",
    notAtMidYear: (label: string) => `Not computed at mid-year: ${label} is annual`,
    noDenominator: (label: string, year: number) => `No ${label} for ${year} in the data`,
    partialDenominator: (label: string, year: number) => `${label} for ${year} excludes the separately listed city`,
    notPositive: (label: string, year: number) => `${label} for ${year} is not positive`,
    denominatorRole: (label: string, year: number) => `${label[0].toUpperCase()}${label.slice(1)} ${year}`,
    vintage: (v: string) => `vintage: ${v}`,
    alternatives: (n: number) => `${n} other value${n > 1 ? "s" : ""} kept in data/macro.csv (this one is preferred)`,
  },
  zh: {
    noBalance: (period: Period) => `数据缺失：没有${periodPhrase(period, "zh")}的债务余额`,
    unknownPeriod: (id: string) => `未知时期 ${id}`,
    balanceRole: "债务余额",
    componentRole: "债务余额（组成部分）",
    derivedSum: "平台公布数之和：",
    notAtMidYear: (label: string) => `年中时点不计算：${label}为年度数据`,
    noDenominator: (label: string, year: number) => `数据缺失：没有${year}年的${label}`,
    partialDenominator: (label: string, year: number) => `${year}年的${label}不含计划单列市`,
    notPositive: (label: string, year: number) => `${year}年的${label}不是正数`,
    denominatorRole: (label: string, year: number) => `${year}年${label}`,
    vintage: (v: string) => `数据版本：${v}`,
    alternatives: (n: number) => `data/macro.csv 另存${n}个其他数值（优先采用此值）`,
  },
} satisfies Record<Lang, unknown>;

function balanceValue(index: AtlasIndex, adcode: string, period: Period, lang: Lang): MetricValue {
  const t = WORDS[lang];
  const b = index.balance(adcode, period.id);
  if (!b || b.total === null) return { ok: false, reason: t.noBalance(period), citations: [] };
  const citations = b.sources.map((s, k) => ({
    role: k === 0 ? t.balanceRole : t.componentRole,
    label: index.data.sources[s].label,
    text: index.data.sources[s].text,
    quote: k === 0 ? b.quote : "",
  }));
  const notes: string[] = [];
  if (b.scope !== "as reported") notes.push(b.scope.replace("DERIVED SUM of reported totals: ", t.derivedSum));
  return { ok: true, value: b.total, provisional: b.status === "preliminary" || period.kind !== "year_end", citations, notes };
}

/** Words in the reason and citation roles are in `lang`; source labels, texts and quotes stay as written. */
export function metricValue(index: AtlasIndex, adcode: string, metric: MetricId, periodId: string, lang: Lang = "en"): MetricValue {
  const t = WORDS[lang];
  const period = periodById(periodId);
  if (!period) return { ok: false, reason: t.unknownPeriod(periodId), citations: [] };
  const balance = balanceValue(index, adcode, period, lang);
  if (metric === "balance" || !balance.ok) return balance;

  const { indicator } = DENOMINATOR[metric];
  const label = DENOMINATOR[metric].label[lang];
  if (period.denominatorYear === null) {
    return { ok: false, reason: t.notAtMidYear(label), citations: balance.citations };
  }
  const year = period.denominatorYear;
  const m = index.macro(adcode, year, indicator);
  if (!m) return { ok: false, reason: t.noDenominator(label, year), citations: balance.citations };
  if (!m.wholeProvince) {
    return { ok: false, reason: t.partialDenominator(label, year), citations: balance.citations };
  }
  if (m.value <= 0) return { ok: false, reason: t.notPositive(label, year), citations: balance.citations };
  const citation: SourceCitation = {
    role: t.denominatorRole(label, year),
    label: index.data.sources[m.source].label,
    text: index.data.sources[m.source].text,
    quote: m.quote,
    detail: [m.vintage && t.vintage(m.vintage), m.alternatives > 0 && t.alternatives(m.alternatives)].filter(Boolean).join(lang === "zh" ? "；" : "; "),
  };
  const provisional = balance.provisional || m.flags.some((f) => f.startsWith("PRELIMINARY"));
  return {
    ok: true,
    value: (balance.value / m.value) * 100,
    provisional,
    citations: [...balance.citations, citation],
    notes: balance.notes,
  };
}

export interface RankedValue {
  adcode: string;
  result: MetricValue;
  /** 1 = highest; null when the value is missing. */
  rank: number | null;
}

/** Values for the 31 covered provinces, ranked highest first (ties share a rank). */
export function rankedValues(index: AtlasIndex, metric: MetricId, periodId: string, lang: Lang = "en"): { rows: RankedValue[]; withData: number } {
  const rows = index.covered.map((p) => ({ adcode: p.adcode, result: metricValue(index, p.adcode, metric, periodId, lang), rank: null as number | null }));
  const present = rows.filter((r) => r.result.ok).sort((a, b) => value(b) - value(a));
  present.forEach((r, k) => {
    const prev = present[k - 1];
    r.rank = prev && value(prev) === value(r) ? prev.rank : k + 1;
  });
  return { rows, withData: present.length };
}

function value(r: RankedValue): number {
  return r.result.ok ? r.result.value : Number.NaN;
}
