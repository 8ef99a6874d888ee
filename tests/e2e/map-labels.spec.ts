/**
 * Province names on the map, as a reader and an audience see them: written where they fit, in the
 * page's language, each inside its own province, clear of the event-count circles and of each
 * other, and at a size that grows with an embed's frame (for the back of a room).
 */
import { expect, test, type Page } from "@playwright/test";
import { open } from "./helpers";

interface Box {
  text: string;
  adcode: string;
  x: number;
  y: number;
  w: number;
  h: number;
  fontPx: number;
}

/** The names drawn, with their boxes on screen and the type size they are read at. */
async function names(page: Page): Promise<Box[]> {
  const layer = page.locator(".map-box svg.province-labels text");
  await expect(layer.first()).toBeVisible();
  return layer.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? "",
        adcode: el.getAttribute("data-label-for") ?? "",
        x: r.x,
        y: r.y,
        w: r.width,
        h: r.height,
        fontPx:
          parseFloat(getComputedStyle(el).fontSize) * ((el as SVGTextElement).ownerSVGElement!.getScreenCTM()?.a ?? 1),
      };
    }),
  );
}

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Whether the point is inside the province's own shape, as the browser hit-tests its path. */
async function insideProvince(page: Page, adcode: string, x: number, y: number) {
  return page.evaluate(
    ([code, px, py]) => {
      const path = document.querySelector<SVGPathElement>(`svg.china-map path.province[data-adcode="${code}"]`)!;
      const point = path.ownerSVGElement!.createSVGPoint();
      point.x = px as number;
      point.y = py as number;
      return path.isPointInFill(point.matrixTransform(path.getScreenCTM()!.inverse()));
    },
    [adcode, x, y] as const,
  );
}

for (const [lang, query, width, expected] of [
  ["en", "?v=2", 1280, ["Xinjiang", "Tibet", "Qinghai"]],
  ["zh", "?v=2&lang=zh", 1280, ["新疆", "西藏", "青海", "四川"]],
  // A small tablet: a phone's larger count circles (events.css), and names still fit around them.
  ["zh", "?v=2&lang=zh", 560, ["新疆", "西藏"]],
] as const) {
  test(`names the provinces where they fit, in ${lang} at ${width} px, inside their own shapes and clear of the counts`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, query);
    const drawn = await names(page);
    const texts = drawn.map((n) => n.text);
    for (const name of expected) expect(texts).toContain(name);
    // Shanghai is far too small for its name at this size.
    expect(texts).not.toContain(lang === "en" ? "Shanghai" : "上海");
    // Readable: at least 10 CSS px.
    for (const n of drawn) expect(n.fontPx, n.text).toBeGreaterThanOrEqual(10);
    // Each name's corners (where a band meets a slanting border) and the middles of its sides lie
    // inside its own province.
    for (const n of drawn) {
      const inset = 1;
      const [left, right, top, bottom] = [n.x + inset, n.x + n.w - inset, n.y + inset, n.y + n.h - inset];
      const [midX, midY] = [n.x + n.w / 2, n.y + n.h / 2];
      for (const [x, y] of [
        [left, top],
        [right, top],
        [left, bottom],
        [right, bottom],
        [left, midY],
        [right, midY],
        [midX, top],
        [midX, bottom],
      ])
        expect(await insideProvince(page, n.adcode, x, y), `${n.text} at ${x}, ${y}`).toBe(true);
    }
    // No two names overlap, and none lies on an event-count circle.
    for (const [k, a] of drawn.entries())
      for (const b of drawn.slice(k + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
    const circles = await page.locator("svg.china-map .event-count-circle").evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    expect(circles.length).toBeGreaterThan(10);
    for (const n of drawn)
      for (const c of circles) {
        // The circle's box shrunk to the circle's inscribed square: a box corner near it is no overlap.
        const inner = { x: c.x + c.w * 0.15, y: c.y + c.h * 0.15, w: c.w * 0.7, h: c.h * 0.7 };
        expect(overlaps(n, inner), `${n.text} on a count circle`).toBe(false);
      }
  });
}

test("an embed at 1920 writes its names large, for the back of a room", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, "?v=2&embed=1&theme=projector");
  const drawn = await names(page);
  expect(drawn.length).toBeGreaterThanOrEqual(5);
  for (const n of drawn) expect(n.fontPx, n.text).toBeGreaterThanOrEqual(18);
});
