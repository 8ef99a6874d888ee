/**
 * The prefecture league's downloads: the CSV has every row the league shows with grade, origin, QA
 * and source, checked against data/prefecture_debt.csv; the image's title says which league it is.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv";
import type { PrefectureDataFile } from "../../src/data/prefecture-types";
import { csvFor, isLeague } from "../../src/features/export/lib/view-export";
import { leagueCsv, leagueNameParts, over } from "../../src/features/export/lib/views/league";
import type { ExportContext } from "../../src/features/export/lib/export-context";
import { viewTitle } from "../../src/ui/titles";
import { imageFrame } from "../../src/features/export/lib/image-frame";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";
import { DATA_DIR } from "../support/csv-data";
import { realIndex, realPrefectureData } from "../support/real-data";

const parsed = parseCsv(readFileSync(join(DATA_DIR, "prefecture_debt.csv"), "utf8"));
if (!parsed.ok) throw new Error(parsed.reason);
const debtRows = parsed.records.map((r) => r.values);

const index = realIndex();
const files = new Map<string, PrefectureDataFile>(index.covered.map((p) => [p.adcode, realPrefectureData(p.adcode)]));
const analyst: ViewState = {
  ...DEFAULT_VIEW,
  view: "compare",
  metric: "debt_gdp",
  period: "2023",
  compareLevel: "prefectures",
  prefectureScope: "key",
};

describe("the league CSV", () => {
  const table = leagueCsv(index, analyst, files);
  const col = (name: string) => table.header.indexOf(name);
  const cell = (row: unknown[], name: string) => row[col(name)];

  it("lists ranked rows first, then doubtful, then those without a figure, each with grade, origin, QA and source", () => {
    for (const name of [
      "status",
      "rank",
      "grade",
      "grade_words",
      "value_origin",
      "qa_level",
      "debt_source",
      "debt_source_url",
    ])
      expect(col(name), name).toBeGreaterThanOrEqual(0);
    const statuses = table.rows.map((r) => cell(r, "status"));
    const firstOther = statuses.findIndex((s) => s !== "ranked");
    expect(firstOther).toBeGreaterThan(50);
    expect(statuses.slice(firstOther).every((s) => s !== "ranked")).toBe(true);
    // Every key-region unit in the year's CSV rows is in the file, once.
    const csvKey = debtRows.filter((r) => r.year === "2023" && r.key_region === "true");
    expect(table.rows.filter((r) => cell(r, "status") !== "no_figure" || cell(r, "grade") !== null).length).toBe(
      csvKey.length,
    );
  });

  it("gives each ranked row its CSV grade, origin, QA level and source document", () => {
    for (const r of table.rows.filter((x) => cell(x, "status") === "ranked")) {
      const src = debtRows.find((d) => d.year === "2023" && d.adcode === cell(r, "prefecture_code"))!;
      expect(src, String(cell(r, "name_zh"))).toBeDefined();
      expect(cell(r, "name_zh")).toBe(src.name_zh);
      expect(cell(r, "grade")).toBe(src.source_grade);
      expect(cell(r, "value_origin")).toBe(src.value_origin);
      expect(cell(r, "qa_level")).toBe(src.qa_level);
      expect(cell(r, "debt_source_url")).toBe(src.source_url);
      expect(cell(r, "denominator")).toBe("gdp");
    }
    const top = table.rows[0];
    expect([cell(top, "rank"), cell(top, "name_en"), cell(top, "grade"), cell(top, "places")]).toEqual([
      1,
      "Qitaihe",
      "A1",
      "key regions",
    ]);
  });

  it("official only: no row graded below A2 is in the file", () => {
    const official = leagueCsv(index, { ...analyst, gradeFloor: "official" }, files);
    const grades = new Set(official.rows.map((r) => r[official.header.indexOf("grade")]).filter((g) => g !== null));
    expect([...grades].sort()).toEqual(["A1", "A2"]);
  });

  it("is what the Compare Download menu gives with cl=prefectures, and asks to wait while files load", () => {
    const ctx: ExportContext = {
      index,
      view: analyst,
      subject: "compare",
      theme: "light",
      transparent: false,
      permalink: "",
      lang: "en",
      prefectures: files,
    };
    expect(isLeague(ctx)).toBe(true);
    expect(csvFor(ctx)).toEqual(table);
    expect(() => csvFor({ ...ctx, prefectures: new Map() })).toThrow(/still loading/);
    expect(isLeague({ ...ctx, view: { ...analyst, compareLevel: "provinces" } })).toBe(false);
  });

  it("in Chinese: worded headers and statuses, amounts in 亿元", () => {
    const zh = leagueCsv(index, { ...analyst, metric: "balance", prefectureScope: "CN-GZ" }, files, "zh");
    expect(zh.header).toContain("来源等级");
    expect(zh.header).toContain("债务余额（亿元）");
    const guiyang = zh.rows.find((r) => r[zh.header.indexOf("地市代码")] === "520100")!;
    const src = debtRows.find((d) => d.year === "2023" && d.adcode === "520100")!;
    expect(guiyang[zh.header.indexOf("债务余额（亿元）")]).toBeCloseTo(Number(src.total_balance_100m_cny), 6);
    expect(guiyang[zh.header.indexOf("状态")]).toBe("参与排名");
  });
});

describe("the league's image and file names", () => {
  it("titles say the league, its year-end, places and grade filter", () => {
    expect(viewTitle(index, analyst)).toEqual({
      title: "Prefecture league: Debt / GDP, end-2023",
      subtitle:
        "Debt / GDP (%) by prefecture: the key regions, all grades; top 20 ranked, doubtful figures not ranked; change since end-2023",
    });
    const monthEnd = viewTitle(index, { ...analyst, period: "2026-08", metric: "lgfv", gradeFloor: "official" }, "zh");
    expect(monthEnd.title).toBe("地市排名：2025年末债务余额");
    expect(monthEnd.subtitle).toContain("仅官方数字（A1/A2）");
    const frame = imageFrame(
      {
        index,
        view: { ...analyst, period: "2026-08" },
        subject: "compare",
        theme: "light",
        transparent: false,
        permalink: "",
        lang: "en",
      },
      { general: "", special: "", limit: "", key: "", notCovered: "", noDataDot: "", background: "#ffffff" },
    );
    expect(frame.dataDate).toMatch(/^Figures for end-2025;/);
    expect(leagueNameParts(index, { ...analyst, period: "2026-08", metric: "lgfv" })).toEqual({
      metric: "balance",
      period: "2025",
    });
  });

  it("the legend's lighter bar mixes the accent over the background as the chart does", () => {
    expect(over("#000000", "#ffffff", 0.5)).toBe("#808080");
    // The built CSS writes #ffffff as #fff.
    expect(over("#2d3a82", "#fff", 0.45)).toBe("#a1a6c7");
    expect(over("var(--x)", "#ffffff", 0.5)).toBe("var(--x)");
  });
});
