/**
 * What the first view fetches, and when: the code in a few files (each is a round trip on a slow
 * phone network), and a link that opens a province asks for the panel's code and events beside
 * the data instead of after it. Requests are counted and ordered, never timed.
 */
import { expect, test } from "@playwright/test";

test("the map's first view fetches its code in three files: the entry, the app and the bundler's runtime", async ({
  page,
}) => {
  // The scripts loaded when the app says it has taken over the map (the panel's code is fetched after).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.ready !== "true") return;
      observer.disconnect();
      const names = performance.getEntriesByType("resource").map((e) => e.name);
      (window as unknown as { scriptsAtReady: string[] }).scriptsAtReady = names.filter((n) =>
        /\/assets\/.*\.js$/.test(n),
      );
    }).observe(document, { subtree: true, attributeFilter: ["data-ready"] });
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const scripts = await page.evaluate(() => (window as unknown as { scriptsAtReady: string[] }).scriptsAtReady);
  expect(scripts.map((url) => new URL(url).pathname.replace(/^.*\/assets\/|-[\w-]{8}\.js$/g, "")).sort()).toEqual([
    "index",
    "main",
    "rolldown-runtime",
  ]);
});

test("a link that opens a province fetches the panel's code and its events while the data is still on its way", async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/generated\/atlas-data\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  const asked = (pattern: RegExp) => page.waitForRequest((r) => pattern.test(new URL(r.url()).pathname));
  const panelCode = asked(/\/assets\/RegionPanel-[\w-]+\.js$/);
  const events = asked(/\/generated\/events\.json$/);
  await page.goto("/?v=2&r=CN-GZ", { waitUntil: "commit" });
  // Both are requested while the atlas data is held back: before the app could have rendered.
  await Promise.all([panelCode, events]);
  expect(await page.locator("html").getAttribute("data-ready")).toBeNull();
  release();
  await expect(page.locator('figure[data-chart="region-balance"][data-drawn="true"]')).toBeVisible();
});
