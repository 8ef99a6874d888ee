/**
 * The Compare view in a real Chromium against the production build: opened from a link, driven
 * through presets, search and the ranked table, with a metric that has missing values.
 */
import { expect, test, type Page } from "@playwright/test";
import { open } from "./helpers";
import { KEY_REGIONS_2023 } from "../support/key-regions";

const KEY_2024: readonly string[] = KEY_REGIONS_2023;

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const ranked = (page: Page) => page.getByRole("table", { name: /by province at/ });
const rowOf = (page: Page, iso: string) => ranked(page).locator(`tbody tr[data-region="${iso}"]`);

test("a link opens two provinces indexed to 2023 = 100, with the ranked table", async ({ page }) => {
  const errors = await open(page, "?v=2&view=compare&cr=CN-GZ,CN-TJ&m=debt_revenue&ix=2023");
  const figure = page.locator('[data-chart="compare"]');
  await expect(figure).toHaveAttribute("data-drawn", "true");
  await expect(figure.locator(".recharts-line-curve")).toHaveCount(2);
  await expect(figure.locator("figcaption")).toHaveText(
    /Debt \/ budget revenue \(indexed, end-2023 = 100\).*2 provinces/,
  );
  await expect(page.getByRole("combobox", { name: "Index base" })).toHaveValue("2023");
  await expect(page.getByRole("radio", { name: "Indexed" })).toBeChecked();

  // The data table: both series are exactly 100 at the base year.
  await figure.getByText("Data table").click();
  const data = figure.locator(".chart-table table");
  const col2023 = await data
    .locator("thead th")
    .allTextContents()
    .then((h) => h.indexOf("2023"));
  for (const name of ["Guizhou", "Tianjin"]) {
    await expect(
      data
        .locator("tbody tr", { has: page.getByRole("rowheader", { name }) })
        .locator("td")
        .nth(col2023 - 1),
    ).toHaveText("100.0");
  }
  // The legend ranks them at end-2024 against the base.
  await expect(page.getByText(/At end-2024, end-2023 = 100, highest first/)).toBeVisible();
  await expect(page.locator(".compare-legend li")).toHaveText([/Tianjin\s*114\.5/, /Guizhou\s*111\.1/]);

  await expect(ranked(page).locator("tbody tr")).toHaveCount(31);
  await expect(rowOf(page, "CN-GZ")).toHaveClass(/selected/);
  expect(errors).toEqual([]);
});

test("Key regions, then Closest peers, set the link; back returns to the key regions", async ({ page }) => {
  await open(page, "?v=2&view=compare");
  await page.getByRole("button", { name: "Key regions" }).click();
  await expect.poll(() => param(page, "cr")).toBe(KEY_2024.join(","));
  await expect(page.locator('[data-chart="compare"]')).toHaveAttribute("data-drawn", "true");

  await page.getByRole("button", { name: "Closest peers" }).click();
  await expect.poll(() => param(page, "cr")?.split(",")).toHaveLength(6);
  // Peers of the first key region (Tianjin) by the metric shown, the anchor first.
  expect(param(page, "cr")!.split(",")[0]).toBe("CN-TJ");
  expect(param(page, "cr")).not.toBe(KEY_2024.join(","));
  await expect(page.getByText(/the 5 provinces nearest Tianjin by debt balance at end-2024/)).toBeVisible();

  await page.goBack();
  await expect.poll(() => param(page, "cr")).toBe(KEY_2024.join(","));
});

test("search by Chinese name adds a province", async ({ page }) => {
  await open(page, "?v=2&view=compare&cr=CN-TJ");
  const box = page.getByRole("combobox", { name: "Add a province" });
  await box.fill("贵州");
  await expect(page.getByRole("option", { name: /Guizhou/ })).toBeVisible();
  await box.press("Enter");
  await expect.poll(() => param(page, "cr")).toBe("CN-TJ,CN-GZ");
  await expect(page.getByRole("button", { name: "Remove Guizhou" })).toBeVisible();
  await expect(page.locator('[data-chart="compare"] .recharts-line-curve')).toHaveCount(2);
});

test("sorting the ranked table by change", async ({ page }) => {
  await open(page, "?v=2&view=compare&m=debt_gdp");
  const header = ranked(page).getByRole("columnheader", { name: /Change since 2023/ });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const changes = async () =>
    (await ranked(page).locator("tbody tr td:nth-child(6)").allTextContents()).map((t) =>
      Number(t.replace("−", "-").replace(/[^\d.+-]/g, "")),
    );
  const desc = await changes();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const asc = await changes();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
});

test("a metric with missing values: Hainan's 2018 debt/revenue is missing, with the reason", async ({ page }) => {
  const errors = await open(page, "?v=2&view=compare&cr=CN-HI,CN-GZ&m=debt_revenue&y=2018");
  const hainan = rowOf(page, "CN-HI");
  await expect(hainan).toContainText("No general public budget revenue for 2018 in the data");
  await expect(hainan.locator("td").nth(1)).toHaveText("–"); // no rank
  await expect(hainan.locator("td").nth(4)).toContainText("Not computed");
  // Sorted by value, the gap sorts last, not as a zero.
  await ranked(page).getByRole("button", { name: /^2018/ }).click();
  await expect(ranked(page).locator("tbody tr").last()).toHaveAttribute("data-region", "CN-HI");
  // The chart says what it could not draw, and the legend shows the gap.
  await expect(page.getByText("No general public budget revenue for 2018 in the data: Hainan at 2018.")).toBeVisible();
  await expect(page.locator(".compare-legend li").last()).toHaveText(/Hainan\s*n\/a/);
  expect(errors).toEqual([]);
});

test("the analyst's question as a link: key regions' debt/revenue since the 2023 listing", async ({ page }) => {
  await open(page, `?v=2&view=compare&cr=${KEY_2024.join(",")}&m=debt_revenue&ix=2023`);
  await expect(page.locator('[data-chart="compare"]')).toHaveAttribute("data-drawn", "true");
  await expect(page.locator('[data-chart="compare"] .recharts-line-curve')).toHaveCount(12);
  // The legend answers it: the twelve, ranked by end-2024 against end-2023 = 100.
  const legend = page.locator(".compare-legend li");
  await expect(legend).toHaveCount(12);
  const indexValues = (await legend.allTextContents()).map((t) => Number(t.match(/(\d+\.\d)\s*$/)![1]));
  expect(indexValues).toEqual([...indexValues].sort((a, b) => b - a));
  await expect(legend.first()).toHaveText(/Tianjin\s*114\.5/);
});

test("a figure's source is one tap away: its number opens and focuses it in the list below", async ({ page }) => {
  await page.goto("/?v=2&view=compare&m=debt_gdp&y=2024");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const row = page.locator('.compare-table tbody tr[data-region="CN-GZ"]');
  const ref = row.getByRole("button", { name: /^Source \d+$/ }).first();
  await ref.click();
  const n = (await ref.textContent())!.trim();
  const item = page.locator(".compare-table .source-list li").nth(Number(n) - 1);
  await expect(item).toBeFocused();
  await expect(item).toBeVisible();
});
