/**
 * An image's source line names sources a reader can look up, never one of the project's file names
 * (it said "key_regions.csv" and "events.csv"): the key-region list is the State Council's Document
 * No. 47, which is not public, as reported in the press.
 */
import { describe, expect, it } from "vitest";
import { chartSpec } from "../../src/features/export/lib/view-export";
import { mapSpec } from "../../src/features/export/lib/views/map";
import { exportContext, realGeometry, TEST_PALETTE } from "../support/export-fixtures";
import { provinceBalanceSeries } from "../../src/data/series";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { viewTitle } from "../../src/ui/titles";
import { realIndex } from "../support/real-data";

const geometry = realGeometry();
const size = { width: 1920, height: 1080 };
const chart = { markup: '<svg viewBox="0 0 10 10"><rect width="10" height="10"/></svg>', width: 10, height: 10 };

describe.each(["en", "zh"] as const)("the source lines of images in %s", (lang) => {
  it("say where the key-region list comes from, not which file holds it", () => {
    const map = mapSpec(exportContext("map", lang, { period: "2024" }), geometry, TEST_PALETTE, size);
    expect(map.sourceLine).toContain(
      lang === "en" ? "State Council Document No. 47, not public" : "国务院47号文未公开",
    );
    expect(map.sourceLine).not.toMatch(/\.csv\b/);
  });

  it("cite no file name on the national chart", () => {
    const national = chartSpec(exportContext("national", lang), chart, TEST_PALETTE, size);
    expect(national.sourceLine).toContain(lang === "en" ? "as reported in the press" : "据媒体报道");
    expect(national.sourceLine).not.toMatch(/\.csv\b/);
  });
});

describe("a province's chart image", () => {
  // Guizhou's balances start at end-2015; the chart draws every period, not only the one the view was opened at.
  const spec = (lang: "en" | "zh") =>
    chartSpec(exportContext("region", lang, { region: "CN-GZ", period: "2024" }), chart, TEST_PALETTE, size);

  it("dates its figures by the span the chart draws, not the period the view was opened at", () => {
    expect(spec("en").dataDate).toMatch(/^Figures for end-2015 to /);
    expect(spec("zh").dataDate).toMatch(/^2015年末至/);
  });

  it("keeps the caveat of the 2015–2017 bars it draws, though the view was opened at end-2024", () => {
    expect(spec("en").sourceLine).toContain("2015–2017");
    expect(spec("zh").sourceLine).toContain("2015–2017年末余额为地方统计数");
  });
});

describe("a province's chart says the span it draws", () => {
  it.each(["en", "zh"] as const)(
    "its subtitle and legend name the chart's last and first light periods (%s)",
    (lang) => {
      const points = provinceBalanceSeries(realIndex(), "520000", lang);
      const firstLight = points.find((p) => p.provisional)!.label;
      const { subtitle } = viewTitle(realIndex(), { ...DEFAULT_VIEW, view: "region", region: "CN-GZ" }, lang);
      expect(subtitle).toContain(`${points[0].label}–${points.at(-1)!.label}`);
      expect(subtitle).toContain(firstLight);
      const spec = chartSpec(exportContext("region", lang, { region: "CN-GZ" }), chart, TEST_PALETTE, size);
      expect(spec.legend.map((item) => item.label).join(" ")).toContain(firstLight);
    },
  );
});

describe("an image of a view pinned to a data release", () => {
  it("says which release its figures are, in its data date; a live view's says none", () => {
    const pinned = (lang: "en" | "zh") =>
      mapSpec(exportContext("map", lang, { period: "2024", vintage: "2026-12-03" }), geometry, TEST_PALETTE, size);
    expect(pinned("en").dataDate).toMatch(/data as of .+ \(data release 2026-12-03\)/);
    expect(pinned("zh").dataDate).toMatch(/资料截至.+（数据版本 2026-12-03）/);
    const live = mapSpec(exportContext("map", "en", { period: "2024" }), geometry, TEST_PALETTE, size);
    expect(live.dataDate).not.toContain("data release");
  });
});
