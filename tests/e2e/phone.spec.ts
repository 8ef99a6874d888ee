/**
 * One-handed on a phone: the map comes first; a tap shows a province's tooltip (touch has no
 * hover) that closes with Close, a tap elsewhere or Escape; Details (or a second tap) opens the
 * province's panel as a sheet over the lower part of the screen, with the map still in view.
 */
import { expect, test } from "@playwright/test";
import { open, tapRegion } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("a tap shows the tooltip, which closes; Details opens the panel as a sheet", async ({ page }) => {
  const errors = await open(page, "?v=2");
  await tapRegion(page, "CN-GZ");
  const tip = page.getByRole("group", { name: "Guizhou" });
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("bn CNY");
  // Nothing opened yet: the tap only asked what this is.
  await expect(page.locator("aside")).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get("r")).toBeNull();

  await tip.getByRole("button", { name: "Close" }).click();
  await expect(tip).toHaveCount(0);

  await tapRegion(page, "CN-GZ");
  await page
    .getByRole("group", { name: "Guizhou" })
    .getByRole("button", { name: /Details/ })
    .click();
  const sheet = page.locator("aside");
  await expect(sheet).toContainText("Guizhou");
  expect(new URL(page.url()).searchParams.get("r")).toBe("CN-GZ");
  // A sheet: pinned to the bottom of the screen, not the whole screen, and the map's top is in view.
  const box = (await sheet.locator("xpath=..").boundingBox())!;
  expect(Math.round(box.y + box.height)).toBe(844);
  expect(box.height).toBeLessThanOrEqual(844 * 0.55 + 1);
  // The map is scrolled to the top, in view above the sheet, Guizhou marked on it.
  const map = (await page.locator("svg.china-map").boundingBox())!;
  expect(map.y).toBeGreaterThanOrEqual(0);
  expect(map.y + map.height).toBeLessThanOrEqual(box.y + 1);
  // The sheet closes with its close button.
  await sheet.getByRole("button", { name: /close/i }).first().click();
  await expect(page.locator("aside")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a second tap on the same province opens it; a tap on another moves the tooltip; Escape closes it", async ({
  page,
}) => {
  await open(page, "?v=2&lang=zh");
  await tapRegion(page, "CN-SC");
  await expect(page.getByRole("group", { name: "四川" })).toBeVisible();
  await tapRegion(page, "CN-YN");
  await expect(page.getByRole("group", { name: "云南" })).toBeVisible();
  await expect(page.getByRole("group", { name: "四川" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("group", { name: "云南" })).toHaveCount(0);
  await tapRegion(page, "CN-YN");
  await tapRegion(page, "CN-YN");
  await expect(page.locator("aside")).toContainText("云南");
});

test("with a mouse, a click still opens the panel at once", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await open(page, "?v=2");
  const point = await page.locator('[data-region="CN-GZ"]').boundingBox();
  expect(point).not.toBeNull();
  const { clickRegion } = await import("./helpers");
  await clickRegion(page, "CN-GZ");
  await expect(page.locator("aside")).toContainText("Guizhou");
  await context.close();
});
