/**
 * The prefecture debt map in a real Chromium against the build: the shape contract
 * (data-prefecture, data-value, data-grade), ratios only where both sides exist, doubtful values
 * never coloured, chart readings marked, year-ends for month-end views, both languages, and the
 * figures fetched only when a province opens. Expected figures are read from the CSVs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../src/data/csv";
import { clickRegion, open } from "./helpers";

function csvRows(file: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(join(import.meta.dirname, "..", "..", "data", file), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.records.map((r) => r.values);
}
const debt = csvRows("prefecture_debt.csv");
const macro = csvRows("prefecture_macro.csv");

const prefectureMap = (page: Page) => page.locator('figure.prefecture-map[data-figures="true"]');
const shape = (page: Page, code: string) => page.locator(`figure.prefecture-map path[data-prefecture="${code}"]`);

test("Guizhou, debt/GDP at end-2023: each prefecture's ratio from its own debt and GDP rows; no GDP, no ratio", async ({
  page,
}) => {
  const errors = await open(page, "?r=CN-GZ&m=debt_gdp&y=2023");
  await expect(prefectureMap(page)).toHaveAttribute("data-year", "2023");
  const rows = debt.filter((r) => r.province_adcode === "520000" && r.year === "2023");
  expect(rows).toHaveLength(9);
  for (const r of rows) {
    const gdp = macro.find((m) => m.adcode === r.adcode && m.year === "2023" && m.indicator === "gdp");
    const el = shape(page, r.map_adcode);
    await expect(el).toHaveAttribute("data-grade", r.source_grade);
    if (!gdp) {
      await expect(el).toHaveAttribute("data-value", "");
      await expect(el).toHaveAttribute("data-state", "missing");
    } else {
      const shown = Number(await el.getAttribute("data-value"));
      expect(shown).toBeCloseTo((Number(r.total_balance_bn_cny) / Number(gdp.value_bn_cny)) * 100, 6);
    }
  }
  // The table says the same, ranked, with grades in words.
  await page.getByText(/^All prefectures of Guizhou, end-2023/).click();
  await expect(page.locator('.pref-table tr[data-prefecture="520100"]')).toContainText("official budget document");
  expect(errors).toEqual([]);
});

test("a suspect value (Dali 2025, likely x10) is drawn as doubtful with the reason, in both languages", async ({
  page,
}) => {
  await open(page, "?r=CN-YN&y=2025");
  const dali = shape(page, "532900");
  const row = debt.find((r) => r.map_adcode === "532900" && r.year === "2025")!;
  expect(row.qa_level).toBe("suspect");
  await expect(dali).toHaveAttribute("data-state", "doubtful");
  await expect(dali).toHaveAttribute("data-value", String(Number(row.total_balance_bn_cny)));
  expect(await dali.evaluate((el) => (el as SVGPathElement).style.fill)).toContain("pref-doubtful");
  await dali.dispatchEvent("click");
  const card = page.locator('.pref-card[data-prefecture="532900"]');
  await expect(card).toContainText("Doubtful, not coloured: likely a x10 unit error");
  await expect(card).not.toContainText("Rank");

  await open(page, "?r=CN-YN&y=2025&lang=zh");
  await shape(page, "532900").dispatchEvent("click");
  await expect(page.locator('.pref-card[data-prefecture="532900"]')).toContainText(
    "存疑，不着色：可能存在10倍单位错误",
  );
  await expect(page.locator('.pref-card[data-prefecture="532900"]')).toContainText("Dali Bai Autonomous Prefecture");
});

test("chart readings carry ≈: Gansu's 2022 figures come from one report's charts", async ({ page }) => {
  await open(page, "?r=CN-GS&y=2022");
  await page.getByText(/^All prefectures of Gansu, end-2022/).click();
  const approx = debt.filter(
    (r) => r.province_adcode === "620000" && r.year === "2022" && r.value_origin === "chart_reading_approx",
  );
  expect(approx.length).toBeGreaterThan(0);
  for (const r of approx)
    await expect(page.locator(`.pref-table tr[data-prefecture="${r.map_adcode}"] td`).first()).toContainText("≈");
});

test("a month-end view shows the latest year-end before it, and says so", async ({ page }) => {
  await open(page, "?r=CN-NM&y=2026-07");
  await expect(prefectureMap(page)).toHaveAttribute("data-year", "2025");
  await expect(page.locator("figure.prefecture-map")).toContainText(
    "Prefecture figures are year-ends: this map shows end-2025, the latest before end-July 2026.",
  );
});

test("the prefecture figures are fetched when a province opens, not with the map", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => r.url().includes("/prefecture-data/") && fetched.push(r.url()));
  await open(page);
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
  await open(page, "?r=CN-GZ");
  await expect(prefectureMap(page)).toBeVisible();
  expect(fetched.filter((u) => u.endsWith("/prefecture-data/520000.json"))).toHaveLength(1);
});

test("p= opens a prefecture's figures over time; a tap selects another; back returns", async ({ page }) => {
  await open(page, "?r=CN-GZ&y=2024&p=520200");
  const profile = page.getByRole("region", { name: "Liupanshui City: debt over time" });
  await expect(profile).toBeVisible();
  for (const r of debt.filter((r) => r.adcode === "520200")) {
    const total = Number(r.total_balance_bn_cny).toFixed(1);
    await expect(profile.locator(`tr[data-year="${r.year}"]`)).toContainText(total);
  }
  // Its events are listed as if its marker were pressed.
  await expect(page.locator('.prefecture-marker[data-code="520200"]')).toHaveAttribute("aria-pressed", "true");

  await shape(page, "520100").dispatchEvent("click");
  await expect(page).toHaveURL(/[?&]p=520100(&|$)/);
  await expect(page.getByRole("region", { name: "Guiyang City: debt over time" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/[?&]p=520200(&|$)/);
  await expect(profile).toBeVisible();
  // Another province drops the prefecture: it belongs to Guizhou.
  await clickRegion(page, "CN-YN");
  await expect(page).toHaveURL(/[?&]r=CN-YN(&|$)/);
  expect(new URL(page.url()).searchParams.get("p")).toBeNull();
});

test("a prefecture the province does not have, or one without its province, is said and ignored", async ({ page }) => {
  await open(page, "?r=CN-GZ&p=620100");
  await expect(page.locator("figure.prefecture-map")).toContainText(
    "The link names prefecture 620100, which is not one of Guizhou's prefectures in the data.",
  );
  await open(page, "?p=520100");
  await expect(page.getByText(/needs its province \(r\)/)).toBeVisible();
});

test("what was sold: Guizhou's priced sales by what each amount measures, and one prefecture's under its figures", async ({
  page,
}) => {
  const events = csvRows("events.csv");
  await open(page, "?r=CN-GZ&y=2024");
  const sold = page.getByRole("region", { name: "What was sold, with what each amount measures" });
  const priced = events.filter((e) => e.province_adcode === "520000" && e.kind === "asset_sale" && e.amount_bn_cny);
  expect(priced.length).toBeGreaterThan(0);
  for (const e of priced) {
    await expect(
      sold.locator(`.sale-group[data-measure="${e.amount_measure}"] li[data-event="${e.id}"]`),
    ).toBeVisible();
  }
  // One prefecture's sales follow its figures when it is selected.
  await open(page, "?r=CN-GZ&y=2024&p=520100");
  const guiyang = page.getByRole("region", { name: "What was sold in Guiyang City" });
  for (const e of priced.filter((e) => e.place_adcode.startsWith("5201"))) {
    await expect(guiyang.locator(`li[data-event="${e.id}"]`)).toBeVisible();
  }
});
