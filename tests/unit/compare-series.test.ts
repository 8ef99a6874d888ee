import { describe, expect, it } from "vitest";
import { PERIODS } from "../../src/data/periods";
import { missingSummary } from "../../src/features/compare/lib/missing";
import { buildSeries, chartRows, orderAt, pointAt } from "../../src/features/compare/lib/series";
import { realIndex } from "../support/real-data";

const index = realIndex();

describe("compare series", () => {
  it("one point per atlas period, in order, for each province in the order given", () => {
    const series = buildSeries(index, ["CN-HI", "CN-GZ"], "balance");
    expect(series.map((s) => s.iso)).toEqual(["CN-HI", "CN-GZ"]);
    expect(series[0].points.map((p) => p.period)).toEqual(PERIODS.map((p) => p.id));
  });

  it("a balance point is the whole-province figure with its source", () => {
    const [gz] = buildSeries(index, ["CN-GZ"], "balance");
    const p = pointAt(gz, "2024")!;
    expect(p.value).toBe(index.balance("520000", "2024")!.total);
    expect(p.citations[0].role).toBe("Debt balance");
  });

  it("a missing value stays a gap (null) with the reason, never zero", () => {
    const [hi] = buildSeries(index, ["CN-HI"], "debt_revenue");
    expect(pointAt(hi, "2018")).toMatchObject({
      value: null,
      reason: "No general public budget revenue for 2018 in the data",
    });
    expect(pointAt(hi, "2025-06")).toMatchObject({
      value: null,
      reason: "Not computed for a month-end: general public budget revenue is annual",
    });
    expect(pointAt(hi, "2017")!.value).toBeGreaterThan(0);
  });

  it("month-ends and the preliminary end-2025 are provisional; year-ends are not", () => {
    const [gz] = buildSeries(index, ["CN-GZ"], "balance");
    expect(gz.points.filter((p) => p.provisional).map((p) => p.period)).toEqual([
      "2025-06",
      "2025",
      "2026-06",
      "2026-07",
      "2026-08",
    ]);
  });

  it("codes that are not covered provinces are skipped", () => {
    expect(buildSeries(index, ["CN-TW", "CN-GZ"], "balance").map((s) => s.iso)).toEqual(["CN-GZ"]);
  });

  it("chart rows keep gaps as null and list the provisional points", () => {
    const rows = chartRows(buildSeries(index, ["CN-HI", "CN-GZ"], "debt_revenue"));
    const row2018 = rows.find((r) => r.period === "2018")!;
    expect(row2018["CN-HI"]).toBeNull();
    expect(typeof row2018["CN-GZ"]).toBe("number");
    expect(rows.find((r) => r.period === "2025-06")).toMatchObject({
      label: "Mid-2025",
      "CN-HI": null,
      "CN-GZ": null,
      provisional: [],
    });
    const balanceRows = chartRows(buildSeries(index, ["CN-GZ"], "balance"));
    expect(balanceRows.find((r) => r.period === "2025")!.provisional).toEqual(["CN-GZ"]);
  });

  it("orders series by their value at a period, highest first, missing last", () => {
    const series = buildSeries(index, ["CN-HI", "CN-SH", "CN-GZ"], "debt_revenue");
    const at2018 = orderAt(series, "2018").map((o) => o.series.iso);
    expect(at2018).toEqual(["CN-GZ", "CN-SH", "CN-HI"]);
    expect(orderAt(series, "2025-06").map((o) => o.series.iso)).toEqual(["CN-HI", "CN-SH", "CN-GZ"]);
  });
});

describe("what the chart cannot draw", () => {
  it("counts missing points and groups them by reason", () => {
    const summary = missingSummary(buildSeries(index, ["CN-GZ", "CN-TJ"], "debt_revenue"));
    // Ten year-ends and five month-ends each; 2025 revenue exists for both (data/macro.csv, 2026-12 update).
    expect(summary).toMatchObject({ missing: 8, total: 30 });
    expect(summary.groups).toEqual([
      {
        reason: "Not computed for a month-end: general public budget revenue is annual",
        where: "every province shown at Mid-2025, Mid-2026, Jul 2026, Aug 2026",
        count: 8,
      },
    ]);
  });

  it("names the province when only some are missing", () => {
    const summary = missingSummary(buildSeries(index, ["CN-GZ", "CN-HI"], "debt_revenue"));
    expect(summary.groups.find((g) => g.reason.includes("2018"))).toEqual({
      reason: "No general public budget revenue for 2018 in the data",
      where: "Hainan at 2018",
      count: 1,
    });
  });

  it("nothing missing for balances", () => {
    expect(missingSummary(buildSeries(index, ["CN-GZ", "CN-HI"], "balance"))).toEqual({
      missing: 0,
      total: 30,
      groups: [],
    });
  });
});
