/**
 * Links pinned to a data release (`vintage`), against the built app with a fixture of two releases
 * (tests/support/release-fixture.ts: the project's data as release A, then Guizhou's 2024 debt
 * revised as release B, built by the data build): the pinned view shows A's figures and says what
 * B revised; the live view shows B's; an unknown release is dropped with the notice.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { buildReleaseFixture, NEW_RELEASE, OLD_RELEASE, REVISED } from "../support/release-fixture";
import { open } from "./helpers";

let fixture: string;
test.beforeAll(async () => {
  fixture = await buildReleaseFixture();
});

/** Serves the fixture's data files in place of the build's (the app, the map and its fonts stay the build's). */
async function withFixtureReleases(page: Page) {
  await page.route(
    /\/generated\/(atlas-data\.json|events\.json|events\/|prefecture-data\/|releases)/,
    async (route) => {
      const file = join(fixture, new URL(route.request().url()).pathname.replace(/^.*\/generated\//, ""));
      if (existsSync(file)) await route.fulfill({ path: file, contentType: "application/json; charset=utf-8" });
      else await route.fulfill({ status: 404, body: "not found" });
    },
  );
}

test("a link pinned to an older release shows its figures, says which, and what was revised since", async ({
  page,
}) => {
  await withFixtureReleases(page);
  const errors = await open(page, `?vintage=${OLD_RELEASE}&r=${REVISED.iso}`);
  const notice = page.locator(".pinned-release");
  await expect(notice).toContainText(`Data release ${OLD_RELEASE}`);
  await expect(notice).toContainText("Figures revised since this release");
  await expect(notice).toContainText(`The current release (${NEW_RELEASE})`);
  const item = notice.locator(".revisions li");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Guizhou · 31 Dec 2024");
  await expect(item.locator("del").first()).toHaveText("1,753.7089 bn CNY");
  await expect(item.locator("ins").first()).toHaveText("1,763.7089 bn CNY");
  // The panel's 2024 figure is the older release's.
  await expect(page.locator(".region-panel")).toContainText("1,753.7 bn CNY");
  await expect(page.locator(".region-panel")).not.toContainText("1,763.7 bn CNY");

  // Another view of the pinned page stays pinned.
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "National" }).click();
  await expect(page).toHaveURL(new RegExp(`vintage=${OLD_RELEASE}`));
  await expect(notice).toContainText(`Data release ${OLD_RELEASE}`);
  await page.goBack();

  // The live view: the current release's figure, and no claim of a revision.
  await notice.getByRole("link", { name: "Open the live view" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  expect(new URL(page.url()).searchParams.has("vintage")).toBe(false);
  await expect(page.locator(".region-panel")).toContainText("1,763.7 bn CNY");
  await expect(page.locator(".pinned-release")).toHaveCount(0);
  await expect(page.getByText("Figures revised since")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a pinned embed shows the older figures, with what was revised folded under one line", async ({ page }) => {
  await withFixtureReleases(page);
  await open(page, `?vintage=${OLD_RELEASE}&view=map&embed=1`);
  const line = page.locator(".pinned-release.compact");
  await expect(line).toContainText(`Data release ${OLD_RELEASE}`);
  await expect(line.locator(".revisions")).toBeHidden();
  await line.locator("summary").click();
  await expect(line.locator(".revisions li")).toContainText("Guizhou");
  const live = line.getByRole("link", { name: "Current figures" });
  await expect(live).toHaveAttribute("target", "_blank");
  expect(new URL((await live.getAttribute("href")) ?? "", page.url()).searchParams.has("vintage")).toBe(false);
});

test("a pinned view in Chinese says it in Chinese, with Chinese amounts", async ({ page }) => {
  await withFixtureReleases(page);
  await open(page, `?vintage=${OLD_RELEASE}&r=${REVISED.iso}&lang=zh`);
  const notice = page.locator(".pinned-release");
  await expect(notice).toContainText(`数据版本 ${OLD_RELEASE}`);
  await expect(notice).toContainText("此版本之后已修订的数字");
  await expect(notice.locator("del").first()).toHaveText("17537.089亿元");
});

test("a view the revision does not touch is pinned without claiming a revision", async ({ page }) => {
  await withFixtureReleases(page);
  await open(page, `?vintage=${OLD_RELEASE}&r=CN-YN`);
  const notice = page.locator(".pinned-release");
  await expect(notice).toContainText(
    `No figure this view shows has been revised in the current release (${NEW_RELEASE})`,
  );
  await expect(notice).not.toContainText("Figures revised since");
});

test("the current release pinned says so; an unknown release is dropped with the notice", async ({ page }) => {
  // The build's own data: one release, the current one.
  const releases = (await (await page.request.get("/generated/releases.json")).json()) as { current: string };
  await open(page, `?vintage=${releases.current}&r=CN-GZ`);
  await expect(page.locator(".pinned-release")).toContainText("It is also the current release");
  await expect(page.locator(".pinned-release")).not.toContainText("Figures revised since");

  await open(page, "?vintage=2001-01-01&r=CN-GZ");
  await expect(page.locator(".notice")).toContainText("vintage = 2001-01-01: not one of the atlas's data releases");
  await expect(page.locator(".pinned-release")).toHaveCount(0);
  await expect(page.locator(".region-panel")).toBeVisible();
});

test("Sources & method lists the releases, newest first, with what each changed by file", async ({ page }) => {
  await withFixtureReleases(page);
  await open(page, "?view=sources");
  const list = page.locator("section.release-list");
  await expect(list.getByRole("heading", { name: "Data releases" })).toBeVisible();
  const items = list.locator("ol > li");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`${NEW_RELEASE}`);
  await expect(items.nth(0)).toContainText("current");
  await expect(items.nth(0)).toContainText("Guizhou's 2024 general debt revised (fixture).");
  await expect(items.nth(0).locator(".release-changes")).toHaveText("debt_balance.csv: 1 changed");
  await expect(items.nth(1)).toContainText(OLD_RELEASE);
  await expect(items.nth(1)).toContainText("The first release: nothing to compare with.");
  // From the list to this page pinned to the older release.
  await items.nth(1).getByRole("link", { name: "See this view with its figures" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  expect(new URL(page.url()).searchParams.get("vintage")).toBe(OLD_RELEASE);
  await expect(page.locator(".pinned-release .revisions li")).toContainText("Guizhou");
});
