/**
 * The atlas in a real Chromium against the production build: the automation contract, drill-down,
 * links, history and hostile URLs.
 */
import { expect, test, type Page } from "@playwright/test";
import { clickRegion, open } from "./helpers";
import { KEY_REGIONS_2023 } from "../support/key-regions";

const KEY_2024: readonly string[] = KEY_REGIONS_2023;

const regionsWith = (page: Page, attr: string, value: string) =>
  page
    .locator(`[data-region][${attr}="${value}"]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-region")).sort());

test("the map draws 34 regions and marks the 12 key regions for 2024", async ({ page }) => {
  const errors = await open(page);
  await expect(page.locator("[data-region]")).toHaveCount(34);
  expect(await regionsWith(page, "data-key-region", "true")).toEqual([...KEY_2024].sort());
  // Every covered province has a value for the default (balance, 2024); HK, Macau, Taiwan have none.
  const empty = await page
    .locator('[data-region][data-value=""]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-region")).sort());
  expect(empty).toEqual(["CN-HK", "CN-MO", "CN-TW"]);
  await expect(page.getByRole("button", { name: /Guizhou/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test("Inner Mongolia is no longer a key region at end-2025", async ({ page }) => {
  await open(page, "?y=2025");
  await expect(page.locator('[data-region="CN-NM"]')).toHaveAttribute("data-key-region", "false");
  await expect(page.locator('[data-region="CN-GZ"]')).toHaveAttribute("data-key-region", "true");
});

test("before the list existed no region is key, and the map says so", async ({ page }) => {
  await open(page, "?y=2020");
  expect(await regionsWith(page, "data-key-region", "true")).toEqual([]);
  await expect(page.getByText(/list did not exist yet at end-2020/)).toBeVisible();
});

test("the tooltip shows name, value, rank, status and source on hover", async ({ page }) => {
  await open(page);
  await page.locator('[data-region="CN-GZ"]').hover();
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("Guizhou");
  await expect(tip).toContainText("贵州");
  await expect(tip).toContainText(/bn CNY/);
  await expect(tip).toContainText(/Rank \d+ of 31/);
  await expect(tip).toContainText("Key high-debt region");
  await expect(tip).toContainText("Source:");
});

test("a click opens the region's panel with its chart, and Escape returns to the national view", async ({ page }) => {
  await open(page);
  await clickRegion(page, "CN-GZ");
  const panel = page.getByRole("complementary", { name: /Guizhou/ });
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(/\?v=2&r=CN-GZ$/);
  await expect(panel.locator('figure[data-chart="region-balance"]')).toHaveAttribute("data-drawn", "true");
  await expect(panel.getByText(/rank \d+ of 31/).first()).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Events" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole("region", { name: "National view" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test("the keyboard reaches the map in one tab stop, moves with arrows and opens with Enter", async ({ page }) => {
  await open(page);
  const tabbable = await page.locator("[data-region][tabindex='0']").count();
  expect(tabbable).toBe(1);
  await page.locator("[data-region][tabindex='0']").focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute("data-region"));
  await page.keyboard.press("ArrowRight");
  const second = await page.evaluate(() => document.activeElement?.getAttribute("data-region"));
  expect(second).not.toBe(first);
  // A live region says where the keyboard is: name, value, rank and key-region status.
  const announcer = page.locator('[aria-live="polite"][data-testid="map-announcer"]');
  const name = await page.locator(`[data-region="${second}"]`).getAttribute("aria-label");
  await expect(announcer).toContainText(name!.split(":")[0]);
  await expect(announcer).toContainText(/bn CNY, rank \d+ of 31\./);
  await page.keyboard.press("Enter");
  await expect(page.locator("aside.region-panel")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`r=${second}`));
});

test("the first Tab offers a skip link that lands on the map, in both languages", async ({ page }) => {
  await open(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("button", { name: "Skip to the map or the page's content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-region][tabindex='0']")).toBeFocused();
  // Arrows move from there at once: the map is the keyboard's, not the header's.
  const first = await page.evaluate(() => document.activeElement?.getAttribute("data-region"));
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-region"))).not.toBe(first);

  await open(page, "?lang=zh&view=national");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "跳到地图或页面内容" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("a link opens exactly that view", async ({ page }) => {
  await open(page, "?r=CN-NM&m=debt_gdp&y=2024");
  await expect(page.getByRole("complementary", { name: /Inner Mongolia/ })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Debt / GDP", exact: true })).toBeChecked();
  await expect(page.locator("#period-select")).toHaveValue("2024");
  const v = await page.locator('[data-region="CN-NM"]').getAttribute("data-value");
  expect(Number(v)).toBeGreaterThan(0);
  expect(Number(v)).toBeLessThan(200); // a percentage, not a balance in bn
});

test("back and forward walk through the views, and a reload keeps the view", async ({ page }) => {
  await open(page);
  await page.locator("label", { hasText: "Debt / budget revenue" }).click();
  await expect(page).toHaveURL(/\?v=2&m=debt_revenue$/);
  await page.locator("#period-select").selectOption("2020");
  await expect(page).toHaveURL(/\?v=2&m=debt_revenue&y=2020$/);
  await clickRegion(page, "CN-GS");
  await expect(page).toHaveURL(/\?v=2&r=CN-GS&m=debt_revenue&y=2020$/);

  await page.goBack();
  await expect(page).toHaveURL(/\?v=2&m=debt_revenue&y=2020$/);
  await expect(page.locator("aside.region-panel")).toHaveCount(0);
  await page.goBack();
  await expect(page.locator("#period-select")).toHaveValue("2024");
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole("complementary", { name: /Gansu/ })).toBeVisible();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("complementary", { name: /Gansu/ })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Debt / budget revenue", exact: true })).toBeChecked();
});

test("a missing ratio is drawn as no data, not as zero", async ({ page }) => {
  // Hainan has no 2018 budget revenue in the data.
  await open(page, "?m=debt_revenue&y=2018");
  await expect(page.locator('[data-region="CN-HI"]')).toHaveAttribute("data-value", "");
  await expect(page.locator('[data-region="CN-HI"]')).toHaveCSS("fill", 'url("#pattern-no-data")');
});

test("the newest month-ends: end-July 2026 for every province; end-August 2026 not yet reported by four", async ({
  page,
}) => {
  await open(page, "?y=2026-07");
  await expect(page.getByRole("combobox", { name: "As of" })).toHaveValue("2026-07");
  await expect(
    page.getByRole("note").filter({ hasText: "Month-end figures come from the platform's monthly table" }),
  ).toBeVisible();
  // The 31 provinces in scope (Hong Kong, Macau and Taiwan are drawn but carry no figure).
  const july = await page
    .locator("[data-region][data-value]")
    .evaluateAll((els) =>
      els
        .filter((e) => !["CN-HK", "CN-MO", "CN-TW"].includes(e.getAttribute("data-region")!))
        .map((e) => e.getAttribute("data-value")!),
    );
  expect(july).toHaveLength(31);
  expect(july.filter((v) => !(Number(v) > 0))).toEqual([]);

  await open(page, "?y=2026-08");
  for (const region of ["CN-GD", "CN-HA", "CN-NM", "CN-XZ"]) {
    await expect(page.locator(`[data-region="${region}"]`)).toHaveAttribute("data-value", "");
    await expect(page.locator(`[data-region="${region}"]`)).toHaveCSS("fill", 'url("#pattern-no-data")');
  }
  await expect(page.locator('[data-region="CN-GZ"]')).not.toHaveAttribute("data-value", "");
  await page.locator('[data-region="CN-GD"]').hover();
  await expect(page.getByRole("tooltip")).toContainText("Not yet reported for end-August 2026");
});

const HOSTILE = [
  "?r=<script>window.__pwned=1</script>",
  "?m=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E",
  "?y=javascript:window.__pwned=1",
  "?r=%E0%A4%A&m=%&y=%%",
  `?${"x".repeat(3000)}=${"y".repeat(3000)}`,
  "?r=CN-NM&r=CN-GZ&y=1999&m=__proto__&constructor=1",
];

for (const query of HOSTILE) {
  test(`a hostile link (${query.slice(0, 40)}) leaves a working page and says what it ignored`, async ({ page }) => {
    const errors = await open(page, query);
    await expect(page.locator("[data-region]")).toHaveCount(34);
    await expect(page.getByRole("status")).toContainText("ignored");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator(".notice img, .notice script").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.getByRole("button", { name: "Dismiss notice" }).click();
    await expect(page.getByRole("status")).toHaveCount(0);
    // The map still works.
    await clickRegion(page, "CN-YN");
    await expect(page.getByRole("complementary", { name: /Yunnan/ })).toBeVisible();
  });
}

for (const query of [
  "?v=2&r=CN-CQ",
  "?v=2&view=national",
  "?v=2&view=compare&cr=CN-GZ,CN-TJ",
  "?v=2&view=events&r=CN-GS",
]) {
  test(`nothing focusable hides inside an aria-hidden chart (${query})`, async ({ page }) => {
    await open(page, query);
    await expect(page.locator('figure[data-chart][data-drawn="true"], main table').first()).toBeVisible();
    const hiddenFocusable = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-hidden="true"] *')]
        .filter((el) => (el as HTMLElement).tabIndex >= 0 && !(el as HTMLElement).closest("[inert]"))
        .map((el) => `${el.tagName}.${el.getAttribute("class") ?? ""}`),
    );
    expect(hiddenFocusable).toEqual([]);
  });
}

test("a selected key region's outline is drawn over it without adding an invisible tab stop", async ({ page }) => {
  await open(page, "?r=CN-GZ");
  const guizhou = page.locator('[data-region="CN-GZ"]');
  await expect(guizhou).toHaveAttribute("tabindex", "0");
  // Guizhou is a key region: hatched and outlined, and, selected, outlined again.
  await expect(page.locator("svg.china-map .selected-outline")).toHaveCount(1);
  await expect(page.locator('[data-chart="region-balance"]')).toHaveAttribute("data-drawn", "true");
  await guizhou.focus();
  await expect(guizhou).toBeFocused();
  await page.keyboard.press("Tab");
  // The next stop is outside the map's drawing: no copy of the province (an overlay) takes focus.
  const next = await page.evaluate(() => {
    const el = document.activeElement!;
    return { tag: el.localName, inMap: !!el.closest("svg.china-map") };
  });
  expect(next).toEqual(expect.objectContaining({ inMap: false }));
  expect(next.tag).not.toBe("use");
});
