/**
 * The data build's two steps, for the current data and for every older release alike: read and
 * check a data folder's CSVs, then turn the checked rows into the files the app loads (names
 * relative to generated/, JSON text).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv, type CsvRecord } from "../../src/data/csv";
import { FILES, type FileName } from "../../src/data/schema";
import { validateData, type DataIssue } from "../../src/data/validate";
import type { ValidatedRows } from "../../src/data/validated-rows";
import { buildEvents, buildModel } from "../../src/data/build-model";
import { buildPrefectureData } from "../../src/data/build-prefecture-data";
import { provinceEventsFile, provinceEventsFileOf } from "../../src/data/province-events";

export type ParsedData = Record<FileName, CsvRecord[]>;

export type DataRead = { ok: true; parsed: ParsedData; rows: ValidatedRows } | { ok: false; issues: DataIssue[] };

/** Every CSV the schema knows, read from `dataDir` (or by `read`, say from git history) and checked. */
export function readData(
  dataDir: string,
  read = (file: string) => readFileSync(join(dataDir, file), "utf8"),
): DataRead {
  const parsed = {} as ParsedData;
  const issues: DataIssue[] = [];
  for (const file of Object.keys(FILES) as FileName[]) {
    let text: string;
    try {
      text = read(file);
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
  if (issues.length > 0) return { ok: false, issues };
  const validated = validateData(parsed);
  return validated.ok ? { ok: true, parsed, rows: validated.rows } : { ok: false, issues: validated.issues };
}

/**
 * The generated data files of checked rows: name (relative to generated/) -> JSON text. The atlas
 * file says which data release it is, so a page knows whose figures it shows.
 */
export function dataFiles(rows: ValidatedRows, release: string): Map<string, string> {
  const files = new Map<string, string>();
  const model = { ...buildModel(rows), release };
  const events = buildEvents(rows);
  files.set("atlas-data.json", JSON.stringify(model));
  files.set("events.json", JSON.stringify(events));
  // One events file per covered province, fetched by its panel instead of the whole events file.
  for (const province of model.provinces.filter((p) => p.inScope))
    files.set(provinceEventsFile(province.iso), JSON.stringify(provinceEventsFileOf(events, province)));
  // One prefecture file per province, fetched when that province's panel opens.
  for (const file of buildPrefectureData(rows))
    files.set(`prefecture-data/${file.province}.json`, JSON.stringify(file));
  return files;
}
