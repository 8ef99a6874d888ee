/**
 * Lighthouse's default (mobile) preset against a URL, in a Chromium of our own: the one the tests
 * find (tests/support/chromium.ts), started with a DevTools port and a throwaway profile, one
 * browser per run so no run inherits another's cache, service workers or JIT state.
 * Used by bench/run.ts; the full reports are kept in bench/.out/lighthouse/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import type { FoundChromium } from "../tests/support/chromium";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;
export type Metric = (typeof METRICS)[number][1];

export interface FailingAudit {
  id: string;
  title: string;
  score: number;
  displayValue: string;
  /** Lighthouse's estimate of what fixing it saves: ms of load, and bytes where it is about bytes. */
  savingsMs: number;
  savingsBytes: number;
}

export interface LighthouseRun {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  failing: FailingAudit[];
  lcpElement: string | null;
  /** Audits that ended in an error (no score). */
  errored: string[];
  benchmarkIndex: number | null;
  version: string;
}

const LIMIT = { devtools: 30_000, run: 180_000 };

/** Starts the browser headless with a DevTools port the OS picks; resolves with the port it prints. */
function launch(found: FoundChromium, profile: string, children: ChildProcess[]): Promise<{ port: number }> {
  const child = spawn(
    found.executablePath,
    [...found.args, "--headless", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  children.push(child);
  return new Promise((ok, fail) => {
    let err = "";
    const timer = setTimeout(
      () =>
        fail(new Error(`lighthouse: Chromium printed no DevTools URL within ${LIMIT.devtools} ms: ${err.slice(-500)}`)),
      LIMIT.devtools,
    );
    child.once("error", (e) => fail(new Error(`lighthouse: cannot start ${found.executablePath}: ${e.message}`)));
    child.once("exit", (code) => fail(new Error(`lighthouse: Chromium exited (${code}): ${err.slice(-500)}`)));
    child.stderr!.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:\s]+:(\d+)\//.exec(err)?.[1];
      if (port) {
        clearTimeout(timer);
        ok({ port: Number(port) });
      }
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once("exit", () => ok());
    child.kill("SIGTERM");
  });
}

const withLimit = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`lighthouse: ${what} did not finish within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(timer), ok(v)),
      (e) => (clearTimeout(timer), fail(e)),
    );
  });

/**
 * One Lighthouse run with the default config: the mobile preset (Moto G Power-sized screen,
 * simulated slow 4G, 4x CPU slowdown). `children` gets the browser so the caller's cleanup stops it.
 */
export async function runLighthouse(
  url: string,
  found: FoundChromium,
  children: ChildProcess[],
  saveAs: string,
): Promise<LighthouseRun> {
  const profile = mkdtempSync(join(tmpdir(), "bench-lighthouse-"));
  const before = children.length;
  try {
    const { port } = await launch(found, profile, children);
    const result = await withLimit(
      lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }),
      LIMIT.run,
      `the run on ${url}`,
    );
    if (!result) throw new Error(`lighthouse: no result for ${url}`);
    const lhr = result.lhr;
    mkdirSync(join(saveAs, ".."), { recursive: true });
    writeFileSync(saveAs, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message} (${url})`);

    const scores = {} as Record<Category, number>;
    for (const c of CATEGORIES) {
      const score = lhr.categories[c]?.score;
      if (typeof score !== "number") throw new Error(`lighthouse: no ${c} score for ${url} (see ${saveAs})`);
      scores[c] = score;
    }
    const metrics = {} as Record<Metric, number>;
    for (const [id, name] of METRICS) {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== "number") throw new Error(`lighthouse: no ${id} for ${url} (see ${saveAs})`);
      metrics[name] = value;
    }
    const metricIds = new Set<string>(METRICS.map(([id]) => id));
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          typeof a.score === "number" &&
          a.score < 1 &&
          !metricIds.has(a.id) &&
          ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode),
      )
      .map((a) => {
        const details = a.details as { overallSavingsMs?: number; overallSavingsBytes?: number } | undefined;
        return {
          id: a.id,
          title: a.title,
          score: a.score!,
          displayValue: a.displayValue ?? "",
          savingsMs:
            details?.overallSavingsMs ?? Math.max(0, ...Object.values(a.metricSavings ?? {}).map((x) => x ?? 0)),
          savingsBytes: details?.overallSavingsBytes ?? 0,
        };
      })
      .sort((a, b) => b.savingsMs - a.savingsMs || a.score - b.score);
    const lcpDetails = lhr.audits["largest-contentful-paint-element"]?.details as
      { items?: { items?: { node?: { selector?: string; snippet?: string } }[] }[] } | undefined;
    const lcpNode = lcpDetails?.items?.[0]?.items?.[0]?.node;
    return {
      scores,
      metrics,
      failing,
      lcpElement: lcpNode?.snippet ?? lcpNode?.selector ?? null,
      errored: Object.values(lhr.audits)
        .filter((a) => a.scoreDisplayMode === "error")
        .map((a) => a.id),
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      version: lhr.lighthouseVersion,
    };
  } finally {
    await Promise.all(children.slice(before).map(stop));
    rmSync(profile, { recursive: true, force: true });
  }
}
