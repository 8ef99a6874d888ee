/**
 * The prefecture league (compare/lib/prefecture-league.ts) on the generated prefecture files, with
 * every expected figure, rank and grade read from data/prefecture_debt.csv and prefecture_macro.csv
 * here, never from the code under test.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv";
import type { PrefectureDataFile } from "../../src/data/prefecture-types";
import {
  buildLeague,
  gradeClass,
  leagueFrame,
  meetsGrade,
  missingFiles,
  type League,
  type LeagueParams,
} from "../../src/features/compare/lib/prefecture-league";
import { changeProblemText, changeText, gradeText } from "../../src/features/compare/lib/league-words";
import { DATA_DIR } from "../support/csv-data";
import { realIndex, realPrefectureData } from "../support/real-data";

function csvRows(file: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(join(DATA_DIR, file), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.records.map((r) => r.values);
}
const debtRows = csvRows("prefecture_debt.csv");
const macroRows = csvRows("prefecture_macro.csv");
const macro = new Map(macroRows.map((m) => [`${m.adcode}|${m.year}|${m.indicator}`, Number(m.value_bn_cny)]));

const index = realIndex();
const allFiles = new Map<string, PrefectureDataFile>(
  index.covered.map((p) => [p.adcode, realPrefectureData(p.adcode)]),
);
const params = (patch: Partial<LeagueParams>): LeagueParams => ({
  metric: "balance",
  periodId: "2024",
  changeBase: "2023",
  grade: "all",
  scope: null,
  ...patch,
});
const league = (patch: Partial<LeagueParams>): League => {
  const l = buildLeague(index, allFiles, params(patch));
  if (!l) throw new Error("league incomplete");
  return l;
};

/** debt / GDP (or revenue) × 100 from the CSV rows, where the prefecture-year has both and a total. */
function csvRatio(row: Record<string, string>, indicator: "gdp" | "general_public_budget_revenue"): number | null {
  const d = macro.get(`${row.adcode}|${row.year}|${indicator}`);
  if (d === undefined || row.total_balance_bn_cny === "") return null;
  return (Number(row.total_balance_bn_cny) / d) * 100;
}

describe("the analyst's question: key-region prefectures by debt/GDP at end-2023", () => {
  const expected = debtRows
    .filter((r) => r.year === "2023" && r.key_region === "true" && r.qa_level !== "suspect")
    .map((r) => ({ row: r, ratio: csvRatio(r, "gdp") }))
    .filter((x): x is { row: Record<string, string>; ratio: number } => x.ratio !== null)
    .sort((a, b) => b.ratio - a.ratio);

  it("ranks exactly the CSV's key-region prefectures with a debt total and a GDP, highest first", () => {
    const l = league({ metric: "debt_gdp", periodId: "2023", scope: "key" });
    expect(l.scope.kind).toBe("key");
    expect(l.provinces.map((p) => p.iso).sort()).toEqual(
      [...new Set(debtRows.filter((r) => r.key_region === "true").map((r) => r.province_adcode))]
        .map((a) => index.provinceByAdcode.get(a)!.iso)
        .sort(),
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(l.ranked.map((r) => r.id)).toEqual(expected.map((x) => x.row.map_adcode));
    l.ranked.forEach((r, k) => {
      expect(r.rank).toBe(k + 1);
      expect(r.value.ok && r.value.value).toBeCloseTo(expected[k].ratio, 9);
      expect(r.value.debt?.grade).toBe(expected[k].row.source_grade);
    });
    // The top of it, as data/prefecture_debt.csv and prefecture_macro.csv give it.
    expect(expected[0].row.name_zh).toBe("七台河市");
    expect(l.ranked[0].unit.nameZh).toBe("七台河市");
  });

  it("official only (A1/A2) leaves out every secondary and commercial-database figure, and counts them", () => {
    const all = league({ metric: "debt_gdp", periodId: "2023", scope: "key" });
    const official = league({ metric: "debt_gdp", periodId: "2023", scope: "key", grade: "official" });
    const csvOfficial = expected.filter((x) => x.row.source_class === "official");
    expect(csvOfficial.length).toBeLessThan(expected.length);
    expect(official.ranked.map((r) => r.id)).toEqual(csvOfficial.map((x) => x.row.map_adcode));
    expect(official.ranked.every((r) => ["A1", "A2"].includes(r.value.debt!.grade))).toBe(true);
    // Every key-region unit-year with a debt row below A2 is hidden, with or without a GDP.
    const hidden = debtRows.filter(
      (r) => r.year === "2023" && r.key_region === "true" && r.source_class !== "official",
    );
    expect(official.belowGrade).toBe(hidden.length);
    expect(all.belowGrade).toBe(0);
    // Ranks are over what is shown: no gaps.
    expect(official.ranked.map((r) => r.rank)).toEqual(official.ranked.map((_, k) => k + 1));
  });
});

describe("grades", () => {
  it("follow data/README.md's source_class", () => {
    for (const r of debtRows) {
      const cls = gradeClass(r.source_grade as "A1");
      expect(cls === "commercial" ? "provisional_commercial_db" : cls, r.source_grade).toBe(r.source_class);
    }
    expect(meetsGrade("B2", "secondary")).toBe(true);
    expect(meetsGrade("D", "secondary")).toBe(false);
    expect(meetsGrade("C", "official")).toBe(false);
    expect(meetsGrade("D", "all")).toBe(true);
    expect(gradeText("A1")).toBe("A1 official budget document");
    expect(gradeText("D", "zh")).toBe("D 商业数据库");
  });

  it("official and secondary leaves out the commercial-database (CEIC) figures only", () => {
    const l = league({ periodId: "2022", grade: "secondary" });
    const d = debtRows.filter((r) => r.year === "2022" && r.source_grade === "D");
    expect(l.belowGrade).toBe(d.length);
    expect([...l.ranked, ...l.doubtful].some((r) => r.value.debt?.grade === "D")).toBe(false);
  });
});

describe("doubtful and missing figures", () => {
  it("never ranks a suspect figure: every suspect row of the year is listed apart", () => {
    for (const year of ["2018", "2019", "2025"]) {
      const l = league({ periodId: year });
      const suspect = debtRows.filter((r) => r.year === year && r.qa_level === "suspect").map((r) => r.map_adcode);
      expect(suspect.length).toBeGreaterThan(0);
      expect(l.doubtful.map((r) => r.id).sort()).toEqual([...suspect].sort());
      expect(l.ranked.some((r) => suspect.includes(r.id))).toBe(false);
    }
  });

  it("ranks every sound total of the year across all 31 provinces, municipalities included", () => {
    const l = league({ periodId: "2024" });
    const sound = debtRows
      .filter((r) => r.year === "2024" && r.qa_level !== "suspect" && r.total_balance_bn_cny !== "")
      .sort((a, b) => Number(b.total_balance_bn_cny) - Number(a.total_balance_bn_cny));
    expect(l.ranked.map((r) => r.value.ok && r.value.value)).toEqual(sound.map((r) => Number(r.total_balance_bn_cny)));
    const municipalities = l.ranked.filter((r) => r.unit.municipality).map((r) => r.unit.nameEn);
    expect(municipalities.sort()).toEqual(["Beijing", "Chongqing", "Shanghai", "Tianjin"]);
    expect(sound.filter((r) => r.unit_type === "municipality")).toHaveLength(4);
  });

  it("lists a unit without a GDP as missing, with the reason, and does not rank it", () => {
    const l = league({ metric: "debt_gdp", periodId: "2023", scope: "CN-YN" });
    const noGdp = debtRows.filter(
      (r) => r.year === "2023" && r.province_adcode === "530000" && !macro.has(`${r.adcode}|2023|gdp`),
    );
    expect(noGdp.length).toBeGreaterThan(0);
    expect(l.missing.map((r) => r.id).sort()).toEqual(noGdp.map((r) => r.map_adcode).sort());
    expect(l.missing.every((r) => !r.value.ok && r.value.reason === "no_denominator")).toBe(true);
    expect(l.ranked.every((r) => r.province.iso === "CN-YN")).toBe(true);
  });

  it("keeps a chart reading approximate (≈), and a change from it", () => {
    const l = league({ periodId: "2022", changeBase: "2021", scope: "CN-GS" });
    const approx = debtRows.filter(
      (r) => r.year === "2022" && r.province_adcode === "620000" && r.value_origin === "chart_reading_approx",
    );
    expect(approx.length).toBeGreaterThan(0);
    for (const r of approx) {
      const row = l.ranked.find((x) => x.id === r.map_adcode)!;
      expect(row.value.ok && row.value.approx).toBe(true);
      if (row.change.ok) expect(changeText(row.change)).toMatch(/^≈ /);
    }
  });
});

describe("change since the base year", () => {
  it("balance: per cent from both CSV totals, where both are sound", () => {
    const l = league({ periodId: "2024", changeBase: "2020", scope: "CN-GZ" });
    for (const r of debtRows.filter((x) => x.year === "2024" && x.province_adcode === "520000")) {
      const base = debtRows.find((x) => x.year === "2020" && x.adcode_current === r.adcode_current)!;
      const row = l.ranked.find((x) => x.id === r.map_adcode)!;
      expect(row.change.ok).toBe(true);
      if (row.change.ok) {
        expect(row.change.unit).toBe("%");
        expect(row.change.value).toBeCloseTo(
          (Number(r.total_balance_bn_cny) / Number(base.total_balance_bn_cny) - 1) * 100,
          9,
        );
      }
    }
  });

  it("a ratio: percentage points", () => {
    const l = league({ metric: "debt_gdp", periodId: "2023", changeBase: "2019", scope: "CN-GZ" });
    const guiyang = l.ranked.find((r) => r.id === "520100")!;
    const now = csvRatio(
      debtRows.find((r) => r.adcode === "520100" && r.year === "2023")!,
      "gdp",
    )!;
    const then = csvRatio(
      debtRows.find((r) => r.adcode === "520100" && r.year === "2019")!,
      "gdp",
    )!;
    expect(guiyang.change).toMatchObject({ ok: true, unit: "pp" });
    if (guiyang.change.ok) expect(guiyang.change.value).toBeCloseTo(now - then, 9);
  });

  it("never across a doubtful value: Huangshi's end-2019 figure (likely x10) gives no change in 2020", () => {
    const row = debtRows.find((r) => r.adcode === "420200" && r.year === "2019")!;
    expect(row.qa_level).toBe("suspect");
    const l = league({ periodId: "2020", changeBase: "2019", scope: "CN-HB" });
    const huangshi = l.ranked.find((r) => r.id === "420200")!;
    expect(huangshi.change).toMatchObject({ ok: false, problem: "base_doubtful" });
    if (!huangshi.change.ok) {
      expect(changeProblemText(huangshi.change, 2019)).toBe("Not computed: the end-2019 figure is doubtful");
    }
    // And the doubtful year itself has no change either.
    const in2019 = league({ periodId: "2019", changeBase: "2018", scope: "CN-HB" });
    expect(in2019.doubtful.find((r) => r.id === "420200")!.change).toMatchObject({ problem: "now_doubtful" });
  });

  it("not from a base figure below the grade filter", () => {
    // A prefecture whose 2024 figure is official and whose 2020 figure is not, from the CSV.
    const pair = debtRows
      .filter((r) => r.year === "2024" && r.source_class === "official" && r.qa_level !== "suspect")
      .map((r) => ({ r, base: debtRows.find((b) => b.year === "2020" && b.adcode_current === r.adcode_current) }))
      .find((x) => x.base && x.base.source_class !== "official" && x.base.qa_level !== "suspect")!;
    expect(pair).toBeDefined();
    const iso = index.provinceByAdcode.get(pair.r.province_adcode)!.iso;
    const l = league({ periodId: "2024", changeBase: "2020", grade: "official", scope: iso });
    const row = l.ranked.find((r) => r.id === pair.r.map_adcode)!;
    expect(row.change).toMatchObject({ ok: false, problem: "base_below_grade", baseGrade: pair.base!.source_grade });
    // Under "all", the same pair has a change.
    const all = league({ periodId: "2024", changeBase: "2020", scope: iso });
    expect(all.ranked.find((r) => r.id === pair.r.map_adcode)!.change.ok).toBe(true);
  });

  it("says why where the base year is before the prefecture data or is the year shown", () => {
    expect(league({ periodId: "2024", changeBase: "2016", scope: "CN-GZ" }).ranked[0].change).toMatchObject({
      problem: "base_before_data",
    });
    expect(league({ periodId: "2023", changeBase: "2023", scope: "CN-GZ" }).ranked[0].change).toMatchObject({
      problem: "same_year",
    });
  });
});

describe("year, metric and files", () => {
  it("a month-end period ranks the latest year-end before it, and says so", () => {
    const frame = leagueFrame(index, params({ periodId: "2026-08" }));
    expect(frame.year).toEqual({ year: 2025, basis: "latest-before" });
    expect(leagueFrame(index, params({ periodId: "2025-06" })).year).toEqual({ year: 2024, basis: "latest-before" });
  });

  it("a year before 2018 has no league, and no figure is invented for it", () => {
    const l = league({ periodId: "2016" });
    expect(l.year.year).toBeNull();
    expect([...l.ranked, ...l.doubtful, ...l.missing]).toHaveLength(0);
  });

  it("LGFV metrics: the prefecture figures have no estimate, so the balance is ranked, said so", () => {
    const l = league({ metric: "lgfv_gdp", periodId: "2023", scope: "CN-GZ" });
    expect(l).toMatchObject({ metric: "balance", substituted: true });
    expect(l.ranked[0].value.ok && l.ranked[0].value.denominator).toBeNull();
  });

  it("key regions after an exit: Inner Mongolia (exited Aug 2025) is not among them at end-2025", () => {
    const frame = leagueFrame(index, params({ periodId: "2025", scope: "key" }));
    expect(frame.provinces.map((p) => p.iso)).not.toContain("CN-NM");
    expect(leagueFrame(index, params({ periodId: "2024", scope: "key" })).provinces.map((p) => p.iso)).toContain(
      "CN-NM",
    );
  });

  it("needs only the files of its places, and ranks nothing until every one is there", () => {
    const p = params({ scope: "CN-GZ" });
    expect(leagueFrame(index, p).provinces.map((x) => x.adcode)).toEqual(["520000"]);
    expect(buildLeague(index, new Map(), p)).toBeNull();
    expect(missingFiles(leagueFrame(index, params({})), new Map([["520000", allFiles.get("520000")!]]))).toHaveLength(
      30,
    );
    const partial = new Map(allFiles);
    partial.delete("110000");
    expect(buildLeague(index, partial, params({}))).toBeNull();
  });
});
