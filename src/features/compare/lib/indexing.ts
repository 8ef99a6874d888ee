/**
 * Indexed series: each value divided by the same province's value at the base period, × 100, so
 * provinces of very different sizes compare by growth. An indexed point needs both values; when
 * either is missing the point is missing, and says which and why.
 */
import { periodById } from "../../../data/periods";
import { periodPhrase } from "../../../data/series";
import type { Lang } from "../../../i18n/lang";
import type { AtlasIndex } from "../../../data/atlas-index";
import type { MetricId } from "../../../data/metrics";
import { buildSeries, type CompareSeries, type SeriesPoint } from "./series";
import { compareMessages } from "../messages";

/** value / base × 100, or null when either is missing or the base is not positive. */
export function indexValue(value: number | null, base: number | null): number | null {
  if (value === null || base === null || !(base > 0)) return null;
  return (value / base) * 100;
}

/** The series as an index; the reasons and the base's citation roles are worded in `lang`. */
export function indexSeries(series: CompareSeries, baseId: string, lang: Lang = "en"): CompareSeries {
  const t = compareMessages[lang];
  const base = series.points.find((p) => p.period === baseId);
  const when = periodById(baseId) ? periodPhrase(periodById(baseId)!, lang) : baseId;
  const baseReason =
    !base || base.value === null
      ? t.indexNoBase(when, base?.reason ?? null)
      : base.value > 0
        ? null
        : t.indexNotPositive(when);
  const points = series.points.map((p): SeriesPoint => {
    if (baseReason !== null) return { ...p, value: null, provisional: false, reason: baseReason };
    if (p.value === null) return p;
    const citations =
      p.period === baseId
        ? p.citations
        : [...p.citations, ...base!.citations.map((c) => ({ ...c, role: t.indexBaseRole(c.role, when) }))];
    return { ...p, value: indexValue(p.value, base!.value), citations };
  });
  return { ...series, points };
}

/**
 * The series the Compare chart draws for a view: levels, or indexed to its base year-end (= 100).
 * One place for the page, its slide and its PowerPoint chart.
 */
export function drawnSeries(
  index: AtlasIndex,
  codes: string[],
  metric: MetricId,
  indexBase: string | null,
  lang: Lang = "en",
): CompareSeries[] {
  const levels = buildSeries(index, codes, metric, lang);
  return indexBase ? levels.map((s) => indexSeries(s, indexBase, lang)) : levels;
}
