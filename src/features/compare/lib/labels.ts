/** Compare's wording of numbers and statuses, in one place so chart, legend and table agree. */
import type { KeyStatus } from "../../../data/key-regions";
import type { MetricId } from "../../../data/metrics";
import type { Lang } from "../../../i18n/lang";
import { formatMetric } from "../../../ui/format";
import { keyStatusCell } from "../../../ui/key-status";
import type { Change } from "./change";
import { compareMessages } from "../messages";

const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A chart value: the metric in its unit, or an index (base = 100) with no unit. */
export function formatSeriesValue(metric: MetricId, value: number, indexed: boolean, lang: Lang = "en"): string {
  return indexed ? oneDecimal.format(value) : formatMetric(metric, value, lang);
}

/** The change's unit as the table header says it: "%" or "pp" / "百分点". */
export function changeUnitLabel(unit: "%" | "pp", lang: Lang = "en"): string {
  return unit === "pp" ? compareMessages[lang].unitPoints : unit;
}

/** "+12.3%", "−4.5 pp" / "−4.5个百分点": always signed, with a real minus sign. */
export function formatChange(change: Extract<Change, { ok: true }>, lang: Lang = "en"): string {
  const sign = change.value > 0 ? "+" : change.value < 0 ? "−" : "±";
  const points = compareMessages[lang].pointsSuffix;
  return `${sign}${oneDecimal.format(Math.abs(change.value))}${change.unit === "%" ? "%" : points}`;
}

// Listed first when the key column is sorted, then exited, no list yet, never listed.
const KEY_ORDER: Record<KeyStatus["kind"], number> = { listed: 3, exited: 2, "list-not-yet": 1, never: 0 };

/** Key-region status in a table cell (worded once, in ui/key-status.ts), and its order when the column is sorted. */
export function keyLabel(status: KeyStatus, lang: Lang = "en"): { text: string; order: number } {
  return { text: keyStatusCell(status, lang), order: KEY_ORDER[status.kind] };
}
