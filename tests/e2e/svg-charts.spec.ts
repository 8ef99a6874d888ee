/**
 * The plain-SVG charts (ui/BarLineChart.tsx: the national balance, a province's balance) in a real
 * browser: the readout names the column under the pointer whatever the box's width (the drawing may
 * be scaled and centred in it), and a theme with larger type lays the axes out again.
 */
import { expect, test } from "@playwright/test";
import { open } from "./helpers";

for (const width of [1280, 1440, 1920])
  test(`at ${width} px the national chart highlights and reads out the column under the pointer`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    const chart = page.locator('figure[data-chart="national-balance"]');
    await expect(chart).toHaveAttribute("data-drawn", "true");
    const bars = chart.locator(".chart-bar");
    const n = await bars.count();
    expect(n).toBeGreaterThan(10);
    // Near both edges of the first and last bars, where a drawing scaled and centred in its box
    // would put a pointer-to-column mapping that ignored the centring into the neighbour's column.
    for (const k of [0, 1, n - 2, n - 1]) {
      const bar = (await bars.nth(k).boundingBox())!;
      for (const x of [bar.x + 2, bar.x + bar.width - 2]) {
        await page.mouse.move(x, bar.y + bar.height / 2);
        await expect
          .poll(async () => {
            const cursor = await chart.locator(".chart-cursor").boundingBox();
            return !!cursor && x >= cursor.x && x <= cursor.x + cursor.width;
          }, `bar ${k} at x ${x}`)
          .toBe(true);
        await expect(chart.locator(".chart-tip")).toBeVisible();
      }
    }
  });

test("switching to the projector theme lays the axes out again for its larger type", async ({ page }) => {
  await open(page, "?r=CN-GZ");
  const chart = page.locator('figure[data-chart="region-balance"]');
  await expect(chart).toHaveAttribute("data-drawn", "true");
  const svg = chart.locator("svg.bar-line-chart-svg");
  const inside = async () => {
    const frame = (await svg.boundingBox())!;
    const boxes = await chart.locator(".left-axis text").evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, size: parseFloat(getComputedStyle(e).fontSize) };
      }),
    );
    return { size: boxes[0].size, clipped: boxes.filter((b) => b.left < frame.x - 0.5).length };
  };
  expect(await inside()).toEqual({ size: 11, clipped: 0 });
  await page.getByRole("combobox", { name: "Theme" }).selectOption("projector");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "projector");
  await expect.poll(inside).toEqual({ size: 14.85, clipped: 0 });
});

test("in Chinese the readout speaks Chinese: series names, 亿元 and a full-width colon", async ({ page }) => {
  await open(page, "?r=CN-GZ&lang=zh");
  const chart = page.locator('figure[data-chart="region-balance"]');
  await expect(chart).toHaveAttribute("data-drawn", "true");
  await chart.locator("svg.bar-line-chart-svg").scrollIntoViewIfNeeded();
  const bar = (await chart.locator('.chart-bar[data-series="general"]').first().boundingBox())!;
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  const tip = chart.locator(".chart-tip");
  await expect(tip).toContainText(/一般债务：[\d.,]+(万)?亿元/);
  await expect(tip).toContainText("专项债务：");
  await expect(tip).not.toContainText(": ");
});
