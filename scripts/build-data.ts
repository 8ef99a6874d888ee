/**
 * The data build: parse every CSV in data/, validate it against src/data/schema.ts, and emit
 * public/generated/atlas-data.json for the app. Bad data stops the build with file, line and field.
 *   npx tsx scripts/build-data.ts [--data-dir DIR] [--out-dir DIR]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parseCsv, type CsvRecord } from "../src/data/csv";
import { FILES, type FileName } from "../src/data/schema";
import { formatIssue, validateData, type DataIssue } from "../src/data/validate";
import { buildEvents, buildModel } from "../src/data/build-model";
import { buildPrefectureData } from "../src/data/build-prefecture-data";
import { provinceEventsFile, provinceEventsFileOf } from "../src/data/province-events";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dataDir = resolve(arg("--data-dir", "data"));
const outDir = resolve(arg("--out-dir", "public/generated"));

const parsed = {} as Record<FileName, CsvRecord[]>;
const issues: DataIssue[] = [];
for (const file of Object.keys(FILES) as FileName[]) {
  let text: string;
  try {
    text = readFileSync(join(dataDir, file), "utf8");
  } catch {
    issues.push({ file, line: 0, field: "", message: "file not found" });
    parsed[file] = [];
    continue;
  }
  const result = parseCsv(text);
  if (result.ok) parsed[file] = result.records;
  else {
    issues.push({ file, line: result.line, field: "", message: result.reason });
    parsed[file] = [];
  }
}

const validated = issues.length === 0 ? validateData(parsed) : { ok: false as const, issues };
if (!validated.ok) {
  console.error(`Data check failed: ${validated.issues.length} problem(s) in ${dataDir}`);
  for (const issue of validated.issues.slice(0, 50)) console.error(`  ${formatIssue(issue)}`);
  if (validated.issues.length > 50) console.error(`  … and ${validated.issues.length - 50} more`);
  process.exit(1);
}

const model = buildModel(validated.rows);
const events = buildEvents(validated.rows);
mkdirSync(outDir, { recursive: true });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, value] of [
  ["atlas-data.json", model],
  ["events.json", events],
] as const) {
  const json = JSON.stringify(value);
  writeFileSync(join(outDir, name), json);
  console.log(`data: ${name} ${kb(json.length)} (${kb(gzipSync(json).length)} gzip)`);
}
// One events file per covered province, fetched by its panel instead of the whole events file. The
// folder is rewritten whole, like the prefecture files below.
const eventsDir = join(outDir, "events");
rmSync(eventsDir, { recursive: true, force: true });
mkdirSync(eventsDir, { recursive: true });
let eventsGzip = 0;
const covered = model.provinces.filter((p) => p.inScope);
for (const province of covered) {
  const json = JSON.stringify(provinceEventsFileOf(events, province));
  writeFileSync(join(outDir, provinceEventsFile(province.iso)), json);
  eventsGzip += gzipSync(json).length;
}
console.log(`data: events/ ${covered.length} provinces (${kb(eventsGzip)} gzip in all)`);
// One prefecture file per province, fetched when that province's panel opens. The folder is
// rewritten whole, so a province that lost its rows cannot keep a stale file.
const prefectureDir = join(outDir, "prefecture-data");
rmSync(prefectureDir, { recursive: true, force: true });
mkdirSync(prefectureDir, { recursive: true });
let prefRaw = 0;
let prefGzip = 0;
const prefectureFiles = buildPrefectureData(validated.rows);
for (const file of prefectureFiles) {
  const json = JSON.stringify(file);
  writeFileSync(join(prefectureDir, `${file.province}.json`), json);
  prefRaw += json.length;
  prefGzip += gzipSync(json).length;
}
console.log(`data: prefecture-data/ ${prefectureFiles.length} provinces, ${kb(prefRaw)} (${kb(prefGzip)} gzip)`);
console.log(
  `data: ${model.balances.length} balances, ${model.macro.length} macro, ${model.lgfv.length} LGFV estimates, ${model.national.length} national, ` +
    `${events.length} events, ${model.keyRegions.length} key regions, all valid`,
);
