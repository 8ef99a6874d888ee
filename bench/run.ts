/**
 * Cold-load benchmark: the atlas (dist/) against a bare React page built with the same Vite setup.
 *   npm run bench [-- --runs 15] [--build] [--strict] [--app-dir dist] [--out docs/PERFORMANCE.md]
 * Both builds are served gzipped by scripts/serve.mjs; each load gets a fresh browser context (empty
 * HTTP cache). All timings are taken inside the page on the performance.now() clock, so Playwright's
 * own round trips never count. Reports medians and p90, checks the targets, and rewrites the
 * bench block of docs/PERFORMANCE.md. Exits 0 on a MISS unless --strict; 1 if it cannot measure.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { findChromium } from "../tests/support/chromium";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values: opt } = parseArgs({
  options: {
    runs: { type: "string", default: "15" },
    build: { type: "boolean", default: false },
    strict: { type: "boolean", default: false },
    "app-dir": { type: "string", default: "dist" },
    out: { type: "string", default: "docs/PERFORMANCE.md" },
  },
});
const RUNS = Number(opt.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, got ${opt.runs}`);

// What the bench clicks and waits for: the app's automation contract (see tests/e2e).
const PROVINCES = ["CN-GZ", "CN-SC", "CN-HN"]; // compact shapes: Playwright clicks the bounding-box centre, which must lie inside
const CHART_DRAWN = 'figure[data-chart="region-balance"][data-drawn="true"]';
const CHART_ANY = 'figure[data-chart="region-balance"]';
const TARGET = { readyOverBareFcp: 2, clickMs: 100, initialJsBytes: 200_000 };
// Per-step limits, so a broken build fails with a message instead of hanging.
const LIMIT = { goto: 30_000, fcp: 10_000, ready: 20_000, chart: 10_000, close: 5_000 };

/** Runs in every page before its own scripts: records when things happen, on the page's clock. */
function instrument(chartDrawn: string) {
  type Click = { region: string | null; start: number; drawn: number | null };
  const bench = { ready: null as number | null, clicks: [] as Click[] };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  performance.setResourceTimingBufferSize(1000);
  // Watch only data-ready, so the observer costs the page next to nothing while it loads.
  const readyObserver = new MutationObserver(() => {
    if (bench.ready === null && document.documentElement?.dataset.ready === "true") {
      bench.ready = performance.now();
      readyObserver.disconnect();
    }
  });
  readyObserver.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-ready"] });
  // Capture phase at window: runs before any of the app's handlers.
  window.addEventListener(
    "click",
    (e) => {
      const target = e.target instanceof Element ? e.target.closest("[data-region]") : null;
      // e.timeStamp is when the browser created the event, so a busy main thread counts against us.
      const click: Click = { region: target?.getAttribute("data-region") ?? null, start: e.timeStamp, drawn: null };
      bench.clicks.push(click);
      const observer = new MutationObserver(() => {
        if (document.querySelector(chartDrawn)) {
          click.drawn = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-drawn"] });
    },
    true,
  );
}

type Resource = { url: string; start: number; bytes: number };
type BenchState = { ready: number | null; clicks: { region: string | null; start: number; drawn: number | null }[] };

async function waitIn(page: Page, what: string, timeout: number, fn: string | (() => unknown)) {
  try {
    await page.waitForFunction(fn, undefined, { timeout, polling: "raf" });
  } catch (err) {
    throw new Error(`bench: ${what} did not happen within ${timeout} ms on ${page.url()}`, { cause: err });
  }
}

/** Gzip bytes per resource: Resource Timing's encodedBodySize is the body as sent, after content-encoding, without headers. */
/** The HTML document itself is the navigation entry, with start 0. */
const resources = (page: Page): Promise<Resource[]> =>
  page.evaluate(() =>
    (["navigation", "resource"] as const)
      .flatMap((type) => performance.getEntriesByType(type) as PerformanceResourceTiming[])
      .map((e) => ({ url: e.name, start: e.startTime, bytes: e.encodedBodySize })),
  );
const isJs = (r: Resource) => /\.m?js$/.test(new URL(r.url).pathname);
const sum = (rs: Resource[]) => rs.reduce((n, r) => n + r.bytes, 0);

async function coldPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(instrument, CHART_DRAWN);
  const page = await context.newPage();
  await page.goto(url, { timeout: LIMIT.goto, waitUntil: "commit" });
  await waitIn(
    page,
    "first-contentful-paint",
    LIMIT.fcp,
    () => performance.getEntriesByName("first-contentful-paint").length > 0,
  );
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
  return { context, page, fcp };
}

async function loadBare(browser: Browser, url: string) {
  const { context, page, fcp } = await coldPage(browser, url);
  await page.waitForLoadState("load", { timeout: LIMIT.goto });
  const js = sum((await resources(page)).filter(isJs));
  await context.close();
  return { fcp, js };
}

async function loadApp(browser: Browser, url: string) {
  const { context, page, fcp } = await coldPage(browser, url);
  await waitIn(page, 'document.documentElement.dataset.ready === "true"', LIMIT.ready, "window.__bench?.ready != null");
  const ready = (await page.evaluate("window.__bench.ready")) as number;
  const initial = (await resources(page)).filter((r) => r.start < ready);

  for (const region of PROVINCES) {
    await page.locator(`[data-region="${region}"]`).click({ timeout: LIMIT.chart });
    await waitIn(
      page,
      `${CHART_DRAWN} after clicking ${region}`,
      LIMIT.chart,
      `window.__bench.clicks.at(-1)?.drawn != null`,
    );
    await page.keyboard.press("Escape");
    await waitIn(
      page,
      `the panel closing (no ${CHART_ANY}, data-ready="true") after Escape on ${region}`,
      LIMIT.close,
      `!document.querySelector('${CHART_ANY}') && document.documentElement.dataset.ready === "true"`,
    );
  }
  const state = (await page.evaluate("window.__bench")) as BenchState;
  const all = await resources(page);
  await context.close();
  const clicks = state.clicks.filter((c) => c.region !== null).map((c) => c.drawn! - c.start);
  if (clicks.length !== PROVINCES.length)
    throw new Error(`bench: expected ${PROVINCES.length} region clicks, saw ${clicks.length}`);
  return {
    fcp,
    ready,
    clicks,
    initialJs: sum(initial.filter(isJs)),
    initialAll: sum(initial),
    totalJs: sum(all.filter(isJs)),
  };
}

/** Starts scripts/serve.mjs on a free port (port 0) and resolves with the URL it prints. */
function serve(dir: string, children: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [resolve(ROOT, "scripts/serve.mjs"), dir, "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child); // registered at once, so cleanup stops it even if it never comes up
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`bench: serve.mjs did not start for ${dir}`)), 10_000);
    child.once("exit", (code) => fail(new Error(`bench: serve.mjs exited (${code}) for ${dir}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      const url = /at (http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (url) {
        clearTimeout(timer);
        ok(url);
      }
    });
  });
}

const median = (xs: number[]) => quantile(xs, 0.5);
/** Nearest-rank quantile: p90 of 15 runs is the 14th value. */
function quantile(xs: number[], q: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)];
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
const kb = (x: number) => `${(x / 1000).toFixed(1)} kB`;

async function main() {
  const appDir = resolve(ROOT, opt["app-dir"]);
  if (opt["app-dir"] === "dist" && (opt.build || !existsSync(resolve(appDir, "index.html")))) {
    console.log("building the app (npm run build)...");
    const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) throw new Error("bench: npm run build failed");
  }
  if (!existsSync(resolve(appDir, "index.html"))) throw new Error(`bench: no ${appDir}/index.html`);
  console.log("building the bare page...");
  await build({ configFile: resolve(ROOT, "bench/vite.bare.config.ts"), logLevel: "warn" });

  const children: ChildProcess[] = [];
  let browser: Browser | undefined;
  const cleanup = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    const bareUrl = await serve(resolve(ROOT, "bench/.out/bare"), children);
    const appUrl = await serve(appDir, children);
    const found = await findChromium();
    browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
    const version = `${browser.version()} (${found.source})`;

    // One discarded load of each first: the very first launch pays for disk reads and JIT warm-up.
    await loadBare(browser, bareUrl);
    await loadApp(browser, appUrl);
    const bares: Awaited<ReturnType<typeof loadBare>>[] = [];
    const apps: Awaited<ReturnType<typeof loadApp>>[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Interleaved, so drift on the machine (other processes, thermal) hits both pages alike.
      bares.push(await loadBare(browser, bareUrl));
      apps.push(await loadApp(browser, appUrl));
      if (process.stdout.isTTY) process.stdout.write(`\rrun ${i + 1}/${RUNS}${i + 1 === RUNS ? "\n" : ""}`);
    }
    report(bares, apps, version);
  } finally {
    await browser?.close();
    cleanup();
  }
}

function report(
  bares: { fcp: number; js: number }[],
  apps: Awaited<ReturnType<typeof loadApp>>[],
  chromiumVersion: string,
) {
  const col = <T>(xs: T[], f: (x: T) => number) => xs.map(f);
  const bareFcp = col(bares, (b) => b.fcp);
  const clicksAll = apps.flatMap((a) => a.clicks);
  const clicksFirst = apps.map((a) => a.clicks[0]);
  const rows: [string, number[], (x: number) => string][] = [
    ["bare page: first contentful paint", bareFcp, ms],
    ["atlas: first contentful paint", col(apps, (a) => a.fcp), ms],
    ["atlas: map drawn (data-ready)", col(apps, (a) => a.ready), ms],
    [`atlas: click → region chart drawn (all ${PROVINCES.length} per load)`, clicksAll, ms],
    ["atlas: click → region chart drawn (first click, lazy chunk)", clicksFirst, ms],
    ["atlas: JavaScript before map drawn (gzip)", col(apps, (a) => a.initialJs), kb],
    ["atlas: all bytes before map drawn (gzip)", col(apps, (a) => a.initialAll), kb],
    ["atlas: JavaScript after the clicks (gzip)", col(apps, (a) => a.totalJs), kb],
    ["bare page: JavaScript (gzip)", col(bares, (b) => b.js), kb],
  ];
  const table = [
    "| measure | median | p90 | n |",
    "| --- | ---: | ---: | ---: |",
    ...rows.map(([name, xs, fmt]) => `| ${name} | ${fmt(median(xs))} | ${fmt(quantile(xs, 0.9))} | ${xs.length} |`),
  ].join("\n");

  const readyRatio = median(col(apps, (a) => a.ready)) / median(bareFcp);
  const fcpRatio = median(col(apps, (a) => a.fcp)) / median(bareFcp);
  const clickMedian = median(clicksAll);
  const initialJs = median(col(apps, (a) => a.initialJs));
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  const targets = [
    [
      readyRatio <= TARGET.readyOverBareFcp,
      `map drawn within ${TARGET.readyOverBareFcp}× the bare page's first paint: ${readyRatio.toFixed(2)}×`,
    ],
    [
      clickMedian < TARGET.clickMs,
      `click to chart under ${TARGET.clickMs} ms at the median: ${ms(clickMedian)} (first click ${ms(median(clicksFirst))})`,
    ],
    [initialJs < TARGET.initialJsBytes, `initial JavaScript under ${kb(TARGET.initialJsBytes)} gzip: ${kb(initialJs)}`],
  ] as const;
  const cpus = os.cpus();
  const block = [
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpus[0]?.model ?? "unknown CPU"} (${cpus.length} cores, ${os.platform()} ${os.release()}), ` +
      `headless Chromium ${chromiumVersion}, Node ${process.version}; ${bares.length} cold loads of each page, 1440×900, no throttling.`,
    "",
    table,
    "",
    `Ratios to the bare page's first contentful paint (medians): map drawn ${readyRatio.toFixed(2)}×, atlas first paint ${fcpRatio.toFixed(2)}×.`,
    "",
    ...targets.map(([ok, text]) => `- ${verdict(ok)}: ${text}`),
  ].join("\n");
  console.log(`\n${block}\n`);
  writeDoc(resolve(ROOT, opt.out), block);
  if (opt.strict && targets.some(([ok]) => !ok)) process.exitCode = 1;
}

const HEADER = `# Performance

\`npm run bench\` (bench/run.ts) loads the production build (\`dist/\`) and a bare React 19 page built
with the same Vite config (bench/bare) in headless Chromium, each served gzipped by scripts/serve.mjs,
in a new browser context per load so nothing is cached. Timings come from inside the page, on the
\`performance.now()\` clock that starts at navigation:

- **first contentful paint**: the browser's \`first-contentful-paint\` paint-timing entry.
- **map drawn**: when \`<html data-ready="true">\` is set (the app sets it once the map is on screen).
- **click → chart**: from the click event's timestamp on Guizhou, Sichuan and Hunan (closing
  the panel with Escape in between) to \`figure[data-chart="region-balance"][data-drawn="true"]\`
  appearing; the first click of a load includes fetching the chart's lazy chunk.
- **bytes**: Resource Timing \`encodedBodySize\` (the gzip body as sent, without headers) of every
  resource whose request started before the map was drawn; JavaScript means \`.js\` URLs.

Targets: map drawn within 2× the bare page's first paint, click to chart under 100 ms at the median,
initial JavaScript under 200 kB gzip. The block below is rewritten by each run.
`;

function writeDoc(file: string, block: string) {
  const wrapped = `<!-- bench:start -->\n${block}\n<!-- bench:end -->`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : null;
  const next =
    current === null
      ? `${HEADER}\n${wrapped}\n`
      : /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(current)
        ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, () => wrapped)
        : `${current.trimEnd()}\n\n${wrapped}\n`;
  writeFileSync(file, next);
  console.log(`wrote ${file}`);
}

main().catch((err: Error) => {
  console.error(err.message);
  if (err.cause) console.error(String(err.cause).split("\n")[0]);
  process.exit(1);
});
