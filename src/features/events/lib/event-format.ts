/** How events are worded on screen: dates at their precision, ranges, and why one is not on a chart. */
import type { EventRecord } from "../../../data/atlas-types";
import { periodById } from "../../../data/periods";
import { periodLabel } from "../../../data/series";
import { formatPartialDate } from "../../../ui/format";
import { eventDateValue, isPartialDate, type UnplacedBucket } from "./event-dates";

/** "12 Sep 2016", "Aug 2025", "2024", or "Undated". */
export function eventDateLabel(event: Pick<EventRecord, "date" | "precision">): string {
  return formatPartialDate(eventDateValue(event));
}

export const PRECISION_WORDS = { day: "exact day", month: "month only", year: "year only" } as const;

/** Source dates are free text where the copy printed none ("not printed", "Nov 14 (year not printed)"). */
export function sourceDateLabel(sourceDate: string): string {
  return isPartialDate(sourceDate) ? formatPartialDate(sourceDate) : sourceDate;
}

/** "Sep 2023 – 2025", "from Sep 2023", "up to 2020", or "" for an open range. */
export function rangeLabel(from: string | null, to: string | null): string {
  if (from && to) return from === to ? formatPartialDate(from) : `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
  if (from) return `from ${formatPartialDate(from)}`;
  if (to) return `up to ${formatPartialDate(to)}`;
  return "";
}

// The chart's own axis labels, so the reader can find the bars named.
const barLabel = (id: string) => {
  const p = periodById(id);
  return p ? periodLabel(p) : id;
};

/** Why an event has no marker on the balance chart, in a few words. */
export function unplacedReason(bucket: UnplacedBucket): string {
  switch (bucket.reason) {
    case "undated":
      return "undated";
    case "before-periods":
      return "before the first period on the chart (2015)";
    case "after-periods":
      return "after the last period on the chart (end-2025)";
    case "spans-periods":
      return `dated too coarsely for one bar: it could be in ${bucket.periods.map(barLabel).join(" or ")}`;
  }
}

const SHORT: Record<UnplacedBucket["reason"], string> = {
  undated: "undated",
  "before-periods": "before 2015",
  "after-periods": "after 2025",
  "spans-periods": "dated too coarsely for one bar",
};

/** "Not on the chart: 2 undated, 1 before 2015." for the events a chart leaves out, or null. */
export function unplacedSummary(unplaced: readonly { bucket: UnplacedBucket }[]): string | null {
  if (unplaced.length === 0) return null;
  const counts = new Map<string, number>();
  for (const { bucket } of unplaced) counts.set(SHORT[bucket.reason], (counts.get(SHORT[bucket.reason]) ?? 0) + 1);
  return `Not on the chart: ${[...counts].map(([why, n]) => `${n} ${why}`).join(", ")}.`;
}
