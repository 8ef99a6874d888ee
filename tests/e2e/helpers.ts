import { expect, type Page } from "@playwright/test";

/** Opens a view of the built app, waits for it to be drawn, and collects page errors. */
export async function open(page: Page, query = "") {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`/${query}`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  return errors;
}

/**
 * Serves the built page without one of its inert <template> blocks (the event counts or the map it
 * carries), as a page built without it would be: the app must then fetch what the block stood for.
 */
export async function withoutTemplate(page: Page, id: string) {
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(new RegExp(`<template id="${id}">.*?</template>`), "");
    await route.fulfill({ response, body: html });
  });
}

/**
 * Clicks a province where a person would: on a point inside its shape. The centre of a shape's
 * bounding box can lie on a neighbour (Gansu's lies on Qinghai), so search the box for a point
 * that is in the shape's own fill and not covered by anything else.
 */
export async function clickRegion(page: Page, iso: string) {
  const point = await regionPoint(page, iso);
  await page.mouse.click(point.x, point.y);
}

/** Moves the mouse onto a province the same way, for its tooltip. */
export async function hoverRegion(page: Page, iso: string) {
  const point = await regionPoint(page, iso);
  await page.mouse.move(point.x, point.y);
}

/** The same, with a finger (the page needs a context with `hasTouch`). */
export async function tapRegion(page: Page, iso: string) {
  const point = await regionPoint(page, iso);
  await page.touchscreen.tap(point.x, point.y);
}

async function regionPoint(page: Page, iso: string): Promise<{ x: number; y: number }> {
  // The Chinese subset font arrives in slices as text needs them; until it has, the header's
  // buttons wrap differently and the map sits lower. A point taken before then can land on the
  // period slider once the font swaps in (seen on a loaded box), so wait for the fonts first.
  await page.evaluate(() => document.fonts.ready);
  const point = await page.locator(`[data-region="${iso}"]`).evaluate((el) => {
    const path = el as SVGPathElement;
    const box = path.getBBox();
    const svg = path.ownerSVGElement!;
    const toScreen = svg.getScreenCTM()!;
    const steps = 24;
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const p = svg.createSVGPoint();
        p.x = box.x + (box.width * i) / steps;
        p.y = box.y + (box.height * j) / steps;
        if (!path.isPointInFill(p)) continue;
        const s = p.matrixTransform(toScreen);
        if (document.elementFromPoint(s.x, s.y) === path) return { x: s.x, y: s.y };
      }
    }
    return null;
  });
  if (!point) throw new Error(`no clickable point inside ${iso}`);
  return point;
}
