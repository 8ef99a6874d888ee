/** Sources & method: reachable from the navigation, with its own link, built from the data. */
import { expect, test } from "@playwright/test";

test("Sources & method lists each metric's formula, every source with what it supplied, and the caveats", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Sources & method" }).click();
  await expect(page).toHaveURL(/\?v=2&view=sources$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Sources & method", level: 2 })).toBeVisible();
  await expect(main.getByRole("row", { name: /Debt \/ GDP.*Debt balance ÷ GDP/ })).toBeVisible();
  await expect(main.getByRole("row", { name: /Debt \/ GDP/ })).toContainText(
    "National Bureau of Statistics (NBS) database: 2014–2023",
  );
  const platform = main
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "MoF local bond disclosure platform (celma), annual table" }) });
  await expect(platform).toContainText("Debt balances and limits");
  await expect(platform).toContainText("debt_balance.csv");
  await expect(platform).toContainText("non-commercial");
  await expect(main.getByRole("heading", { name: "Caveats", exact: true })).toBeVisible();
  await expect(main.getByText(/never added to official figures/)).toBeVisible();
  // The events file's outlets are counted once it loads.
  await expect(main.getByRole("table").filter({ hasText: "events.csv" })).toBeVisible();
  await expect(page.locator('.views-nav a[aria-current="page"]')).toHaveText("Sources & method");
});

test("each figure's source and the denominator's vintage are one click away in the panel", async ({ page }) => {
  await page.goto("/?v=2&r=CN-BJ&y=2017&m=debt_gdp");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const panel = page.getByRole("complementary", { name: /Beijing/ });
  // The official ratio's headline, not "LGFV debt / GDP (Huatai FI estimate)".
  const gdp = panel.locator(".headline").filter({ has: page.locator("dt", { hasText: /^Debt \/ GDP, / }) });
  await gdp.getByText(/^Sources:/).click();
  await expect(gdp).toContainText("GDP 2017:");
  await expect(gdp).toContainText("vintage: NBS database, current vintage");
  await expect(gdp).toContainText(/the data also holds \d+ other values? for this figure \(this one is preferred\)/);
});

test("in Chinese, a source's label and reliability are the data's Chinese, marked zh-CN; the panel's sources too", async ({
  page,
}) => {
  await page.goto("/?v=2&view=sources&lang=zh");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const main = page.getByRole("main");
  // data/source_labels.csv label_zh and note_zh of the platform's annual table.
  const name = "财政部中国地方政府债券信息公开平台（celma），年度表";
  await expect(main.getByRole("heading", { name, level: 4 })).toHaveAttribute("lang", "zh-CN");
  const platform = main.getByRole("listitem").filter({ has: page.getByRole("heading", { name, level: 4 }) });
  await expect(platform).toContainText("可靠性：官方数据；其中GDP和收入数据取自地方统计年鉴和决算。");
  await expect(platform.getByText("官方数据；其中GDP和收入数据取自地方统计年鉴和决算")).toHaveAttribute(
    "lang",
    "zh-CN",
  );
  await expect(main.getByRole("heading", { name: /MoF local bond disclosure platform/ })).toHaveCount(0);
  await expect(main.getByRole("row", { name: /债务\/GDP/ }).first()).toContainText("国家统计局数据库：");
  // The province panel's headline sources, in the same words.
  await page.goto("/?v=2&r=CN-BJ&y=2024&lang=zh");
  const panel = page.getByRole("complementary");
  const summary = panel.locator(".headline").first().locator(".source-list summary");
  await expect(summary).toContainText("财政部中国地方政府债券信息公开平台（celma），年度表");
  await expect(summary.locator('[lang="zh-CN"]')).toHaveText("财政部中国地方政府债券信息公开平台（celma），年度表");
});
