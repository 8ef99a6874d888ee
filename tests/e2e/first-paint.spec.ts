/**
 * What a reader sees before the app's code has run: the page is already in the link's theme
 * (public/boot.js), so a dark link never flashes white. The app's bundle is held back here (the
 * page is checked from its first response, not DOMContentLoaded, which waits for module scripts), so
 * what is checked is the page as the browser first paints it.
 */
import { expect, test, type Page } from "@playwright/test";

/** Holds every JavaScript module of the app until `release` is called; boot.js (not a module) passes. */
async function holdAppCode(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test("a dark link is dark before the app runs, and stays dark once it has", async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto("/?v=2&theme=dark&m=debt_gdp", { waitUntil: "commit" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // The stylesheet has arrived (it blocks the first paint): the page's background is the dark theme's.
  await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes("/assets/")));
  expect(await background(page)).toBe("rgb(18, 19, 23)");
  expect(await page.locator("html").getAttribute("data-ready")).toBeNull();

  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe("rgb(18, 19, 23)");
});

test("without a theme in the link the system's is used from the first frame; a link's theme wins", async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  const release = await holdAppCode(page);
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.goto("/?theme=projector", { waitUntil: "commit" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "projector");
  await context.close();
});
