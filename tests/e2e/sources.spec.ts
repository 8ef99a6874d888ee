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
  await expect(gdp).toContainText(/other values? kept in data\/macro.csv/);
});
