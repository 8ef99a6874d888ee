/**
 * The Events view in a real browser: driven through its URL and through its controls, the
 * selection, the empty state, and the province chart's periods filtering the panel's events.
 * Expected rows come from the same events.json the page loads, filtered here by plain rules.
 */
import { expect, test, type Page } from "@playwright/test";
import { open } from "./helpers";
import type { AtlasData, EventRecord } from "../../src/data/atlas-types";

async function loadJson<T>(page: Page, file: string): Promise<T> {
  const response = await page.request.get(`generated/${file}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as T;
}

const rowIds = (page: Page) =>
  page.locator("tr[data-event-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event-id")!).sort());
const GANSU = "620000";

test("a link opens the Events view with exactly Gansu's asset-sale events", async ({ page }) => {
  const errors = await open(page, "?v=2&view=events&ek=asset_sale&r=CN-GS");
  const events = await loadJson<EventRecord[]>(page, "events.json");
  const expected = events
    .filter((e) => e.provinceAdcode === GANSU && e.kind === "asset_sale")
    .map((e) => e.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.locator("tr[data-event-id]")).toHaveCount(expected.length);
  expect(await rowIds(page)).toEqual(expected);
  await expect(page.locator(".events-results")).toContainText(`${expected.length} of ${events.length} events`);
  await expect(page.getByRole("button", { name: /^Asset sale/ })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("combobox", { name: "Province" })).toHaveValue("CN-GS");
  expect(errors).toEqual([]);
});

test("filtering through the controls writes the URL and narrows the rows", async ({ page }) => {
  await open(page, "?v=2&view=events");
  const events = await loadJson<EventRecord[]>(page, "events.json");
  await expect(page.locator("tr[data-event-id]")).toHaveCount(events.length);

  await page.getByRole("button", { name: /^Asset sale/ }).click();
  await expect(page).toHaveURL(/[?&]ek=asset_sale(&|$)/);
  await page.getByRole("searchbox", { name: "Search" }).fill("砸锅卖铁");
  await expect(page).toHaveURL(/[?&]q=%E7%A0%B8%E9%94%85%E5%8D%96%E9%93%81(&|$)/);
  const phrase = events.filter(
    (e) =>
      e.kind === "asset_sale" &&
      [e.titleEn, e.titleZh, e.summaryEn, e.summaryZh, e.quote, e.placeZh].join(" ").includes("砸锅卖铁"),
  );
  expect(phrase.length).toBeGreaterThan(0);
  await expect(page.locator("tr[data-event-id]")).toHaveCount(phrase.length);

  await page.getByRole("searchbox", { name: "Search" }).fill("pot");
  await page.getByRole("textbox", { name: "From" }).fill("2024");
  await page.getByRole("textbox", { name: "To" }).fill("2024");
  await page.getByRole("textbox", { name: "To" }).press("Enter");
  await expect(page).toHaveURL(/\?v=2&view=events&ek=asset_sale&from=2024&to=2024&q=pot$/);
  const ids = await rowIds(page);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const e = events.find((x) => x.id === id)!;
    expect(e.kind).toBe("asset_sale");
    expect(e.date?.slice(0, 4)).toBe("2024"); // every 2024 span is inside the year; undated ones are out
  }

  // A bad bound is refused in place and changes nothing.
  await page.getByRole("textbox", { name: "From" }).fill("2024-13");
  await page.getByRole("textbox", { name: "From" }).press("Enter");
  await expect(page.getByRole("alert")).toHaveText("Use YYYY, YYYY-MM or YYYY-MM-DD.");
  await expect(page).toHaveURL(/from=2024&to=2024/);

  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\?v=2&view=events$/);
  await expect(page.locator("tr[data-event-id]")).toHaveCount(events.length);
});

test("selecting an event opens its record and puts it in the link", async ({ page }) => {
  await open(page, "?v=2&view=events&r=CN-GS");
  const events = await loadJson<EventRecord[]>(page, "events.json");
  const e = events.find((x) => x.provinceAdcode === GANSU && x.quote && x.date)!;
  await page.getByRole("button", { name: e.titleEn, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]ev=${e.id}$`));
  const detail = page.getByRole("article", { name: `Event: ${e.titleEn}` });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText(e.dateBasis);
  await expect(page.locator(`tr[data-event-id="${e.id}"]`)).toHaveClass(/selected/);
  await expect(page.locator(".timeline-mark.selected")).toHaveCount(1);

  // The link reopens the same selection; Back closes it.
  await page.reload();
  await expect(page.getByRole("article", { name: `Event: ${e.titleEn}` })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?v=2&view=events&r=CN-GS$/);
  await expect(page.getByRole("article")).toHaveCount(0);

  // An id that is not in the data is said, not fatal.
  await open(page, "?v=2&view=events&ev=not-an-event");
  await expect(page.getByText("Event “not-an-event” is not in the data.")).toBeVisible();
  await expect(page.locator("tr[data-event-id]")).toHaveCount(events.length);
});

test("a province with no events says so", async ({ page }) => {
  await open(page, "?v=2&view=events");
  const events = await loadJson<EventRecord[]>(page, "events.json");
  const atlas = await loadJson<AtlasData>(page, "atlas-data.json");
  const quiet = atlas.provinces.find((p) => p.inScope && !events.some((e) => e.provinceAdcode === p.adcode))!;
  await page.getByRole("combobox", { name: "Province" }).selectOption(quiet.iso);
  await expect(page).toHaveURL(new RegExp(`[?&]r=${quiet.iso}$`));
  await expect(page.getByText(`No events recorded for ${quiet.nameEn} in the data.`)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("clicking a period on the province chart filters the panel's events to its span", async ({ page }) => {
  await open(page, "?v=2&r=CN-GS");
  const events = await loadJson<EventRecord[]>(page, "events.json");
  const gansu = events.filter((e) => e.provinceAdcode === GANSU);
  const panel = page.getByRole("complementary", { name: /Gansu/ });
  const figure = panel.locator('figure[data-chart="region-balance"]');
  await expect(figure).toHaveAttribute("data-drawn", "true");
  const list = panel.getByRole("region", { name: "Events in Gansu" }).locator("li[data-event-id]");
  await expect(list).toHaveCount(gansu.length);

  // A hover shows the period's tooltip as before; a click anywhere in the 2024 band picks that period.
  const band = figure.locator('[data-period="2024"] .chart-period-hit');
  await band.hover();
  await expect(figure.locator(".chart-tip")).toContainText("General debt");
  await band.click();
  await expect(page).toHaveURL(/\?v=2&r=CN-GS&from=2024&to=2024$/);
  const in2024 = gansu.filter((e) => e.date?.startsWith("2024"));
  await expect(list).toHaveCount(in2024.length);
  expect((await list.evaluateAll((li) => li.map((l) => l.getAttribute("data-event-id")!))).sort()).toEqual(
    in2024.map((e) => e.id).sort(),
  );
  await expect(figure.locator(".chart-period-band")).toHaveCount(1);
  await expect(panel.getByRole("combobox", { name: /Events in/ })).toHaveValue("2024");

  await panel.getByRole("button", { name: "Show all" }).click();
  await expect(page).toHaveURL(/\?v=2&r=CN-GS$/);
  await expect(list).toHaveCount(gansu.length);
});

test("the map counts events per province and rings the selected event's province", async ({ page }) => {
  const events = await (async () => {
    await open(page, "?v=2&ek=asset_sale");
    return loadJson<EventRecord[]>(page, "events.json");
  })();
  const gansu = events.filter((e) => e.provinceAdcode === GANSU && e.kind === "asset_sale" && e.date).length;
  await expect(page.locator(`[data-adcode-events="${GANSU}"]`)).toHaveAttribute("data-event-count", String(gansu));
  await expect(page.locator('[data-region="CN-GS"]')).toHaveAttribute(
    "aria-label",
    new RegExp(`${gansu} events? matching`),
  );
  const chosen = events.find((e) => e.provinceAdcode === GANSU && e.date)!;
  await open(page, `?v=2&ev=${chosen.id}`);
  await expect(page.locator("[data-event-province]")).toHaveAttribute("data-event-province", GANSU);
});

test("an amount says what it measures, in English and in Chinese", async ({ page }) => {
  // Guiyang's SOEs sell 82.65% of Guiyang Industrial Investment for 100.00亿元 = 10 bn (an agreed price).
  const id = "gz-guiyang-gongtou-stake-to-province-2025-12";
  const row = page.locator(`tr[data-event-id="${id}"]`);
  const errors = await open(page, `?v=2&view=events&r=CN-GZ&ev=${id}`);
  await expect(row.locator("td.amount")).toHaveText("10 bn CNY (sale price)");
  await expect(page.getByRole("article")).toContainText("10 bn CNY (sale price), as recorded.");
  await open(page, `?v=2&view=events&r=CN-GZ&ev=${id}&lang=zh`);
  await expect(row.locator("td.amount")).toHaveText("100亿元（成交价格）");
  await expect(page.getByRole("article")).toContainText("100亿元（成交价格），按原始记录。");
  expect(errors).toEqual([]);
});

test("each reader gets an event's title and summary in their language, marked; the quote stays as written", async ({
  page,
}) => {
  const id = "gz-moutai-4pct-transfer-2019";
  const errors = await open(page, `?v=2&view=events&r=CN-GZ&ev=${id}&lang=zh`);
  const e = (await loadJson<EventRecord[]>(page, "events.json")).find((x) => x.id === id)!;
  // The Events view's record, for a Chinese reader.
  const detail = page.getByRole("article", { name: `事件：${e.titleZh}` });
  await expect(detail.getByRole("heading", { level: 3 })).toHaveText(e.titleZh);
  await expect(detail.getByRole("heading", { level: 3 })).toHaveAttribute("lang", "zh-CN");
  await expect(detail.getByText(e.summaryZh, { exact: true })).toHaveAttribute("lang", "zh-CN");
  await expect(detail.locator("blockquote")).toHaveText(e.quote);
  await expect(detail.locator("blockquote")).toHaveAttribute("lang", "en");
  await expect(detail).not.toContainText(e.titleEn);
  // The province panel's list, for a Chinese reader.
  await open(page, `?v=2&r=CN-GZ&ev=${id}&lang=zh`);
  const item = page.getByRole("complementary").locator(`li[data-event-id="${id}"]`);
  await expect(item.locator(".event-title")).toHaveText(e.titleZh);
  await expect(item.locator(".event-title")).toHaveAttribute("lang", "zh-CN");
  await expect(item.getByText(e.summaryZh, { exact: true })).toHaveAttribute("lang", "zh-CN");
  await expect(item.locator("blockquote")).toHaveText(e.quote);
  // The same for an English reader, in English.
  await open(page, `?v=2&r=CN-GZ&ev=${id}`);
  await expect(item.locator(".event-title")).toHaveText(e.titleEn);
  await expect(item.locator(".event-title")).toHaveAttribute("lang", "en");
  await expect(item.getByText(e.summaryEn, { exact: true })).toBeVisible();
  await expect(item.locator("blockquote")).toHaveText(e.quote);
  await open(page, `?v=2&view=events&r=CN-GZ&ev=${id}`);
  await expect(page.getByRole("article", { name: `Event: ${e.titleEn}` }).getByText(e.summaryEn)).toHaveAttribute(
    "lang",
    "en",
  );
  expect(errors).toEqual([]);
});
