/**
 * The prefecture downloads: the prefecture map's CSV and image and a prefecture's CSV and chart
 * legend, on the real data. Expected figures are read from data/prefecture_debt.csv here, not from
 * the app's generated files or code.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, type CsvRecord } from "../../src/data/csv";
import type { PrefectureYearRow } from "../../src/features/region/lib/prefecture-choropleth";
import type { PrefectureDebt } from "../../src/data/prefecture-types";
import { prefecturePoints } from "../../src/features/region/lib/prefecture-points";
import {
  prefectureChartParts,
  prefectureCsv,
  prefectureMapCsv,
  prefectureMapSpec,
} from "../../src/features/export/lib/views/prefectures";
import { composeSvg } from "../../src/features/export/lib/compose-svg";
import type { PrefectureMapFile } from "../../src/geo/prefecture-map";
import { DATA_DIR } from "../support/csv-data";
import { exportContext, TEST_PALETTE } from "../support/export-fixtures";
import { GENERATED_DIR, realPrefectureData } from "../support/real-data";

const debtRows: Record<string, string>[] = (() => {
  const parsed = parseCsv(readFileSync(join(DATA_DIR, "prefecture_debt.csv"), "utf8"));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.records.map((r: CsvRecord) => r.values);
})();
const row = (adcode: string, year: number) =>
  debtRows.find((r) => r.adcode_current === adcode && Number(r.year) === year)!;

const NM = "150000";
const HOHHOT = "150100";
const XILINGOL = "152500";
const prefectureMap = (adcode: string) =>
  JSON.parse(readFileSync(join(GENERATED_DIR, "prefectures", `${adcode}.json`), "utf8")) as PrefectureMapFile;

function context(subject: "prefectures" | "prefecture", lang: "en" | "zh", view: object) {
  return {
    ...exportContext(subject, lang, { view: "map", region: "CN-NM", ...view }),
    prefectureFile: realPrefectureData(NM),
    prefectureMap: prefectureMap(NM),
  };
}

describe("a prefecture's chart points", () => {
  const debt = (over: Partial<PrefectureDebt>): PrefectureDebt => ({
    code: "1",
    year: 2020,
    total: 10,
    general: 4,
    special: 6,
    limit: 12,
    grade: "A1",
    origin: "printed",
    qa: "ok",
    flags: [],
    note: "",
    sources: [],
    ...over,
  });
  const rows: PrefectureYearRow[] = [
    { year: 2018, debt: debt({ year: 2018 }), debtGdp: null, debtRevenue: null, share: null },
    {
      year: 2019,
      debt: debt({ year: 2019, general: null, special: null, total: 9, limit: null }),
      debtGdp: null,
      debtRevenue: null,
      share: null,
    },
    {
      year: 2020,
      debt: debt({ year: 2020, origin: "chart_reading_approx", total: 11, general: 5 }),
      debtGdp: null,
      debtRevenue: null,
      share: null,
    },
    {
      year: 2021,
      debt: debt({ year: 2021, qa: "suspect", total: 110 }),
      debtGdp: null,
      debtRevenue: null,
      share: null,
    },
    { year: 2022, debt: null, debtGdp: null, debtRevenue: null, share: null },
  ];
  const points = prefecturePoints(rows);

  it("stacks the parts where the source splits them and draws the total alone where it does not", () => {
    expect(points[0]).toMatchObject({ general: 4, special: 6, totalOnly: null, total: 10, limit: 12, approx: false });
    expect(points[1]).toMatchObject({ general: null, special: null, totalOnly: 9, total: 9, limit: null });
  });

  it("marks a chart reading, and never draws a doubtful figure or fills a missing year", () => {
    expect(points[2]).toMatchObject({ approx: true, total: 11 });
    expect(points[3]).toMatchObject({ doubtful: true, general: null, special: null, totalOnly: null, total: null });
    expect(points[4]).toMatchObject({ doubtful: false, general: null, totalOnly: null, total: null, limit: null });
  });
});

describe("a prefecture's CSV (p)", () => {
  it("lists its year-ends 2018–2025 with the data's totals, grades and sources", () => {
    const table = prefectureCsv(context("prefecture", "en", { prefecture: HOHHOT }));
    const col = (name: string) => table.header.indexOf(name);
    expect(table.rows.map((r) => r[col("year_end")])).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const r of table.rows) {
      const data = row(HOHHOT, r[col("year_end")] as number);
      expect(r[col("total_bn_cny")]).toBeCloseTo(Number(data.total_balance_bn_cny), 6);
      expect(r[col("grade")]).toBe(data.source_grade);
      expect(String(r[col("debt_source_url")])).toContain(data.source_url);
    }
  });

  it("keeps a doubtful year's figure with its QA level and why, so nothing is lost", () => {
    const table = prefectureCsv(context("prefecture", "en", { prefecture: XILINGOL }));
    const col = (name: string) => table.header.indexOf(name);
    const y2025 = table.rows.find((r) => r[col("year_end")] === 2025)!;
    expect(y2025[col("qa_level")]).toBe("suspect");
    expect(y2025[col("total_bn_cny")]).toBeCloseTo(Number(row(XILINGOL, 2025).total_balance_bn_cny), 6);
    expect(String(y2025[col("note")])).toMatch(/break in the series/);
    // Its share of the province is not computed from a doubtful figure.
    expect(y2025[col("share_of_province_debt_pct")]).toBeNull();
  });

  it("in Chinese: headers in words, amounts in 亿元", () => {
    const table = prefectureCsv(context("prefecture", "zh", { prefecture: HOHHOT }));
    const total = table.header.indexOf("债务余额（亿元）");
    expect(total).toBeGreaterThan(-1);
    const y2025 = table.rows.find((r) => r[table.header.indexOf("年末")] === 2025)!;
    expect(y2025[total]).toBeCloseTo(Number(row(HOHHOT, 2025).total_balance_100m_cny), 4);
  });

  it("says what to do when no prefecture is chosen or the figures are not loaded", () => {
    expect(() => prefectureCsv(context("prefecture", "en", { prefecture: null }))).toThrow(/Choose a prefecture/);
    const notLoaded = { ...context("prefecture", "en", { prefecture: HOHHOT }), prefectureFile: undefined };
    expect(() => prefectureCsv(notLoaded)).toThrow(/still loading/);
  });

  it("its chart's legend names only the bars it has, and the source line the years not drawn", () => {
    const hohhot = prefectureChartParts(context("prefecture", "en", { prefecture: HOHHOT }), TEST_PALETTE);
    expect(hohhot.legend.map((l) => l.label)).toContain("Total (no split published)");
    const xilingol = prefectureChartParts(context("prefecture", "en", { prefecture: XILINGOL }), TEST_PALETTE);
    expect(xilingol.sourceLine).toMatch(/Not drawn, doubtful: 2025/);
  });
});

describe("the prefecture map's CSV and image", () => {
  const view = { metric: "balance" as const, period: "2025" };

  it("ranks the sound figures by value, and lists a doubtful figure unranked with its reason", () => {
    const table = prefectureMapCsv(context("prefectures", "en", view));
    const col = (name: string) => table.header.indexOf(name);
    const sound2025 = debtRows.filter(
      (r) => r.province_adcode === NM && r.year === "2025" && r.qa_level !== "suspect" && r.total_balance_bn_cny,
    );
    const ranked = table.rows.filter((r) => r[col("state")] === "value");
    expect(ranked).toHaveLength(sound2025.length);
    expect(ranked.map((r) => r[col("rank_in_province")])).toEqual(ranked.map((_, k) => k + 1));
    const top = sound2025.reduce((a, b) => (Number(a.total_balance_bn_cny) >= Number(b.total_balance_bn_cny) ? a : b));
    expect(ranked[0][col("prefecture_code")]).toBe(top.adcode_current);
    expect(ranked[0][col("value")]).toBeCloseTo(Number(top.total_balance_bn_cny), 6);

    const xilingol = table.rows.find((r) => r[col("prefecture_code")] === XILINGOL)!;
    expect(xilingol[col("state")]).toBe("doubtful");
    expect(xilingol[col("rank_in_province")]).toBeNull();
    expect(xilingol[col("qa_level")]).toBe("suspect");
    expect(String(xilingol[col("note")])).toMatch(/break in the series/);
  });

  it("draws doubtful shapes hatched, never in a class colour, with the legend saying so", () => {
    const ctx = context("prefectures", "en", view);
    const spec = prefectureMapSpec(ctx, TEST_PALETTE, { width: 1200, height: 900 });
    expect(spec.body.kind).toBe("map");
    if (spec.body.kind !== "map") return;
    const shapes = prefectureMap(NM).shapes;
    expect(spec.body.shapes).toHaveLength(shapes.length);
    const k = shapes.findIndex((s) => s.code === XILINGOL);
    expect(spec.body.shapes[k]).toMatchObject({ doubtful: true });
    expect(spec.legend.map((l) => l.label)).toContain("Doubtful figure, not coloured");
    expect(spec.title).toBe("Debt balance by prefecture, Inner Mongolia, end-2025");
    const svg = composeSvg(spec);
    const id = /<pattern id="([^"]+-doubtful)"/.exec(svg)?.[1];
    expect(id).toBeTruthy();
    expect(svg.split(`fill="url(#${id})"`).length - 1).toBe(1);
  });

  it("a municipality has no prefecture map to save, and says why", () => {
    const ctx = {
      ...exportContext("prefectures", "en", { view: "map", region: "CN-CQ", period: "2024" }),
      prefectureFile: realPrefectureData("500000"),
    };
    expect(() => prefectureMapCsv(ctx)).toThrow(/whole municipality/);
  });
});
