/** Links: every control's state survives a copy-link round trip; old links migrate; history. */
import { expect, test } from "@playwright/test";
import { clickRegion } from "./helpers";

test("every control's state survives a copy-link round trip", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  // Set every control by hand.
  await page.locator("label", { has: page.getByRole("radio", { name: "Debt / GDP", exact: true }) }).click();
  await page.locator("#period-select").selectOption("2019");
  await page.getByLabel("Theme", { exact: true }).selectOption("projector");
  await clickRegion(page, "CN-YN");
  await expect(page.getByRole("complementary", { name: /Yunnan/ })).toBeVisible();

  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await dialog.getByRole("button", { name: "Copy link" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Copied.");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await dialog.getByLabel("Link to this view").inputValue());

  // A colleague opens the link in a fresh browser.
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link);
  await expect(colleague.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(colleague.getByRole("complementary", { name: /Yunnan/ })).toBeVisible();
  await expect(colleague.getByRole("radio", { name: "Debt / GDP", exact: true })).toBeChecked();
  await expect(colleague.locator("#period-select")).toHaveValue("2019");
  await expect(colleague.locator("html")).toHaveAttribute("data-theme", "projector");
  await expect(colleague.getByLabel("Theme", { exact: true })).toHaveValue("projector");
  await other.close();
});

test("the national view has its own link", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "National" }).click();
  await expect(page).toHaveURL(/\?v=2&view=national$/);
  await expect(page.getByRole("link", { name: "National" })).toHaveAttribute("aria-current", "page");
  await page.reload();
  await expect(page.locator('figure[data-chart="national-balance"]')).toBeVisible();
  await expect(page.locator("[data-region]")).toHaveCount(0);
});

test("a link from the first release (no version) opens its view and is rewritten to the current format", async ({
  page,
}) => {
  await page.goto("/?r=CN-NM&m=debt_gdp&y=2023");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("complementary", { name: /Inner Mongolia/ })).toBeVisible();
  await expect(page.locator("#period-select")).toHaveValue("2023");
  await expect(page).toHaveURL(/\?v=2&r=CN-NM&m=debt_gdp&y=2023$/);
  await expect(page.getByRole("status")).toHaveCount(0); // nothing was ignored
});

test("dragging the year slider adds one history entry, not one per step", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const slider = page.getByRole("slider", { name: "Period" });
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 4, y);
  await page.mouse.down();
  for (const f of [0.8, 0.6, 0.4, 0.2, 0.02]) await page.mouse.move(box.x + box.width * f, y, { steps: 2 });
  await page.mouse.up();
  await expect(page.locator("#period-select")).toHaveValue("2015");
  await page.goBack();
  await expect(page.locator("#period-select")).toHaveValue("2024");
  await expect(page).toHaveURL(/\/$/);
});

test("Escape closes the share dialog and focus returns to the Share button", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const share = page.getByRole("button", { name: "Share" });
  await share.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(share).toBeFocused();
});

test("keyboard focus stays inside the open share dialog", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: "Share" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  const outside: string[] = [];
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press(k % 7 === 6 ? "Shift+Tab" : "Tab");
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return "none"; // focus has left the page (browser chrome), not gone behind the dialog
      return el.closest("dialog[open]") ? "inside" : `${el.tagName}.${el.className}`;
    });
    if (where !== "inside" && where !== "none") outside.push(where);
  }
  expect(outside).toEqual([]);
});

test("Copy image puts a PNG of the view on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?v=2&m=debt_revenue");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await dialog.getByRole("button", { name: "Copy image" }).click();
  await expect(dialog.getByRole("status")).toHaveText(/Image copied/);
  const png = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item.getType("image/png");
    const bitmap = await createImageBitmap(blob);
    return { type: blob.type, width: bitmap.width, height: bitmap.height };
  });
  expect(png).toEqual({ type: "image/png", width: 2400, height: 1800 });
});

test("where the browser refuses to copy images, Copy image says so and what to do instead", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, "write", {
      value: () => Promise.reject(new DOMException("denied", "NotAllowedError")),
    });
  });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await dialog.getByRole("button", { name: "Copy image" }).click();
  await expect(dialog.getByRole("status")).toHaveText(/did not allow copying.*use Download PNG instead/);
});

test("under a sub-path of a static host, a deep link opens its view and links keep the path", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const base = "http://127.0.0.1:4175/tools/debt-atlas/";
  await page.goto(`${base}?v=2&r=CN-GZ&y=2020`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByRole("complementary", { name: /Guizhou/ })).toBeVisible();
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByLabel("Link to this view")).toHaveValue(`${base}?v=2&r=CN-GZ&y=2020`);
  // The embed is pinned to the current data release (the Share dialog's default for embeds), read from this host too.
  const { current } = (await (await page.request.get(`${base}generated/releases.json`)).json()) as { current: string };
  await expect(page.getByLabel("Embed code")).toHaveValue(
    new RegExp(`src="${base.replace(/\//g, "\\/")}\\?v=2&amp;r=CN-GZ&amp;y=2020&amp;vintage=${current}&amp;embed=1"`),
  );
});
