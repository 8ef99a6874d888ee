/**
 * Two languages: the link's `lang` wins, else the browser's language; `<html lang>` follows; the
 * switch writes the choice into the URL, and a shared link opens in the sender's language.
 */
import { expect, test } from "@playwright/test";
import { open } from "./helpers";

test("lang=zh opens the Chinese interface with html lang zh-CN", async ({ page }) => {
  const errors = await open(page, "?v=2&lang=zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国地方债务地图");
  await expect(page.getByRole("navigation", { name: "视图" }).getByRole("link", { name: "比较" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("with no lang in the link, a Chinese browser gets Chinese and an English one English", async ({ browser }) => {
  for (const [locale, title, htmlLang] of [
    ["zh-CN", "中国地方债务地图", "zh-CN"],
    ["en-GB", "China Local Debt Atlas", "en"],
  ]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await open(page, "");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang);
    // Following the browser is not a choice the link records.
    expect(new URL(page.url()).searchParams.get("lang")).toBeNull();
    await context.close();
  }
});

test("the link's language wins over the browser's", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await open(page, "?v=2&lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China Local Debt Atlas");
  await context.close();
});

test("the switch changes the language, records it in the URL, and back returns", async ({ page }) => {
  await open(page, "?v=2&r=CN-CQ");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国地方债务地图");
  expect(new URL(page.url()).searchParams.get("lang")).toBe("zh");
  // The view itself is unchanged.
  expect(new URL(page.url()).searchParams.get("r")).toBe("CN-CQ");
  await expect(page.getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("China Local Debt Atlas");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the tab title and the province panel speak Chinese, with amounts in 亿元/万亿元", async ({ page }) => {
  await open(page, "?v=2&r=CN-CQ&lang=zh");
  const panel = page.locator("aside");
  await expect(panel).toContainText("重庆");
  await expect(panel).toContainText(/万亿元|亿元/);
  await expect(panel).not.toContainText("bn CNY");
  await expect(page).toHaveTitle(/重庆/);
});

test("a bad lang value is reported and English is used", async ({ page }) => {
  await open(page, "?v=2&lang=%3Cimg%20src%3Dx%3E");
  await expect(page.getByRole("status").filter({ hasText: "ignored" })).toContainText("lang");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.locator("img[src='x']").count()).toBe(0);
});
