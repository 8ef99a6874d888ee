/** Compare's wording of numbers and statuses, in one place so chart, legend and table agree. */
import type { KeyStatus } from "../../../data/key-regions";
import type { MetricId } from "../../../data/metrics";
import type { Lang } from "../../../i18n/lang";
import { formatMetric, formatPartialDate } from "../../../ui/format";
import type { Change } from "./change";

const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A chart value: the metric in its unit, or an index (base = 100) with no unit. */
export function formatSeriesValue(metric: MetricId, value: number, indexed: boolean, lang: Lang = "en"): string {
  return indexed ? oneDecimal.format(value) : formatMetric(metric, value, lang);
}

/** The change's unit as the table header says it: "%" or "pp" / "百分点". */
export function changeUnitLabel(unit: "%" | "pp", lang: Lang = "en"): string {
  return unit === "pp" && lang === "zh" ? "百分点" : unit;
}

/** "+12.3%", "−4.5 pp" / "−4.5个百分点": always signed, with a real minus sign. */
export function formatChange(change: Extract<Change, { ok: true }>, lang: Lang = "en"): string {
  const sign = change.value > 0 ? "+" : change.value < 0 ? "−" : "±";
  const points = lang === "zh" ? "个百分点" : " pp";
  return `${sign}${oneDecimal.format(Math.abs(change.value))}${change.unit === "%" ? "%" : points}`;
}

/** Key-region status in a table cell, and its order when the column is sorted (listed first). */
export function keyLabel(status: KeyStatus, lang: Lang = "en"): { text: string; order: number } {
  const zh = lang === "zh";
  switch (status.kind) {
    case "listed": {
      // The pending note is key_regions.csv's own wording of a change, shown as written.
      const listed = zh ? "重点省份" : "Key region";
      return { text: status.pendingNote ? `${listed}${zh ? "；" : "; "}${status.pendingNote}` : listed, order: 3 };
    }
    case "exited": {
      const when = formatPartialDate(status.exitedOn, lang);
      return { text: zh ? `${when}退出` : `Exited ${when}`, order: 2 };
    }
    case "list-not-yet": {
      const drawn = formatPartialDate(status.listedFrom.slice(0, 7), lang);
      return { text: zh ? `尚无名单（${drawn}制定）` : `No list yet (drawn ${drawn})`, order: 1 };
    }
    default:
      return { text: zh ? "否" : "No", order: 0 };
  }
}
