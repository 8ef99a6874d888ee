/**
 * What a reader sees before the app's code has run: the page is already in the link's theme
 * (public/boot.js), so a dark link never flashes white. The app's bundle is held back here (the
 * page is checked from its first response, not DOMContentLoaded, which waits for module scripts), so
 * what is checked is the page as the browser first paints it.
 */
import { expect, test, type Page } from "@playwright/test";
import { withoutTemplate } from "./helpers";

/** Holds the requests whose URL matches until the returned `release` is called. */
async function holdRequests(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Holds every JavaScript module of the app until `release` is called; boot.js (not a module) passes. */
const holdAppCode = (page: Page) => holdRequests(page, /\/assets\/.*\.js$/);

/** Records every layout shift from the page's first frame (call before it loads); read with `layoutShifts`. */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __layoutShifts: number[] }).__layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The layout shifts so far, two frames after the last change (any shift it caused is recorded by then). */
async function layoutShifts(page: Page): Promise<number[]> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => (window as unknown as { __layoutShifts: number[] }).__layoutShifts);
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
  // The drawn theme select says "Auto (light)": its words are not shown on a dark link.
  const select = page.locator(".theme-picker select");
  await expect(select).toHaveCSS("color", "rgba(0, 0, 0, 0)");

  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe("rgb(18, 19, 23)");
  await expect(select).toHaveValue("dark");
  await expect(select).not.toHaveCSS("color", "rgba(0, 0, 0, 0)");
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

const shapes = (page: Page) => page.locator("#root[data-prerendered] svg.china-map [data-region]");
const fills = (page: Page) => shapes(page).evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));

test("the built page carries the province map: every province is drawn, with its data-region, before any script", async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto("/", { waitUntil: "commit" });
  await expect(shapes(page).first()).toBeVisible();
  const regions = await shapes(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-region")));
  expect(new Set(regions).size).toBe(34);
  // The colours come from the stylesheet (a shape's --fill), which blocks the first paint: once it is in.
  await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes("/assets/")));
  // The default view's classes: more than one colour, none of them the neutral fill.
  expect(new Set(await fills(page)).size).toBeGreaterThan(4);
  expect(await page.locator("html").getAttribute("data-ready")).toBeNull();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
});

test("the built page carries each province's path once: the key regions' hatching and outline reuse it", async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto("/", { waitUntil: "commit" });
  await expect(shapes(page).first()).toBeVisible();
  const map = page.locator("svg.china-map");
  await expect(map.locator("path[d]")).toHaveCount(34);
  const keys = await shapes(page).evaluateAll((els) =>
    els.filter((e) => e.getAttribute("data-key-region") === "true").map((e) => e.id),
  );
  expect(keys).toHaveLength(12);
  // One overlay per key region, each a <use> of that region's own shape, hatched and outlined.
  const overlays = map.locator(".key-layer use.key-overlay");
  expect(await overlays.evaluateAll((els) => els.map((e) => e.getAttribute("href")!.slice(1)))).toEqual(keys);
  await expect(overlays.first()).toHaveCSS("fill", 'url("#pattern-key")');
  // Under them, drawn first, a halo in the page's colour along each outline: it shows the outline
  // on fills as dark or as light as the outline itself.
  const halos = map.locator(".key-layer use.key-halo");
  expect(await halos.evaluateAll((els) => els.map((e) => e.getAttribute("href")!.slice(1)))).toEqual(keys);
  expect(await map.locator(".key-layer use").evaluateAll((els) => els.map((e) => e.getAttribute("class")))).toEqual([
    ...keys.map(() => "key-halo"),
    ...keys.map(() => "key-overlay"),
  ]);
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(map.locator("path[d]")).toHaveCount(34);
});

test("the built page draws the event counts too, the same as the app counts from the events file", async ({
  page,
  browser,
}) => {
  const counts = (p: Page) =>
    p
      .locator("svg.china-map [data-adcode-events]")
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute("data-adcode-events")}:${e.getAttribute("data-event-count")}`),
      );
  const release = await holdAppCode(page);
  await page.goto("/", { waitUntil: "commit" });
  await expect(shapes(page).first()).toBeVisible();
  const drawn = await counts(page);
  expect(drawn.length).toBeGreaterThan(10);
  const note = page.locator(".map-events-note");
  await expect(note).toContainText(/\d+ national and \d+ undated events are not on the map/);
  const drawnNote = await note.textContent();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  expect(await counts(page)).toEqual(drawn);

  // The same page without the counts the build wrote into it: the app counts from the events file.
  const context = await browser.newContext();
  const bare = await context.newPage();
  await withoutTemplate(bare, "atlas-map-events");
  await bare.goto("/");
  await expect(bare.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(bare.locator("#atlas-map-events")).toHaveCount(0);
  await expect.poll(() => counts(bare)).toEqual(drawn);
  await expect(bare.locator(".map-events-note")).toHaveText(drawnNote!);
  await context.close();
});

test("the side's national chart is in the built page too, drawn without a chart library, and reads its values on hover", async ({
  page,
}) => {
  const release = await holdAppCode(page);
  await page.goto("/", { waitUntil: "commit" });
  const chart = page.locator('figure[data-chart="national-balance"]');
  await expect(chart.locator(".chart-bar").first()).toBeVisible();
  // One bar per period with a published balance: none for end-2015 (no national figure was found).
  const bars = await chart.locator(".chart-bar").count();
  expect(bars).toBeGreaterThan(10);
  await expect(chart.locator(".chart-line").first()).toBeVisible();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(chart).toHaveAttribute("data-drawn", "true");
  await expect(chart.locator(".chart-bar")).toHaveCount(bars);
  await expect(chart.locator(".recharts-wrapper")).toHaveCount(0);
  // Hovering a labelled column (the third label) names its period and both values; leaving hides it.
  const svg = chart.locator("svg.bar-line-chart-svg");
  const label = chart.locator(".x-axis text").nth(2);
  const box = (await label.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, (await svg.boundingBox())!.y + 40);
  const tip = chart.locator(".chart-tip");
  await expect(tip).toContainText((await label.textContent())!);
  await expect(tip).toContainText(/National balance \(bn CNY\): [\d,]+ bn CNY/);
  await expect(tip).toContainText(/Share held by key regions \(%\): \d+\.\d%/);
  await page.mouse.move(5, 5);
  await expect(tip).toHaveCount(0);
});

test("a link to another metric and period never paints the default view's colours first", async ({ page }) => {
  const release = await holdAppCode(page);
  await page.goto("/?m=debt_gdp&y=2019", { waitUntil: "commit" });
  await expect(shapes(page).first()).toBeVisible();
  await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.includes("/assets/")));
  const neutral = await page.evaluate(() => {
    const probe = document.createElementNS("http://www.w3.org/2000/svg", "path");
    probe.style.fill = "var(--not-covered)";
    document.querySelector("svg")!.append(probe);
    const colour = getComputedStyle(probe).fill;
    probe.remove();
    return colour;
  });
  expect(new Set(await fills(page))).toEqual(new Set([neutral]));
  // Nor the default view's words and figures: its legend classes, its period, the side's national 2024 figures.
  await expect(page.locator("#root[data-prerendered] .legend li").first()).toBeHidden();
  await expect(page.locator("#root[data-prerendered] #period-select")).toBeHidden();
  await expect(page.locator("#root[data-prerendered] .side")).toBeHidden();
  // Nor its key regions: there were none at end-2019.
  await expect(page.locator("#root[data-prerendered] .key-layer")).toBeHidden();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  expect(
    new Set(
      await page.locator("svg.china-map [data-region]").evaluateAll((els) => els.map((e) => getComputedStyle(e).fill)),
    ).size,
  ).toBeGreaterThan(2);
});

test("another view or an embed shows none of the prerendered map", async ({ page }) => {
  const release = await holdAppCode(page);
  for (const link of ["/?view=national", "/?v=2&embed=1&m=debt_gdp", "/?view=compare"]) {
    await page.goto(link, { waitUntil: "commit" });
    await page.waitForFunction(() => document.querySelector("#root[data-prerendered]") !== null);
    await expect(page.locator("#root[data-prerendered]")).toBeHidden();
  }
  release();
});

test("an embed goes from its loading state to its view without a layout shift", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await recordLayoutShifts(page);
  // The data is held until the app shows its loading state, so the change from it is what is measured.
  const releaseData = await holdRequests(page, /\/generated\/atlas-data\.json$/);
  await page.goto("/?v=2&embed=1&m=debt_gdp");
  await expect(page.locator(".loading")).toBeVisible();
  releaseData();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator('.embed figure[data-drawn="true"], .embed svg.china-map').first()).toBeVisible();
  expect(await layoutShifts(page)).toEqual([]);
});

for (const [link, part, content] of [
  ["/?view=national", /\/EstimatesPanel-[\w-]+\.js$/, ".national-view .estimates-panel"],
  ["/?view=compare", /\/CompareView-[\w-]+\.js$/, ".compare-view"],
  ["/?view=events", /\/generated\/events\.json$/, ".events-view [data-event-id]"],
  ["/?view=sources", /\/SourcesView-[\w-]+\.js$/, ".sources-view"],
] as const) {
  test(`a link to ${link} draws its view without moving what is on screen while its parts arrive`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await recordLayoutShifts(page);
    // The data, then the view's last part, are each held until the page shows what it draws without
    // them, so every step from loading to the whole view is on screen and measured.
    const held = async (pattern: RegExp, until: string) => {
      const release = await holdRequests(page, pattern);
      return async () => {
        await expect(page.locator(until).first()).toBeVisible();
        release();
      };
    };
    const data = await held(/\/generated\/atlas-data\.json$/, ".app > .loading");
    const last = await held(part, ".view-loading, .atlas-main .loading, .national-view, .compare-view, .sources-view");
    await page.goto(link);
    await data();
    await last();
    await expect(page.locator(content).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const shifts = await layoutShifts(page);
    // Lighthouse's three decimals: 0.000.
    expect(shifts.reduce((sum, v) => sum + v, 0)).toBeLessThan(0.0005);
  });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}x${viewport.height} the app adopts the drawn page: the same nodes, no visible change, no layout shift`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const shifts: { value: number; at: number }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) shifts.push({ value: e.value, at: e.startTime });
      }).observe({ type: "layout-shift", buffered: true });
    });
    const release = await holdAppCode(page);
    // The event counts drawn on the map arrive with the events file, after the takeover: held here,
    // so the comparison is of the takeover itself.
    const releaseEvents = await holdRequests(page, /\/generated\/events\.json$/);
    await page.goto("/", { waitUntil: "commit" });
    await expect(shapes(page).first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const map = page.locator("svg.china-map");
    const before = await map.screenshot();
    const shiftsBefore = await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts.length);
    // Marks on drawn nodes: adopted (hydrated), they keep them; drawn anew, they would not.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll("svg.china-map, p.map-note, header h1"))
        (el as Element & { __drawn?: boolean }).__drawn = true;
    });

    // The province names, written once the app has measured the map (they depend on its size), are
    // an addition after the takeover, like the event counts: hidden before they come, so what is
    // compared is the takeover itself...
    await page.addStyleTag({ content: "svg.province-labels { display: none }" });
    release();
    await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
    await expect(page.locator("#root[data-prerendered]")).toHaveCount(0);
    // Two frames after the takeover: any shift it caused has been recorded.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // ...and the names are there (where they fit).
    if (viewport.width >= 1024) await expect(page.locator("svg.province-labels text").first()).toBeAttached();
    const after = await map.screenshot();
    expect(after.equals(before)).toBe(true);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts);
    expect(shifts.slice(shiftsBefore)).toEqual([]);
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll("svg.china-map, p.map-note, header h1")].map(
        (el) => (el as Element & { __drawn?: boolean }).__drawn === true,
      ),
    );
    expect(kept).toEqual([true, true, true]);
    // No hydration mismatch was reported.
    expect(errors).toEqual([]);
    releaseEvents();
  });
}

test("the keyboard's focus ring is drawn over the map's layers, on a halo, and follows the arrow keys", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const layer = page.locator("svg.china-map .focus-layer");
  // No ring until a province has the keyboard's focus (and no copy of a province's path for it).
  await expect(layer).toHaveCSS("display", "none");
  await expect(layer.locator("*")).toHaveCount(0);
  const tianjin = page.locator('svg.china-map [data-region="CN-TJ"]');
  await tianjin.focus();
  await expect(page.locator('svg.china-map [data-region="CN-TJ"]:focus-visible')).toHaveCount(1);
  await expect(layer).not.toHaveCSS("display", "none");
  // Over the key regions' outlines and halos (a halo once covered the ring along a key border)...
  const order = await page.evaluate(() => {
    const map = document.querySelector("svg.china-map")!;
    const key = map.querySelector(".key-layer")!;
    const focus = map.querySelector(".focus-layer")!;
    return key.compareDocumentPosition(focus) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  // ...the ring in the focus colour on a halo in the page's colour, around the focused province.
  const ring = layer.locator(".focus-outline");
  await expect(ring).toHaveAttribute("d", (await tianjin.getAttribute("d"))!);
  // The theme's colours as the browser resolves them (the built stylesheet may shorten a hex).
  const [focusColour, pageColour] = await page.evaluate(() =>
    ["--focus", "--bg"].map((name) => {
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.color = `var(${name})`;
      const resolved = getComputedStyle(probe).color;
      probe.remove();
      return resolved;
    }),
  );
  await expect(ring).toHaveCSS("stroke", focusColour);
  await expect(layer.locator(".outline-halo")).toHaveCSS("stroke", pageColour);
  await page.keyboard.press("ArrowDown");
  const moved = page.locator("svg.china-map .province:focus");
  await expect(moved).not.toHaveAttribute("data-region", "CN-TJ");
  await expect(ring).toHaveAttribute("d", (await moved.getAttribute("d"))!);
});
