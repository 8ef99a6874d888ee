/**
 * The geometry build: turn ECharts 4.9's bundled China map into a small province TopoJSON,
 * public/generated/china-provinces.topo.json, and project that once into the SVG paths the app
 * draws, public/generated/china-provinces.map.json (no projection work in the browser), together
 * with each province's arrow-key neighbours (from shared borders: scripts/lib/arrow-neighbours.ts).
 * Fails (exit 1) unless all 34 province-level features come out non-empty and every one of them
 * is some arrow's target.
 *   npx tsx scripts/build-geo.ts [--out-dir DIR]
 * Source: echarts/map/json/china.json (Apache-2.0, see the README for attribution).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { projectMap } from "./lib/projected-map";
import {
  buildProvinceTopology,
  provinceFeatures,
  validateProvinceTopology,
  type EchartsGeoJson,
} from "./lib/echarts-geo";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const outDir = resolve(arg("--out-dir", "public/generated"));
const outFile = join(outDir, "china-provinces.topo.json");

// Resolve through node's module lookup so the script works from any working directory.
const sourceFile = createRequire(import.meta.url).resolve("echarts/map/json/china.json");
const source = JSON.parse(readFileSync(sourceFile, "utf8")) as EchartsGeoJson;

const topology = buildProvinceTopology(source);
const problems = validateProvinceTopology(topology);
if (problems.length > 0) {
  console.error(`build-geo: ${problems.length} problem(s) in ${relative(process.cwd(), sourceFile)}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}

const projected = projectMap(topology);
const empty = projected.shapes.filter((s) => s.d === "").map((s) => s.adcode);
if (projected.shapes.length !== 34 || empty.length > 0) {
  console.error(
    `build-geo: projection produced ${projected.shapes.length} shapes; empty: ${empty.join(", ") || "none"}`,
  );
  process.exit(1);
}
const targets = new Set(projected.shapes.flatMap((s) => Object.values(s.arrows)));
const stranded = projected.shapes.filter((s) => !targets.has(s.adcode)).map((s) => s.adcode);
if (stranded.length > 0) {
  console.error(`build-geo: no arrow key leads to ${stranded.join(", ")}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const write = (file: string, value: unknown, what: string) => {
  const json = JSON.stringify(value);
  writeFileSync(file, json);
  console.log(
    `build-geo: ${what} -> ${relative(process.cwd(), file)} (${kb(Buffer.byteLength(json))}, ${kb(gzipSync(json, { level: 9 }).length)} gzip)`,
  );
};
write(outFile, topology, `${provinceFeatures(topology).length} features, ${topology.arcs.length} arcs`);
write(join(outDir, "china-provinces.map.json"), projected, `${projected.shapes.length} projected shapes`);
