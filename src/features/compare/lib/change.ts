/**
 * Change between two periods for the ranked table. An amount changes in per cent; a ratio (already
 * a percentage) in percentage points, since "% change of a %" reads as nonsense. Both values must
 * be there: a missing side makes the change missing, with that side's reason.
 */
import type { MetricValue } from "../../../data/metric-values";
import { isAmount, type MetricId } from "../../../data/metrics";
import type { Lang } from "../../../i18n/lang";
import { compareMessages } from "../messages";

export type Change = { ok: true; value: number; unit: "%" | "pp" } | { ok: false; reason: string };

export function changeUnit(metric: MetricId): "%" | "pp" {
  return isAmount(metric) ? "%" : "pp";
}

/** `labels` name the two periods in running text, in the same language as `lang`. */
export function changeSince(
  metric: MetricId,
  now: MetricValue,
  base: MetricValue,
  labels: { now: string; base: string },
  lang: Lang = "en",
): Change {
  const t = compareMessages[lang];
  const missing = [
    !base.ok && t.changeNoValue(labels.base, base.reason),
    !now.ok && t.changeNoValue(labels.now, now.reason),
  ].filter((m): m is string => Boolean(m));
  if (missing.length || !now.ok || !base.ok) return { ok: false, reason: t.changeNotComputed(missing) };
  if (isAmount(metric)) {
    if (!(base.value > 0)) return { ok: false, reason: t.changeNotPositive(labels.base) };
    return { ok: true, value: (now.value / base.value - 1) * 100, unit: "%" };
  }
  return { ok: true, value: now.value - base.value, unit: "pp" };
}
