/**
 * The prefecture panel's data: every figure is a row of data/prefecture_debt.csv or
 * prefecture_macro.csv with its grade and sources; suspect values come out doubtful, chart
 * readings approximate, and ratios exist only where both sides exist. Expected values are read
 * from the CSVs here, not from the code under test.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv";
import { buildPrefectureData } from "../../src/data/build-prefecture-data";
import { indexPrefectures, prefectureRanks, prefectureValue } from "../../src/data/prefecture-values";
import { DATA_DIR, readDataFiles, validateTexts } from "../support/csv-data";
import { realPrefectureData } from "../support/real-data";

function csvRows(file: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(join(DATA_DIR, file), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.records.map((r) => r.values);
}
const debtRows = csvRows("prefecture_debt.csv");
const macroRows = csvRows("prefecture_macro.csv");

describe("prefecture data", () => {
  it("builds exactly the generated files the panel fetches, one per province", () => {
    const result = validateTexts(readDataFiles());
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.file}:${i.line} ${i.field} ${i.message}`).join("\n"));
    const built = buildPrefectureData(result.rows);
    expect(built).toHaveLength(31);
    for (const file of built) expect(realPrefectureData(file.province)).toEqual(file);
  });

  it("gives every row of prefecture_debt.csv its total, grade and origin, on the shape it is drawn on", () => {
    for (const row of debtRows) {
      const ix = indexPrefectures(realPrefectureData(row.province_adcode));
      const debt = ix.debt(row.map_adcode, Number(row.year));
      expect(debt, `${row.name_zh} ${row.year}`).toBeDefined();
      expect(debt!.total).toBe(row.total_balance_bn_cny === "" ? null : Number(row.total_balance_bn_cny));
      expect(debt!.grade).toBe(row.source_grade);
      expect(debt!.origin).toBe(row.value_origin);
      expect(debt!.qa).toBe(row.qa_level);
      const file = realPrefectureData(row.province_adcode);
      expect(debt!.sources.map((k) => file.sources[k].id).join(";")).toBe(
        row.source_doc_id
          .split(";")
          .map((s) => s.trim())
          .join(";"),
      );
    }
  });

  it("Guizhou 2024: debt over GDP exactly where the prefecture has both, from the CSV rows", () => {
    const ix = indexPrefectures(realPrefectureData("520000"));
    for (const row of debtRows.filter((r) => r.province_adcode === "520000" && r.year === "2024")) {
      const gdp = macroRows.find((m) => m.adcode === row.adcode && m.year === "2024" && m.indicator === "gdp");
      const v = prefectureValue(ix, row.map_adcode, "debt_gdp", 2024);
      if (!gdp) {
        expect(v).toMatchObject({ ok: false, reason: "no_denominator" });
      } else {
        expect(v.ok).toBe(true);
        if (v.ok) expect(v.value).toBeCloseTo((Number(row.total_balance_bn_cny) / Number(gdp.value_bn_cny)) * 100, 9);
      }
    }
  });

  it("never ranks or bins a suspect value: Dali 2025 (likely x10) is doubtful, with its flag", () => {
    const file = realPrefectureData("530000");
    const ix = indexPrefectures(file);
    const dali = prefectureValue(ix, "532900", "balance", 2025);
    expect(dali).toMatchObject({ ok: true, value: 945.759, doubtful: true });
    if (dali.ok) expect(dali.debt.flags.join()).toContain("POSSIBLE_SCALE_ERROR_X10");
    expect(prefectureRanks(ix, "balance", 2025).has("532900")).toBe(false);
    // Every suspect row in the CSV comes out doubtful.
    const suspect = debtRows.filter((r) => r.qa_level === "suspect");
    expect(suspect.length).toBeGreaterThan(0);
    for (const r of suspect) {
      const v = prefectureValue(
        indexPrefectures(realPrefectureData(r.province_adcode)),
        r.map_adcode,
        "balance",
        Number(r.year),
      );
      expect(v.ok && v.doubtful, `${r.name_zh} ${r.year}`).toBe(true);
    }
  });

  it("marks chart readings as approximate: Gansu 2022 comes from one report's charts", () => {
    const ix = indexPrefectures(realPrefectureData("620000"));
    const expected = debtRows.filter((r) => r.province_adcode === "620000" && r.year === "2022");
    expect(expected.length).toBe(14);
    for (const r of expected) {
      const v = prefectureValue(ix, r.map_adcode, "balance", 2022);
      expect(v.ok && v.approx).toBe(r.value_origin === "chart_reading_approx");
    }
  });

  it("ranks within the province, highest first, over sound values only", () => {
    const ix = indexPrefectures(realPrefectureData("520000"));
    const ranks = prefectureRanks(ix, "balance", 2024);
    const rows = debtRows
      .filter((r) => r.province_adcode === "520000" && r.year === "2024" && r.qa_level !== "suspect")
      .sort((a, b) => Number(b.total_balance_bn_cny) - Number(a.total_balance_bn_cny));
    expect(rows.map((r) => ranks.get(r.map_adcode))).toEqual(rows.map((_, k) => k + 1));
  });
});

describe("a broken prefecture file is rejected with file, line and field", () => {
  const files = readDataFiles();
  const breakLine = (text: string, line: number, edit: (row: string) => string) => {
    const lines = text.split("\n");
    lines[line - 1] = edit(lines[line - 1]);
    return lines.join("\n");
  };

  it("a source id that prefecture_sources.csv does not have", () => {
    const text = files["prefecture_debt.csv"].replace(",SRC-SECONDARY-DEBT-BEIJING-2018,", ",SRC-NOT-THERE,");
    const result = validateTexts({ ...files, "prefecture_debt.csv": text });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual({
        file: "prefecture_debt.csv",
        line: 2,
        field: "source_doc_id",
        message: '"SRC-NOT-THERE" is not a source in prefecture_sources.csv',
      });
    }
  });

  it("a grade outside A1-D", () => {
    const text = breakLine(files["prefecture_debt.csv"], 2, (row) => row.replace(",B2,secondary,", ",Z9,secondary,"));
    const result = validateTexts({ ...files, "prefecture_debt.csv": text });
    expect(!result.ok && result.issues.some((i) => i.line === 2 && i.field === "source_grade")).toBe(true);
  });
});
