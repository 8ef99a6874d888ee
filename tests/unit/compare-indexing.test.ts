import { describe, expect, it } from "vitest";
import { indexSeries, indexValue } from "../../src/features/compare/lib/indexing";
import { buildSeries, pointAt } from "../../src/features/compare/lib/series";
import { realIndex } from "../support/real-data";

const index = realIndex();

describe("indexValue", () => {
  it.each([
    [110, 100, 110],
    [50, 200, 25],
    [100, 100, 100],
    [null, 100, null],
    [100, null, null],
    [5, 0, null],
    [5, -1, null],
  ])("%s against a base of %s gives %s", (value, base, expected) => {
    const result = indexValue(value, base);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe("indexed series", () => {
  const [gz] = buildSeries(index, ["CN-GZ"], "balance");
  const indexed = indexSeries(gz, "2023");
  const b = (period: string) => index.balance("520000", period)!.total!;

  it("the base period is exactly 100", () => {
    expect(pointAt(indexed, "2023")!.value).toBe(100);
  });

  it("each point is its value over the base value × 100", () => {
    expect(pointAt(indexed, "2024")!.value).toBeCloseTo((b("2024") / b("2023")) * 100, 10);
    expect(pointAt(indexed, "2015")!.value).toBeCloseTo((b("2015") / b("2023")) * 100, 10);
  });

  it("keeps a provisional point provisional, and cites the base too", () => {
    const p = pointAt(indexed, "2025")!;
    expect(p.provisional).toBe(true);
    expect(p.citations.map((c) => c.role)).toEqual(["Debt balance", "Debt balance (base, end-2023)"]);
  });

  it("a missing point stays missing with its own reason", () => {
    const [hi] = buildSeries(index, ["CN-HI"], "debt_revenue");
    const p = pointAt(indexSeries(hi, "2023"), "2018")!;
    expect(p).toMatchObject({ value: null, reason: "No general public budget revenue for 2018 in the data" });
  });

  it("with no value at the base, every point is missing and says why", () => {
    const [hi] = buildSeries(index, ["CN-HI"], "debt_revenue");
    const all = indexSeries(hi, "2018").points;
    expect(all.every((p) => p.value === null)).toBe(true);
    expect(all[0].reason).toBe(
      "No value at end-2018 to index to (No general public budget revenue for 2018 in the data)",
    );
  });

  it("a ratio indexes the same way: debt/revenue 2024 over 2023", () => {
    const [tj] = buildSeries(index, ["CN-TJ"], "debt_revenue");
    const level = (p: string) => pointAt(tj, p)!.value!;
    expect(pointAt(indexSeries(tj, "2023"), "2024")!.value).toBeCloseTo((level("2024") / level("2023")) * 100, 10);
  });
});
