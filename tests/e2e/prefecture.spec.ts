/**
 * The province panel's prefecture map in a real Chromium: markers on the right shapes, keyboard
 * activation, a province with nothing to place, and the geometry fetched once per province.
 */
import { expect, test, type Page } from "@playwright/test";
import { clickRegion, open } from "./helpers";

const figure = (page: Page, name: string | RegExp) => page.getByRole("figure", { name });

/**
 * Whether a marker belongs to the shape with that code: its place (data-place, map units) lies in
 * the shape's fill, and the button is drawn there or close by (moved aside from a neighbour's).
 */
const markerOnShape = (page: Page, code: string) =>
  page.locator(`.prefecture-marker[data-code="${code}"]`).evaluate((button, code) => {
    const path = document.querySelector<SVGPathElement>(`path.prefecture[data-code="${code}"]`)!;
    const svg = path.ownerSVGElement!;
    const place = svg.createSVGPoint();
    [place.x, place.y] = (button as HTMLElement).dataset.place!.split(" ").map(Number);
    const onScreen = place.matrixTransform(svg.getScreenCTM()!);
    const r = button.getBoundingClientRect();
    const offset = Math.hypot(r.x + r.width / 2 - onScreen.x, r.y + r.height / 2 - onScreen.y);
    return path.isPointInFill(place) && offset < 40;
  }, code);

test("Gansu's panel shows its prefectures with a marker on Lanzhou that lists its events", async ({ page }) => {
  const errors = await open(page, "?v=2&r=CN-GS");
  const map = figure(page, /by prefecture, Gansu, end-2024$/);
  await expect(map).toHaveAttribute("data-drawn", "true");
  await expect(map.locator("path.prefecture")).toHaveCount(14);
  const lanzhou = map.getByRole("button", { name: /^Lanzhou: \d+ events?$/ });
  await expect(lanzhou).toBeVisible();
  expect(await markerOnShape(page, "620100")).toBe(true);
  await expect(lanzhou).toHaveAttribute("title", /Lanzhou \(兰州市\)/);
  await lanzhou.focus();
  await page.keyboard.press("Enter");
  await expect(lanzhou).toHaveAttribute("aria-pressed", "true");
  await expect(map.getByRole("region", { name: "Events in Lanzhou" }).getByRole("listitem").first()).toBeVisible();
  await expect(map.getByText(/events? about the whole province (is|are) not placed on the map/)).toBeVisible();
  expect(errors).toEqual([]);
});

test("Chongqing's panel marks Bishan District among its districts", async ({ page }) => {
  await open(page, "?v=2&r=CN-CQ");
  const map = figure(page, "Districts and counties of Chongqing with event markers");
  await expect(map.getByRole("button", { name: /^Bishan District: \d+ events?$/ })).toBeVisible();
  expect(await markerOnShape(page, "500120")).toBe(true);
});

test("the markers come with the shapes they sit on, not over an empty map; the list names the places meanwhile", async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/PrefectureShapes-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await open(page, "?v=2&r=CN-CQ");
  const map = figure(page, "Districts and counties of Chongqing with event markers");
  await expect(page.locator(".prefecture-list li").first()).toBeVisible();
  await expect(map.locator(".prefecture-marker")).toHaveCount(0);
  release();
  await expect(map).toHaveAttribute("data-drawn", "true");
  await expect(map.getByRole("button", { name: /^Bishan District: \d+ events?$/ })).toBeVisible();
  expect(await markerOnShape(page, "500120")).toBe(true);
});

test("Inner Mongolia's panel marks Wuhai", async ({ page }) => {
  await open(page, "?v=2&r=CN-NM");
  const map = figure(page, /by prefecture, Inner Mongolia, end-2024$/);
  // The shapes are drawn (their code loads on its own) and the markers placed.
  await expect(map).toHaveAttribute("data-drawn", "true");
  await expect(map.getByRole("button", { name: /^Wuhai: \d+ events?$/ })).toBeVisible();
  expect(await markerOnShape(page, "150300")).toBe(true);
});

test("a province with no placeable events shows the map without markers and says so", async ({ page }) => {
  // Henan: its events are about the whole province (none names a prefecture or county).
  await open(page, "?v=2&r=CN-HA");
  const map = figure(page, /by prefecture, Henan, end-2024$/);
  await expect(map.locator("path.prefecture")).toHaveCount(18);
  await expect(
    map.getByText("No event in the data for Henan names a place on this map.", { exact: false }),
  ).toBeVisible();
  await expect(map.locator(".prefecture-marker")).toHaveCount(0);
});

test("each province's geometry is fetched once: reopening it draws from the cache", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    const m = /generated\/prefectures\/(\d{6})\.json/.exec(r.url());
    if (m) fetched.push(m[1]);
  });
  await open(page, "?v=2&r=CN-GS");
  await expect(figure(page, /by prefecture, Gansu, end-2024$/)).toHaveAttribute("data-drawn", "true");
  await clickRegion(page, "CN-CQ");
  await expect(figure(page, "Districts and counties of Chongqing with event markers")).toHaveAttribute(
    "data-drawn",
    "true",
  );
  await page.goBack();
  await expect(figure(page, /by prefecture, Gansu, end-2024$/)).toHaveAttribute("data-drawn", "true");
  await expect(page.getByRole("button", { name: /^Lanzhou:/ })).toBeVisible();
  expect(fetched).toEqual(["620000", "500000"]);
});

test("the map's box is reserved before the geometry arrives", async ({ page }) => {
  // Hold the file back, measure the box, then let it through: the box must not change size.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/generated/prefectures/620000.json", async (route) => {
    await held;
    await route.continue();
  });
  await open(page, "?v=2&r=CN-GS");
  const box = page.locator(".prefecture-box");
  await expect(box.getByText(/Loading the map of Gansu/)).toBeVisible();
  const before = await box.boundingBox();
  release();
  await expect(figure(page, /by prefecture, Gansu, end-2024$/)).toHaveAttribute("data-drawn", "true");
  const after = await box.boundingBox();
  expect(after?.height).toBeCloseTo(before!.height, 0);
  expect(after?.width).toBeCloseTo(before!.width, 0);
});
