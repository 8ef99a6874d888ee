/**
 * A metric's value for one province and period, with the sources it came from and, when missing,
 * why. Ratios are computed only where both sides exist for that province-year. The official
 * balance and Huatai FI's LGFV estimate are separate numerators: no metric adds one to the other.
 */
import type { AtlasIndex } from "./atlas-index";
import { METRIC_DEFS, type MetricId } from "./metrics";
import { periodById, type Period } from "./periods";
import type { Lang } from "../i18n/lang";
import { localText } from "../i18n/data-lang";
import type { SourceRef } from "./atlas-types";
import { periodPhrase } from "./series";
import { dataMessages } from "./messages";

export interface SourceCitation {
  /** What this source supplied, e.g. "Debt balance" or "GDP 2024". */
  role: string;
  /** The source's short label in the reader's language (data/source_labels.csv), the English where no Chinese is written. */
  label: string;
  /** The language the label is in, for its element's `lang`. */
  labelLang: "en" | "zh-CN";
  text: string;
  quote: string;
  /** Vintage and how many other values the data holds for the same figure, when relevant. */
  detail?: string;
}

export type MetricValue =
  | { ok: true; value: number; provisional: boolean; citations: SourceCitation[]; notes: string[] }
  | { ok: false; reason: string; citations: SourceCitation[] };

/** A source's label in `lang` with its language tag (the English where the Chinese is not written). */
function labelOf(source: SourceRef, lang: Lang): { label: string; labelLang: "en" | "zh-CN" } {
  const shown = localText(source.label, source.labelZh, lang);
  return { label: shown.text, labelLang: shown.lang };
}

function balanceValue(index: AtlasIndex, adcode: string, period: Period, lang: Lang): MetricValue {
  const t = dataMessages[lang];
  const b = index.balance(adcode, period.id);
  if (!b || b.total === null) {
    const phrase = periodPhrase(period, lang);
    const reason = index.unreported(adcode, period.id) ? t.notYetReported(phrase) : t.noBalance(period.id, phrase);
    return { ok: false, reason, citations: [] };
  }
  const citations = b.sources.map((s, k) => ({
    role: k === 0 ? t.balanceRole : t.componentRole,
    ...labelOf(index.data.sources[s], lang),
    text: index.data.sources[s].text,
    quote: k === 0 ? b.quote : "",
  }));
  const notes: string[] = [];
  if (b.scope !== "as reported") notes.push(b.scope.replace("DERIVED SUM of reported totals: ", t.derivedSum));
  return { ok: true, value: b.total, provisional: b.status === "preliminary" || period.kind !== "year_end", citations, notes };
}

/**
 * Huatai FI's LGFV debt estimate (lgfv.csv) as recorded, with its source. Outside the year-ends
 * the data covers, every province is missing for the same reason; within them, a province without
 * a row is missing on its own. Never combined with the balance.
 */
function lgfvValue(index: AtlasIndex, adcode: string, period: Period, lang: Lang): MetricValue {
  const t = dataMessages[lang];
  const f = index.lgfv(adcode, period.id);
  if (!f) {
    const [first, last] = [index.lgfvPeriods[0], index.lgfvPeriods.at(-1)];
    const date = (id: string) => periodById(id)?.date ?? "";
    const outside = first !== undefined && last !== undefined && (period.date < date(first) || period.date > date(last));
    const reason = outside ? t.lgfvNotCovered(first, last) : t.noLgfv(periodPhrase(period, lang));
    return { ok: false, reason, citations: [] };
  }
  const source = index.data.sources[f.source];
  const citations: SourceCitation[] = [
    { role: t.lgfvRole, ...labelOf(source, lang), text: source.text, quote: f.quote, detail: t.lgfvDetail },
  ];
  return { ok: true, value: f.value, provisional: false, citations, notes: [] };
}

/**
 * Words in the reason and citation roles are in `lang`, and so are source labels where the data has
 * them in Chinese; full citations and quotes stay as written.
 */
export function metricValue(index: AtlasIndex, adcode: string, metric: MetricId, periodId: string, lang: Lang = "en"): MetricValue {
  const t = dataMessages[lang];
  const period = periodById(periodId);
  if (!period) return { ok: false, reason: t.unknownPeriod(periodId), citations: [] };
  const { numerator, denominator: indicator } = METRIC_DEFS[metric];
  const top = numerator === "lgfv" ? lgfvValue(index, adcode, period, lang) : balanceValue(index, adcode, period, lang);
  if (indicator === null || !top.ok) return top;

  const label = t.denominator[indicator];
  if (period.denominatorYear === null) {
    return { ok: false, reason: t.notAtMonthEnd(label), citations: top.citations };
  }
  const year = period.denominatorYear;
  const m = index.macro(adcode, year, indicator);
  if (!m) return { ok: false, reason: t.noDenominator(label, year), citations: top.citations };
  if (!m.wholeProvince) {
    return { ok: false, reason: t.partialDenominator(label, year), citations: top.citations };
  }
  if (m.value <= 0) return { ok: false, reason: t.notPositive(label, year), citations: top.citations };
  const citation: SourceCitation = {
    role: t.denominatorRole(label, year),
    ...labelOf(index.data.sources[m.source], lang),
    text: index.data.sources[m.source].text,
    quote: m.quote,
    detail: [m.vintage && t.vintage(m.vintage), m.alternatives > 0 && t.alternatives(m.alternatives)].filter(Boolean).join(t.detailJoin),
  };
  const provisional = top.provisional || m.flags.some((f) => f.startsWith("PRELIMINARY"));
  return {
    ok: true,
    value: (top.value / m.value) * 100,
    provisional,
    citations: [...top.citations, citation],
    notes: top.notes,
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
