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

test("a link that opens a province fetches the panel's code while the data is still on its way, and only that province's events", async ({
  page,
}) => {
  const eventFiles: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/generated\/events/.test(path)) eventFiles.push(path.replace(/^.*\/generated\//, ""));
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/generated\/atlas-data\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  const panelCode = page.waitForRequest((r) => /\/assets\/RegionPanel-[\w-]+\.js$/.test(new URL(r.url()).pathname));
  await page.goto("/?v=2&r=CN-GZ", { waitUntil: "commit" });
  // Requested while the atlas data is held back: before the app could have rendered.
  await panelCode;
  expect(await page.locator("html").getAttribute("data-ready")).toBeNull();
  release();
  const panel = page.getByRole("complementary");
  await expect(page.locator('figure[data-chart="region-balance"][data-drawn="true"]')).toBeVisible();
  // The panel lists Guizhou's events and what it sold, from Guizhou's file alone.
  await expect(panel.locator(".region-events li").first()).toBeVisible();
  await expect(panel.locator(".what-was-sold li").first()).toBeVisible();
  expect(eventFiles).toEqual(["events/CN-GZ.json"]);
});

test("the map's default view draws its event counts without downloading the events file; a filter fetches it", async ({
  page,
}) => {
  const eventFiles: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/generated\/events/.test(path)) eventFiles.push(path.replace(/^.*\/generated\//, ""));
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator(".event-count-layer [data-event-count]").first()).toBeVisible();
  // A province opened from the map reads its own file.
  await page.locator('svg.china-map [data-region="CN-GZ"]').click();
  await expect(page.locator('figure[data-chart="region-balance"][data-drawn="true"]')).toBeVisible();
  await expect(page.getByRole("complementary").locator(".region-events li").first()).toBeVisible();
  expect(eventFiles).toEqual(["events/CN-GZ.json"]);
  // An event filter needs every event: the whole file is fetched then.
  await page.goto("/?v=2&ek=asset_sale");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect.poll(() => eventFiles).toContain("events.json");
});
