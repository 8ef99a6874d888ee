/**
 * What a Chinese reader downloads: CSV headers in Chinese with amount columns stating 亿元 and the
 * amounts converted from bn (×10), data text left as written, and images worded in Chinese. The
 * English files are checked against the same rows, so the two can never disagree on a figure.
 */
import { describe, expect, it } from "vitest";
import { bnToYi } from "../../src/ui/format";
import type { ExportSubject } from "../../src/features/export/lib/export-context";
import { chartSpec, csvFor } from "../../src/features/export/lib/view-export";
import { mapSpec } from "../../src/features/export/lib/views/map";
import { exportFileName } from "../../src/features/export/lib/filename";
import type { ViewState } from "../../src/state/view-state";
import { realEvents } from "../support/real-data";
import { exportContext, realGeometry, TEST_PALETTE } from "../support/export-fixtures";

const events = realEvents();
const geometry = realGeometry();
const palette = TEST_PALETTE;

function ctx(subject: ExportSubject, lang: "en" | "zh", view: Partial<ViewState> = {}) {
  return exportContext(subject, lang, view);
}
/** One column of a CSV table by its header. */
function column(subject: ExportSubject, lang: "en" | "zh", header: string, view: Partial<ViewState> = {}) {
  const table = csvFor(ctx(subject, lang, view));
  const k = table.header.indexOf(header);
  expect(k, `${header} in ${table.header.join(",")}`).toBeGreaterThanOrEqual(0);
  return table.rows.map((r) => r[k]);
}
const yi = (cells: unknown[]) => cells.map((v) => (typeof v === "number" ? bnToYi(v) : v));
const snakeCase = (header: string[]) => header.filter((h) => /^[a-z_0-9]+$/.test(h));

describe("CSV downloads in Chinese", () => {
  it("the map's CSV: Chinese headers, the balance in 亿元, one row per province as in English", () => {
    const zh = csvFor(ctx("map", "zh"));
    expect(snakeCase(zh.header)).toEqual([]);
    expect(zh.header).toContain("债务余额（亿元）");
    expect(zh.rows).toHaveLength(csvFor(ctx("map", "en")).rows.length);
    expect(column("map", "zh", "债务余额（亿元）")).toEqual(yi(column("map", "en", "value")));
  });

  it("a ratio metric stays a percentage: no 亿元, no conversion", () => {
    expect(column("map", "zh", "债务/GDP（%）", { metric: "debt_gdp" })).toEqual(
      column("map", "en", "value", { metric: "debt_gdp" }),
    );
  });

  it("a province's CSV: every amount column in 亿元", () => {
    const view = { view: "region" as const, region: "CN-GS" };
    const zh = csvFor(ctx("region", "zh", view));
    expect(snakeCase(zh.header)).toEqual([]);
    for (const [zhHeader, enHeader] of [
      ["一般债务（亿元）", "general_bn_cny"],
      ["专项债务（亿元）", "special_bn_cny"],
      ["债务余额（亿元）", "total_bn_cny"],
      ["债务限额（亿元）", "limit_bn_cny"],
    ]) {
      const values = column("region", "zh", zhHeader, view);
      expect(values.some((v) => typeof v === "number")).toBe(true);
      expect(values).toEqual(yi(column("region", "en", enHeader, view)));
    }
  });

  it("the national CSV converts the totals but not the share", () => {
    expect(column("national", "zh", "全国债务余额（亿元）")).toEqual(
      yi(column("national", "en", "national_balance_bn_cny")),
    );
    expect(column("national", "zh", "重点省份合计（亿元）")).toEqual(
      yi(column("national", "en", "key_regions_total_bn_cny")),
    );
    expect(column("national", "zh", "重点省份份额（%）")).toEqual(column("national", "en", "key_regions_share_pct"));
  });

  it("the Compare CSV has the value in 亿元 and the key-region status in Chinese", () => {
    const view = { view: "compare" as const, compare: ["CN-GS"] };
    expect(column("compare", "zh", "债务余额（亿元）", view)).toEqual(yi(column("compare", "en", "value", view)));
    const key = column("compare", "zh", "重点省份", view);
    // Every status is worded in Chinese (a pending change after "；" is the source's own wording).
    expect(key.every((v) => typeof v === "string" && /^(重点省份|否|.+退出|尚无名单)/.test(v))).toBe(true);
    expect(key).toContain("重点省份");
    expect(column("compare", "zh", "在图表上", view).filter((v) => v === "是")).toHaveLength(1);
  });

  it("the events CSV: amounts in 亿元, kinds, titles and summaries in Chinese, quotes as the sources wrote them", () => {
    const zh = csvFor(ctx("events", "zh"));
    expect(snakeCase(zh.header)).toEqual([]);
    expect(column("events", "zh", "金额（亿元）")).toEqual(
      events.map((e) => (e.amountBn === null ? null : bnToYi(e.amountBn))),
    );
    expect(column("events", "zh", "类别")).toContain("资产处置");
    expect(column("events", "zh", "标题")).toEqual(events.map((e) => e.titleZh));
    expect(column("events", "zh", "摘要")).toEqual(events.map((e) => e.summaryZh));
    expect(column("events", "en", "title")).toEqual(events.map((e) => e.titleEn));
    expect(column("events", "en", "summary")).toEqual(events.map((e) => e.summaryEn));
    expect(column("events", "zh", "原文引述")).toEqual(events.map((e) => e.quote));
  });

  it("keeps the English CSV's column names", () => {
    expect(csvFor(ctx("events", "en")).header).toContain("amount_bn_cny");
    expect(csvFor(ctx("map", "en")).header.slice(0, 3)).toEqual(["region_code", "region_en", "region_zh"]);
  });
});

describe("images in Chinese", () => {
  const size = { width: 1200, height: 900 };
  const chart = { markup: "<svg/>", width: 10, height: 10 };

  it("the map image: Chinese title, legend in 亿元, Chinese footer label and date", () => {
    const spec = mapSpec(ctx("map", "zh", { period: "2024" }), geometry, palette, size);
    expect(spec.title).toContain("2024年末");
    expect(spec.legendTitle).toBe("债务余额（亿元）");
    expect(spec.legend.map((l) => l.label)).toContain("数据缺失");
    expect(spec.dataLabel).toBe("数据：");
    expect(spec.dataDate).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    // The class labels count in 亿: the top class starts ten times higher than in English.
    const top = (labels: string[]) => Number(labels.find((l) => l.startsWith("≥"))!.replace(/[^\d.]/g, ""));
    const en = mapSpec(ctx("map", "en", { period: "2024" }), geometry, palette, size);
    expect(top(spec.legend.map((l) => l.label))).toBe(bnToYi(top(en.legend.map((l) => l.label))));
  });

  it("chart images: legend and source line in Chinese", () => {
    const region = chartSpec(ctx("region", "zh", { region: "CN-GS" }), chart, palette, size);
    expect(region.legend.map((l) => l.label)).toEqual(expect.arrayContaining(["一般债务", "专项债务", "债务限额"]));
    expect(region.sourceLine).toContain("财政部");
    const events = chartSpec(ctx("events", "zh"), chart, palette, size);
    expect(events.legend.map((l) => l.label)).toContain("资产处置");
    expect(events.title).toContain("事件");
    const compare = chartSpec(ctx("compare", "zh", { compare: ["CN-GS", "CN-GZ"] }), chart, palette, size);
    expect(compare.legend.map((l) => l.label)).toEqual(["甘肃", "贵州"]);
  });

  it("file names stay ASCII and say the language", () => {
    const name = exportFileName({ metric: "balance", period: "2024", region: "Gansu", lang: "zh" }, "csv");
    expect(name).toMatch(/^[a-z0-9_.-]+$/);
    expect(name.endsWith("_zh.csv")).toBe(true);
    expect(exportFileName({ metric: "balance", period: "2024", region: "Gansu", lang: "en" }, "csv")).not.toContain(
      "zh",
    );
  });
});
