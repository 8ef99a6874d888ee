import { describe, expect, it } from "vitest";
import {
  eventPeriodBucket,
  eventSpan,
  isPartialDate,
  overlapsRange,
  PERIOD_SPANS,
  periodOfRange,
  periodRange,
  periodSpan,
} from "../../src/features/events/lib/event-dates";
import { rangeLabel, unplacedReason } from "../../src/features/events/lib/event-format";
import { PERIODS } from "../../src/data/periods";

type Precision = "day" | "month" | "year";
const dated = (date: string | null, precision: Precision | null) => ({ date, precision });

describe("an event's date as a span of days", () => {
  it.each([
    ["2024", "year", "2024-01-01", "2024-12-31"],
    ["2024-08", "month", "2024-08-01", "2024-08-31"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023-02", "month", "2023-02-01", "2023-02-28"],
    ["2016-09-12", "day", "2016-09-12", "2016-09-12"],
    // The precision is what the source supports: a longer string is cut to it, never trusted beyond it.
    ["2024-08-26", "month", "2024-08-01", "2024-08-31"],
    ["2024-08-26", "year", "2024-01-01", "2024-12-31"],
  ] as const)("%s at %s precision is %s..%s", (date, precision, start, end) => {
    expect(eventSpan(dated(date, precision))).toEqual({ start, end });
  });

  it("an undated event has no span", () => {
    expect(eventSpan(dated(null, null))).toBeNull();
  });

  it.each([
    ["2024", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13", false],
    ["24-01", false],
    ["2024-1", false],
  ])("%s is a partial date: %s", (value, ok) => {
    expect(isPartialDate(value)).toBe(ok);
  });
});

describe("overlap with a from/to range whose bounds are partial dates", () => {
  const aug2024 = { start: "2024-08-01", end: "2024-08-31" };
  const year2023 = { start: "2023-01-01", end: "2023-12-31" };
  it.each([
    [aug2024, null, null, true],
    [aug2024, "2024-08", "2024-08", true],
    [aug2024, "2024-08-31", null, true],
    [aug2024, "2024-09", null, false],
    [aug2024, null, "2024-07", false],
    // "to 2024-07" ends on 31 July, not on 1 July.
    [{ start: "2024-07-31", end: "2024-07-31" }, null, "2024-07", true],
    // "from 2023-09" starts on 1 September: a year-only 2023 event may lie inside, so it overlaps.
    [year2023, "2023-09", null, true],
    [year2023, "2024", null, false],
    [year2023, null, "2023", true],
  ] as const)("%o with from %s to %s: %s", (span, from, to, expected) => {
    expect(overlapsRange(span, from, to)).toBe(expected);
  });
});

describe("periods as the spans they close", () => {
  it.each([
    ["2015", "2015-01-01", "2015-12-31", "2015", "2015"],
    ["2024", "2024-01-01", "2024-12-31", "2024", "2024"],
    ["2025-06", "2025-01-01", "2025-06-30", "2025-01", "2025-06"],
    ["2025", "2025-07-01", "2025-12-31", "2025-07", "2025-12"],
  ])("period %s spans %s..%s, linked as from=%s&to=%s", (id, start, end, from, to) => {
    expect(periodSpan(id)).toEqual({ period: id, start, end });
    expect(periodRange(id)).toEqual({ from, to });
    expect(periodOfRange(from, to)).toBe(id);
  });

  it("every period has a span, and the spans tile the days without gaps or overlaps", () => {
    expect(PERIOD_SPANS.map((s) => s.period).sort()).toEqual(PERIODS.map((p) => p.id).sort());
    for (let k = 1; k < PERIOD_SPANS.length; k++) {
      const dayAfter = new Date(`${PERIOD_SPANS[k - 1].end}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(PERIOD_SPANS[k].start).toBe(dayAfter.toISOString().slice(0, 10));
    }
  });

  it("a range written with days still finds its period; one that is not a period's span does not", () => {
    expect(periodOfRange("2024-01-01", "2024-12-31")).toBe("2024");
    expect(periodOfRange("2024-01", "2024-11")).toBeNull();
    expect(periodOfRange("2025", "2025")).toBeNull(); // the whole of 2025 is two periods
    expect(periodOfRange(null, "2024")).toBeNull();
    expect(periodRange("2014")).toBeNull();
  });
});

describe("the chart bucket of an event", () => {
  it.each([
    [dated("2024-08-26", "day"), "2024"],
    [dated("2024", "year"), "2024"],
    [dated("2015-01", "month"), "2015"],
    [dated("2025-06-30", "day"), "2025-06"],
    [dated("2025-03", "month"), "2025-06"],
    [dated("2025-07-01", "day"), "2025"],
    [dated("2025-08", "month"), "2025"],
  ])("%o goes in the bar of %s", (event, period) => {
    expect(eventPeriodBucket(event)).toEqual({ period });
  });

  it("an event dated only 2025 spans both 2025 periods: no bucket, and it says so", () => {
    const bucket = eventPeriodBucket(dated("2025", "year"));
    expect(bucket).toEqual({ period: null, reason: "spans-periods", periods: ["2025-06", "2025"] });
    if (bucket.period === null)
      expect(unplacedReason(bucket)).toBe("dated too coarsely for one bar: it could be in Mid-2025 or 2025 (prelim.)");
  });

  it.each([
    [dated(null, null), "undated"],
    [dated("2014-12-11", "day"), "before-periods"],
    [dated("2014", "year"), "before-periods"],
    [dated("2026-09-15", "day"), "after-periods"],
  ] as const)("%o has no bucket: %s", (event, reason) => {
    expect(eventPeriodBucket(event)).toEqual({ period: null, reason });
  });
});

describe("range wording", () => {
  it.each([
    ["2023-09", "2025", "Sep 2023 – 2025"],
    ["2024", "2024", "2024"],
    ["2023-09", null, "from Sep 2023"],
    [null, "2020-06-30", "up to 30 Jun 2020"],
    [null, null, ""],
  ])("%s..%s reads %s", (from, to, text) => {
    expect(rangeLabel(from, to)).toBe(text);
  });
});
