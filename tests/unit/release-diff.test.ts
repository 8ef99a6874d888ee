/** What one release changed in another, row by row: counts by file, and the figures revised. */
import { describe, expect, it } from "vitest";
import { diffFile } from "../../src/data/release-diff";

const balance = (patch: Record<string, string> = {}) => ({
  adcode: "520000",
  parent_adcode: "",
  period: "2024-12-31",
  total_bn_cny: "1753.7089",
  total_100m_cny: "17537.089",
  preferred: "true",
  note: "",
  ...patch,
});
const macro = (patch: Record<string, string> = {}) => ({
  adcode: "520000",
  year: "2024",
  indicator: "gdp",
  scope: "whole province",
  vintage: "NBS current",
  value_bn_cny: "2266.7",
  preferred: "true",
  ...patch,
});

describe("a file's diff", () => {
  it("says a changed amount with its old and new value, and counts the row once", () => {
    const d = diffFile(
      "debt_balance.csv",
      [balance()],
      [balance({ total_bn_cny: "1763.7089", total_100m_cny: "17637.089" })],
    );
    expect(d).toMatchObject({ added: 0, changed: 1, removed: 0 });
    expect(d.revisions).toHaveLength(1);
    expect(d.revisions[0].fields).toEqual([
      { name: "total_bn_cny", old: "1753.7089", new: "1763.7089" },
      { name: "total_100m_cny", old: "17537.089", new: "17637.089" },
    ]);
  });

  it("counts a changed note as a change, but not as a revised figure; 1.50 and 1.5 are one figure", () => {
    const d = diffFile("debt_balance.csv", [balance()], [balance({ note: "checked", total_bn_cny: "1753.70890" })]);
    expect(d.changed).toBe(1);
    expect(d.revisions).toEqual([]);
  });

  it("lists only the amounts of an added or removed row, never its codes", () => {
    const d = diffFile("debt_balance.csv", [], [balance({ parent_adcode: "100000" })]);
    expect(d.added).toBe(1);
    expect(d.revisions[0].kind).toBe("added");
    expect(d.revisions[0].fields.map((f) => f.name)).toEqual(["total_bn_cny", "total_100m_cny"]);
  });

  it("matches a statistic's rows by their vintage, and says when the preferred one changes", () => {
    const before = [macro(), macro({ vintage: "NBS older", value_bn_cny: "2200", preferred: "false" })];
    const after = [
      macro({ preferred: "false" }),
      macro({ vintage: "NBS older", value_bn_cny: "2200", preferred: "true" }),
    ];
    const d = diffFile("macro.csv", before, after);
    expect(d).toMatchObject({ added: 0, changed: 2, removed: 0 });
    expect(d.revisions.map((r) => r.fields)).toEqual([
      [{ name: "preferred", old: "true", new: "false" }],
      [{ name: "preferred", old: "false", new: "true" }],
    ]);
    // Reordered rows are not a revision.
    expect(diffFile("macro.csv", before, [...before].reverse()).revisions).toEqual([]);
  });
});
