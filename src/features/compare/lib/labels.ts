/** Compare's wording of numbers and statuses, in one place so chart, legend and table agree. */
import type { KeyStatus } from "../../../data/key-regions";
import type { MetricId } from "../../../data/metrics";
import { formatMetric, formatPartialDate } from "../../../ui/format";
import type { Change } from "./change";

const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A chart value: the metric in its unit, or an index (base = 100) with no unit. */
export function formatSeriesValue(metric: MetricId, value: number, indexed: boolean): string {
  return indexed ? oneDecimal.format(value) : formatMetric(metric, value);
}

/** "+12.3%", "−4.5 pp": always signed, with a real minus sign. */
export function formatChange(change: Extract<Change, { ok: true }>): string {
  const sign = change.value > 0 ? "+" : change.value < 0 ? "−" : "±";
  return `${sign}${oneDecimal.format(Math.abs(change.value))}${change.unit === "%" ? "%" : " pp"}`;
}

/** Key-region status in a table cell, and its order when the column is sorted (listed first). */
export function keyLabel(status: KeyStatus): { text: string; order: number } {
  switch (status.kind) {
    case "listed":
      return { text: status.pendingNote ? `Key region; ${status.pendingNote}` : "Key region", order: 3 };
    case "exited":
      return { text: `Exited ${formatPartialDate(status.exitedOn)}`, order: 2 };
    case "list-not-yet":
      return { text: `No list yet (drawn ${formatPartialDate(status.listedFrom.slice(0, 7))})`, order: 1 };
    default:
      return { text: "No", order: 0 };
  }
}
