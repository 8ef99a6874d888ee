import { describe, expect, it } from "vitest";
import { metricValue, rankedValues } from "../../src/data/metric-values";
import {
  DEFAULT_SORT,
  nextSort,
  sortRows,
  tableRows,
  tableSources,
  type TableRow,
} from "../../src/features/compare/lib/ranked-table";
import { realIndex } from "../support/real-data";

const index = realIndex();
const values = (rows: TableRow[], pick: (r: TableRow) => number | null) => rows.map(pick);
const changeOf = (r: TableRow) => (r.change.ok ? r.change.value : null);

describe("ranked table rows", () => {
  const rows = tableRows(index, "debt_revenue", "2024", "2023");

  it("has all 31 provinces with the map's rank for the period", () => {
    expect(rows).toHaveLength(31);
    const ranks = new Map(rankedValues(index, "debt_revenue", "2024").rows.map((r) => [r.adcode, r.rank]));
    for (const r of rows) expect(r.rank).toBe(ranks.get(r.adcode));
  });

  it("the value at the base year and the change in points come from the same figures", () => {
    const gz = rows.find((r) => r.iso === "CN-GZ")!;
    const now = metricValue(index, "520000", "debt_revenue", "2024");
    const base = metricValue(index, "520000", "debt_revenue", "2023");
    if (!now.ok || !base.ok || !gz.change.ok) throw new Error("Guizhou should have both years");
    expect(gz.base).toEqual(base);
    expect(gz.change).toEqual({ ok: true, value: now.value - base.value, unit: "pp" });
  });

  it("a balance changes in per cent", () => {
    const gz = tableRows(index, "balance", "2024", "2023").find((r) => r.iso === "CN-GZ")!;
    const b = (p: string) => index.balance("520000", p)!.total!;
    expect(gz.change.ok && gz.change.value).toBeCloseTo((b("2024") / b("2023") - 1) * 100, 10);
  });

  it("a missing value shows its reason, has no rank, and its change is missing too", () => {
    const hi = tableRows(index, "debt_revenue", "2018", "2023").find((r) => r.iso === "CN-HI")!;
    expect(hi.rank).toBeNull();
    expect(hi.value).toMatchObject({ ok: false, reason: "No general public budget revenue for 2018 in the data" });
    expect(hi.change).toEqual({
      ok: false,
      reason: "Not computed: no value at end-2018 (No general public budget revenue for 2018 in the data)",
    });
  });

  it.each([
    ["2024", "CN-GZ", "Key region"],
    ["2024", "CN-BJ", "No"],
    ["2025", "CN-NM", "Exited Aug 2025"],
    ["2025", "CN-NX", "Key region; application to exit (2025-03-06)"],
    ["2020", "CN-GZ", "No key-region list yet (first drawn Sep 2023)"],
  ])("key-region status at %s: %s is %j", (period, iso, text) => {
    expect(tableRows(index, "balance", period, "2023").find((r) => r.iso === iso)!.key.text).toBe(text);
  });
});

describe("sorting", () => {
  const rows = tableRows(index, "debt_revenue", "2018", "2023");

  it("by default by rank, 1 first, the unranked last", () => {
    const sorted = sortRows(rows, DEFAULT_SORT);
    expect(sorted.slice(0, 30).map((r) => r.rank)).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
    expect(sorted[30].iso).toBe("CN-HI");
  });

  it.each(["asc", "desc"] as const)("by change, %s: ordered, and the missing row last either way", (dir) => {
    const sorted = sortRows(rows, { key: "change", dir });
    const changes = values(sorted, changeOf);
    expect(changes[30]).toBeNull();
    const present = changes.slice(0, 30) as number[];
    expect(present).toEqual([...present].sort((a, b) => (dir === "asc" ? a - b : b - a)));
  });

  it("by province name, A to Z", () => {
    const names = sortRows(rows, { key: "name", dir: "asc" }).map((r) => r.name);
    expect(names[0]).toBe("Anhui");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("by key-region status, listed first", () => {
    const sorted = sortRows(tableRows(index, "balance", "2025", "2023"), { key: "key", dir: "desc" });
    expect(sorted.slice(0, 11).every((r) => r.key.text.startsWith("Key region"))).toBe(true);
    expect(sorted[11].key.text).toBe("Exited Aug 2025");
  });

  it.each([
    [DEFAULT_SORT, "rank", { key: "rank", dir: "desc" }],
    [{ key: "rank", dir: "desc" }, "rank", { key: "rank", dir: "asc" }],
    [DEFAULT_SORT, "change", { key: "change", dir: "desc" }],
    [DEFAULT_SORT, "name", { key: "name", dir: "asc" }],
    [{ key: "change", dir: "desc" }, "value", { key: "value", dir: "desc" }],
  ] as const)("from %j, a click on %s sorts %j", (current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });

  it("does not reorder the rows it was given", () => {
    const before = rows.map((r) => r.iso);
    sortRows(rows, { key: "change", dir: "desc" });
    expect(rows.map((r) => r.iso)).toEqual(before);
  });
});

describe("the table's sources", () => {
  it("lists each source once with what it supplied", () => {
    const sources = tableSources(tableRows(index, "debt_revenue", "2024", "2023"));
    expect(new Set(sources.map((s) => s.text)).size).toBe(sources.length);
    expect(sources.flatMap((s) => s.roles)).toEqual(
      expect.arrayContaining(["Debt balance", "General public budget revenue"]),
    );
  });
});
