import { describe, expect, it } from "vitest";
import { metricValue, rankedValues } from "../../src/data/metric-values";
import { realIndex } from "../support/real-data";
import { balanceCaveats } from "../../src/data/caveats";

const index = realIndex();

describe("metric values", () => {
  it("the balance is the whole-province figure with its source", () => {
    const v = metricValue(index, "210000", "balance", "2024");
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    // Liaoning includes Dalian: the province row's map total.
    expect(v.value).toBe(index.balance("210000", "2024")!.total);
    expect(v.citations[0].label).toContain("MoF local bond disclosure platform");
    expect(v.notes.join(" ")).toContain("大连市");
  });

  it("debt/GDP divides the balance by the same year's GDP", () => {
    const v = metricValue(index, "520000", "debt_gdp", "2023");
    const gdp = index.macro("520000", 2023, "gdp")!.value;
    const balance = index.balance("520000", "2023")!.total!;
    expect(v.ok && v.value).toBeCloseTo((balance / gdp) * 100, 10);
    expect(v.citations.map((c) => c.role)).toEqual(["Debt balance", "GDP 2023"]);
  });

  it("a ratio with a missing denominator is missing, with the reason, never zero", () => {
    // Hainan has no 2018 revenue in the data.
    const v = metricValue(index, "460000", "debt_revenue", "2018");
    expect(v).toMatchObject({ ok: false, reason: "No general public budget revenue for 2018 in the data" });
  });

  it("no ratio at mid-year, because GDP and revenue are annual", () => {
    expect(metricValue(index, "520000", "debt_gdp", "2025-06")).toMatchObject({ ok: false });
    expect(metricValue(index, "520000", "balance", "2025-06")).toMatchObject({ ok: true, provisional: true });
  });

  it("ranks the 31 provinces highest first, leaving missing ones unranked", () => {
    const { rows, withData } = rankedValues(index, "debt_revenue", "2018");
    expect(rows).toHaveLength(31);
    expect(withData).toBe(30);
    const ranks = rows
      .filter((r) => r.rank !== null)
      .map((r) => r.rank!)
      .sort((a, b) => a - b);
    expect(ranks).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
    const top = rows.find((r) => r.rank === 1)!;
    const max = Math.max(...rows.filter((r) => r.result.ok).map((r) => (r.result.ok ? r.result.value : 0)));
    expect(top.result.ok && top.result.value).toBe(max);
    expect(rows.find((r) => r.adcode === "460000")!.rank).toBeNull();
  });
});

describe("scope caveats", () => {
  it("Xinjiang's figure warns that it adds the XPCC", () => {
    expect(balanceCaveats(index.balance("650000", "2024")).join(" ")).toContain("Production and Construction Corps");
  });
  it("2015-2017 figures warn that they include bank loans; later ones do not", () => {
    expect(balanceCaveats(index.balance("210000", "2016")).join(" ")).toContain("bank loans");
    expect(balanceCaveats(index.balance("110000", "2024"))).toEqual([]);
  });
  it("a province with a separately listed city says what the whole-province figure adds", () => {
    expect(balanceCaveats(index.balance("210000", "2024"))[0]).toBe(
      "Whole region: sum of the platform's reported totals for 辽宁省 + 大连市.",
    );
  });
});
