/**
 * The data build: parse every CSV in data/, validate it against src/data/schema.ts, and emit the
 * files the app loads into public/generated/ (atlas-data.json, events.json, events/<ISO>.json,
 * prefecture-data/<adcode>.json), then every data release's (data/releases.csv; scripts/lib/releases.ts):
 * releases.json and the older releases' files under releases/. Bad data stops the build with file,
 * line and field.
 *   npx tsx scripts/build-data.ts [--data-dir DIR] [--out-dir DIR]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { formatIssue } from "../src/data/validate";
import { dataFiles, readData } from "./lib/data-files";
import { buildReleases, newestRelease, ReleaseError } from "./lib/releases";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dataDir = resolve(arg("--data-dir", "data"));
const outDir = resolve(arg("--out-dir", "public/generated"));

const read = readData(dataDir);
if (!read.ok) {
  console.error(`Data check failed: ${read.issues.length} problem(s) in ${dataDir}`);
  for (const issue of read.issues.slice(0, 50)) console.error(`  ${formatIssue(issue)}`);
  if (read.issues.length > 50) console.error(`  … and ${read.issues.length - 50} more`);
  process.exit(1);
}
let releases;
let files: Map<string, string>;
try {
  files = dataFiles(read.rows, newestRelease(dataDir));
  releases = buildReleases(dataDir, { parsed: read.parsed, files });
} catch (e) {
  if (!(e instanceof ReleaseError)) throw e;
  console.error(`Data releases: ${e.message}`);
  process.exit(1);
}

// The folders of per-province files and of releases are rewritten whole, so a province that lost
// its rows, or a release's file no longer needed, cannot leave a stale file behind.
for (const folder of ["events", "prefecture-data", "releases"])
  rmSync(join(outDir, folder), { recursive: true, force: true });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const totals = new Map<string, { count: number; raw: number; gzip: number }>();
for (const [name, text] of [...files, ...releases.files]) {
  const path = join(outDir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  const group = name.includes("/") ? `${name.split("/").slice(0, -1).join("/")}/` : name;
  const total = totals.get(group) ?? { count: 0, raw: 0, gzip: 0 };
  totals.set(group, { count: total.count + 1, raw: total.raw + text.length, gzip: total.gzip + gzipSync(text).length });
}
for (const [group, t] of totals)
  console.log(`data: ${group}${t.count > 1 ? ` ${t.count} files,` : ""} ${kb(t.raw)} (${kb(t.gzip)} gzip)`);
const model = JSON.parse(files.get("atlas-data.json")!) as {
  balances: unknown[];
  macro: unknown[];
  lgfv: unknown[];
  national: unknown[];
  keyRegions: unknown[];
};
console.log(
  `data: ${model.balances.length} balances, ${model.macro.length} macro, ${model.lgfv.length} LGFV estimates, ${model.national.length} national, ` +
    `${read.rows["events.csv"].length} events, ${model.keyRegions.length} key regions, all valid`,
);
console.log(
  `data: ${releases.index.releases.length} release(s), current ${releases.index.current}` +
    (releases.index.releases.length > 1
      ? `; older releases' own files: ${releases.files.size - releases.index.releases.length} `
      : ""),
);
