/**
 * What a reader downloads while Huatai FI's LGFV estimate is shown: the CSV's figures are lgfv.csv's
 * with their source and say they are that broker's estimate; the images' titles, legends and source
 * lines say so too, and carry the estimate's caveats instead of the official balance's scope note.
 */
import { describe, expect, it } from "vitest";
import type { ExportSubject } from "../../src/features/export/lib/export-context";
import { chartSpec, csvFor } from "../../src/features/export/lib/view-export";
import { mapSpec } from "../../src/features/export/lib/views/map";
import type { ViewState } from "../../src/state/view-state";
import { bnToYi } from "../../src/ui/format";
import { exportContext, realGeometry, TEST_PALETTE } from "../support/export-fixtures";

const geometry = realGeometry();
const palette = TEST_PALETTE;
const size = { width: 1200, height: 900 };

function ctx(subject: ExportSubject, lang: "en" | "zh", view: Partial<ViewState>) {
  return exportContext(subject, lang, view, "https://example.org/?v=2&m=lgfv");
}

function rowOf(subject: ExportSubject, lang: "en" | "zh", view: Partial<ViewState>, iso: string) {
  const table = csvFor(ctx(subject, lang, view));
  const row = table.rows.find((r) => r.includes(iso))!;
  return Object.fromEntries(table.header.map((h, k) => [h, row[k]]));
}

describe("the map's CSV of the LGFV estimate", () => {
  it("gives the CSV figure with its source and says whose estimate it is", () => {
    const gz = rowOf("map", "en", { metric: "lgfv", period: "2024" }, "CN-GZ");
    expect(gz).toMatchObject({ metric: "lgfv", value: 1523.4, unit: "bn CNY", period: "2024" });
    expect(gz.status).toBe("estimate by Huatai FI, not an official statistic");
    expect(gz.source).toBe("Huatai FI estimate, compiled in xyqiao98-wq/Government-debt");
    expect(gz.source_detail).toMatch(/^LGFV interest-bearing debt \(Huatai FI estimate\): GitHub xyqiao98-wq/);
    const zh = rowOf("map", "zh", { metric: "lgfv", period: "2024" }, "CN-GZ");
    expect(zh["城投带息债务（华泰固收估算）（亿元）"]).toBe(bnToYi(1523.4));
    expect(Object.values(zh)).toContain("城投带息债务（华泰固收估算）");
    expect(Object.values(zh)).toContain("华泰固收估算，非官方统计");
  });

  it("at end-2025, every province is missing with the reason", () => {
    const table = csvFor(ctx("map", "en", { metric: "lgfv", period: "2025" }));
    const status = table.header.indexOf("status");
    const value = table.header.indexOf("value");
    const covered = table.rows.filter((r) => r[status] !== "not covered");
    expect(covered).toHaveLength(31);
    for (const r of covered) {
      expect(r[value]).toBeNull();
      expect(r[status]).toBe("no data: Huatai FI's estimate covers year-ends 2019–2024");
    }
  });
});

describe("the map image of the LGFV estimate", () => {
  it("is titled as Huatai FI's estimate and carries its caveats, not the balance's scope note", () => {
    const spec = mapSpec(ctx("map", "en", { metric: "lgfv", period: "2024" }), geometry, palette, size);
    expect(spec.title).toBe("LGFV interest-bearing debt (Huatai FI estimate) by province, end-2024");
    expect(spec.legendTitle).toBe("LGFV interest-bearing debt (Huatai FI estimate) (bn CNY)");
    expect(spec.sourceLine).toContain("Sources: Huatai FI estimate, compiled in xyqiao98-wq/Government-debt.");
    expect(spec.sourceLine).toContain("not an official statistic");
    expect(spec.sourceLine).toContain("list changes over time");
    expect(spec.sourceLine).not.toContain("Provinces shown whole");
    const balance = mapSpec(ctx("map", "en", { period: "2024" }), geometry, palette, size);
    expect(balance.sourceLine).toContain("Provinces shown whole");
    expect(balance.sourceLine).not.toContain("Huatai");
  });

  it("at a period the estimate lacks, its source line says why no province has a figure", () => {
    const en = mapSpec(ctx("map", "en", { metric: "lgfv", period: "2025" }), geometry, palette, size);
    expect(en.sourceLine).toMatch(/^No province has a figure: Huatai FI's estimate covers year-ends 2019–2024\. /);
    const zh = mapSpec(ctx("map", "zh", { metric: "lgfv", period: "2025-06" }), geometry, palette, size);
    expect(zh.sourceLine).toMatch(/^所有省份均无数值：华泰固收的估算仅覆盖2019–2024年末。/);
  });

  it("in Chinese, says 华泰固收估算 in the title and legend", () => {
    const spec = mapSpec(ctx("map", "zh", { metric: "lgfv_gdp", period: "2023" }), geometry, palette, size);
    expect(spec.title).toBe("各省城投带息债务/GDP（华泰固收估算），2023年末");
    expect(spec.legendTitle).toBe("城投带息债务/GDP（华泰固收估算）（%）");
    expect(spec.sourceLine).toContain("计划单列市");
  });
});

describe("the Compare export of the LGFV estimate", () => {
  const view = { view: "compare" as const, metric: "lgfv" as const, compare: ["CN-GZ", "CN-JS"] };

  it("ranks the CSV figures, changes them in per cent, and says whose they are", () => {
    const gz = rowOf("compare", "en", { ...view, period: "2024", changeBase: "2023" }, "CN-GZ");
    expect(gz).toMatchObject({ value: 1523.4, base_value: 1602.8, change_unit: "%" });
    expect(gz.change).toBeCloseTo((1523.4 / 1602.8 - 1) * 100, 10);
    expect(gz.status).toBe("estimate by Huatai FI, not an official statistic");
    expect(gz.source).toBe("Huatai FI estimate, compiled in xyqiao98-wq/Government-debt");
  });

  it("its chart image's source line names Huatai FI, and the ratio's adds GDP", () => {
    const chart = { markup: "<svg/>", width: 10, height: 10 };
    const lgfv = chartSpec(ctx("compare", "en", view), chart, palette, size);
    expect(lgfv.sourceLine).toMatch(/^Sources: Huatai FI's estimate of LGFV interest-bearing debt/);
    expect(lgfv.sourceLine).not.toContain("MoF");
    const ratio = chartSpec(ctx("compare", "en", { ...view, metric: "lgfv_gdp" }), chart, palette, size);
    expect(ratio.sourceLine).toContain("; GDP: NBS");
    expect(lgfv.title).toContain("LGFV interest-bearing debt (Huatai FI estimate)");
  });
});
