/**
 * Chinese renders without a Chinese system font: the page draws CJK text with the atlas's own
 * subset font ("Atlas CJK", scripts/build-font.ts), fetched from this site and only the files the
 * text needs, and Chinese exports carry the font inside the SVG. The checks read what the browser
 * actually used (document.fonts, and DevTools' platform fonts per element), not the look.
 *
 * The browser runs without the machine's CJK fonts (fixtures/no-cjk-fonts.conf), as on a fresh
 * machine: with them, text the web font failed to redraw would still look right (a system font
 * stood in), and only there would empty boxes show.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { launchOptions } from "../support/chromium";
import { open } from "./helpers";

const base = await launchOptions();
test.use({
  launchOptions: {
    ...base,
    env: { ...process.env, FONTCONFIG_FILE: join(import.meta.dirname, "fixtures", "no-cjk-fonts.conf") },
  },
});

const FONT_FILE = /\/generated\/fonts\/atlas-cjk-[\w-]+\.woff2$/;

/** Every font file response the page gets. */
function recordFontResponses(page: Page) {
  const seen: { path: string; status: number; type: string }[] = [];
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname;
    if (FONT_FILE.test(path)) seen.push({ path, status: r.status(), type: r.headers()["content-type"] ?? "" });
  });
  return seen;
}

/**
 * The fonts the browser drew each rendered element with that holds Han characters in its own text
 * (DevTools' CSS.getPlatformFontsForNode), by the element's text.
 */
async function fontsDrawingChinese(page: Page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll("body *")) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? "")
        .join("");
      if (/\p{Script=Han}/u.test(own)) el.setAttribute("data-han-probe", own.trim().slice(0, 24));
    }
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "[data-han-probe]" });
  const out: { text: string; custom: boolean; families: string[] }[] = [];
  for (const nodeId of nodeIds) {
    try {
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      if (fonts.length === 0) continue; // not rendered (a closed dialog, a hidden panel)
      const { attributes } = await cdp.send("DOM.getAttributes", { nodeId });
      const text = attributes[attributes.indexOf("data-han-probe") + 1];
      out.push({ text, custom: fonts.some((f) => f.isCustomFont), families: fonts.map((f) => f.familyName) });
    } catch {
      // The element left the page (React re-rendered it) between the query and this call.
    }
  }
  await cdp.detach();
  return out;
}

test("Chinese text is drawn with the atlas's subset font, fetched from this site", async ({ page }) => {
  const responses = recordFontResponses(page);
  const errors = await open(page, "?v=2&lang=zh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("中国地方债务地图");
  // Loaded: check() is true only once every face the text needs has loaded.
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.fonts.ready.then(() => document.fonts.check('16px "Atlas CJK"', "中国地方债务地图")),
      ),
    )
    .toBe(true);
  expect(await page.evaluate(() => document.fonts.check('16px "Atlas CJK"', "债务"))).toBe(true);

  // Fetched from this origin, as woff2, and only the files the page's characters need.
  expect(responses.length).toBeGreaterThan(0);
  for (const r of responses) expect(r).toMatchObject({ status: 200, type: expect.stringContaining("font/woff2") });
  const faceStatuses = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Atlas CJK").map((f) => f.status);
    });
  // Each file fetched is a face in use (later text, such as a lazily drawn chart, may add some).
  await expect
    .poll(async () => (await faceStatuses()).filter((s) => s === "loaded").length)
    .toBe(new Set(responses.map((r) => r.path)).size);
  expect((await faceStatuses()).filter((s) => s === "unloaded").length).toBeGreaterThan(0);

  // Used: every rendered element with Chinese in its text is drawn with the web font. A system
  // font, or empty boxes from a font without the glyphs, shows as non-custom fonts only. Polled:
  // text drawn just now may still be waiting for its file.
  await expect.poll(async () => (await fontsDrawingChinese(page)).filter((d) => !d.custom)).toEqual([]);
  expect((await fontsDrawingChinese(page)).length).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});

test("the subset font never covers Latin text, which keeps the page's own fonts", async ({ page }) => {
  await open(page, "?v=2&lang=zh");
  const ranges = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Atlas CJK").map((f) => f.unicodeRange),
  );
  expect(ranges.length).toBeGreaterThan(0);
  for (const range of ranges) {
    for (const part of range.split(",")) {
      const [from] = part
        .trim()
        .replace(/^U\+/i, "")
        .split("-")
        .map((h) => parseInt(h, 16));
      expect(from).toBeGreaterThanOrEqual(0x2e80); // CJK radicals and up: no ASCII, no Latin
    }
  }
  // The English switch button is Latin only: drawn without the web font.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: 'button[lang="en"]' });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => f.isCustomFont)).toEqual([]);
});

test("a Chinese SVG export embeds the font files its text needs, as data: URLs only", async ({ page, context }) => {
  await open(page, "?v=2&lang=zh&r=CN-NM");
  await page.locator("summary", { hasText: "下载地图" }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载SVG", exact: true }).click(),
  ]);
  const svg = readFileSync(await file.path()).toString("utf8");

  expect(svg).toMatch(/^<svg[^>]*><style>@font-face\{font-family:"Atlas CJK";src:url\("data:font\/woff2;base64,/);
  expect(svg).not.toMatch(/<script|<foreignObject|<image|href="http/i);
  const urls = [...svg.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((m) => m[1]);
  for (const target of urls) expect(target).toMatch(/^(#|data:font\/woff2;base64,)/);

  // Every Chinese character of the image lies in the unicode-range of an embedded face.
  const css = svg.match(/<style>([^<]*)<\/style>/)![1];
  const covered = new Set<number>();
  for (const [, range] of css.matchAll(/unicode-range:([^}]*)\}/g)) {
    for (const part of range.split(",")) {
      const [from, to] = part
        .replace(/^U\+/i, "")
        .split("-")
        .map((h) => parseInt(h, 16));
      for (let cp = from; cp <= (to ?? from); cp++) covered.add(cp);
    }
  }
  const text = svg.replace(/<style>[^<]*<\/style>/, "");
  const han = [...new Set(text.match(/\p{Script=Han}/gu) ?? [])];
  expect(han.length).toBeGreaterThan(10);
  expect(han.filter((c) => !covered.has(c.codePointAt(0)!))).toEqual([]);

  // And each embedded file is a font the browser accepts (on a blank page: the atlas's CSP
  // allows fonts from itself only, which is right for the page).
  const blank = await context.newPage();
  const sources = [...css.matchAll(/url\("(data:font\/woff2;base64,[^"]+)"\)/g)].map((m) => m[1]);
  expect(sources.length).toBeGreaterThan(0);
  const statuses = await blank.evaluate(
    async (list) =>
      Promise.all(
        list.map((src) =>
          new FontFace("probe", `url("${src}")`).load().then(
            (f) => f.status,
            () => "error",
          ),
        ),
      ),
    sources,
  );
  expect(statuses.every((s) => s === "loaded")).toBe(true);
  await blank.close();
});
