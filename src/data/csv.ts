/**
 * RFC 4180 CSV parsing that remembers where every record starts, so validation errors can name
 * the file's line (1-based, counting the header as line 1) even when quoted fields span lines.
 * Pure: no I/O, no React. Used by the data build and, later, by user-supplied files.
 */

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

function splitRows(text: string): { ok: true; rows: RawRow[] } | { ok: false; line: number; reason: string } {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteOpenedAt = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM is not part of the first header name

  const endRow = () => {
    fields.push(field);
    // A row that is a single empty field is a blank line: skip it rather than report a short row.
    if (!(fields.length === 1 && fields[0] === "")) rows.push({ line: rowLine, fields });
    fields = [];
    field = "";
  };

  for (; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          const next = text[i + 1];
          if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
            return { ok: false, line, reason: `unexpected character after a closing quote` };
          }
        }
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== "") return { ok: false, line, reason: "a quote inside an unquoted field" };
      inQuotes = true;
      quoteOpenedAt = line;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += ch;
    }
  }
  if (inQuotes) return { ok: false, line: quoteOpenedAt, reason: "a quoted field is never closed" };
  if (field !== "" || fields.length > 0) endRow();
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
