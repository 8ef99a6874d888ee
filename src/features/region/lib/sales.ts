/**
 * What was sold: a province's (or one prefecture's) priced asset sales, grouped by what the amount
 * measures. Amounts of different measures are never added. Within a measure, a total is given only
 * for prices of single transactions (a sale price, an asking price, one mining right's price);
 * aggregate figures (proceeds over a period, a programme's value of assets) may contain one another
 * and are listed, never summed. Pure.
 */
import { AMOUNT_MEASURES, type AmountMeasure } from "../../../data/amount-measures";
import type { EventRecord } from "../../../data/atlas-types";

/** Measures whose rows are single transactions, so a sum of distinct rows is a meaningful total. */
export const SUMMABLE: ReadonlySet<AmountMeasure> = new Set<AmountMeasure>([
  "sale_price",
  "listing_price",
  "mining_right_price",
  "mining_right_starting_price",
]);

export interface SaleGroup {
  measure: AmountMeasure;
  events: EventRecord[];
  /** The sum of the group's amounts where they are single transactions and there are two or more. */
  total: number | null;
}

/** Events of the province (and, with `placePrefix`, of the prefecture whose code starts so) with a priced asset sale. */
export function salesOf(events: readonly EventRecord[], provinceAdcode: string, placePrefix?: string): SaleGroup[] {
  const sales = events.filter(
    (e) =>
      e.kind === "asset_sale" &&
      e.amountBn !== null &&
      e.amountMeasure !== null &&
      e.provinceAdcode === provinceAdcode &&
      (!placePrefix || (e.placeAdcode ?? "").startsWith(placePrefix)),
  );
  const groups = new Map<AmountMeasure, EventRecord[]>();
  for (const e of sales) groups.set(e.amountMeasure!, [...(groups.get(e.amountMeasure!) ?? []), e]);
  return AMOUNT_MEASURES.filter((m) => groups.has(m)).map((measure) => {
    const list = [...groups.get(measure)!].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
    // Rows the data says overlap one another (events.csv amount_overlaps) are never summed.
    const ids = new Set(list.map((e) => e.id));
    const overlapping = list.some((e) => e.amountOverlaps.some((id) => ids.has(id)));
    const total =
      SUMMABLE.has(measure) && list.length > 1 && !overlapping
        ? list.reduce((sum, e) => sum + (e.amountBn ?? 0), 0)
        : null;
    return { measure, events: list, total };
  });
}

/** A prefecture's events are matched by its first four digits (a county's code starts with its prefecture's). */
export const prefecturePrefix = (adcode: string) => adcode.slice(0, 4);
