/**
 * The prefecture build: one projected prefecture-level map per covered province (31), from the
 * per-province maps in the same npm package as the national map, written to
 * public/generated/prefectures/<province adcode>.json (loaded only when that province opens).
 * Fails (exit 1) if a source file is missing or a province comes out empty or malformed.
 *   npx tsx scripts/build-prefectures.ts [--out-dir DIR]
 * Source: echarts/map/json/province/*.json (Apache-2.0, see the README for attribution).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import {
  buildPrefectureMap,
  decodePrefectures,
  PREFECTURE_SOURCES,
  validatePrefectureMap,
  type ProvinceSource,
} from "./lib/prefectures";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const outDir = resolve(arg("--out-dir", "public/generated/prefectures"));
const require = createRequire(import.meta.url);
const started = performance.now();

const fail = (message: string): never => {
  console.error(`build-prefectures: ${message}`);
  process.exit(1);
};

// Build everything before writing anything: a failure leaves the previous output intact.
const outputs = PREFECTURE_SOURCES.map(({ adcode, file }) => {
  const name = `echarts/map/json/province/${file}.json`;
  let source: ProvinceSource;
  try {
    source = JSON.parse(readFileSync(require.resolve(name), "utf8")) as ProvinceSource;
  } catch (error) {
    return fail(`cannot read ${name} for province ${adcode} (${(error as Error).message.split("\n")[0]})`);
  }
  let map;
  try {
    map = buildPrefectureMap(adcode, decodePrefectures(source, adcode));
  } catch (error) {
    return fail(`${name}: ${(error as Error).message}`);
  }
  const problems = validatePrefectureMap(map);
  if (problems.length > 0) fail(`${name}: ${problems.join("; ")}`);
  return { adcode, file, map, json: JSON.stringify(map) };
});

mkdirSync(outDir, { recursive: true });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
let raw = 0;
let gzip = 0;
for (const { adcode, file, map, json } of outputs) {
  writeFileSync(join(outDir, `${adcode}.json`), json);
  const z = gzipSync(json, { level: 9 }).length;
  raw += Buffer.byteLength(json);
  gzip += z;
  const omitted =
    map.omitted.length > 0 ? `, not drawn: ${map.omitted.map((o) => `${o.code} ${o.name}`).join(", ")}` : "";
  console.log(
    `  ${adcode} ${file.padEnd(12)} ${String(map.shapes.length).padStart(2)} shapes ${kb(Buffer.byteLength(json)).padStart(9)} ${kb(z).padStart(8)} gzip${omitted}`,
  );
}
console.log(
  `build-prefectures: ${outputs.length} provinces -> ${relative(process.cwd(), outDir)}/ (${kb(raw)}, ${kb(gzip)} gzip) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
