import { newestRelease } from "../../scripts/lib/releases";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/validate";
import { buildEvents, buildModel } from "../../src/data/build-model";
import { readDataFiles, validateTexts } from "../support/csv-data";
import { realEvents, realIndex } from "../support/real-data";
import { PERIODS } from "../../src/data/periods";

/** Replace one field of one data row (1-based line) in a CSV text, keeping everything else. */
function editField(text: string, line: number, column: string, value: string): string {
  const lines = text.split("\n");
  const header = lines[0].split(",");
  const k = header.indexOf(column);
  // The rows edited here have no quoted commas before the edited column.
  const cells = lines[line - 1].split(",");
  cells[k] = value;
  lines[line - 1] = cells.join(",");
  return lines.join("\n");
}

function lineOf(text: string, startsWith: string): number {
  return text.split("\n").findIndex((l) => l.startsWith(startsWith)) + 1;
}

describe("the data in data/", () => {
  it("passes the schema and the cross-file checks", () => {
    const result = validateTexts(readDataFiles());
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  // The other tests read the generated JSON (tests/support/real-data.ts), kept built by vitest's
  // global setup; this is what makes that the same data as the CSVs.
  it("builds exactly the generated files the app and the other tests read", () => {
    const result = validateTexts(readDataFiles());
    if (!result.ok) throw new Error("data/ does not validate (see the test above)");
    // The data build adds which release the figures are: the newest in data/releases.csv.
    expect(realIndex().data).toEqual({ ...buildModel(result.rows), release: newestRelease("data") });
    expect(realEvents()).toEqual(buildEvents(result.rows));
  });

  it("has, for every period from end-2016 that all provinces reported, province balances summing to the national total within 0.5%", () => {
    const index = realIndex();
    const national = new Map(
      index.data.national.filter((n) => n.series === "local_gov_debt_balance").map((n) => [n.period, n.value]),
    );
    const checked: string[] = [];
    for (const period of PERIODS.filter((p) => p.date >= "2016-12-31")) {
      const expected = national.get(period.date);
      expect(expected, `national.csv has a balance for ${period.date}`).toBeDefined();
      if (index.covered.some((p) => index.unreported(p.adcode, period.id))) continue;
      const sum = index.covered.reduce((acc, p) => acc + (index.balance(p.adcode, period.id)?.total ?? Number.NaN), 0);
      expect(
        Math.abs(sum / expected! - 1),
        `${period.id}: provinces ${sum.toFixed(1)} vs national ${expected}`,
      ).toBeLessThan(0.005);
      checked.push(period.id);
    }
    // 2016-2024, mid-2025, end-2025, mid-2026 and end-July 2026; August 2026 is incomplete (below).
    expect(checked).toEqual([
      "2016",
      "2017",
      "2018",
      "2019",
      "2020",
      "2021",
      "2022",
      "2023",
      "2024",
      "2025-06",
      "2025",
      "2026-06",
      "2026-07",
    ]);
  });

  it("leaves August 2026 missing, as not yet reported, for exactly the four provinces the monthly table lacked", () => {
    const index = realIndex();
    const missing = index.covered.filter((p) => !index.balance(p.adcode, "2026-08")).map((p) => p.nameEn);
    expect(missing.sort()).toEqual(["Guangdong", "Henan", "Inner Mongolia", "Tibet"]);
    for (const p of index.covered) expect(index.unreported(p.adcode, "2026-08")).toBe(missing.includes(p.nameEn));
    expect(index.covered.some((p) => index.unreported(p.adcode, "2026-07"))).toBe(false);
  });
});

describe("a broken CSV is rejected with file, line and field", () => {
  const files = readDataFiles();

  it("a debt row with figures but no source", () => {
    const text = files["debt_balance.csv"];
    const line = lineOf(text, "150000,15,内蒙古自治区,province,,2024-12-31");
    const lines = text.split("\n");
    // The source is the second-to-last column; its text has commas, so cut the row at the flags.
    const row = lines[line - 1];
    const cut = row.indexOf(",TOTAL_IS_SUM_OF_COMPONENTS,");
    lines[line - 1] = `${row.slice(0, cut)},TOTAL_IS_SUM_OF_COMPONENTS,,,prov_panel row`;
    const result = validateTexts({ ...files, "debt_balance.csv": lines.join("\n") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toContain(
      `data/debt_balance.csv:${line}: field "source": a row with figures must name its source`,
    );
  });

  it("an unknown province code", () => {
    const text = files["key_regions.csv"];
    const result = validateTexts({ ...files, "key_regions.csv": text.replace("\n620000,甘肃省", "\n990000,甘肃省") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = lineOf(text, "620000,");
    expect(result.issues.map(formatIssue)).toContain(
      `data/key_regions.csv:${line}: field "province_adcode": "990000" is not a province code in provinces.csv`,
    );
  });

  it("a second preferred value for the same province, year and indicator", () => {
    const text = files["macro.csv"];
    // Beijing's 2014 GDP has one preferred (line of NBS current vintage) and one older-vintage row.
    const first = lineOf(text, "110000,北京市,2014,gdp,2292.6000");
    const second = lineOf(text, "110000,北京市,2014,gdp,2133.0830");
    const edited = editField(text, second, "preferred", "true");
    const result = validateTexts({ ...files, "macro.csv": edited });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toContain(
      `data/macro.csv:${second}: field "preferred": a second preferred value for 110000 2014 gdp (first on line ${first})`,
    );
  });

  it("a negative or non-numeric figure", () => {
    const text = files["macro.csv"];
    const line = lineOf(text, "110000,北京市,2014,gdp,2292.6000");
    const result = validateTexts({ ...files, "macro.csv": editField(text, line, "value_bn_cny", "-5") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toContain(
      `data/macro.csv:${line}: field "value_bn_cny": "-5" must be a finite, non-negative number`,
    );
  });

  it("an invalid period", () => {
    const text = files["national.csv"];
    const line = lineOf(text, "bond_issuance_new,2017-12-31");
    const result = validateTexts({ ...files, "national.csv": editField(text, line, "period", "2017-13-31") });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toContain(
      `data/national.csv:${line}: field "period": "2017-13-31" must be a valid date YYYY-MM-DD`,
    );
  });
});
