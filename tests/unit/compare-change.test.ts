import { describe, expect, it } from "vitest";
import type { MetricValue } from "../../src/data/metric-values";
import type { MetricId } from "../../src/data/metrics";
import { changeSince, changeUnit } from "../../src/features/compare/lib/change";
import { formatChange, formatSeriesValue } from "../../src/features/compare/lib/labels";

const v = (value: number): MetricValue => ({ ok: true, value, provisional: false, citations: [], notes: [] });
const gap = (reason: string): MetricValue => ({ ok: false, reason, citations: [] });
const labels = { now: "end-2024", base: "end-2023" };

describe("change since the base period", () => {
  it.each([
    ["balance grows 10%", "balance", v(110), v(100), { ok: true, value: 10, unit: "%" }],
    ["balance falls 25%", "balance", v(75), v(100), { ok: true, value: -25, unit: "%" }],
    ["a ratio rises 20 points", "debt_revenue", v(620), v(600), { ok: true, value: 20, unit: "pp" }],
    ["a ratio falls 4.5 points", "debt_gdp", v(30), v(34.5), { ok: true, value: -4.5, unit: "pp" }],
  ] as [string, MetricId, MetricValue, MetricValue, object][])("%s", (_case, metric, now, base, expected) => {
    const c = changeSince(metric, now, base, labels);
    expect(c).toMatchObject({ ...expected, value: expect.closeTo((expected as { value: number }).value, 10) });
  });

  it.each([
    [
      "the base is missing",
      v(600),
      gap("No revenue for 2023"),
      "Not computed: no value at end-2023 (No revenue for 2023)",
    ],
    [
      "the period is missing",
      gap("Not computed at mid-year"),
      v(600),
      "Not computed: no value at end-2024 (Not computed at mid-year)",
    ],
    ["both are missing", gap("a"), gap("b"), "Not computed: no value at end-2023 (b); no value at end-2024 (a)"],
  ])("missing when %s, with the reason", (_case, now, base, reason) => {
    expect(changeSince("debt_revenue", now, base, labels)).toEqual({ ok: false, reason });
  });

  it("a zero balance cannot be a base for a percentage", () => {
    expect(changeSince("balance", v(5), v(0), labels)).toEqual({
      ok: false,
      reason: "Not computed: the balance at end-2023 is not positive",
    });
  });

  it("balance changes in per cent, ratios in percentage points", () => {
    expect([changeUnit("balance"), changeUnit("debt_gdp"), changeUnit("debt_revenue")]).toEqual(["%", "pp", "pp"]);
  });
});

describe("wording of numbers", () => {
  it.each([
    [{ ok: true, value: 10, unit: "%" }, "+10.0%"],
    [{ ok: true, value: -4.54, unit: "pp" }, "−4.5 pp"],
    [{ ok: true, value: 0, unit: "%" }, "±0.0%"],
  ] as const)("%j reads %s", (change, text) => {
    expect(formatChange(change)).toBe(text);
  });

  it("an indexed value has no unit; a level keeps the metric's", () => {
    expect(formatSeriesValue("balance", 114.53, true)).toBe("114.5");
    expect(formatSeriesValue("balance", 1753.7, false)).toBe("1,753.7 bn CNY");
    expect(formatSeriesValue("debt_revenue", 808.16, false)).toBe("808.2%");
  });
});
