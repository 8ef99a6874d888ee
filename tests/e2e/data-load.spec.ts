/**
 * A failed, damaged or slow data file: a clear message naming the file, a retry that works, and
 * the rest of the atlas keeps going when only one view's file is bad.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { withoutTemplate } from "./helpers";

/** Holds the data file until `release` is called: a slow download, waited on as a state. */
async function holdData(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route("**/generated/atlas-data.json", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("a failed download names the file, and Retry loads the atlas", async ({ page }) => {
  let fail = true;
  await page.route("**/generated/atlas-data.json", (route) =>
    fail ? route.fulfill({ status: 503, body: "busy" }) : route.continue(),
  );
  await page.goto("/?v=2&r=CN-CQ");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("atlas-data.json");
  await expect(alert).toContainText("503");
  fail = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("aside")).toContainText("Chongqing");
});

test("a damaged file says which file and what is wrong, in the reader's language", async ({ page }) => {
  // (The map file itself is carried by the built page, so the page downloads the atlas data only.)
  await page.route("**/generated/atlas-data.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"provinces": [' }),
  );
  await page.goto("/?v=2&lang=zh");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("atlas-data.json");
  await expect(alert).toContainText("不是有效的 JSON");
  await expect(alert.getByRole("button", { name: "重试" })).toBeVisible();
});

test("a page without the map it carries downloads the map file, and a damaged one is named in the reader's language", async ({
  page,
}) => {
  await withoutTemplate(page, "atlas-map-meta");
  await page.route("**/generated/china-provinces.map.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"shapes": [' }),
  );
  await page.goto("/?v=2&lang=zh");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("china-provinces.map.json");
  await expect(alert).toContainText("不是有效的 JSON");
});

test("a file of the wrong shape is named and explained", async ({ page }) => {
  await page.route("**/generated/atlas-data.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"version": 7}' }),
  );
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("atlas-data.json is not what the atlas expects");
});

test("a slow download gets a word and a retry while it waits, over the drawn map", async ({ page }) => {
  const release = await holdData(page);
  await page.clock.install();
  await page.goto("/");
  // The built page's map stays drawn while the data is on its way (scripts/prerender.ts)...
  await expect(page.locator("#root[data-prerendered] svg.china-map [data-region]").first()).toBeVisible();
  // The app stops waiting to adopt the drawn page and starts, keeping it on screen...
  await page.clock.runFor(6000);
  await expect(page.locator(".prerendered-host")).toHaveCount(1);
  await page.clock.runFor(9000);
  // ...and a slow download gets its word over it, not in its place.
  await expect(page.locator("#root[data-prerendered] svg.china-map [data-region]").first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "longer than usual" })).toBeVisible();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.getByText("longer than usual")).toHaveCount(0);
});

test("a Chinese reader on a slow download gets the note in Chinese over the drawn map (its English words hidden)", async ({
  page,
}) => {
  const release = await holdData(page);
  await page.clock.install();
  await page.goto("/?lang=zh");
  await expect(page.locator("#root[data-prerendered] svg.china-map [data-region]").first()).toBeVisible();
  await expect(page.locator(".prerendered-host")).toHaveCount(1);
  // The drawn page's English is not shown to a Chinese reader...
  await expect(page.locator("#root .app-title h1")).toBeHidden();
  await page.clock.runFor(9000);
  // ...but the app's own note and its retry are.
  const note = page.getByRole("status").filter({ hasText: "加载时间比平时长" });
  await expect(note).toBeVisible();
  await expect(note.getByRole("button")).toBeVisible();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("#root .app-title h1")).toBeVisible();
});

test("on another view, a slow download shows the loading words, not the map page", async ({ page }) => {
  const release = await holdData(page);
  await page.goto("/?view=national");
  await expect(page.getByText("Loading the map and data")).toBeVisible();
  await expect(page.locator("#root svg.china-map")).toHaveCount(0);
  release();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
});

test("when only the events file fails, the Events view says so with a retry and the rest works", async ({ page }) => {
  let fail = true;
  await page.route("**/generated/events.json", (route) =>
    fail ? route.fulfill({ status: 500, body: "" }) : route.continue(),
  );
  await page.goto("/?v=2&view=events");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("events.json");
  // Navigation still works: the map opens.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Map" }).click();
  await expect(page.locator("svg.china-map")).toBeVisible();
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("alert")).toContainText("events.json");
  fail = false;
  await page.getByRole("alert").getByRole("button", { name: /retry/i }).click();
  await expect(page.locator("main table")).toBeVisible();
});

test("an events file that breaks its schema is named with the entry at fault; the map still draws", async ({
  page,
}) => {
  const events = JSON.parse(readFileSync("dist/generated/events.json", "utf8"));
  events[0].kind = "rumour";
  await page.route("**/generated/events.json", (route) => route.fulfill({ status: 200, json: events }));
  await page.goto("/?v=2&view=events");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("events.json is not what the atlas expects");
  await expect(alert).toContainText('events[0].kind: "rumour" is not a kind of event');
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Map" }).click();
  await expect(page.locator("svg.china-map")).toBeVisible();
});
