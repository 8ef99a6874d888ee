/**
 * The prefecture league (Compare, cl=prefectures) in a real Chromium against the production build,
 * answering from a link: "Which key-region prefectures carry the most debt relative to GDP in 2023,
 * and which of those figures are official?" Every expected figure, grade and order is read from
 * data/prefecture_debt.csv and prefecture_macro.csv here, not from the app's code.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../src/data/csv";
import { open } from "./helpers";

function csvRows(file: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.records.map((r) => r.values);
}
const debt = csvRows("prefecture_debt.csv");
const gdp = new Map(
  csvRows("prefecture_macro.csv")
    .filter((m) => m.indicator === "gdp")
    .map((m) => [`${m.adcode}|${m.year}`, Number(m.value_bn_cny)]),
);

/** Key-region prefectures at end-2023 with a sound total and a GDP, by debt/GDP, highest first (from the CSVs). */
const ratio = (r: Record<string, string>) => (Number(r.total_balance_bn_cny) / gdp.get(`${r.adcode}|2023`)!) * 100;
const expected = debt
  .filter((r) => r.year === "2023" && r.key_region === "true" && r.qa_level !== "suspect" && r.total_balance_bn_cny)
  .filter((r) => gdp.has(`${r.adcode}|2023`))
  .sort((a, b) => ratio(b) - ratio(a));
const official = expected.filter((r) => r.source_class === "official");

const LINK = "?v=2&view=compare&m=debt_gdp&y=2023&b=2020&cl=prefectures&pp=key";
const GRADE_WORDS: Record<string, string> = {
  A1: "official budget document",
  A2: "official budget document",
  B2: "rating report or reprint",
  C: "official figure via news report",
  D: "commercial database",
};
const league = (page: Page) => page.getByRole("table", { name: /Prefectures ranked by/ });
const ranked = (page: Page) => league(page).locator('tbody tr[data-status="ranked"]');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function download(page: Page, item = "Download CSV") {
  await page.locator("summary", { hasText: "Download" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: item, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("from a link: the key regions' prefectures by debt/GDP at end-2023, top rows as the CSVs give them", async ({
  page,
}) => {
  const errors = await open(page, LINK);
  await expect(page.getByRole("heading", { name: "Compare prefectures" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Prefectures" })).toBeChecked();
  await expect(page.getByText("Key regions: the 12 on the list at end-2023.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Places" })).toHaveValue("key");
  await expect(ranked(page)).toHaveCount(expected.length);
  for (const [k, r] of expected.slice(0, 5).entries()) {
    const row = ranked(page).nth(k);
    await expect(row).toHaveAttribute("data-prefecture", r.adcode);
    const cells = row.locator("td");
    await expect(cells.nth(0)).toHaveText(String(k + 1));
    await expect(row.getByRole("rowheader")).toContainText(r.name_zh);
    await expect(cells.nth(2)).toHaveText(
      `${r.value_origin === "chart_reading_approx" ? "≈ " : ""}${ratio(r).toFixed(1)}`,
    );
    await expect(cells.nth(4)).toHaveText(`${r.source_grade} ${GRADE_WORDS[r.source_grade]}`);
    // The debt figure's document, linked, and the GDP's grade beside its own.
    await expect(cells.nth(5).locator("a").first()).toHaveAttribute("href", r.source_url.split("; ")[0]);
    await expect(cells.nth(5)).toContainText("GDP (B2)");
  }
  // The chart: the top 20, in the same order.
  const figure = page.locator('figure[data-chart="prefecture-league"]');
  await expect(figure).toHaveAttribute("data-drawn", "true");
  await expect(figure.locator(".recharts-bar-rectangle")).toHaveCount(20);
  await expect(figure.locator("figcaption")).toHaveText("Top 20 prefectures by Debt / GDP, end-2023");
  expect(errors).toEqual([]);
});

test("the grade filter keeps official figures only, in the link, and says how many it left out", async ({ page }) => {
  await open(page, LINK);
  await expect(ranked(page)).toHaveCount(expected.length);
  const notOfficial = expected.find((r) => r.source_class !== "official")!;
  await expect(league(page).locator(`tr[data-prefecture="${notOfficial.adcode}"]`)).toHaveCount(1);

  await page.getByRole("combobox", { name: "Grade of the debt figure" }).selectOption("official");
  await expect.poll(() => param(page, "pg")).toBe("official");
  await expect(ranked(page)).toHaveCount(official.length);
  await expect(league(page).locator(`tr[data-prefecture="${notOfficial.adcode}"]`)).toHaveCount(0);
  const grades = await league(page)
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-grade")));
  expect(new Set(grades)).toEqual(new Set(["A1", "A2"]));
  // Ranks over what is shown, in the CSVs' order.
  for (const [k, r] of official.slice(0, 10).entries()) {
    await expect(ranked(page).nth(k)).toHaveAttribute("data-prefecture", r.adcode);
    await expect(ranked(page).nth(k).locator("td").first()).toHaveText(String(k + 1));
  }
  const left = debt.filter((r) => r.year === "2023" && r.key_region === "true" && r.source_class !== "official");
  await expect(page.getByText(`${left.length} prefectures are left out`)).toBeVisible();

  // Back undoes the filter.
  await page.goBack();
  await expect(ranked(page)).toHaveCount(expected.length);
});

test("the CSV download holds every row shown, with grade, origin, QA level and source", async ({ page }) => {
  await open(page, `${LINK}&pg=official`);
  await expect(ranked(page)).toHaveCount(official.length);
  const csv = await download(page);
  expect(csv.name).toBe("china-local-debt_debt-gdp_2023_key-region-prefectures_league-official-grades.csv");
  const parsed = parseCsv(csv.text.replace(/^\uFEFF/, ""));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  const rows = parsed.records.map((r) => r.values);
  const onScreen = await page.locator(".league-table tbody tr[data-prefecture]").count();
  expect(rows).toHaveLength(onScreen);
  const top = rows.filter((r) => r.status === "ranked");
  expect(top.map((r) => r.prefecture_code)).toEqual(official.map((r) => r.adcode));
  for (const [k, r] of official.entries()) {
    expect(Number(top[k].value)).toBeCloseTo(ratio(r), 9);
    expect([top[k].grade, top[k].value_origin, top[k].qa_level, top[k].debt_source_url]).toEqual([
      r.source_grade,
      r.value_origin,
      r.qa_level,
      r.source_url,
    ]);
  }
});

test("the chart downloads as an SVG titled as the league, with its places, grade filter and legend", async ({
  page,
}) => {
  await open(page, `${LINK}&pg=official`);
  await expect(page.locator('figure[data-chart="prefecture-league"]')).toHaveAttribute("data-drawn", "true");
  const svg = await download(page, "Download SVG");
  expect(svg.name).toBe("china-local-debt_debt-gdp_2023_key-region-prefectures_league-official-grades.svg");
  expect(svg.text).toContain("Prefecture league: Debt / GDP, end-2023");
  expect(svg.text).toContain("the key regions, official figures only (A1/A2)");
  expect(svg.text).toContain("≈ read off a chart in the source");
  expect(svg.text).toContain("chenfei2008c/china-local-debt-atlas");
  expect(svg.text).not.toMatch(/<script|href="http/);
});

test("doubtful figures are listed apart and never ranked or drawn: Dali 2025 (likely x10)", async ({ page }) => {
  await open(page, "?v=2&view=compare&y=2025&cl=prefectures&pp=CN-YN");
  const dali = debt.find((r) => r.adcode === "532900" && r.year === "2025")!;
  expect(dali.qa_level).toBe("suspect");
  const apart = page.getByRole("region", { name: /Doubtful figures, not ranked/ });
  const row = apart.locator('tr[data-prefecture="532900"]');
  await expect(row).toHaveAttribute("data-status", "doubtful");
  await expect(row).toContainText("likely a x10 unit error");
  await expect(row.locator("s")).toHaveText(Number(dali.total_balance_bn_cny).toFixed(1));
  await expect(league(page).locator('tr[data-prefecture="532900"]')).toHaveCount(0);
  const sound = debt.filter((r) => r.year === "2025" && r.province_adcode === "530000" && r.qa_level !== "suspect");
  await expect(ranked(page)).toHaveCount(sound.length);
  await expect(page.locator('figure[data-chart="prefecture-league"] .recharts-bar-rectangle')).toHaveCount(
    Math.min(20, sound.length),
  );
});

test("in Chinese, at phone width: the same answer, official only, with no sideways page scroll", async ({
  browser,
}) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await open(page, `${LINK}&pg=official&lang=zh`);
  await expect(page.getByRole("heading", { name: "比较地市" })).toBeVisible();
  const table = page.getByRole("table", { name: /各地市债务\/GDP排名/ });
  await expect(table.locator('tbody tr[data-status="ranked"]')).toHaveCount(official.length);
  const first = table.locator('tbody tr[data-status="ranked"]').first();
  await expect(first.getByRole("rowheader")).toContainText(official[0].name_zh);
  await expect(first.locator("td").nth(4)).toHaveText(`${official[0].source_grade} 官方预算文件`);
  await expect(page.getByRole("combobox", { name: "债务数字的来源等级" })).toHaveValue("official");
  await expect(page.locator('figure[data-chart="prefecture-league"]')).toHaveAttribute("data-drawn", "true");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  await page.close();
});

test("the map's first load fetches no prefecture file; the league fetches the key regions' only", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => r.url().includes("/prefecture-data/") && fetched.push(r.url()));
  await open(page);
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
  await page.getByRole("link", { name: "Compare" }).click();
  // The radio is drawn as its label (a segmented control): a person clicks the label.
  await page.locator("label", { has: page.getByRole("radio", { name: "Prefectures" }) }).click();
  await expect.poll(() => param(page, "cl")).toBe("prefectures");
  await expect(page.locator('figure[data-chart="prefecture-league"]')).toHaveAttribute("data-drawn", "true");
  expect(new Set(fetched).size).toBe(31);
  fetched.length = 0;
  await page.getByRole("combobox", { name: "Places" }).selectOption("key");
  await expect.poll(() => param(page, "pp")).toBe("key");
  await expect(ranked(page).first()).toBeVisible();
  // Already in the cache: no refetch.
  expect(fetched).toEqual([]);
});
