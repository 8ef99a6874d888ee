/**
 * The national page answers "how big is official debt beside the estimates?" from its link: the
 * official balance, the estimates panel labelled as estimates with whose they are, issuance, and
 * the policy timeline whose markers give their date and source on hover and on keyboard focus.
 */
import { expect, test } from "@playwright/test";

test.beforeEach(async ({ page }) => {
  await page.goto("/?v=2&view=national");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
});

test("the national page shows the official balance, the estimates apart, issuance and the timeline", async ({
  page,
}) => {
  for (const id of ["national-balance", "national-estimates", "national-official", "national-issuance"]) {
    await expect(page.locator(`figure[data-chart="${id}"]`)).toHaveAttribute("data-drawn", "true");
  }
  const panel = page.locator(".estimates-panel");
  await expect(panel.getByText("Estimates, not official statistics")).toBeVisible();
  const caption = panel.locator("figcaption");
  for (const whose of ["Goldman Sachs", "IMF", "Ministry of Finance"]) await expect(caption).toContainText(whose);
  await expect(panel.locator('[data-series="hidden_debt_official"]').first()).toContainText(
    "47,540 official statutory balance, end-2024",
  );
  // The official chart has the limit line and stacked bars; the timeline has its markers.
  const official = page.locator('figure[data-chart="national-official"]');
  await expect(official.locator(".recharts-line-curve")).toHaveCount(1);
  await expect(official.locator("[data-marker]")).toHaveCount(7);
  const timeline = page.getByRole("list", { name: "Policy timeline" });
  await expect(timeline.getByText("Document No. 47")).toBeVisible();
  await expect(timeline.getByText("Inner Mongolia exits")).toBeVisible();
  await expect(page.locator('figure[data-chart="national-issuance"] [data-flag]')).toHaveCount(2);
  // The drawings are aria-hidden (the tables and the list carry the content): nothing in them may take focus.
  await expect(
    page.locator('.national-view [aria-hidden="true"] :is(a, button, input, [tabindex]:not([tabindex="-1"]))'),
  ).toHaveCount(0);
});

test("the National page offers the period, not metric buttons that would change nothing on it", async ({ page }) => {
  await expect(page.getByRole("group", { name: "Metric" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "As of" })).toBeVisible();
  await page.getByRole("link", { name: "Map" }).click();
  await expect(page.getByRole("group", { name: "Metric" })).toBeVisible();
});

test("hovering a marker shows its date, summary and source over the chart", async ({ page }) => {
  const official = page.locator('figure[data-chart="national-official"]');
  await expect(official).toHaveAttribute("data-drawn", "true");
  await official.locator('[data-marker="cn-document-47-2023-12"] circle').hover();
  const callout = official.locator('[data-callout="cn-document-47-2023-12"]');
  await expect(callout).toBeVisible();
  await expect(callout).toContainText("Dec 2023 (month only)");
  // Yicai Global confirms the 12-region regulation but not the number 47 or the month: said beside the source.
  await expect(callout).toContainText("Source: Yicai Global");
  await expect(callout).toContainText("(partly confirmed: some details rest on a weaker source)");
  await page.mouse.move(2, 2);
  await expect(callout).toHaveCount(0);
});

test("focusing a timeline entry by keyboard highlights its marker and shows its date and source", async ({ page }) => {
  const item = page.locator('[data-marker-item="exit-150000"]');
  await item.getByRole("button").focus();
  const official = page.locator('figure[data-chart="national-official"]');
  await expect(official.locator('[data-marker="exit-150000"]')).toHaveClass(/active/);
  const callout = official.locator('[data-callout="exit-150000"]');
  await expect(callout).toContainText("Aug 2025 (month only)");
  await expect(callout).toContainText("Inner Mongolia");
  await expect(callout).toContainText("Yicai Global");
  await expect(item.getByRole("link", { name: /Yicai Global/ })).toHaveAttribute("href", /^https:\/\//);
  await page.keyboard.press("Tab");
  await expect(official.locator('[data-marker="exit-150000"]')).not.toHaveClass(/active/);
});

test("the map's side panel keeps the national view compact", async ({ page }) => {
  await page.goto("/?v=2");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator('figure[data-chart="national-balance"]')).toHaveAttribute("data-drawn", "true");
  await expect(page.locator(".estimates-panel")).toHaveCount(0);
  await expect(page.locator('figure[data-chart="national-official"]')).toHaveCount(0);
});
