/**
 * What the first view fetches, and when: the code in a few files (each is a round trip on a slow
 * phone network), and a link that opens a province asks for the panel's code and events beside
 * the data instead of after it. Requests are counted and ordered, never timed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { withoutTemplate } from "./helpers";

/** The events files the page asks for, in order, as paths under generated/ ("events.json", "events/CN-GZ.json"). */
function eventFilesAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/generated\/events/.test(path)) asked.push(path.replace(/^.*\/generated\//, ""));
  });
  return asked;
}

/** Records, on the page's own clock, when the app says it has taken over the map (`window.readyAt`). */
async function recordReadyAt(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.ready !== "true") return;
      observer.disconnect();
      (window as unknown as { readyAt: number }).readyAt = performance.now();
    }).observe(document, { subtree: true, attributeFilter: ["data-ready"] });
  });
}

/**
 * The paths of the scripts whose requests started before data-ready, as the bench counts them (call
 * recordReadyAt before the page loads): read once the network is quiet, so a request started just
 * before data-ready but finished after it counts too.
 */
async function scriptsAskedBeforeReady(page: Page): Promise<string[]> {
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.waitForLoadState("networkidle");
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime < (window as unknown as { readyAt: number }).readyAt)
      .map((e) => new URL(e.name).pathname)
      .filter((path) => /\/assets\/[^/]+\.js$/.test(path)),
  );
}

test("the map's first view fetches its code in three files: the entry, the app and the bundler's runtime", async ({
  page,
}) => {
  // The panel's code and the rest come after data-ready.
  await recordReadyAt(page);
  await page.goto("/");
  const scripts = await scriptsAskedBeforeReady(page);
  expect(scripts.map((path) => path.replace(/^.*\/assets\/|-[\w-]{8}\.js$/g, "")).sort()).toEqual([
    "index",
    "main",
    "rolldown-runtime",
  ]);
});

test("a link that opens a province fetches the panel's code while the data is still on its way, and only that province's events", async ({
  page,
}) => {
  const eventFiles = eventFilesAsked(page);
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
  const eventFiles = eventFilesAsked(page);
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

test("the built page carries the province map: the app uses it instead of downloading the map file; a page without it downloads the file", async ({
  page,
  browser,
}) => {
  const mapFile = /\/generated\/china-provinces\.map\.json$/;
  const asked: string[] = [];
  page.on("request", (r) => {
    if (mapFile.test(new URL(r.url()).pathname)) asked.push(r.url());
  });
  const paths = (p: Page) =>
    p
      .locator("svg.china-map path.province")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-adcode")} ${e.getAttribute("d")}`));
  for (const link of ["/", "/?v=2&r=CN-GZ&lang=zh", "/?v=2&embed=1&m=debt_gdp"]) {
    await page.goto(link);
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  }
  // The keyboard's moves come with the carried map too: ArrowRight from Xinjiang reaches a neighbour.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const drawn = await paths(page);
  await page.locator('svg.china-map [data-region="CN-XJ"]').focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator('svg.china-map [data-region="CN-XJ"]')).not.toBeFocused();
  expect(asked).toEqual([]);

  // The same page without the map's template: the app downloads the file and draws the same map.
  const context = await browser.newContext();
  const bare = await context.newPage();
  await withoutTemplate(bare, "atlas-map-meta");
  const downloaded = bare.waitForRequest((r) => mapFile.test(new URL(r.url()).pathname));
  await bare.goto("/");
  await downloaded;
  await expect(bare.locator("html")).toHaveAttribute("data-ready", "true");
  expect(await paths(bare)).toEqual(drawn);
  await context.close();
});

test("a province's panel, from its own events file, names the events an amount overlaps by their titles", async ({
  page,
}) => {
  const events = JSON.parse(readFileSync("public/generated/events.json", "utf8")) as {
    id: string;
    titleEn: string;
    provinceAdcode: string | null;
    amountOverlaps: string[];
  }[];
  const withOverlaps = events.find((e) => e.provinceAdcode === "620000" && e.amountOverlaps.length > 0)!;
  const named = withOverlaps.amountOverlaps.map((id) => events.find((e) => e.id === id)!.titleEn);
  // The whole events file is held back: whatever names the overlaps comes from Gansu's own file.
  await page.route(/\/generated\/events\.json$/, () => new Promise(() => {}));
  await page.goto(`/?v=2&r=CN-GS&ev=${withOverlaps.id}`);
  const caveat = page.locator(`.region-events [data-overlaps="${withOverlaps.amountOverlaps.join(" ")}"]`);
  await expect(caveat).toBeVisible();
  for (const title of named) await expect(caveat).toContainText(title);
  for (const id of withOverlaps.amountOverlaps) await expect(caveat).not.toContainText(id);
});

test("a province's events file that fails gives way to the whole events file once another view has loaded it", async ({
  page,
}) => {
  await page.route(/\/generated\/events\/CN-GZ\.json$/, (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto("/?v=2&r=CN-GZ");
  const events = page.locator(".region-events");
  await expect(events.getByRole("alert")).toContainText("The events could not be loaded.");
  // The Events view loads every event; back on the panel, Guizhou's are listed from that file.
  await page.getByRole("link", { name: "Events", exact: true }).click();
  await expect(page.locator(".events-view")).toBeVisible();
  await page.goBack();
  await expect(events.locator("li").first()).toBeVisible();
  await expect(events.getByRole("alert")).toHaveCount(0);
});

const ZH_WORDS = /\/assets\/_atlas-zh-words-[\w-]+\.js$/;

test("an English page's code carries its words in English only; a Chinese page fetches the Chinese words beside the app's code", async ({
  page,
}) => {
  // The scripts the page asked for before the map worked, read from the build on disk.
  await recordReadyAt(page);
  await page.goto("/");
  const scripts = await scriptsAskedBeforeReady(page);
  expect(scripts.length).toBeGreaterThan(0);
  const code = scripts.map((path) => readFileSync(`dist/assets/${path.replace(/^.*\//, "")}`, "utf8")).join("\n");
  expect(code).toContain("China Local Debt Atlas");
  expect(code).not.toContain("中国地方债务地图");

  // A Chinese link asks for the words while the atlas data is still held back, before the app could draw.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/generated\/atlas-data\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  const words = page.waitForRequest((r) => ZH_WORDS.test(new URL(r.url()).pathname));
  await page.goto("/?lang=zh", { waitUntil: "commit" });
  await words;
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国地方债务地图");
});

test("when the Chinese words cannot be fetched, the page says so in both languages and stays as it was", async ({
  page,
}) => {
  await page.route(ZH_WORDS, (route) => route.abort());
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: "中文" }).click();
  const note = page.getByRole("alert").filter({ hasText: "could not load its code" });
  await expect(note).toContainText("地图程序未能加载");
  // Still English, and still working: a province opens its panel.
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.locator('[data-region="CN-GZ"]').first().click();
  await expect(
    page
      .getByRole("complementary")
      .getByRole("heading", { name: /Guizhou/ })
      .first(),
  ).toBeVisible();

  // A Chinese link whose words fail keeps the drawn map on screen under the same note.
  await page.goto("/?lang=zh");
  await expect(page.getByRole("alert").filter({ hasText: "地图程序未能加载" })).toBeVisible();
  await expect(page.locator('svg.china-map [data-region="CN-GZ"]').first()).toBeVisible();
});

test("every chunk of the app's code loads in an English page, whose Chinese words were never fetched", async ({
  page,
}) => {
  // A module that reads another's Chinese words as it loads (not when it draws) would fail here:
  // those words are a download away until a reader asks for Chinese (src/i18n/messages.ts).
  const chunks = readdirSync("dist/assets").filter((f) => f.endsWith(".js") && !f.startsWith("_atlas-zh-words-"));
  expect(chunks.length).toBeGreaterThan(10);
  let asked = false;
  page.on("request", (r) => (asked ||= ZH_WORDS.test(new URL(r.url()).pathname)));
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const failures = await page.evaluate(async (files) => {
    const failed: string[] = [];
    for (const file of files) {
      try {
        await import(new URL(`assets/${file}`, document.baseURI).href);
      } catch (e) {
        failed.push(`${file}: ${(e as Error).message}`);
      }
    }
    return failed;
  }, chunks);
  expect(failures).toEqual([]);
  expect(asked).toBe(false);
});

const NATIONAL_CODE = /\/assets\/NationalView-[\w-]+\.js$/;

test("on the map, the national summary's code is fetched once the map works, and the drawn summary is adopted in place", async ({
  page,
}) => {
  await recordReadyAt(page);
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { drawnSummary: Element | null }).drawnSummary = document.querySelector(".national-view");
    });
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(NATIONAL_CODE, async (route) => {
    await held;
    await route.continue();
  });
  const asked = page.waitForRequest((r) => NATIONAL_CODE.test(new URL(r.url()).pathname));
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const request = await asked;
  // Asked for after the map works, on the page's own clock (checked once it is answered: a request
  // has no resource entry before).
  // Meanwhile the summary is on screen as the page drew it, and the map works.
  const summary = page.getByRole("region", { name: "National view" });
  await expect(summary.getByRole("heading").first()).toBeVisible();
  await page.locator('[data-region="CN-GZ"]').first().hover();
  await expect(page.locator(".map-tooltip")).toContainText("Guizhou");
  release();
  await expect
    .poll(() =>
      page.evaluate((url) => {
        const entry = performance.getEntriesByName(url)[0];
        return entry ? entry.startTime >= (window as unknown as { readyAt: number }).readyAt : "not yet recorded";
      }, request.url()),
    )
    .toBe(true);
  // Once the code is in, the same nodes work: its chart downloads.
  await summary.locator("summary", { hasText: "Download chart" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    summary.getByRole("button", { name: "Download CSV", exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  expect(
    await page.evaluate(
      () => document.querySelector(".national-view") === (window as unknown as { drawnSummary: Element }).drawnSummary,
    ),
  ).toBe(true);
});

test("a dark-theme reader's map page keeps its drawn national summary: its code comes before the page is adopted", async ({
  browser,
}) => {
  // The page re-renders at once in the reader's dark theme after adopting the built (light) one;
  // a summary whose code were still held would be swapped for a placeholder there.
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { placeholderShown: boolean };
    w.placeholderShown = false;
    new MutationObserver(() => {
      if (document.querySelector(".side [aria-busy='true']")) w.placeholderShown = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".side .national-view")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { placeholderShown: boolean }).placeholderShown)).toBe(false);
  await context.close();
});

test("a link the built page does not show fetches the national summary's code beside the data and draws it before data-ready", async ({
  page,
}) => {
  // What the side shows at the moment the app says it is ready.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement?.dataset.ready !== "true") return;
      observer.disconnect();
      (window as unknown as { sideAtReady: string }).sideAtReady = document.querySelector(".side .national-view")
        ? "summary"
        : (document.querySelector(".side")?.textContent ?? "no side");
    }).observe(document, { subtree: true, attributeFilter: ["data-ready"] });
  });
  // The summary's code is held until the data is in, so an app that did not wait for it would be
  // ready without it.
  const data = page.waitForResponse((r) => /\/generated\/atlas-data\.json$/.test(new URL(r.url()).pathname));
  let asked = false;
  await page.route(NATIONAL_CODE, async (route) => {
    asked = true;
    await (await data).finished();
    await route.continue();
  });
  await page.goto("/?v=2&m=debt_gdp");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  expect(asked).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { sideAtReady: string }).sideAtReady)).toBe("summary");
});

test("code that a link fetches before the map works (an embed's shell, the national summary, the event filters, the Chinese words, the ignored-settings notice) does not bring the province panel's code with it", async ({
  page,
}) => {
  // The panel's code is one chunk with what it imports (scripts/first-view-chunk-plugin.ts); a
  // module it shared with any of these would make that link fetch the whole panel before it works.
  await recordReadyAt(page);
  const links: [string, RegExp][] = [
    ["/?v=2&embed=1&m=debt_gdp", /\/EmbedApp-/],
    ["/?v=2&m=debt_gdp&theme=dark", /\/NationalView-/],
    ["/?v=2&ek=asset_sale", /\/filter-events-/],
    ["/?v=2&lang=zh", /\/_atlas-zh-words-/],
    ["/?v=2&y=1999", /\/IgnoredNotice-/],
  ];
  for (const [link, early] of links) {
    await page.goto(link);
    const scripts = await scriptsAskedBeforeReady(page);
    expect(
      scripts.filter((path) => early.test(path)),
      link,
    ).toHaveLength(1);
    expect(
      scripts.filter((path) => /\/RegionPanel-/.test(path)),
      link,
    ).toEqual([]);
  }
});

test("once the map works, the province panel's code comes first: the national summary's and the tab titles' code are asked for only once it is in", async ({
  page,
}) => {
  // A click the moment the map works waits for the panel's code; nothing else competes with it.
  const seen: string[] = [];
  const name = (url: string) => new URL(url).pathname.match(/\/(RegionPanel|NationalView|titles)-[\w-]+\.js$/)?.[1];
  page.on("request", (r) => {
    const code = name(r.url());
    if (code === "NationalView" || code === "titles") seen.push(`${code} asked`);
  });
  page.on("requestfinished", (r) => name(r.url()) === "RegionPanel" && seen.push("RegionPanel in"));
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect.poll(() => [...seen].sort()).toEqual(["NationalView asked", "RegionPanel in", "titles asked"]);
  expect(seen[0]).toBe("RegionPanel in");
});

test("the map's tooltip works while the province panel's code is still on its way", async ({ page }) => {
  // The tooltip's code shares modules with the panel's but not its chunk (scripts/first-view-chunk-plugin.ts).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route(/\/assets\/RegionPanel-[\w-]+\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect.poll(() => asked).toBe(true);
  await page.locator('svg.china-map [data-region="CN-GZ"]').hover();
  await expect(page.locator(".map-tooltip")).toContainText("Guizhou");
  release();
});
