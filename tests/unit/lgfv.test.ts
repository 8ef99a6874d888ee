/**
 * Huatai FI's LGFV debt estimate (data/lgfv.csv) as the metrics `lgfv` and `lgfv_gdp`: the values
 * are the CSV's rows with their source, the ratio exists only where both sides do, every other
 * period is missing with the reason, and nothing adds the estimate to the official balance.
 * Expected figures come from the CSVs themselves, read here independently of the model.
 */
import { describe, expect, it } from "vitest";
import { indexAtlas } from "../../src/data/atlas-index";
import type { AtlasData } from "../../src/data/atlas-types";
import { buildModel } from "../../src/data/build-model";
import { checkAtlasData } from "../../src/data/check-generated";
import { parseCsv } from "../../src/data/csv";
import { metricValue, rankedValues } from "../../src/data/metric-values";
import { METRIC_IDS } from "../../src/data/metrics";
import { PERIODS } from "../../src/data/periods";
import { scaleFor } from "../../src/data/scale";
import { nationalSeries, provinceBalanceSeries } from "../../src/data/series";
import { parseView, serialiseView } from "../../src/state/view-state";
import { formatMetric } from "../../src/ui/format";
import { readDataFiles, validateTexts } from "../support/csv-data";
import { realIndex } from "../support/real-data";

const index = realIndex();
const files = readDataFiles();

function rowsOf(text: string): Record<string, string>[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.records.map((r) => r.values);
}

const lgfvRows = rowsOf(files["lgfv.csv"]);
/** Preferred GDP by "adcode|year", from macro.csv as written. */
const gdp = new Map(
  rowsOf(files["macro.csv"])
    .filter((r) => r.preferred === "true" && r.indicator === "gdp")
    .map((r) => [`${r.adcode}|${r.year}`, Number(r.value_bn_cny)]),
);
const COVERED_YEARS = ["2019", "2020", "2021", "2022", "2023", "2024"];

describe("LGFV debt (Huatai FI estimate)", () => {
  it("is every row of lgfv.csv, as recorded, with that row's source and quote", () => {
    expect(lgfvRows).toHaveLength(186);
    for (const row of lgfvRows) {
      const year = row.period.slice(0, 4);
      expect(row.period).toBe(`${year}-12-31`);
      const v = metricValue(index, row.adcode, "lgfv", year);
      expect(v.ok, `${row.name_zh} ${year}`).toBe(true);
      if (!v.ok) continue;
      expect(v.value).toBe(Number(row.value_bn_cny));
      expect(v.provisional).toBe(false);
      expect(v.citations).toHaveLength(1);
      expect(v.citations[0].text).toBe(row.source);
      expect(v.citations[0].quote).toBe(row.quote);
      expect(v.citations[0].role).toBe("LGFV interest-bearing debt (Huatai FI estimate)");
      expect(v.citations[0].label).toMatch(/^Huatai FI estimate/);
      expect(v.citations[0].detail).toMatch(/not an official statistic/);
    }
  });

  it("Guizhou and Jiangsu at end-2024 are the CSV's figures (1,523.4 and 10,499.9 bn CNY)", () => {
    const csv = (adcode: string) =>
      Number(lgfvRows.find((r) => r.adcode === adcode && r.period === "2024-12-31")!.value_bn_cny);
    expect(csv("520000")).toBe(1523.4);
    expect(csv("320000")).toBe(10499.9);
    expect(metricValue(index, "520000", "lgfv", "2024")).toMatchObject({ ok: true, value: 1523.4 });
    expect(formatMetric("lgfv", 1523.4)).toBe("1,523.4 bn CNY");
    expect(formatMetric("lgfv", 1523.4, "zh")).toBe("1.52万亿元");
  });

  it("at every period outside year-ends 2019–2024, every province is missing with the reason, in both languages", () => {
    const outside = PERIODS.filter((p) => !COVERED_YEARS.includes(p.id));
    expect(outside.map((p) => p.id)).toContain("2025");
    expect(outside.map((p) => p.id)).toContain("2026-08");
    for (const period of outside)
      for (const metric of ["lgfv", "lgfv_gdp"] as const) {
        const { rows, withData } = rankedValues(index, metric, period.id);
        expect(withData).toBe(0);
        for (const r of rows) {
          expect(r.result).toEqual({
            ok: false,
            reason: "Huatai FI's estimate covers year-ends 2019–2024",
            citations: [],
          });
          expect(metricValue(index, r.adcode, metric, period.id, "zh")).toMatchObject({
            ok: false,
            reason: "华泰固收的估算仅覆盖2019–2024年末",
          });
        }
      }
  });

  it("at each covered year-end, all 31 provinces have a value", () => {
    for (const year of COVERED_YEARS) expect(rankedValues(index, "lgfv", year).withData).toBe(31);
  });
});

describe("links to the LGFV metrics", () => {
  it.each([
    ["?v=2&m=lgfv&y=2025", "lgfv", "2025"],
    ["?v=2&m=lgfv_gdp&y=2019", "lgfv_gdp", "2019"],
    ["?v=2&m=lgfv&y=2026-08", "lgfv", "2026-08"],
  ])("%s opens exactly that metric and period, ignores nothing and writes itself back", (link, metric, period) => {
    const { view, ignored } = parseView(link, new Set(["CN-GZ"]));
    expect(ignored).toEqual([]);
    expect([view.metric, view.period]).toEqual([metric, period]);
    expect(serialiseView(view)).toBe(link);
  });
});

describe("LGFV debt / GDP", () => {
  it("divides the LGFV estimate by the same year's preferred GDP, citing both", () => {
    for (const row of lgfvRows) {
      const year = row.period.slice(0, 4);
      const g = gdp.get(`${row.adcode}|${year}`);
      const v = metricValue(index, row.adcode, "lgfv_gdp", year);
      if (g === undefined) {
        expect(v.ok).toBe(false);
        continue;
      }
      expect(v.ok, `${row.name_zh} ${year}`).toBe(true);
      if (!v.ok) continue;
      expect(v.value).toBeCloseTo((Number(row.value_bn_cny) / g) * 100, 10);
      expect(v.citations.map((c) => c.role)).toEqual([
        "LGFV interest-bearing debt (Huatai FI estimate)",
        `GDP ${year}`,
      ]);
      expect(v.citations[0].text).toBe(row.source);
    }
    // Guizhou 2024: 1,523.4 bn over its 2024 GDP.
    const gz = metricValue(index, "520000", "lgfv_gdp", "2024");
    expect(gz.ok && gz.value).toBeCloseTo((1523.4 / gdp.get("520000|2024")!) * 100, 10);
  });

  it("is missing, with the reason, where the GDP is missing, and never falls back to anything", () => {
    // The same data without Guizhou's 2023 GDP.
    const data: AtlasData = {
      ...index.data,
      macro: index.data.macro.filter((m) => !(m.adcode === "520000" && m.year === 2023 && m.indicator === "gdp")),
    };
    const without = indexAtlas(data);
    expect(metricValue(without, "520000", "lgfv_gdp", "2023")).toEqual({
      ok: false,
      reason: "No GDP for 2023 in the data",
      citations: metricValue(index, "520000", "lgfv", "2023").citations,
    });
    expect(metricValue(without, "520000", "lgfv_gdp", "2023", "zh")).toMatchObject({
      ok: false,
      reason: "数据缺失：没有2023年的地区生产总值（GDP）",
    });
    // Where GDP exists but the estimate does not (end-2025), the estimate's reason is given.
    expect(gdp.has("520000|2025")).toBe(true);
    expect(metricValue(index, "520000", "lgfv_gdp", "2025")).toMatchObject({
      ok: false,
      reason: "Huatai FI's estimate covers year-ends 2019–2024",
    });
  });

  it("is missing for a province whose estimate is missing inside the covered years, with its own reason", () => {
    const data: AtlasData = {
      ...index.data,
      lgfv: index.data.lgfv.filter((f) => !(f.adcode === "520000" && f.period === "2022")),
    };
    const without = indexAtlas(data);
    expect(metricValue(without, "520000", "lgfv", "2022")).toEqual({
      ok: false,
      reason: "No Huatai FI estimate for end-2022 in the data",
      citations: [],
    });
    expect(metricValue(without, "520000", "lgfv_gdp", "2022")).toMatchObject({ ok: false });
    expect(rankedValues(without, "lgfv", "2022").withData).toBe(30);
  });
});

describe("nothing adds the LGFV estimate to the official balance", () => {
  const official = index.data;
  // The same CSVs with every LGFV figure multiplied by 1,000 (and, apart, with lgfv.csv emptied).
  const header = files["lgfv.csv"].split("\n")[0];
  const inflated = files["lgfv.csv"].replace(
    /,(\d+\.\d{4}),"GitHub/g,
    (_, v: string) => `,${(Number(v) * 1000).toFixed(4)},"GitHub`,
  );
  const build = (lgfv: string) => {
    const result = validateTexts(readDataFiles({ "lgfv.csv": lgfv }));
    if (!result.ok) throw new Error("does not validate");
    return indexAtlas(buildModel(result.rows));
  };
  const big = build(inflated);
  const none = build(`${header}\n`);

  it("the edit really changed the estimate", () => {
    expect(big.lgfv("520000", "2024")!.value).toBe(1523400);
    expect(none.data.lgfv).toEqual([]);
  });

  it("balances, macro figures, national series and key regions are the same whatever lgfv.csv holds", () => {
    for (const other of [big, none]) {
      expect(other.data.balances).toEqual(official.balances);
      expect(other.data.unreported).toEqual(official.unreported);
      expect(other.data.macro).toEqual(official.macro);
      expect(other.data.national).toEqual(official.national);
      expect(other.data.keyRegions).toEqual(official.keyRegions);
      expect(nationalSeries(other)).toEqual(nationalSeries(index));
      for (const p of index.covered)
        expect(provinceBalanceSeries(other, p.adcode)).toEqual(provinceBalanceSeries(index, p.adcode));
    }
  });

  it("the balance and its ratios are the same whatever lgfv.csv holds, and never cite the estimate", () => {
    for (const metric of ["balance", "debt_gdp", "debt_revenue"] as const)
      for (const period of PERIODS)
        for (const p of index.covered) {
          const v = metricValue(index, p.adcode, metric, period.id);
          expect(metricValue(big, p.adcode, metric, period.id)).toEqual(v);
          expect(v.citations.some((c) => /Huatai|lgfv/i.test(`${c.role} ${c.label}`))).toBe(false);
        }
  });

  it("the balance's colour classes do not move with the estimate; the estimate's own classes do", () => {
    expect(scaleFor(big, "balance")).toEqual(scaleFor(index, "balance"));
    expect(scaleFor(big, "lgfv")).not.toEqual(scaleFor(index, "lgfv"));
  });

  it("the five metrics are the three official ones and the two built on the estimate", () => {
    expect([...METRIC_IDS]).toEqual(["balance", "debt_gdp", "debt_revenue", "lgfv", "lgfv_gdp"]);
  });
});

describe("the LGFV estimate's colour classes", () => {
  it("are fixed across years and drawn from the estimate's own values", () => {
    const values = lgfvRows.map((r) => Number(r.value_bn_cny));
    const scale = scaleFor(index, "lgfv");
    expect(scale.breaks.length).toBeGreaterThan(2);
    for (const b of scale.breaks) {
      expect(b).toBeGreaterThan(Math.min(...values) * 0.9);
      expect(b).toBeLessThan(Math.max(...values));
    }
  });
});

describe("the generated file's check", () => {
  it("rejects an LGFV figure whose source does not exist, or a file without the list", () => {
    const data = JSON.parse(JSON.stringify(index.data)) as AtlasData;
    data.lgfv[3].source = data.sources.length;
    expect(checkAtlasData(data)).toBe(
      `lgfv[3].source: source ${data.sources.length} does not exist (there are ${data.sources.length})`,
    );
    const { lgfv: _dropped, ...rest } = index.data;
    expect(checkAtlasData(rest)).toBe("lgfv: expected a list, found nothing");
  });
});
