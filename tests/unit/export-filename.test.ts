import { describe, expect, it } from "vitest";
import {
  exportFileName,
  slugify,
  type ExportExtension,
  type FileNameParts,
} from "../../src/features/export/lib/filename";

describe("exportFileName", () => {
  it.each<[FileNameParts, ExportExtension, string]>([
    [
      { metric: "debt_gdp", period: "2024", region: "Inner Mongolia" },
      "png",
      "china-local-debt_debt-gdp_2024_inner-mongolia.png",
    ],
    [{ metric: "balance", period: "2024", region: null }, "csv", "china-local-debt_balance_2024_national.csv"],
    [
      { metric: "debt_gdp", period: "2024", region: "Inner Mongolia", suffix: "slide" },
      "png",
      "china-local-debt_debt-gdp_2024_inner-mongolia_slide.png",
    ],
    [{ metric: "balance", period: "2025-06", region: "CN-NM" }, "svg", "china-local-debt_balance_2025-06_cn-nm.svg"],
    [
      { metric: "debt_revenue", period: "2025", region: null, view: "Balance chart", suffix: "slide" },
      "png",
      "china-local-debt_debt-revenue_2025_national_balance-chart_slide.png",
    ],
    [{ metric: "balance", period: "2024", region: "Xīnjiāng" }, "png", "china-local-debt_balance_2024_xinjiang.png"],
    [
      { metric: "balance", period: "2024", region: "  Hong Kong / Macau \\ ..  " },
      "png",
      "china-local-debt_balance_2024_hong-kong-macau.png",
    ],
    [{ metric: "balance", period: "2024", region: "内蒙古" }, "png", "china-local-debt_balance_2024_region.png"],
    [{ metric: "", period: "", region: "" }, "csv", "china-local-debt_metric_period_region.csv"],
    [
      { metric: "balance", period: "2024", region: null, view: "", suffix: "--" },
      "png",
      "china-local-debt_balance_2024_national.png",
    ],
    [
      { metric: "../../etc/passwd", period: "2024", region: "C:\\x" },
      "csv",
      "china-local-debt_etc-passwd_2024_c-x.csv",
    ],
  ])("%j .%s -> %s", (parts, ext, expected) => {
    expect(exportFileName(parts, ext)).toBe(expected);
  });

  it("never contains separators or anything but [a-z0-9_-.]", () => {
    const name = exportFileName(
      { metric: 'a/b\\c:d*e?f"g<h>i|j', period: "\u0000", region: "x\ny", view: "CON", suffix: "é" },
      "png",
    );
    expect(name).toMatch(/^[a-z0-9_-]+\.png$/);
  });

  it("bounds the length of a part", () => {
    expect(slugify("x".repeat(500)).length).toBeLessThanOrEqual(48);
    expect(slugify("a".repeat(47) + " b")).toBe("a".repeat(47)); // no dangling dash after the cut
  });
});
