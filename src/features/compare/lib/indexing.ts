/**
 * Indexed series: each value divided by the same province's value at the base period, × 100, so
 * provinces of very different sizes compare by growth. An indexed point needs both values; when
 * either is missing the point is missing, and says which and why.
 */
import { periodById } from "../../../data/periods";
import { periodPhrase } from "../../../data/series";
import type { CompareSeries, SeriesPoint } from "./series";

/** value / base × 100, or null when either is missing or the base is not positive. */
export function indexValue(value: number | null, base: number | null): number | null {
  if (value === null || base === null || !(base > 0)) return null;
  return (value / base) * 100;
}

export function indexSeries(series: CompareSeries, baseId: string): CompareSeries {
  const base = series.points.find((p) => p.period === baseId);
  const when = periodById(baseId) ? periodPhrase(periodById(baseId)!) : baseId;
  const baseReason =
    !base || base.value === null
      ? `No value at ${when} to index to${base?.reason ? ` (${base.reason})` : ""}`
      : base.value > 0
        ? null
        : `The value at ${when} is not positive, so it cannot be the base`;
  const points = series.points.map((p): SeriesPoint => {
    if (baseReason !== null) return { ...p, value: null, provisional: false, reason: baseReason };
    if (p.value === null) return p;
    const citations = p.period === baseId ? p.citations : [...p.citations, ...base!.citations.map((c) => ({ ...c, role: `${c.role} (base, ${when})` }))];
    return { ...p, value: indexValue(p.value, base!.value), citations };
  });
  return { ...series, points };
}
