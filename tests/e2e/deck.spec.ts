/**
 * The presenter's deck, as a presenter uses it: views collected with "Add to deck", ordered and
 * retitled in the deck panel (buttons and keyboard), presented full screen with a clicker's keys,
 * downloaded as PowerPoint; the deck's link opens the same deck for a colleague.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";
import { clickRegion, open } from "./helpers";

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Views" }).getByRole("link", { name, exact: true }).click();
const deckButton = (page: Page) => page.getByRole("button", { name: /^Deck, \d+ slides?$/ });

/** The deck panel's slide titles as shown (the presenter's, or the view's own as a placeholder). */
async function slideTitles(page: Page, count: number) {
  const inputs = page.getByRole("dialog", { name: "Deck" }).getByRole("textbox", { name: /^Slide \d+ title$/ });
  await expect(inputs).toHaveCount(count);
  return inputs.evaluateAll((els) =>
    els.map((e) => (e as HTMLInputElement).value || (e as HTMLInputElement).placeholder),
  );
}

/** Five views, as a presenter collects them: the map, Guizhou's chart, National, Compare, Events. */
async function collectFive(page: Page) {
  await clickRegion(page, "CN-GZ");
  const panel = page.getByRole("complementary", { name: /Guizhou/ });
  await expect(panel).toBeVisible();
  await page.locator(".map-foot").getByRole("button", { name: "Add to deck" }).click();
  await expect(page.locator(".map-foot").getByRole("status")).toHaveText("Added as slide 1");
  await panel.getByRole("button", { name: "Add to deck" }).first().click();
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 2 slides");
  await nav(page, "National");
  await page.getByRole("button", { name: "Add to deck" }).first().click();
  await nav(page, "Compare");
  await page.getByRole("button", { name: "Key regions", exact: true }).click();
  await page.getByRole("button", { name: "Add to deck" }).first().click();
  await nav(page, "Events");
  await page.getByRole("button", { name: "Add to deck" }).first().click();
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 5 slides");
}

test("a presenter collects five views, orders them, presents them with a clicker and leaves", async ({ page }) => {
  const errors = await open(page);
  await collectFive(page);

  await deckButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Deck" });
  await expect(dialog).toBeVisible();
  const titles = await slideTitles(page, 5);
  expect(titles).toEqual([
    "Debt balance by province, end-2024",
    "Guizhou (贵州): local government debt balance",
    "China's local government debt and the key high-debt regions' share",
    expect.stringMatching(/^Debt balance: .* compared$/),
    "Events: Guizhou",
  ]);

  // Keyboard: Alt+ArrowUp moves the slide in focus, and the focus goes with it.
  await dialog.getByRole("textbox", { name: "Slide 5 title" }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(dialog.getByRole("textbox", { name: "Slide 4 title" })).toBeFocused();
  expect((await slideTitles(page, 5))[3]).toBe("Events: Guizhou");
  // Buttons: the national chart first.
  await dialog.getByRole("button", { name: "Move slide 3 up" }).click();
  await dialog.getByRole("button", { name: "Move slide 2 up" }).click();
  expect((await slideTitles(page, 5))[0]).toBe(titles[2]);
  // Retitle one, remove one.
  await dialog.getByRole("textbox", { name: "Slide 1 title" }).fill("Where the debt sits");
  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Remove slide 5" }).click();
  await expect(dialog.getByRole("status")).toHaveText(/^Removed “Debt balance: .* compared”$/);
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 4 slides");
  await dialog.getByLabel("Deck title").fill("Guizhou and the key regions");
  await page.keyboard.press("Tab");
  await expect(page).toHaveURL(/dt=Guizhou\+and\+the\+key\+regions/);

  await dialog.getByRole("button", { name: "Present" }).click();
  const show = page.getByRole("region", { name: "Presentation: Guizhou and the key regions" });
  await expect(show).toBeVisible();
  const slide = show.locator("article.present-slide");
  await expect(slide.getByRole("heading", { level: 1 })).toHaveText("Where the debt sits");
  await expect(slide).toHaveAccessibleName("Slide 1 of 4");
  await expect(page).toHaveURL(/present=1/);
  // The slide is 16:9 and fills the window's width or height.
  const box = (await slide.boundingBox())!;
  expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
  // A clicker sends Page Down and Page Up; a keyboard, the arrows, Home and End.
  await page.keyboard.press("PageDown");
  await expect(slide).toHaveAccessibleName("Slide 2 of 4");
  await expect(slide.getByRole("heading", { level: 1 })).toHaveText(titles[0]);
  await expect(slide.locator('[data-region="CN-GZ"]')).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(slide).toHaveAccessibleName("Slide 3 of 4");
  await expect(slide.getByRole("heading", { level: 1 })).toHaveText(titles[1]);
  await expect(slide.locator('figure[data-chart="region-balance"]')).toBeVisible();
  await page.keyboard.press("End");
  await expect(slide).toHaveAccessibleName("Slide 4 of 4");
  await expect(slide.getByRole("heading", { level: 1 })).toHaveText("Events: Guizhou");
  await page.keyboard.press("ArrowRight"); // past the end: stays
  await expect(slide).toHaveAccessibleName("Slide 4 of 4");
  await page.keyboard.press("PageUp");
  await expect(slide).toHaveAccessibleName("Slide 3 of 4");
  await expect(page).toHaveURL(/present=3/);
  // A reload stays on the slide.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("article.present-slide")).toHaveAccessibleName("Slide 3 of 4");
  await page.keyboard.press("Home");
  await expect(page.locator("article.present-slide")).toHaveAccessibleName("Slide 1 of 4");

  await page.keyboard.press("Escape");
  await expect(page.locator(".present")).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 4 slides");
  expect(errors).toEqual([]);
});

test("each slide is presented in the language and theme it was added in", async ({ page }) => {
  await open(page, "?v=2&view=national&lang=zh&theme=projector");
  await page.getByRole("button", { name: "加入演示文稿" }).first().click();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Theme", { exact: true }).selectOption("dark");
  await nav(page, "Map");
  await page.locator(".map-foot").getByRole("button", { name: "Add to deck" }).click();
  await deckButton(page).click();
  await page.getByRole("dialog", { name: "Deck" }).getByRole("button", { name: "Present" }).click();
  const slide = page.locator("article.present-slide");
  await expect(slide.getByRole("heading", { level: 1 })).toHaveText("中国地方政府债务及重点省份所占份额");
  await expect(page.locator(".present-stage")).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "projector");
  await page.keyboard.press("ArrowRight");
  await expect(slide.getByRole("heading", { level: 1 })).toHaveText("Debt balance by province, end-2024");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // The presenter's controls stay in the page's language.
  await expect(page.getByRole("button", { name: "Next slide" })).toBeAttached();
});

test("the deck downloads as PowerPoint with one slide per view, native charts and the map as shapes", async ({
  page,
}) => {
  await open(page);
  await collectFive(page);
  await deckButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Deck" });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Download deck (.pptx)" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe("china-local-debt-atlas_deck.pptx");
  await expect(dialog.getByRole("status")).toHaveText("Saved china-local-debt-atlas_deck.pptx (5 slides)");
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  const parts = Object.keys(zip.files);
  expect(parts.filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(5);
  // Guizhou's chart, National, Compare, Events: native charts with workbooks; the map: shapes.
  expect(parts.filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(4);
  expect(parts.filter((p) => /^ppt\/embeddings\/.*\.xlsx$/.test(p))).toHaveLength(4);
  const map = await zip.file("ppt/slides/slide1.xml")!.async("string");
  expect((map.match(/<a:custGeom>/g) ?? []).length).toBeGreaterThan(30);
  const notes = await zip.file("ppt/notesSlides/notesSlide2.xml")!.async("string");
  expect(notes).toMatch(/r=CN-GZ/);
});

test("one view downloads as a PowerPoint slide from its Download menu", async ({ page }) => {
  await open(page, "?v=2&view=national");
  await page.locator("summary", { hasText: "Download" }).first().click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PowerPoint (.pptx)", exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.pptx$/);
  const zip = await JSZip.loadAsync(readFileSync(await file.path()));
  expect(Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))).toHaveLength(1);
  expect(Object.keys(zip.files).some((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
});

test("a colleague who opens the deck's link sees the same deck, and a shared view does not carry it", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page);
  await collectFive(page);
  await deckButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Deck" });
  const titles = await slideTitles(page, 5);
  await dialog.getByRole("button", { name: "Copy deck link" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Deck link copied");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await dialog.getByRole("button", { name: "Close" }).click();
  // Share's link is the view alone.
  await page.getByRole("button", { name: "Share" }).click();
  expect(await page.getByLabel("Link to this view").inputValue()).not.toMatch(/deck/);

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link);
  await expect(colleague.locator("html")).toHaveAttribute("data-ready", "true");
  await expect(colleague.locator("article.present-slide")).toHaveAccessibleName("Slide 1 of 5");
  await expect(colleague.locator("article.present-slide").getByRole("heading", { level: 1 })).toHaveText(titles[0]);
  await colleague.keyboard.press("Escape");
  await deckButton(colleague).click();
  expect(await slideTitles(colleague, 5)).toEqual(titles);
  await other.close();
});

test("a deck link with a bad slide says what it left out and presents the rest", async ({ page }) => {
  const errors = await open(page, "?v=2&deck=s%3Dmap,s%3Dregion%26r%3DCN-XX,s%3Dnational&present=7");
  await expect(page.locator("article.present-slide")).toHaveAccessibleName("Slide 2 of 2");
  await page.keyboard.press("Escape");
  const notice = page.getByRole("status").filter({ hasText: "deck 2" });
  await expect(notice).toContainText("not a slide");
  await expect(page.getByRole("status").filter({ hasText: "present" })).toContainText("fewer slides");
  expect(errors).toEqual([]);
});

test("a chart's axis type grows with the slide, as the rest of the slide does", async ({ browser }) => {
  const deck = "s%3Dcompare%26v%3D2%26view%3Dcompare%26cr%3DCN-GZ%252CCN-TJ%26theme%3Dlight%26lang%3Den";
  const sizes: number[] = [];
  for (const viewport of [
    { width: 960, height: 540 },
    { width: 1920, height: 1080 },
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await open(page, `?v=2&deck=${deck}&present=1`);
    const tick = page.locator(".present text.recharts-cartesian-axis-tick-value").first();
    await expect(tick).toBeVisible();
    sizes.push(await tick.evaluate((t) => parseFloat(getComputedStyle(t).fontSize)));
    await context.close();
  }
  expect(sizes[0]).toBeCloseTo(11, 0);
  expect(sizes[1]).toBeCloseTo(22, 0);
});

test("the presentation's buttons stay within the deck, and retitling keeps the keyboard's place", async ({ page }) => {
  const errors = await open(page, "?v=2&deck=s%3Dmap,s%3Dnational");
  await deckButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Deck" });
  const title = dialog.getByRole("textbox", { name: "Slide 2 title" });
  await title.fill("The national picture");
  await page.keyboard.press("Enter");
  await expect(title).toBeFocused();
  // A title typed and not yet saved goes with its slide when a button moves it.
  await title.fill("The national picture, 2015–2026");
  await dialog.getByRole("button", { name: "Move slide 2 up" }).click();
  await expect(dialog.getByRole("textbox", { name: "Slide 1 title" })).toHaveValue("The national picture, 2015–2026");
  await dialog.getByRole("button", { name: "Present" }).click();
  const slide = page.locator("article.present-slide");
  await expect(slide).toHaveAccessibleName("Slide 1 of 2");
  // At either end the button says it is unavailable (aria-disabled) but still takes a press: it must do nothing.
  await page.getByRole("button", { name: "Previous slide" }).click({ force: true });
  await expect(slide).toHaveAccessibleName("Slide 1 of 2");
  await page.getByRole("button", { name: "Next slide" }).click();
  await expect(slide).toHaveAccessibleName("Slide 2 of 2");
  await page.getByRole("button", { name: "Next slide" }).click({ force: true });
  await expect(slide).toHaveAccessibleName("Slide 2 of 2");
  await expect(page).toHaveURL(/present=2/);
  await page.keyboard.press("Escape");
  // Nothing was reported: the buttons never wrote a slide the deck does not have.
  await expect(page.getByRole("status").filter({ hasText: "present" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("back and forward walk the views and keep the deck", async ({ page }) => {
  await open(page);
  await nav(page, "National");
  await page.getByRole("button", { name: "Add to deck" }).first().click();
  await nav(page, "Compare");
  await page.getByRole("button", { name: "Add to deck" }).first().click();
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 2 slides");
  await page.goBack();
  await expect(page.getByRole("link", { name: "National" })).toHaveAttribute("aria-current", "page");
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 2 slides");
  await page.goBack();
  await expect(page.getByRole("link", { name: "Map" })).toHaveAttribute("aria-current", "page");
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 2 slides");
});

test("the code that reads a deck is fetched only for a link with a deck, or with the first Add to deck", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  const deckCode = () => fetched.filter((p) => /\/deck-reader-[^/]*\.js$/.test(p));
  await open(page, "?v=2");
  expect(deckCode()).toEqual([]);
  await page.locator(".map-foot").getByRole("button", { name: "Add to deck" }).click();
  await expect(page.locator(".map-foot").getByRole("status")).toHaveText("Added as slide 1");
  expect(deckCode()).toHaveLength(1);
  fetched.length = 0;
  await open(page, `?v=2&deck=${encodeURIComponent("s=map&v=2")}`);
  expect(deckCode()).toHaveLength(1);
  await expect(deckButton(page)).toHaveAccessibleName("Deck, 1 slide");
});
