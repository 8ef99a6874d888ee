/** What the map and chart make of the analyst's values: classes, cells, ranks, labels. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUserCsv } from "../../src/features/user-data/lib/user-csv-reader";
import { classOf, RAMP } from "../../src/data/scale";
import {
  defaultUserPeriod,
  formatUserValue,
  regionsWithValues,
  roundTwoDigits,
  userBreaks,
  userChartRows,
  userClassLabels,
  userMapModel,
  userPeriodLabel,
  userScale,
} from "../../src/features/user-data/lib/user-map";
import { realIndex } from "../support/real-data";

const provinces = realIndex().data.provinces;

describe("class breaks", () => {
  it("rounds to two significant digits, keeping the sign", () => {
    expect([
      roundTwoDigits(1234),
      roundTwoDigits(-1234),
      roundTwoDigits(0.0456),
      roundTwoDigits(99.6),
      roundTwoDigits(0),
    ]).toEqual([1200, -1200, 0.046, 100, 0]);
  });

  it("ignores missing cells, and gives one class when every value is the same", () => {
    expect(userBreaks(new Float64Array([NaN, 5, 5, NaN, 5]))).toEqual([]);
    expect(userBreaks(new Float64Array([NaN, NaN]))).toEqual([]);
  });

  it("splits 1..100 into seven classes at its quantiles", () => {
    const values = Float64Array.from({ length: 100 }, (_, k) => k + 1);
    // The 1/7 … 6/7 quantiles of 1..100 are the 15th, 29th, 43rd, 58th, 72nd and 86th values.
    expect(userBreaks(values, 7)).toEqual([15, 29, 43, 58, 72, 86]);
  });

  it("always gives increasing breaks above the smallest value, for any values, negative included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constant(NaN)), { maxLength: 200 }),
        (xs) => {
          const breaks = userBreaks(Float64Array.from(xs));
          const finite = xs.filter((x) => !Number.isNaN(x));
          expect(breaks.length).toBeLessThanOrEqual(RAMP.length - 1);
          breaks.forEach((b, k) => {
            expect(b).toBeGreaterThan(Math.min(...finite));
            if (k > 0) expect(b).toBeGreaterThan(breaks[k - 1]);
          });
        },
      ),
    );
  });

  it("spreads few classes over the whole ramp", () => {
    expect(userScale([]).colours).toEqual([RAMP[3]]);
    expect(userScale([10]).colours).toEqual([RAMP[0], RAMP[6]]);
    expect(userScale([1, 2, 3, 4, 5, 6]).colours).toEqual([...RAMP]);
  });
});

describe("the map and chart for one period", () => {
  const result = parseUserCsv(
    "region,period,value,source\nCN-GZ,2024,30,a\nCN-SC,2024,-5,\nCN-BJ,2024,10,b\nCN-GZ,2023,1,\n",
    provinces,
  );
  const scale = userScale(userBreaks(result.data.values));

  it("colours the provinces with a value, ranks them, and leaves the rest missing or not covered", () => {
    const { model, info } = userMapModel(provinces, result.data, "2024", scale);
    expect(model.cells.size).toBe(34);
    expect(model.withData).toBe(3);
    expect(model.covered).toBe(31);
    expect(model.keyCount).toBe(0);
    const gz = model.cells.get("520000")!;
    expect(gz.kind).toBe("value");
    expect(gz.result).toMatchObject({ ok: true, value: 30 });
    expect(gz.colourClass).toBe(classOf(scale, 30));
    expect(gz.isKey).toBe(false);
    expect(info.get("520000")).toEqual({ value: 30, row: 2, source: "a", rank: 1 });
    expect(info.get("110000")?.rank).toBe(2);
    expect(info.get("510000")).toEqual({ value: -5, row: 3, source: null, rank: 3 });
    expect(model.cells.get("440000")).toMatchObject({ kind: "no-data", result: null, colourClass: null });
    expect(model.cells.get("810000")?.kind).toBe("not-covered");
  });

  it("gives the chart the period's values, highest first", () => {
    expect(userChartRows(result.data, "2024").map((r) => [r.adcode, r.value])).toEqual([
      ["520000", 30],
      ["110000", 10],
      ["510000", -5],
    ]);
    expect(userChartRows(result.data, "2023").map((r) => r.adcode)).toEqual(["520000"]);
    expect(userChartRows(result.data, "1999")).toEqual([]);
  });

  it("opens on the period with the most provinces and counts the provinces with any value", () => {
    expect(defaultUserPeriod(result.data)).toBe("2024");
    expect(regionsWithValues(result.data)).toBe(3);
  });

  it("does not open on a newer period that holds a single province, and keeps the latest of equally full ones", () => {
    const sparse = parseUserCsv(
      "region,period,value\nCN-GZ,2023,1\nCN-SC,2023,2\nCN-BJ,2023,3\nCN-GZ,2025,9\n",
      provinces,
    );
    expect(defaultUserPeriod(sparse.data)).toBe("2023");
    const tied = parseUserCsv(
      "region,period,value\nCN-GZ,2022,1\nCN-SC,2022,2\nCN-GZ,2024,3\nCN-SC,2024,4\n",
      provinces,
    );
    expect(defaultUserPeriod(tied.data)).toBe("2024");
  });
});

describe("words and numbers", () => {
  it("writes values as the file gave them, with separators, in each reader's convention", () => {
    expect(formatUserValue(1234567.891)).toBe("1,234,567.891");
    expect(formatUserValue(-0.00012)).toBe("-0.00012");
    expect(formatUserValue(1234.5, "zh")).toBe("1,234.5");
  });

  it("labels periods as written, in the reader's language", () => {
    expect(userPeriodLabel("2024")).toBe("2024");
    expect(userPeriodLabel("2025-06")).toBe("Jun 2025");
    expect(userPeriodLabel("2023-09-27", "zh")).toBe("2023年9月27日");
  });

  it("labels the legend's classes from its breaks", () => {
    expect(userClassLabels({ breaks: [-10, 1500], colours: ["a", "b", "c"] })).toEqual([
      "< -10",
      "-10–1,500",
      "≥ 1,500",
    ]);
    expect(userClassLabels({ breaks: [], colours: ["a"] })).toEqual([]);
  });
});
