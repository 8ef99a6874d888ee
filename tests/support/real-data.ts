/** Loads the project's real data/ through the same parse → validate → model steps as the build. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv, type CsvRecord } from "../../src/data/csv";
import { FILES, type FileName } from "../../src/data/schema";
import { validateData, type ValidationResult } from "../../src/data/validate";
import { buildEvents, buildModel } from "../../src/data/build-model";
import { indexAtlas } from "../../src/data/atlas-index";

export const DATA_DIR = join(import.meta.dirname, "..", "..", "data");

export function readDataFiles(overrides: Partial<Record<FileName, string>> = {}): Record<FileName, string> {
  const out = {} as Record<FileName, string>;
  for (const file of Object.keys(FILES) as FileName[])
    out[file] = overrides[file] ?? readFileSync(join(DATA_DIR, file), "utf8");
  return out;
}

export function validateTexts(texts: Record<FileName, string>): ValidationResult {
  const parsed = {} as Record<FileName, CsvRecord[]>;
  for (const [file, text] of Object.entries(texts) as [FileName, string][]) {
    const result = parseCsv(text);
    if (!result.ok) throw new Error(`${file}:${result.line}: ${result.reason}`);
    parsed[file] = result.records;
  }
  return validateData(parsed);
}

let cached: ReturnType<typeof indexAtlas> | null = null;
export function realIndex() {
  if (cached) return cached;
  const result = validateTexts(readDataFiles());
  if (!result.ok) throw new Error(`real data invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  cached = indexAtlas(buildModel(result.rows));
  return cached;
}

export function realEvents() {
  const result = validateTexts(readDataFiles());
  if (!result.ok) throw new Error("real data invalid");
  return buildEvents(result.rows);
}
