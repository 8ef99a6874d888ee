/**
 * Embeds as a host page on another origin sees them: every view at the smallest, a slide-sized and
 * the largest frame fills it without scrollbars, shows its map or chart, and reports its height.
 */
import { expect, test, type Frame, type Page } from "@playwright/test";

const ATLAS = "http://127.0.0.1:4173/";
const HOST = "http://127.0.0.1:4174/";
const SIZES = [
  { width: 320, height: 240 },
  { width: 960, height: 540 },
  { width: 1920, height: 1080 },
];
const VIEWS = [
  { name: "map", query: "?v=2&embed=1&m=debt_gdp", subject: "svg.china-map" },
  {
    name: "region chart",
    query: "?v=2&view=region&r=CN-GZ&embed=1&theme=dark",
    subject: 'figure[data-chart="region-balance"][data-drawn="true"]',
  },
  {
    // Ulanqab: its 2025 figure is a chart reading, drawn lighter, with the note saying so.
    name: "prefecture chart",
    query: "?v=2&view=region&r=CN-NM&p=150900&embed=1&lang=zh",
    subject: 'figure[data-chart="prefecture-balance"][data-drawn="true"]',
  },
  {
    name: "national chart",
    query: "?v=2&view=national&embed=1&theme=projector",
    subject: 'figure[data-chart="national-balance"][data-drawn="true"]',
  },
];

async function openHost(page: Page, frames: { src: string; width?: number; height?: number }[]) {
  await page.setViewportSize({ width: 1980, height: 1200 });
  await page.goto(`${HOST}?frames=${encodeURIComponent(JSON.stringify(frames))}`);
  const children: Frame[] = [];
  for (let k = 0; k < frames.length; k++) {
    const frame = await (await page.locator("iframe").nth(k).elementHandle())!.contentFrame();
    // A wait on the frame's state; the bound only ends a hang (four frames load at once on a 2-core box).
    await frame!.waitForFunction(() => document.documentElement.dataset.ready === "true", undefined, {
      timeout: 60_000,
    });
    children.push(frame!);
  }
  return children;
}

async function fits(frame: Frame, subject: string) {
  return frame.evaluate((selector) => {
    const doc = document.documentElement;
    const el = document.querySelector(selector);
    const box = el?.getBoundingClientRect();
    const footer = document.querySelector(".embed-footer")?.getBoundingClientRect();
    return {
      noScroll: doc.scrollHeight <= doc.clientHeight && doc.scrollWidth <= doc.clientWidth,
      subjectVisible:
        !!box && box.width > 50 && box.height > 40 && box.top >= 0 && box.bottom <= window.innerHeight + 0.5,
      footerVisible: !!footer && footer.bottom <= window.innerHeight + 0.5,
    };
  }, subject);
}

for (const size of SIZES) {
  test(`embeds at ${size.width}x${size.height} fill the frame with no scrollbars and tell the host their height`, async ({
    page,
  }) => {
    const frames = await openHost(
      page,
      VIEWS.map((v) => ({ src: `${ATLAS}${v.query}`, ...size })),
    );
    for (const [k, v] of VIEWS.entries()) {
      await frames[k].waitForSelector(v.subject);
      expect(await fits(frames[k], v.subject), `${v.name} at ${size.width}x${size.height}`).toEqual({
        noScroll: true,
        subjectVisible: true,
        footerVisible: true,
      });
    }
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (
              window as unknown as { __messages: { origin: string; data: { type: string; height: number } }[] }
            ).__messages.filter((m) => m.data?.type === "atlas:resize").length,
        ),
      )
      .toBeGreaterThanOrEqual(VIEWS.length);
    const messages = await page.evaluate(
      () => (window as unknown as { __messages: { origin: string; data: { height: number } }[] }).__messages,
    );
    expect(
      messages.every(
        (m) => m.origin === "http://127.0.0.1:4173" && Number.isFinite(m.data.height) && m.data.height > 0,
      ),
    ).toBe(true);
  });
}

test("a responsive embed is sized by the host script to its content", async ({ page }) => {
  const [frame] = await openHost(page, [{ src: `${ATLAS}?v=2&embed=1` }]);
  const iframe = page.locator("iframe[data-atlas-embed]");
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(600); // 1948 px wide map at 0.8 aspect, not the 300 px start
  expect((await fits(frame, "svg.china-map")).noScroll).toBe(true);
});

test("a static embed does not react to the pointer, and its link opens the full view", async ({ page }) => {
  const [frame] = await openHost(page, [{ src: `${ATLAS}?v=2&embed=1&static=1&r=CN-NM`, width: 960, height: 540 }]);
  await frame.locator('[data-region="CN-GZ"]').hover({ force: true });
  await expect(frame.getByRole("tooltip")).toHaveCount(0);
  const href = await frame.getByRole("link", { name: /Open in the China Local Debt Atlas/ }).getAttribute("href");
  expect(href).toBe("/?v=2&r=CN-NM");
});

test("the atlas sends no frame-blocking header", async ({ request }) => {
  const response = await request.get(ATLAS);
  expect(response.headers()["x-frame-options"]).toBeUndefined();
  expect(response.headers()["content-security-policy"] ?? "").not.toContain("frame-ancestors");
});

test("a transparent embed lets the host page's colour show through", async ({ page }) => {
  const [frame] = await openHost(page, [
    { src: `${ATLAS}?v=2&embed=1&transparent=1&theme=dark`, width: 640, height: 480 },
  ]);
  const backgrounds = await frame.evaluate(() => [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(document.body).backgroundColor,
  ]);
  expect(backgrounds).toEqual(["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]);
});

test("a prefecture's embed (p) draws its own chart, titled with its names and province", async ({ page }) => {
  await page.goto("/?v=2&view=region&r=CN-NM&p=150100&embed=1");
  await expect(page.locator('figure[data-chart="prefecture-balance"]')).toHaveAttribute("data-drawn", "true");
  await expect(page.locator(".embed-title")).toHaveText(
    "Hohhot (呼和浩特市), Inner Mongolia: local government debt balance",
  );
  await expect(page.locator(".embed-source")).toContainText("city and provincial finance departments");
  await expect(page).toHaveTitle(/^Hohhot \(呼和浩特市\), Inner Mongolia: local government debt balance/);
  // Not the province's chart.
  await expect(page.locator('figure[data-chart="region-balance"]')).toHaveCount(0);

  // Ulanqab's end-2025 figure was read off a chart (≈): its bar is drawn light, the printed ones are not.
  await page.goto("/?v=2&view=region&r=CN-NM&p=150900&embed=1");
  const chart = page.locator('figure[data-chart="prefecture-balance"]');
  await expect(chart).toHaveAttribute("data-drawn", "true");
  const bars = chart.locator("rect.recharts-bar-rectangle");
  const light = chart.locator('rect.recharts-bar-rectangle[data-light="true"]');
  await expect(light.first()).toHaveAttribute("fill-opacity", "0.45");
  expect(await light.count()).toBeGreaterThan(0);
  expect(await light.count()).toBeLessThan(await bars.count());

  // A prefecture the province does not list is said, not drawn as another's.
  await page.goto("/?v=2&view=region&r=CN-NM&p=520100&embed=1");
  await expect(
    page.getByText("The link names prefecture 520100, which is not one of Inner Mongolia's prefectures"),
  ).toBeVisible();
  await expect(page.locator('figure[data-chart="prefecture-balance"]')).toHaveCount(0);
});

test("an embed's type grows with its frame, as on a slide: twice the size at 1920x1080 as at 960x540, never smaller in a small frame", async ({
  page,
}) => {
  const sizes = [
    { width: 640, height: 360 },
    { width: 960, height: 540 },
    { width: 1920, height: 1080 },
  ];
  for (const query of ["?v=2&view=region&r=CN-GZ&embed=1", "?v=2&embed=1&lang=zh&theme=projector"]) {
    const frames = await openHost(
      page,
      sizes.map((size) => ({ src: `${ATLAS}${query}`, ...size })),
    );
    const type = await Promise.all(
      frames.map(async (frame) => {
        await frame.waitForSelector("figure[data-drawn='true'], svg.china-map");
        return frame.evaluate(() => {
          const px = (selector: string) => {
            const el = document.querySelector(selector);
            return el ? parseFloat(getComputedStyle(el).fontSize) : null;
          };
          // The footer's title, a legend entry, and a label drawn in the chart (the map has none).
          return [px(".embed-title"), px(".chart-legend li, .legend li"), px("figure svg text")];
        });
      }),
    );
    const [small, slide, large] = type;
    expect(
      slide.slice(0, 2).every((size) => size !== null && size >= 12),
      query,
    ).toBe(true);
    expect(small, query).toEqual(slide);
    expect(
      large.map((size) => size ?? 0),
      query,
    ).toEqual(slide.map((size) => (size === null ? 0 : expect.closeTo(2 * size, 0))));
  }
});

test("a province's and a prefecture's chart embed say the unit of their amounts, in the reader's language", async ({
  page,
}) => {
  for (const [query, unit] of [
    ["?v=2&view=region&r=CN-GZ&embed=1", "Unit: bn CNY"],
    ["?v=2&view=region&r=CN-GZ&embed=1&lang=zh", "单位：亿元"],
    ["?v=2&view=region&r=CN-NM&p=150100&embed=1", "Unit: bn CNY."],
    ["?v=2&view=region&r=CN-NM&p=150100&embed=1&lang=zh", "单位：亿元。"],
  ]) {
    await page.goto(query);
    await expect(page.locator("figure[data-drawn='true']")).toBeVisible();
    // On screen, not only in the figure's visually hidden caption.
    await expect(page.locator(".chart-legend, .chart-note").getByText(unit, { exact: false }), query).toBeVisible();
  }
});

test("a prefecture chart's note, which says its unit, grows with the frame like the rest of the embed", async ({
  page,
}) => {
  const query = "?v=2&view=region&r=CN-NM&p=150900&embed=1";
  const frames = await openHost(page, [
    { src: `${ATLAS}${query}`, width: 960, height: 540 },
    { src: `${ATLAS}${query}`, width: 1920, height: 1080 },
  ]);
  const [slide, large] = await Promise.all(
    frames.map(async (frame) => {
      await frame.waitForSelector("figure[data-drawn='true']");
      return frame.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".chart-note")!).fontSize));
    }),
  );
  expect(slide).toBeGreaterThanOrEqual(12);
  expect(large).toBeCloseTo(2 * slide, 0);
});
