/**
 * prefers-reduced-motion: a reader who asks for less motion gets none. With "reduce", no element
 * (or ::before / ::after) on the map, a province, the National page or Compare has a computed
 * transition or animation longer than 0 or smooth scrolling, even while a chart's tooltip is
 * following the pointer. Without it, that tooltip does glide: the check can see motion when
 * there is some.
 */
import { expect, test, type Page } from "@playwright/test";
import { open } from "./helpers";

/** Everything on the page that would move: a non-zero transition or animation, or smooth scrolling. */
function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nonZero = (list: string) => list.split(",").some((d) => parseFloat(d) > 0);
    const found: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        const cs = getComputedStyle(el, pseudo);
        const what = [
          nonZero(cs.transitionDuration) ? `transition ${cs.transitionProperty} ${cs.transitionDuration}` : "",
          nonZero(cs.animationDuration) && cs.animationName !== "none"
            ? `animation ${cs.animationName} ${cs.animationDuration}`
            : "",
          cs.scrollBehavior === "smooth" ? "smooth scrolling" : "",
        ].filter(Boolean);
        if (what.length)
          found.push(`${el.localName}.${el.getAttribute("class") ?? ""}${pseudo ?? ""}: ${what.join(", ")}`);
      }
    }
    return found;
  });
}

/**
 * Moves the pointer across the first drawn chart until its tooltip shows; returns the tooltip's
 * transition duration, read while it shows.
 */
async function hoverChart(page: Page): Promise<string> {
  // Lazily loaded parts of the view (the National page's other charts) finish drawing first, and the
  // chart is then named by its own attribute: "the first drawn chart" may otherwise become another
  // one as they arrive.
  await expect(page.locator("main [aria-busy='true']")).toHaveCount(0);
  const first = page
    .locator('figure[data-chart][data-drawn="true"]')
    .filter({ has: page.locator(".recharts-wrapper, .bar-line-chart") })
    .first();
  await expect(first).toBeVisible();
  const figure = page.locator(`figure[data-chart="${await first.getAttribute("data-chart")}"]`).first();
  // A recharts chart or one of the atlas's plain-SVG charts (ui/BarLineChart.tsx).
  const chart = figure.locator(".recharts-wrapper, .bar-line-chart-svg").first();
  const tooltip = figure.locator(".recharts-tooltip-wrapper, .chart-tip");
  // The page may still be settling (fonts, the panel's extras): measure and move again until the
  // tooltip answers.
  let duration = "";
  await expect(async () => {
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5, { steps: 4 });
    await expect(tooltip).toHaveCSS("visibility", "visible", { timeout: 1000 });
    duration = await tooltip.evaluate((el) => getComputedStyle(el).transitionDuration, undefined, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  return duration;
}

test("with prefers-reduced-motion: reduce, nothing transitions, animates or scrolls smoothly", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const q of ["?v=2&r=CN-GZ", "?v=2&view=national", "?v=2&view=compare&cr=CN-GZ,CN-TJ"]) {
    const errors = await open(page, q);
    expect(await hoverChart(page), q).toBe("0s");
    expect(await moving(page), q).toEqual([]);
    expect(errors, q).toEqual([]);
  }
});

test("without the preference, a chart's tooltip glides after the pointer", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await open(page, "?v=2&r=CN-GZ");
  expect(parseFloat(await hoverChart(page))).toBeGreaterThan(0);
  expect(await moving(page)).not.toEqual([]);
});
