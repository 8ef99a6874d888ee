/**
 * Huatai FI's LGFV debt estimate on the map (`m=lgfv`, `m=lgfv_gdp`), in the built app: the shapes
 * carry lgfv.csv's figures, every place that shows them says whose estimate they are, and outside
 * the year-ends the estimate covers every province is missing with the reason, in both languages.
 * The expected figures are read here from data/lgfv.csv and data/macro.csv, not from the app.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../src/data/csv";
import { open } from "./helpers";

function csv(file: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(join(import.meta.dirname, "..", "..", "data", file), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.records.map((r) => r.values);
}

const lgfv = csv("lgfv.csv");
const lgfvAt = (adcode: string, year: string) =>
  Number(lgfv.find((r) => r.adcode === adcode && r.period === `${year}-12-31`)!.value_bn_cny);
const gdpAt = (adcode: string, year: string) =>
  Number(
    csv("macro.csv").find(
      (r) => r.adcode === adcode && r.year === year && r.indicator === "gdp" && r.preferred === "true",
    )!.value_bn_cny,
  );

// Guizhou, Jiangsu and Liaoning (a province with a separately listed city, Dalian).
const PROVINCES = [
  ["CN-GZ", "520000"],
  ["CN-JS", "320000"],
  ["CN-LN", "210000"],
] as const;

const valueOf = async (page: Page, iso: string) => page.locator(`[data-region="${iso}"]`).getAttribute("data-value");

/** The 31 covered provinces' shapes' values (Hong Kong, Macau and Taiwan are not covered). */
const coveredValues = (page: Page) =>
  page
    .locator("[data-region]")
    .evaluateAll((els) =>
      els
        .filter((e) => !["CN-HK", "CN-MO", "CN-TW"].includes(e.getAttribute("data-region")!))
        .map((e) => e.getAttribute("data-value")),
    );

test("?m=lgfv&y=2024 paints lgfv.csv's figures and says they are Huatai FI's estimate", async ({ page }) => {
  const errors = await open(page, "?m=lgfv&y=2024");
  for (const [iso, adcode] of PROVINCES) expect(Number(await valueOf(page, iso))).toBe(lgfvAt(adcode, "2024"));
  expect(await valueOf(page, "CN-GZ")).toBe("1523.4");
  expect(await valueOf(page, "CN-JS")).toBe("10499.9");
  // All 31 have a figure at end-2024.
  expect((await coveredValues(page)).filter((v) => v === "")).toEqual([]);

  await expect(page.getByRole("radio", { name: "LGFV interest-bearing debt (Huatai FI estimate)" })).toBeChecked();
  const banner = page.getByTestId("lgfv-banner");
  await expect(banner).toContainText("Huatai FI's estimate");
  await expect(banner).toContainText("not an official statistic");
  await expect(page.locator(".legend-title")).toHaveText("LGFV interest-bearing debt (Huatai FI estimate) (bn CNY)");
  // Under the map, the estimate's caveats replace the official balance's whole-province note.
  const note = page.locator(".map-note");
  await expect(note).toContainText("LGFV list changes over time");
  await expect(note).toContainText("separately listed cities");
  await expect(note).not.toContainText("Each province is shown whole");

  await page.locator('[data-region="CN-GZ"]').hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("LGFV debt (Huatai est.), 2024:");
  await expect(tip).toContainText("1,523.4 bn CNY");
  await expect(tip).toContainText("Source: Huatai FI estimate");
  await expect(page).toHaveTitle(/LGFV interest-bearing debt \(Huatai FI estimate\) by province, end-2024/);
  expect(errors).toEqual([]);
});

test("?m=lgfv_gdp&y=2024 divides each estimate by the same year's GDP from macro.csv", async ({ page }) => {
  await open(page, "?m=lgfv_gdp&y=2024");
  for (const [iso, adcode] of PROVINCES)
    expect(Number(await valueOf(page, iso))).toBeCloseTo((lgfvAt(adcode, "2024") / gdpAt(adcode, "2024")) * 100, 9);
  await expect(page.getByRole("radio", { name: "LGFV debt / GDP (Huatai FI estimate)" })).toBeChecked();
});

test("?m=lgfv&y=2025 shows every province as missing, with the reason, and keeps the link as it is", async ({
  page,
}) => {
  const errors = await open(page, "?m=lgfv&y=2025");
  const values = await coveredValues(page);
  expect(values).toHaveLength(31);
  expect(values.every((v) => v === "")).toBe(true);
  await expect(page.getByTestId("lgfv-banner")).toContainText(
    "Huatai FI's estimate covers year-ends 2019–2024, so every province is shown as missing at end-2025 (preliminary)",
  );
  await expect(page.locator(".map-note")).toContainText("0 of 31 provinces have a value");
  await page.locator('[data-region="CN-GZ"]').hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("no data");
  await expect(tip).toContainText("Huatai FI's estimate covers year-ends 2019–2024");
  // The link opens exactly what it says: the period is kept, nothing is listed as ignored.
  const params = new URL(page.url()).searchParams;
  expect([params.get("m"), params.get("y")]).toEqual(["lgfv", "2025"]);
  await expect(page.getByRole("radio", { name: "LGFV interest-bearing debt (Huatai FI estimate)" })).toBeChecked();
  await expect(page.locator("#period-select")).toHaveValue("2025");
  expect(errors).toEqual([]);
});

test("switching to the estimate at a period it lacks keeps the period and says why nothing is shown", async ({
  page,
}) => {
  await open(page, "?y=2026-08");
  await page.getByText("LGFV interest-bearing debt (Huatai FI estimate)", { exact: true }).click();
  await expect(page).toHaveURL(/[?&]m=lgfv(&|$)/);
  expect(new URL(page.url()).searchParams.get("y")).toBe("2026-08");
  await expect(page.getByTestId("lgfv-banner")).toContainText("Huatai FI's estimate covers year-ends 2019–2024");
  expect((await coveredValues(page)).every((v) => v === "")).toBe(true);
  // A year-end it covers brings the figures back.
  await page.locator("#period-select").selectOption("2023");
  expect(Number(await valueOf(page, "CN-GZ"))).toBe(lgfvAt("520000", "2023"));
});

test("in Chinese: 华泰固收估算 on the button, legend and banner; outside 2019–2024 the reason in Chinese", async ({
  page,
}) => {
  const errors = await open(page, "?m=lgfv&y=2024&lang=zh");
  await expect(page.getByRole("radio", { name: "城投带息债务（华泰固收估算）" })).toBeChecked();
  await expect(page.locator(".legend-title")).toHaveText("城投带息债务（华泰固收估算）（亿元）");
  await expect(page.getByTestId("lgfv-banner")).toContainText("华泰固收");
  await expect(page.getByTestId("lgfv-banner")).toContainText("不是官方统计");
  expect(Number(await valueOf(page, "CN-GZ"))).toBe(lgfvAt("520000", "2024"));
  await page.locator('[data-region="CN-GZ"]').hover();
  await expect(page.getByRole("tooltip")).toContainText("城投债务（华泰估算）");
  await expect(page.getByRole("tooltip")).toContainText("1.52万亿元");

  await open(page, "?m=lgfv_gdp&y=2025-06&lang=zh");
  expect((await coveredValues(page)).every((v) => v === "")).toBe(true);
  await expect(page.getByTestId("lgfv-banner")).toContainText("华泰固收的估算仅覆盖2019–2024年末");
  await page.locator('[data-region="CN-JS"]').hover();
  await expect(page.getByRole("tooltip")).toContainText("华泰固收的估算仅覆盖2019–2024年末");
  expect(errors).toEqual([]);
});
