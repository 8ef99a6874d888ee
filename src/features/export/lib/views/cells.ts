/**
 * Cells more than one view's CSV writes the same way: amounts in the file's unit, a metric's value
 * column and value, a list of source labels without repeats. In one place so the map, region,
 * national, compare and events files agree on a figure and its unit.
 */
import { isAmount, type MetricId } from "../../../../data/metrics";
import { metricInfo } from "../../../../i18n/domain";
import type { Lang } from "../../../../i18n/lang";
import { amountInUnit } from "../../../../ui/format";

export const unique = (xs: string[]) => [...new Set(xs)];

/** An amount cell in the file's unit (bn CNY as recorded in English, 亿元 in Chinese); empty when missing. */
export const amountIn = (lang: Lang) => (value: number | null | undefined) =>
  value === null || value === undefined ? null : amountInUnit(value, lang);

/** A metric's value column: "value" in English; "债务余额（亿元）" or "债务/GDP（%）" in Chinese. */
export function valueColumn(metric: MetricId, lang: Lang): string {
  const m = metricInfo(metric, lang);
  return `${m.label}（${m.unit}）`;
}

/** A metric's value in the file's unit (only amounts change unit; ratios stay percentages). */
export const metricIn = (metric: MetricId, lang: Lang) => (value: number | null) =>
  isAmount(metric) ? amountIn(lang)(value) : value;
