/** How events are worded on screen: dates at their precision, ranges, and why one is not on a chart. */
import { MINING_RIGHT_MEASURES } from "../../../data/amount-measures";
import type { EventRecord } from "../../../data/atlas-types";
import { periodById } from "../../../data/periods";
import { periodLabel } from "../../../data/series";
import type { Lang } from "../../../i18n/lang";
import { formatExactBn, formatPartialDate } from "../../../ui/format";
import { eventViewMessages } from "../view-messages";
import { eventDateValue, type UnplacedBucket } from "./event-dates";

/** "12 Sep 2016", "Aug 2025", "2024", or "Undated" (Chinese: "2016年9月12日", …, "日期不详"). */
export function eventDateLabel(event: Pick<EventRecord, "date" | "precision">, lang: Lang = "en"): string {
  return formatPartialDate(eventDateValue(event), lang);
}

/** What a date's precision means: "month only" / "仅到月". */
export function precisionWords(precision: NonNullable<EventRecord["precision"]>, lang: Lang = "en"): string {
  return eventViewMessages[lang].precision[precision];
}

/** "Sep 2023 – 2025", "from Sep 2023", "up to 2020", or "" for an open range. */
export function rangeLabel(from: string | null, to: string | null, lang: Lang = "en"): string {
  const t = eventViewMessages[lang];
  const date = (d: string) => formatPartialDate(d, lang);
  if (from && to) return from === to ? date(from) : t.range(date(from), date(to));
  if (from) return t.rangeFrom(date(from));
  if (to) return t.rangeTo(date(to));
  return "";
}

/** A period as the balance chart's axis names it, so the reader can find the bar. */
export function barLabel(id: string, lang: Lang = "en"): string {
  const p = periodById(id);
  return p ? periodLabel(p, lang) : id;
}

/** Why an event has no marker on the balance chart, in a few words. */
export function unplacedReason(bucket: UnplacedBucket, lang: Lang = "en"): string {
  const t = eventViewMessages[lang].unplaced;
  switch (bucket.reason) {
    case "undated":
      return t.undated;
    case "before-periods":
      return t.before;
    case "after-periods":
      return t.after;
    case "spans-periods":
      return t.spans(bucket.periods.map((p) => barLabel(p, lang)));
  }
}

/** "Not on the chart: 2 undated, 1 before 2015." for the events a chart leaves out, or null. */
export function unplacedSummary(unplaced: readonly { bucket: UnplacedBucket }[], lang: Lang = "en"): string | null {
  if (unplaced.length === 0) return null;
  const t = eventViewMessages[lang];
  const counts = new Map<string, number>();
  for (const { bucket } of unplaced) {
    const why = t.unplacedShort[bucket.reason];
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  return t.unplacedSummary([...counts]);
}

/** What an amount measures, worded: "sale price" / "成交价格". */
export function measureWords(measure: NonNullable<EventRecord["amountMeasure"]>, lang: Lang = "en"): string {
  return eventViewMessages[lang].measure[measure];
}

/**
 * An event's amount with what it measures: "10 bn CNY (sale price)" / "100亿元（成交价格）"; null
 * when the event has no amount. The number is exactly as recorded (ui/format formatExactBn).
 */
export function amountLabel(event: Pick<EventRecord, "amountBn" | "amountMeasure">, lang: Lang = "en"): string | null {
  if (event.amountBn === null) return null;
  const amount = formatExactBn(event.amountBn, lang);
  // The data build refuses an amount without a measure; a damaged file still shows "not stated".
  return eventViewMessages[lang].amountWithMeasure(amount, measureWords(event.amountMeasure ?? "not_stated", lang));
}

/** Whether the amount is from a sale of mining rights (new resource grants, not existing assets). */
export const isMiningRightAmount = (event: Pick<EventRecord, "amountMeasure">) =>
  event.amountMeasure !== null && MINING_RIGHT_MEASURES.includes(event.amountMeasure);
