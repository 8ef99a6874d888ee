/**
 * A source check's verdict beside the source in a real browser: the map tooltip's key-region
 * status, the Events table, in English and in Chinese (data/README.md, "Source upgrades").
 */
import { expect, test } from "@playwright/test";
import { hoverRegion, open } from "./helpers";

test("the map tooltip says when a key-region status rests on a partly confirmed source", async ({ page }) => {
  // Ningxia's application to leave the list (March 2025): Yicai Global confirms the month, not the day.
  const errors = await open(page, "?v=2&y=2025-06");
  await hoverRegion(page, "CN-NX");
  const tip = page.getByRole("tooltip");
  await expect(tip).toContainText("application to exit");
  await expect(tip).toContainText("(partly confirmed: some details rest on a weaker source)");
  await hoverRegion(page, "CN-GZ");
  await expect(tip).toContainText("Guizhou");
  await expect(tip).not.toContainText("partly confirmed");
  expect(errors).toEqual([]);
});

test("the Events table marks a single weak source, in both languages", async ({ page }) => {
  const row = page.locator('tr[data-event-id="nm-wuhai-2024-work-report"]');
  await open(page, "?v=2&view=events&r=CN-NM");
  await expect(row.locator(".source-strength")).toHaveText(
    " (single weak source: a repost, mirror, AI summary or the like)",
  );
  await open(page, "?v=2&view=events&r=CN-NM&lang=zh");
  await expect(row.locator(".source-strength")).toHaveText("（单一弱来源：转载、镜像、AI摘要之类）");
});
