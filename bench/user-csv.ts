/**
 * "Your data" benchmark: how long the built atlas (dist/) takes to read a generated million-row CSV
 * (~23 MB) in its Web Worker, and how long the page's main thread is ever blocked meanwhile.
 *   npx tsx bench/user-csv.ts [--runs 3] [--rows 1000000] [--app-dir dist]
 * Needs a build (npm run build). Timings are taken inside the page on the performance.now() clock:
 * from the file input's change event to the summary line appearing; long tasks (> 50 ms on the
 * main thread) from a PerformanceObserver of type "longtask" that start after that event (the task
 * that delivers the file and dispatches the event is reported on its own line). The file is written
 * to a temporary directory and picked by path, as a person picks it from disk. Prints a table.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "playwright-core";
import { findChromium } from "../tests/support/chromium";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const { values: opt } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    rows: { type: "string", default: "1000000" },
    "app-dir": { type: "string", default: "dist" },
  },
});
const RUNS = Number(opt.runs);
const ROWS = Number(opt.rows);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs must be a positive integer, got ${opt.runs}`);
if (!Number.isInteger(ROWS) || ROWS < 1) throw new Error(`--rows must be a positive integer, got ${opt.rows}`);

const MAINLAND = [
  "BJ",
  "TJ",
  "HE",
  "SX",
  "NM",
  "LN",
  "JL",
  "HL",
  "SH",
  "JS",
  "ZJ",
  "AH",
  "FJ",
  "JX",
  "SD",
  "HA",
  "HB",
  "HN",
  "GD",
  "GX",
  "HI",
  "CQ",
  "SC",
  "GZ",
  "YN",
  "XZ",
  "SN",
  "GS",
  "QH",
  "NX",
  "XJ",
].map((c) => `CN-${c}`);

/** Row i: province i mod 31, day floor(i / 31) from 1940-01-01; every 1,000th value empty (rejected). */
function generate(rows: number): { buffer: Buffer; rejected: number } {
  const lines = ["region,period,value,source"];
  let rejected = 0;
  for (let i = 0; i < rows; i++) {
    const period = new Date(Date.UTC(1940, 0, 1) + Math.floor(i / 31) * 86_400_000).toISOString().slice(0, 10);
    const empty = i % 1000 === 999;
    if (empty) rejected++;
    lines.push(`${MAINLAND[i % 31]},${period},${empty ? "" : (i % 9973) / 10},bench`);
  }
  return { buffer: Buffer.from(`${lines.join("\n")}\n`, "utf8"), rejected };
}

/** Runs in the page before its scripts: long tasks and the read's start and end. */
function instrument() {
  const w = window as unknown as {
    __csvBench: { changeAt: number | null; doneAt: number | null; tasks: { start: number; duration: number }[] };
  };
  const state = {
    changeAt: null as number | null,
    doneAt: null as number | null,
    tasks: [] as { start: number; duration: number }[],
  };
  w.__csvBench = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener(
    "change",
    (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === "file") {
        state.changeAt = e.timeStamp;
        state.doneAt = null;
      }
    },
    true,
  );
  new MutationObserver(() => {
    if (state.changeAt !== null && state.doneAt === null && document.querySelector('[data-testid="user-summary"]'))
      state.doneAt = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

function serve(dir: string, children: ChildProcess[]): Promise<string> {
  const child = spawn(process.execPath, [resolve(ROOT, "scripts/serve.mjs"), dir, "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`bench: serve.mjs did not start for ${dir}`)), 10_000);
    child.once("exit", (code) => fail(new Error(`bench: serve.mjs exited (${code})`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      const url = /at (http:\/\/\S+)/.exec(chunk.toString())?.[1];
      if (url) {
        clearTimeout(timer);
        ok(url);
      }
    });
  });
}

interface Run {
  parseMs: number;
  inputTaskMs: number;
  longestTaskMs: number;
  longTasks: number;
  summary: string;
}

async function once(page: Page, url: string, file: string): Promise<Run> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true", undefined, { timeout: 30_000 });
  await page.getByRole("button", { name: "Your data", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Your data" });
  await dialog.getByLabel("CSV file").setInputFiles(file);
  await page.waitForFunction(
    () => (window as unknown as { __csvBench: { doneAt: number | null } }).__csvBench.doneAt !== null,
    undefined,
    { timeout: 300_000, polling: 100 },
  );
  const state = (await page.evaluate("window.__csvBench")) as {
    changeAt: number;
    doneAt: number;
    tasks: { start: number; duration: number }[];
  };
  const during = state.tasks.filter((t) => t.start > state.changeAt && t.start <= state.doneAt);
  const input = state.tasks.filter((t) => t.start <= state.changeAt && t.start + t.duration >= state.changeAt);
  return {
    parseMs: state.doneAt - state.changeAt,
    inputTaskMs: Math.max(0, ...input.map((t) => t.duration)),
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTasks: during.length,
    summary: (await dialog.getByTestId("user-summary").textContent()) ?? "",
  };
}

async function main() {
  const appDir = resolve(ROOT, opt["app-dir"]);
  if (!existsSync(resolve(appDir, "index.html")))
    throw new Error(`bench: no ${appDir}/index.html (run npm run build first)`);
  console.log(`generating ${ROWS.toLocaleString("en-US")} rows...`);
  const { buffer, rejected } = generate(ROWS);
  console.log(`${(buffer.length / 1e6).toFixed(1)} MB, ${rejected.toLocaleString("en-US")} rows without a value`);

  const dir = mkdtempSync(join(tmpdir(), "atlas-user-csv-"));
  const file = join(dir, "bench.csv");
  writeFileSync(file, buffer);
  const children: ChildProcess[] = [];
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
  try {
    const url = await serve(appDir, children);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(instrument);
      runs.push(await once(await context.newPage(), url, file));
      await context.close();
    }
    const expected = `${ROWS.toLocaleString("en-US")} rows read, ${rejected.toLocaleString("en-US")} rejected`;
    console.log(`\nheadless Chromium ${browser.version()} (${found.source}), ${RUNS} run(s)\n`);
    console.log(
      "| run | change → summary | longest main-thread task while reading | long tasks (> 50 ms) | task delivering the file | summary |",
    );
    console.log("| ---: | ---: | ---: | ---: | ---: | --- |");
    runs.forEach((r, k) =>
      console.log(
        `| ${k + 1} | ${r.parseMs.toFixed(0)} ms | ${r.longestTaskMs.toFixed(0)} ms | ${r.longTasks} | ${r.inputTaskMs.toFixed(0)} ms | ${r.summary} |`,
      ),
    );
    const bad = runs.filter((r) => r.summary !== expected);
    if (bad.length) {
      console.error(`\nexpected the summary "${expected}"`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
    children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
