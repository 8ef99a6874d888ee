import { describe, expect, it } from "vitest";
import {
  denominatorSources,
  reportedSources,
  statisticalSources,
  yearRanges,
} from "../../src/features/sources/lib/inventory";
import { realEvents, realIndex } from "../support/real-data";

const index = realIndex();

describe("the sources inventory", () => {
  it("accounts for every province balance and every preferred GDP and revenue figure", () => {
    const sources = statisticalSources(index);
    const rows = (file: string, what?: string) =>
      sources
        .flatMap((s) => s.supplied)
        .filter((x) => x.file === file && (!what || x.what === what))
        .reduce((n, x) => n + x.rows, 0);
    const balancesWithFigures = index.data.balances.filter((b) => b.total !== null);
    // A derived whole-province figure cites the province row and its city row: count sources, not figures.
    expect(rows("debt_balance.csv")).toBe(balancesWithFigures.reduce((n, b) => n + b.sources.length, 0));
    expect(rows("macro.csv", "GDP")).toBe(index.data.macro.filter((m) => m.indicator === "gdp").length);
    expect(rows("macro.csv", "General public budget revenue")).toBe(
      index.data.macro.filter((m) => m.indicator === "general_public_budget_revenue").length,
    );
  });

  it("names the platform as the source of the debt figures, with its licence", () => {
    const platform = statisticalSources(index).find((s) =>
      s.label.startsWith("MoF local bond disclosure platform (celma), annual"),
    )!;
    expect(platform.supplied.find((s) => s.file === "debt_balance.csv")).toMatchObject({ from: "2015", to: "2025" });
    expect(platform.licence).toContain("non-commercial");
  });

  it("lists every outlet behind the national series, events and key-region changes", () => {
    const events = realEvents();
    const reported = reportedSources(index, events);
    const total = reported.flatMap((s) => s.files).reduce((n, f) => n + f.rows, 0);
    const keyRows = index.data.keyRegions.reduce((n, k) => n + 1 + (k.change ? 1 : 0), 0);
    expect(total).toBe(index.data.national.length + events.length + keyRows);
  });

  it("says where each year's GDP comes from", () => {
    const gdp = denominatorSources(index, "gdp");
    expect(gdp[0].label).toBe("National Bureau of Statistics (NBS) database");
    expect(gdp.flatMap((g) => g.years)).toContain(2024);
    // For a Chinese reader, by the label's Chinese (data/source_labels.csv label_zh).
    expect(denominatorSources(index, "gdp", "zh")[0]).toMatchObject({
      label: "National Bureau of Statistics (NBS) database",
      name: { text: "国家统计局数据库", lang: "zh-CN" },
      years: gdp[0].years,
    });
  });

  it.each([
    [[2014, 2015, 2016, 2018, 2020, 2021], "2014–2016, 2018, 2020–2021"],
    [[2024], "2024"],
    [[], ""],
  ])("yearRanges(%j) = %s", (years, text) => expect(yearRanges(years)).toBe(text));
});
