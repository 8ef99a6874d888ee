/**
 * The first screen is the map: on a phone the map fills the width near the top, with the controls
 * above it in fixed rows; the Download button sits under the map, not over the north-east; the
 * rows that scroll sideways say so; on a laptop the header is one row and the map and its legend
 * fit the first screen. No view scrolls sideways on a phone, even with a tooltip pinned by a tap
 * or the National page's tables open.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { open, tapRegion } from "./helpers";

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];

async function phone(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  return { context, page: await context.newPage() };
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const viewport of PHONES) {
  test(`at ${viewport.width} px the map fills the width near the top, in both languages`, async ({ browser }) => {
    const { context, page } = await phone(browser, viewport);
    for (const query of ["?v=2", "?v=2&lang=zh"]) {
      await open(page, query);
      await page.evaluate(() => document.fonts.ready);
      const map = (await page.locator("svg.china-map").boundingBox())!;
      expect(map.y).toBeLessThan(300);
      expect(map.width).toBeGreaterThanOrEqual(viewport.width - 24);
      // The metric buttons take one row, with short names, and each one's accessible name is the name
      // it shows (a voice-control user says what they see), never the hidden full one.
      const lgfv = page.locator('.metric-options input[value="lgfv"]');
      const shown = (await lgfv.locator("xpath=..").innerText()).trim();
      expect(shown).toBe(query.includes("zh") ? "城投债务（华泰估算）" : "LGFV debt (Huatai est.)");
      await expect(lgfv).toHaveAccessibleName(shown);
      const rows = await page
        .locator(".metric-options label")
        .evaluateAll((labels) => new Set(labels.map((l) => Math.round(l.getBoundingClientRect().top))).size);
      expect(rows).toBe(1);
    }
    await context.close();
  });

  test(`at ${viewport.width} px a pinned tooltip stays on screen and the page never scrolls sideways`, async ({
    browser,
  }) => {
    const { context, page } = await phone(browser, viewport);
    await open(page, "?v=2");
    expect(await scrollWidth(page)).toBe(viewport.width);
    // East-coast provinces, and the middle ones whose tooltip opened rightwards past the edge.
    for (const iso of ["CN-SH", "CN-ZJ", "CN-HL", "CN-CQ", "CN-GZ", "CN-NX"]) {
      await tapRegion(page, iso);
      const tip = page.locator(".map-tooltip.pinned");
      await expect(tip).toBeVisible();
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(await scrollWidth(page)).toBe(viewport.width);
      await tip.getByRole("button", { name: "Close" }).click();
      await expect(tip).toHaveCount(0);
    }
    await context.close();
  });

  test(`at ${viewport.width} px the National page with its tables open does not scroll sideways`, async ({
    browser,
  }) => {
    const { context, page } = await phone(browser, viewport);
    await open(page, "?view=national");
    // Every chart of the page, the ones that load with its extra code included, is drawn before the tapping.
    for (const chart of ["national-balance", "national-estimates", "national-official", "national-issuance"])
      await expect(page.locator(`figure[data-chart="${chart}"]`)).toHaveAttribute("data-drawn", "true");
    const tables = page.locator("details.chart-table > summary");
    for (const summary of await tables.all()) await summary.tap();
    await expect(page.locator("details.chart-table[open]")).toHaveCount(await tables.count());
    // The estimates table is wider than the phone: it scrolls in its own box.
    const scroller = page.locator('figure[data-chart="national-estimates"] .table-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await scrollWidth(page)).toBe(viewport.width);
    await context.close();
  });
}

test("on a phone the Download map button is not over the map, and the nav says more views are there", async ({
  browser,
}) => {
  const { context, page } = await phone(browser, { width: 390, height: 844 });
  await open(page, "?v=2");
  const button = (await page.locator("summary", { hasText: "Download map" }).boundingBox())!;
  const map = (await page.locator("svg.china-map").boundingBox())!;
  expect(button.y).toBeGreaterThanOrEqual(map.y + map.height);
  expect(button.height).toBeGreaterThanOrEqual(44);

  // The nav's last view is past the edge, and a chevron over a fade says so.
  const nav = page.getByRole("navigation", { name: "Views" });
  const last = nav.getByRole("link", { name: "Sources & method" });
  await expect(nav).toHaveAttribute("data-more", "end");
  const cue = () => nav.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(await cue()).toBe('"›"');
  await expect(last).not.toBeInViewport({ ratio: 0.99 });
  // A swipe (here the wheel) brings it in; the cue moves to the other end.
  await nav.hover();
  await page.mouse.wheel(400, 0);
  await expect(nav).toHaveAttribute("data-more", "start");
  await expect(last).toBeInViewport({ ratio: 0.99 });
  await last.tap();
  await expect(page).toHaveURL(/view=sources/);
  await context.close();
});

test("on a 1280x720 laptop the header is one row and the map with its legend fits the first screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const query of ["?v=2", "?v=2&lang=zh", "?v=2&theme=projector", "?v=2&m=lgfv_gdp&y=2023"]) {
    await open(page, query);
    await page.evaluate(() => document.fonts.ready);
    const title = (await page.locator(".app-title h1").boundingBox())!;
    const share = (await page.locator(".share-button").boundingBox())!;
    // Share sits beside the title, not on a row of its own.
    expect(share.y).toBeLessThan(title.y + title.height);
    await expect(page.locator("nav .scroll-row a")).toHaveCount(5);
    await expect(page.getByRole("navigation", { name: /Views|视图/ })).not.toHaveAttribute("data-more");
    const legend = (await page.locator(".map-view .legend").boundingBox())!;
    expect(legend.y + legend.height).toBeLessThanOrEqual(720);
    const map = (await page.locator("svg.china-map").boundingBox())!;
    expect(map.height).toBeGreaterThan(300);
    // The Download menu is beside the legend, below every shape of the map.
    const button = (await page.locator(".view-actions summary").boundingBox())!;
    expect(button.y).toBeGreaterThanOrEqual(map.y + map.height);
  }
});

test("on a phone a province's sheet keeps its size while the panel's code arrives: nothing below it jumps", async ({
  browser,
}) => {
  const { context, page } = await phone(browser, PHONES[0]);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/RegionPanel-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/?r=CN-GZ");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const sheet = page.locator(".side.has-region");
  await expect(sheet).toBeVisible();
  const before = (await sheet.boundingBox())!;
  release();
  await expect(page.locator('figure[data-chart="region-balance"]')).toHaveAttribute("data-drawn", "true");
  const after = (await sheet.boundingBox())!;
  expect(after.y).toBe(before.y);
  expect(after.height).toBe(before.height);
  // More than half the screen is left for the map above it.
  expect(before.y).toBeGreaterThan(PHONES[0].height * 0.4);
  await context.close();
});

test("on a phone a tap on a province's chart pins its readout on screen; a tap elsewhere puts it away", async ({
  browser,
}) => {
  const { context, page } = await phone(browser, PHONES[0]);
  await page.goto("/?r=CN-GZ");
  const figure = page.locator('figure[data-chart="region-balance"]');
  await expect(figure).toHaveAttribute("data-drawn", "true");
  const svg = figure.locator("svg.bar-line-chart-svg");
  await svg.scrollIntoViewIfNeeded();
  const tip = figure.locator(".chart-tip");
  for (const at of [0.25, 0.9]) {
    const box = (await svg.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * at, box.y + box.height * 0.4);
    await expect(tip).toContainText("General debt");
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(0);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(PHONES[0].width);
    // Its own width, not squeezed into what is left of the chart beside the column.
    expect(tipBox.width).toBeGreaterThan(150);
    expect(await scrollWidth(page)).toBe(PHONES[0].width);
  }
  await page.touchscreen.tap(PHONES[0].width / 2, 10);
  await expect(tip).toHaveCount(0);
  await context.close();
});
