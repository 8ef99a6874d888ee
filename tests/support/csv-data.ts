/**
 * The project's data/ CSVs through the build's own parse → validate steps, for the tests that are
 * about the CSVs themselves (data-integrity: the rules, and that the generated JSON is what the
 * CSVs build; cjk-font: the characters, gathered on a route independent of the generated files).
 * Every other test reads the built model through tests/support/real-data.ts, which costs a JSON
 * parse instead of a CSV parse and a schema validation per test file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv, type CsvRecord } from "../../src/data/csv";
import { FILES, type FileName } from "../../src/data/schema";
import { validateData, type ValidationResult } from "../../src/data/validate";

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
