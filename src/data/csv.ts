/**
 * The curated data's CSV (data/*.csv, read by the data build): records with the line each starts on
 * (1-based, the header is line 1), so validation errors can name the file's line even when quoted
 * fields span lines. Strict, unlike the analyst's own file in "Your data": the first problem fails the
 * whole file, because the curated data must be fixed, not half read. The tokenizing is
 * csv-tokenizer.ts, shared with that reader. Pure: no I/O, no React.
 */
import { CsvTokenizer, type CsvSyntaxKind, type CsvSyntaxProblem } from "./csv-tokenizer";

export interface CsvRecord {
  /** 1-based line number of the record's first character in the file. */
  line: number;
  values: Record<string, string>;
}

export type CsvResult =
  | { ok: true; header: string[]; records: CsvRecord[] }
  | { ok: false; line: number; reason: string };

interface RawRow {
  line: number;
  fields: string[];
}

const SYNTAX_REASONS: Record<CsvSyntaxKind, string> = {
  "quote-in-unquoted": "a quote inside an unquoted field",
  "text-after-quote": "unexpected character after a closing quote",
  "unclosed-quote": "a quoted field is never closed",
  "field-too-long": "a field is too long", // no limit is set here, so never said; kept for the type
};

function splitRows(text: string): { ok: true; rows: RawRow[] } | { ok: false; line: number; reason: string } {
  const rows: RawRow[] = [];
  let first: CsvSyntaxProblem | null = null;
  const tokenizer = new CsvTokenizer((fields, line, problem) => {
    first ??= problem;
    // A row that is a single empty field (`""` alone) is a blank line too: skip it rather than
    // report a short row.
    if (!(fields.length === 1 && fields[0] === "")) rows.push({ line, fields });
  });
  tokenizer.push(text);
  tokenizer.end();
  // Any syntax problem outranks a field-count problem in an earlier row, as it always has: a stray
  // quote is the likelier cause of both.
  const problem = first as CsvSyntaxProblem | null;
  if (problem) return { ok: false, line: problem.line, reason: SYNTAX_REASONS[problem.kind] };
  return { ok: true, rows };
}

export function parseCsv(text: string): CsvResult {
  const split = splitRows(text);
  if (!split.ok) return split;
  const [head, ...body] = split.rows;
  if (!head) return { ok: false, line: 1, reason: "the file is empty (no header row)" };
  const header = head.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") return { ok: false, line: 1, reason: "the header has an empty column name" };
    if (seen.has(name)) return { ok: false, line: 1, reason: `the header repeats the column "${name}"` };
    seen.add(name);
  }
  const records: CsvRecord[] = [];
  for (const row of body) {
    if (row.fields.length !== header.length) {
      return {
        ok: false,
        line: row.line,
        reason: `expected ${header.length} fields, found ${row.fields.length}`,
      };
    }
    const values: Record<string, string> = {};
    header.forEach((name, k) => (values[name] = row.fields[k]));
    records.push({ line: row.line, values });
  }
  return { ok: true, header, records };
}
