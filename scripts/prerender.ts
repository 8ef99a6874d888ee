/**
 * Puts the map in the HTML: after `vite build`, loads the built atlas (default view, English, light
 * theme) in headless Chromium, takes the page as the app first renders it once ready (the header,
 * the controls, the province map with every `data-region`, its legend, the side summary), and
 * writes that markup into dist/index.html's #root. A reader's browser then paints the map before
 * any script has run; the app, once its data is in, renders the same markup over it in one commit
 * (src/app/main.tsx), so there is no flash and nothing moves. public/boot.js decides, from the
 * link, how much of this first paint is the linked view's (the colours only for the default metric
 * and period; text only in English; the whole of it only for the map view, never in an embed).
 *
 * The snapshot is of the first ready render: what arrives after it on a reader's screen (the chart
 * code, the events file) is held back while it is taken, so every build writes the same markup.
 *   tsx scripts/prerender.ts [dist]
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { findChromium } from "../tests/support/chromium";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = resolve(ROOT, process.argv[2] ?? "dist");
const ROOT_TAG = '<div id="root"></div>';
export const PRERENDER_ATTR = "data-prerendered";

/** Starts scripts/serve.mjs on a free port; resolves to its URL once it says it is listening. */
function serve(dir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(ROOT, "scripts/serve.mjs"), dir, "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolveUrl, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/\S+/.exec(out)?.[0];
      if (url) resolveUrl({ url, stop: () => child.kill("SIGTERM") });
    });
    child.on("exit", (code) => reject(new Error(`serve.mjs exited (${code}) before listening`)));
  });
}

/**
 * What the first ready render is made of: the page, its stylesheets, fonts and boot script, the
 * entry script and its static imports (modulepreload), and the files index.html preloads (the data
 * and the map). Anything else (chart code, the events file) arrives after the first render on a
 * reader's screen, so it is held while the snapshot is taken, and the snapshot is the same each build.
 */
function firstLoadFiles(html: string): Set<string> {
  const names = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) names.add(m[1]);
  return names;
}

async function main() {
  const file = join(DIST, "index.html");
  const html = readFileSync(file, "utf8");
  if (!html.includes(ROOT_TAG)) {
    if (html.includes(PRERENDER_ATTR)) throw new Error(`${file} is already prerendered: build again first`);
    throw new Error(`${file} has no empty ${ROOT_TAG} to fill`);
  }
  const allowed = firstLoadFiles(html);
  const server = await serve(DIST);
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "en-GB" });
    await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // Everything else is held (not failed: the page would show a load error) until the snapshot is taken.
    const never = new Promise<void>(() => {});
    const base = new URL(server.url);
    await page.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const path = url.pathname.slice(base.pathname.length);
      if (path === "" || allowed.has(path) || /\.(css|woff2)$/.test(path)) return route.continue();
      await never;
    });
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === "true", undefined, {
      timeout: 60_000,
    });
    if (errors.length) throw new Error(`the page failed while rendering: ${errors.join("; ")}`);
    const markup = await page.evaluate(() => {
      const root = document.getElementById("root")!;
      // A form control's state is a property React set, not in the markup: written in, so the
      // drawn page shows the period and options the app will show.
      for (const select of root.querySelectorAll("select"))
        for (const option of select.options) option.toggleAttribute("selected", option.selected);
      for (const input of root.querySelectorAll("input")) {
        if (input.type === "checkbox" || input.type === "radio") input.toggleAttribute("checked", input.checked);
        else input.setAttribute("value", input.value);
      }
      const shapes = root.querySelectorAll("[data-region]").length;
      return { html: root.innerHTML, shapes };
    });
    if (markup.shapes < 34) throw new Error(`the snapshot has ${markup.shapes} province shapes, not 34`);
    // Wrapped in a box that takes no part in the layout (display: contents), which the app's first
    // render removes: public/boot.js's first-paint rules (styles.css) apply to this markup only.
    const wrapped = `<div class="prerendered" ${PRERENDER_ATTR}="map">${markup.html}</div>`;
    writeFileSync(file, html.replace(ROOT_TAG, `<div id="root">${wrapped}</div>`));
    console.log(
      `prerendered the map into ${file}: ${markup.shapes} shapes, ${(markup.html.length / 1024).toFixed(0)} KiB of markup`,
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((err) => {
  console.error(`prerender: ${(err as Error).message}`);
  process.exit(1);
});
