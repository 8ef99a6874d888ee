/** The Content-Security-Policy: present on the built page, blocks inline script, and the atlas itself never trips it. */
import { expect, test, type Page } from "@playwright/test";
import { open } from "./helpers";

/**
 * A violation is reported when something the page loads or runs is blocked, so a view has been
 * checked once it has finished loading: its charts drawn, the network quiet (Playwright's
 * "networkidle": no request for 500 ms, which also covers chunks one chunk imports from another),
 * and its fonts in. This stands where fixed waits (300 ms, 500 ms) did, which a slow machine could
 * outrun with a load still on its way.
 */
async function loaded(page: Page) {
  await expect(page.locator('figure[data-chart]:not([data-drawn="true"])')).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

test("the built page carries a CSP that allows no inline script and no other origin", async ({ page }) => {
  await open(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
  // An injected inline script does not run.
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__ran = true";
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
});

test("using every view and export trips no CSP violation", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  for (const q of [
    "?v=2&r=CN-CQ",
    "?v=2&view=national",
    "?v=2&view=compare&cr=CN-GZ,CN-TJ",
    "?v=2&view=events",
    "?v=2&view=sources",
    "?v=2&embed=1&theme=dark",
  ]) {
    await open(page, q);
    await loaded(page);
    expect(await violations(), q).toEqual([]);
  }
  await open(page, "?v=2&r=CN-GS");
  await page.locator("summary", { hasText: "Download map" }).click();
  await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG", exact: true }).click(),
  ]);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.locator("iframe[title='Embed preview']")).toBeVisible();
  // The preview is the embed itself, loaded in a frame: ready once its view is drawn. (Not
  // "networkidle" here: after the download above it was not reached within 15 s.)
  await expect(page.frameLocator("iframe[title='Embed preview']").locator("html")).toHaveAttribute(
    "data-ready",
    "true",
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await violations()).toEqual([]);
});
