/**
 * The Compare chart's series: one per province over every atlas period, each point the metric's
 * value with its sources or, when missing, the reason. Gaps stay gaps (null); nothing is filled.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import { metricValue, type SourceCitation } from "../../../data/metric-values";
import type { MetricId } from "../../../data/metrics";
import { PERIODS } from "../../../data/periods";
import { periodLabel } from "../../../data/series";
import { provinceName } from "../../../i18n/domain";
import type { Lang } from "../../../i18n/lang";

export interface SeriesPoint {
  period: string;
  value: number | null;
  provisional: boolean;
  /** Why the value is missing; null when it is there. */
  reason: string | null;
  citations: SourceCitation[];
}

export interface CompareSeries {
  iso: string;
  adcode: string;
  name: string;
  nameZh: string;
  points: SeriesPoint[];
}

/** Names and missing-value reasons in `lang`; `nameZh` is always the Chinese name. */
export function buildSeries(index: AtlasIndex, codes: string[], metric: MetricId, lang: Lang = "en"): CompareSeries[] {
  return codes.flatMap((iso) => {
    const p = index.provinceByIso.get(iso);
    if (!p?.inScope) return [];
    const points = PERIODS.map((period): SeriesPoint => {
      const v = metricValue(index, p.adcode, metric, period.id, lang);
      return v.ok
        ? { period: period.id, value: v.value, provisional: v.provisional, reason: null, citations: v.citations }
        : { period: period.id, value: null, provisional: false, reason: v.reason, citations: v.citations };
    });
    return [{ iso, adcode: p.adcode, name: provinceName(p, lang), nameZh: p.nameZh, points }];
  });
}

export function pointAt(series: CompareSeries, periodId: string): SeriesPoint | undefined {
  return series.points.find((p) => p.period === periodId);
}

/** One row per period for the chart: each province's value under its ISO code. */
export interface ChartRow {
  period: string;
  label: string;
  /** ISO codes whose point at this period is provisional (drawn as hollow dots). */
  provisional: string[];
  [iso: string]: number | null | string | string[];
}

export function chartRows(series: CompareSeries[], lang: Lang = "en"): ChartRow[] {
  return PERIODS.map((period, k) => {
    const row: ChartRow = { period: period.id, label: periodLabel(period, lang), provisional: [] };
    for (const s of series) {
      const point = s.points[k];
      row[s.iso] = point.value;
      if (point.value !== null && point.provisional) row.provisional.push(s.iso);
    }
    return row;
  });
}

/** The series ordered by their value at a period, highest first; those without one last, as chosen. */
export function orderAt(
  series: CompareSeries[],
  periodId: string,
): { series: CompareSeries; point: SeriesPoint | undefined }[] {
  return series
    .map((s, k) => ({ series: s, point: pointAt(s, periodId), k }))
    .sort((a, b) => {
      const av = a.point?.value ?? null;
      const bv = b.point?.value ?? null;
      if (av === null || bv === null) return av === bv ? a.k - b.k : av === null ? 1 : -1;
      return bv - av || a.k - b.k;
    })
    .map(({ series, point }) => ({ series, point }));
}
