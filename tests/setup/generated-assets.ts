/**
 * Keeps public/generated/ in step with its inputs for the tests, building only what is stale.
 * The four steps are `npm run prepare-assets`' scripts, run in the same order (the font reads the
 * other steps' output). A step is fresh when every file it writes exists and is newer than every
 * input:
 *  - the script and every module it imports, followed through relative imports (so a src/ module
 *    a build uses counts wherever it moves, and one it stops using stops counting);
 *  - the data build also reads data/*.csv;
 *  - node_modules/.package-lock.json, rewritten by every `npm install`: the packages' own files
 *    carry the npm tarball's fixed dates, so their times say nothing about a new echarts or font.
 * The font step's real input is the set of CJK characters in all of src/ and the generated JSON;
 * comparing that set with the manifest's, rather than the times of every source file, keeps an
 * edit to an English string from costing a font build.
 *
 * Several vitest processes may start at once in one checkout (a watcher and a run, two runs of
 * different files): the building is serialised by a lock, and each step is checked again once
 * the lock is held. A watcher checks once, at its start: after editing a CSV, restart it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { cjkCharacters } from "../../src/i18n/cjk-font";
import { withDirLock } from "../support/dir-lock";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const GENERATED_DIR = join(ROOT, "public", "generated");
const require = createRequire(import.meta.url);

interface Step {
  name: string;
  /** The build script, relative to the project root. */
  script: string;
  /** Inputs besides the script's import closure and the installed packages. */
  inputs(): string[];
  /** Every file the step writes, as far as can be known without building. */
  outputs(): string[];
  /** An input compared by content rather than by time; a reason when it differs. */
  contentStale?(): string | null;
}

const generated = (...parts: string[]) => join(GENERATED_DIR, ...parts);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const jsonIn = (dir: string) => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
};

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

const STEPS: Step[] = [
  {
    name: "data",
    script: "scripts/build-data.ts",
    inputs: () =>
      readdirSync(join(ROOT, "data"))
        .filter((f) => f.endsWith(".csv"))
        .map((f) => join(ROOT, "data", f)),
    // One prefecture file and one province events file stand for their folders: the build writes all or none.
    outputs: () => [
      generated("atlas-data.json"),
      generated("events.json"),
      generated("events/CN-GZ.json"),
      generated("prefecture-data/520000.json"),
    ],
  },
  {
    name: "geometry",
    script: "scripts/build-geo.ts",
    inputs: () => [],
    outputs: () => [generated("china-provinces.topo.json"), generated("china-provinces.map.json")],
  },
  {
    name: "prefectures",
    script: "scripts/build-prefectures.ts",
    inputs: () => [],
    // One file per province the build knows; their list lives with the build (read as text, so
    // this check does not load the geometry libraries).
    outputs: () => {
      const list = readFileSync(join(ROOT, "scripts", "lib", "prefectures.ts"), "utf8");
      const adcodes = [...list.matchAll(/\badcode:\s*"(\d{6})"/g)].map((m) => m[1]);
      return adcodes.length > 0
        ? adcodes.map((a) => generated("prefectures", `${a}.json`))
        : [generated("prefectures")];
    },
  },
  {
    name: "font",
    script: "scripts/build-font.ts",
    inputs: () => [],
    outputs: () => {
      const manifest = readJson(generated("fonts", "atlas-cjk.json")) as { files?: { file: string }[] } | null;
      const files = (manifest?.files ?? []).map((f) => generated("fonts", f.file));
      return [generated("fonts", "atlas-cjk.json"), generated("fonts", "LICENSE-noto-sans-sc.txt"), ...files];
    },
    contentStale: () => {
      // The same sources as scripts/build-font.ts: every file under src/, and the generated JSON
      // (top level and prefectures/), the characters picked out by the same function.
      const manifest = readJson(generated("fonts", "atlas-cjk.json")) as { characters?: string } | null;
      const texts = [
        ...filesUnder(join(ROOT, "src")),
        ...jsonIn(GENERATED_DIR),
        ...jsonIn(generated("prefectures")),
        ...jsonIn(generated("prefecture-data")),
      ].map((f) => readFileSync(f, "utf8"));
      const needed = cjkCharacters(texts.join("\n")).join("");
      if (manifest?.characters === needed) return null;
      const had = new Set(manifest?.characters ?? "");
      const added = [...needed].filter((c) => !had.has(c));
      return `the characters to cover changed (${added.length} new: ${added.slice(0, 10).join("")}${added.length > 10 ? "…" : ""})`;
    },
  },
];

/** Relative imports and re-exports, static and dynamic, type-only included (a conservative closure). */
const IMPORT = /\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"'?]+)[^"']*["']/g;
const CANDIDATES = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const stem of [base, base.replace(/\.m?js$/, "")])
    for (const ext of CANDIDATES) if (isFile(stem + ext)) return stem + ext;
  return null;
}

/** The script and every project file it reaches through relative imports. */
function importClosure(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (!/\.(m?[jt]sx?)$/.test(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = resolveImport(file, m[1]);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}

const mtime = (path: string): number | null => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
};

/** Why a step must run, or null when its outputs are fresh. */
function staleness(step: Step): string | null {
  const outputs = step.outputs();
  const missing = outputs.find((f) => mtime(f) === null);
  if (missing) return `${relative(ROOT, missing)} is missing`;
  const oldest = Math.min(...outputs.map((f) => mtime(f)!));
  const inputs = [
    ...importClosure(join(ROOT, step.script)),
    ...step.inputs(),
    join(ROOT, "node_modules", ".package-lock.json"),
  ];
  const newer = inputs.find((f) => (mtime(f) ?? 0) > oldest);
  if (newer) return `${relative(ROOT, newer)} is newer than the output`;
  return step.contentStale?.() ?? null;
}

function run(step: Step, reason: string) {
  console.log(`[global setup] ${step.name}: ${reason}; running ${step.script}`);
  const result = spawnSync(process.execPath, [require.resolve("tsx/cli"), step.script], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.status !== 0)
    throw new Error(
      `[global setup] ${step.script} failed (exit ${result.status ?? result.signal}); see its output above`,
    );
}

/**
 * One build at a time per checkout. A lock older than five minutes is taken to be left by a killed
 * run (the four builds take ~10 s together); checking twice a second is plenty.
 */
const withLock = (body: () => void) =>
  withDirLock(
    join(tmpdir(), `atlas-generated-${createHash("sha256").update(ROOT).digest("hex").slice(0, 12)}.lock`),
    { staleMs: 300_000, pollMs: 500 },
    body,
  );

/** Builds the stale steps, in order; a no-op (a few stat calls) when everything is fresh. */
export async function ensureGeneratedAssets(): Promise<void> {
  if (STEPS.every((step) => staleness(step) === null)) return;
  await withLock(() => {
    for (const step of STEPS) {
      const reason = staleness(step);
      if (reason) run(step, reason);
    }
  });
}
