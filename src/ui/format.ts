/** Number and date formatting for the UI. Pure; one place so every view says numbers the same way. */
import type { MetricId } from "../data/metrics";

const bn = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const bnRound = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function formatBn(value: number): string {
  return value >= 10000 ? bnRound.format(value) : bn.format(value);
}

export function formatMetric(metric: MetricId, value: number): string {
  return metric === "balance" ? `${formatBn(value)} bn CNY` : `${pct.format(value)}%`;
}

const exact = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** An amount exactly as recorded in the data (e.g. an event's 30.41 bn), not rounded for display. */
export function formatExactBn(value: number): string {
  return `${exact.format(value)} bn CNY`;
}

/** Axis ticks: whole numbers with separators. */
export function formatAxis(value: number): string {
  return bnRound.format(value);
}

/** Short form for legends and axes. */
export function formatMetricShort(metric: MetricId, value: number): string {
  return metric === "balance" ? bnRound.format(value) : `${bnRound.format(value)}%`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as precise as its source: "2025-08" -> "Aug 2025", "2023-09-27" -> "27 Sep 2023". */
export function formatPartialDate(date: string | null): string {
  if (!date) return "Undated";
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return date;
  const [y, m, d] = date.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function ordinalRank(rank: number, of: number): string {
  return `${rank} of ${of}`;
}

/** Only http(s) links from data become anchors: a `javascript:` URL in a CSV must never run. */
export function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}
