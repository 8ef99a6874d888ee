/**
 * An analyst's own CSV ("Your data"): read incrementally, validated row by row, reduced to one value
 * per province and period. Pure: no DOM, no React, no I/O. The browser feeds it the file in chunks
 * from a Web Worker (features/user-data/parse-worker.ts); tests feed it strings.
 *
 * The file
 * - UTF-8 text (a byte-order mark is fine), RFC 4180: fields separated by commas, quoted with `"`
 *   when they hold commas, quotes (doubled: `""`) or line breaks; lines end in LF, CRLF or CR.
 * - The first non-blank row is the header. Column names are matched ignoring case and surrounding
 *   spaces: `region`, `period`, `value` are required, `source` is optional; the Chinese names
 *   地区, 时期, 数值, 来源 work as well. Other columns are ignored (and listed as ignored).
 *
 * A row
 * - region: a covered province (the 31 mainland provinces), written as its ISO 3166-2 code (CN-GZ),
 *   its 6-digit code (520000), its English name (Guizhou), its Chinese short or full name (贵州,
 *   贵州省) or its ISO romanised name (Guizhou Sheng), ignoring case and spaces. Hong Kong, Macau
 *   and Taiwan are recognised and rejected as not covered.
 * - period: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (zero-padded, a real calendar date, years 1900–2100).
 *   The atlas's own period ids (2024, 2025-06) are of this form, so they work as they are. A period
 *   is kept as written: `2024` and `2024-12-31` are two different periods, and `2024` is not read
 *   as "end of 2024" (the file's convention is its author's, not ours to guess).
 * - value: a finite decimal number with `.` as the decimal point: `1234.5`, `-3`, `1.2e3`, and
 *   thousands separators only in groups of three (`1,234,567.8`, which must be quoted in a CSV).
 *   Rejected: `1.234,5`, `12,34`, `1 234`, `5%`, `$5`, `NaN`, `Infinity`, numbers too large to hold.
 *   An empty value is missing: the row is rejected with that reason, never filled or treated as 0.
 * - source: optional free text, kept exactly as written (never interpreted: a cell that starts with
 *   `=` or holds markup is plain text), at most 500 characters.
 * - A second row for the same region and period is rejected as a duplicate of the first.
 * - A row whose fields are all empty is treated as a blank line: skipped, not counted.
 *
 * Rows are numbered as lines of the file, header = 1: a row's number is the line it starts on, which
 * is what a text editor shows (and the spreadsheet row too, unless a quoted field spans lines).
 * Every rejected row is counted; the details of the first 1,000 problems are kept.
 */

import type { ProvinceInfo } from "./atlas-types";

/** What the parser needs to know about a province (plain fields, so a worker can receive it). */
export type ProvinceRef = Pick<ProvinceInfo, "adcode" | "iso" | "nameEn" | "nameZh" | "nameZhFull" | "nameLatin" | "inScope">;

export const USER_CSV_LIMITS = {
  /** Files above this are refused before reading (50 MB files are expected to work). */
  maxBytes: 200 * 1024 * 1024,
  /** One field's characters; longer fields are cut here and their row rejected. */
  maxFieldChars: 65_536,
  maxSourceChars: 500,
  /** Distinct periods (a million rows of 31 provinces need ~32,300 daily periods). */
  maxPeriods: 50_000,
  /** Distinct source texts. */
  maxSources: 20_000,
  /** Problems kept in detail; all are counted. */
  maxErrorDetails: 1_000,
  /** The offending text quoted in a problem is cut to this many characters. */
  maxQuotedChars: 60,
} as const;

export type Role = "region" | "period" | "value" | "source";

/** Header names per role, compared after trimming, NFKC and lower-casing. */
export const COLUMN_NAMES: Record<Role, readonly string[]> = {
  region: ["region", "地区"],
  period: ["period", "时期"],
  value: ["value", "数值"],
  source: ["source", "来源"],
};

const REQUIRED: readonly Role[] = ["region", "period", "value"];

export type FatalKind =
  | "too-large" // limit
  | "empty-file"
  | "not-utf8" // offset: the byte position where decoding failed (approximate: the chunk's start)
  | "binary" // a NUL character: not a text file
  | "missing-columns" // missing: the roles not found
  | "duplicate-column" // column: the header name used twice
  | "unreadable"; // the browser could not read the file (moved, deleted, no permission) or the reader failed

export interface FatalError {
  kind: FatalKind;
  limit?: number;
  offset?: number;
  missing?: Role[];
  column?: string;
}

export type RowErrorKind =
  | "malformed-quote" // a quote inside an unquoted field, or text after a closing quote
  | "unclosed-quote" // a quoted field never closed: the rest of the file was swallowed by it
  | "field-too-long" // limit
  | "field-count" // found, expected
  | "missing-region"
  | "unknown-region" // text
  | "not-covered-region" // text
  | "missing-period"
  | "bad-period" // text
  | "period-range" // text
  | "missing-value"
  | "bad-value" // text
  | "not-finite" // text
  | "source-too-long" // limit
  | "duplicate" // firstRow
  | "too-many-periods" // limit
  | "too-many-sources"; // limit

export interface RowError {
  /** The line of the file the row starts on (header = 1). */
  row: number;
  /** The column's name as written in the file's header; null when the problem is the whole row. */
  column: string | null;
  kind: RowErrorKind;
  /** The offending text, cut to `maxQuotedChars`. */
  text?: string;
  found?: number;
  expected?: number;
  firstRow?: number;
  limit?: number;
}

/** The accepted values: a dense grid of periods × covered provinces. */
export interface UserValues {
  /** Adcodes of the covered provinces, in the order given: the grid's columns. */
  regions: string[];
  /** The distinct periods with at least one accepted value, ascending: the grid's rows. */
  periods: string[];
  /** values[p * regions.length + r]; NaN where the file has no accepted value. */
  values: Float64Array;
  /** The line each value came from; 0 where there is none. */
  rows: Int32Array;
  /** Index into `sources`; -1 where the row gave none. */
  sourceIndex: Int32Array;
  sources: string[];
}

export interface UserCsvResult {
  /** A problem with the whole file; when set, `data` holds nothing. */
  fatal: FatalError | null;
  /** The header as written (trimmed). */
  columns: string[];
  ignoredColumns: string[];
  hasSource: boolean;
  /** Data rows read (blank lines and the header not counted). */
  rowsRead: number;
  /** Rows rejected (each counted once, however many problems it has). */
  rejected: number;
  /** All problems found (a row may have several). */
  errorCount: number;
  /** The first `maxErrorDetails` problems, in file order. */
  errors: RowError[];
  /** Problems per kind, all counted. */
  errorsByKind: Partial<Record<RowErrorKind, number>>;
  data: UserValues;
}

// ---------------------------------------------------------------------------------------------
// Tokenizer: chunks of text in, records (fields + starting line + any syntax problem) out.

type SyntaxKind = "malformed-quote" | "unclosed-quote" | "field-too-long";

interface SyntaxProblem {
  kind: SyntaxKind;
  /** 0-based index of the field the problem is in. */
  field: number;
}

type RecordSink = (fields: string[], line: number, problem: SyntaxProblem | null) => void;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Field states: nothing read yet, unquoted text read, a quoted field just closed. */
const FRESH = 0;
const UNQUOTED = 1;
const CLOSED = 2;

/**
 * An RFC 4180 tokenizer that keeps its state between chunks, so a chunk may end anywhere: inside a
 * quoted field, between the two quotes of an escaped `""`, between CR and LF. Lenient where a file
 * can still be read row by row (a stray quote marks only its own row as malformed); the only thing
 * that swallows later rows is a quote that is never closed, and that is reported at the end.
 */
export class CsvTokenizer {
  private fields: string[] = [];
  private field = "";
  private fieldState = FRESH;
  private inQuotes = false;
  /** Inside quotes, the previous character was a quote: an escape or the closing quote. */
  private quotePending = false;
  /** The previous chunk ended with CR: an LF at the start of this one belongs to it. */
  private crPending = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private problem: SyntaxProblem | null = null;

  constructor(
    private readonly sink: RecordSink,
    private readonly maxField: number = USER_CSV_LIMITS.maxFieldChars,
  ) {}

  private mark(kind: SyntaxKind) {
    if (!this.problem) this.problem = { kind, field: this.fields.length };
  }

  private append(text: string) {
    if (text === "") return;
    const room = this.maxField - this.field.length;
    if (text.length > room) {
      this.field += text.slice(0, Math.max(0, room));
      this.mark("field-too-long");
    } else this.field += text;
  }

  private endField() {
    this.fields.push(this.field);
    this.field = "";
    this.fieldState = FRESH;
  }

  private endRecord() {
    const blank = this.fields.length === 0 && this.field === "" && this.fieldState === FRESH;
    this.endField();
    if (!blank) this.sink(this.fields, this.recordLine, this.problem);
    this.fields = [];
    this.problem = null;
  }

  push(text: string): void {
    let i = 0;
    const n = text.length;
    if (!this.started && n > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1; // a BOM is not part of the first header name
    }
    while (i < n) {
      if (this.crPending) {
        this.crPending = false;
        if (text.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (text.charCodeAt(i) === QUOTE) {
            this.append('"');
            i++;
            continue;
          }
          // The previous quote closed the field; this character is read as outside quotes.
          this.inQuotes = false;
          this.fieldState = CLOSED;
          continue;
        }
        const q = text.indexOf('"', i);
        const end = q === -1 ? n : q;
        const part = text.slice(i, end);
        for (let k = part.indexOf("\n"); k !== -1; k = part.indexOf("\n", k + 1)) this.line++;
        this.append(part);
        if (q === -1) return;
        this.quotePending = true;
        i = q + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        this.endField();
        i++;
      } else if (c === LF || c === CR) {
        this.endRecord();
        this.line++;
        this.recordLine = this.line;
        if (c === CR) this.crPending = true;
        i++;
      } else if (c === QUOTE) {
        if (this.fieldState === FRESH) {
          this.inQuotes = true;
          this.fieldState = CLOSED; // the field exists now, even if it turns out empty ("")
        } else {
          this.mark("malformed-quote");
          this.append('"');
          this.fieldState = UNQUOTED;
        }
        i++;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === COMMA || d === LF || d === CR || d === QUOTE) break;
          j++;
        }
        if (this.fieldState === CLOSED) this.mark("malformed-quote");
        this.append(text.slice(i, j));
        this.fieldState = UNQUOTED;
        i = j;
      }
    }
  }

  /** The end of the input: flushes the last record (and reports a quote left open). */
  end(): void {
    if (this.inQuotes && !this.quotePending) this.mark("unclosed-quote");
    this.inQuotes = false;
    this.quotePending = false;
    if (this.fields.length > 0 || this.field !== "" || this.fieldState !== FRESH) this.endRecord();
  }
}

// ---------------------------------------------------------------------------------------------
// Matching regions, periods and numbers.

const normaliseKey = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

type RegionMatch = { kind: "covered"; index: number } | { kind: "not-covered" };

/** Every accepted spelling of every province; a spelling shared by two provinces is dropped. */
export function regionLookup(provinces: readonly ProvinceRef[]): Map<string, RegionMatch> {
  const covered = provinces.filter((p) => p.inScope);
  const table = new Map<string, RegionMatch | null>();
  const add = (key: string, match: RegionMatch, owner: string, owners: Map<string, string>) => {
    if (key === "") return;
    const previous = owners.get(key);
    if (previous !== undefined && previous !== owner) table.set(key, null);
    else if (previous === undefined) {
      owners.set(key, owner);
      table.set(key, match);
    }
  };
  const owners = new Map<string, string>();
  for (const p of provinces) {
    const match: RegionMatch = p.inScope ? { kind: "covered", index: covered.indexOf(p) } : { kind: "not-covered" };
    for (const name of [p.iso, p.adcode, p.nameEn, p.nameZh, p.nameZhFull, p.nameLatin]) add(normaliseKey(name), match, p.adcode, owners);
  }
  const out = new Map<string, RegionMatch>();
  for (const [key, match] of table) if (match) out.set(key, match);
  return out;
}

export type PeriodCheck = { ok: true; period: string } | { ok: false; kind: "missing-period" | "bad-period" | "period-range" };

const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function checkPeriod(raw: string): PeriodCheck {
  const text = raw.trim();
  if (text === "") return { ok: false, kind: "missing-period" };
  const m = PERIOD.exec(text);
  if (!m) return { ok: false, kind: "bad-period" };
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, kind: "bad-period" };
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
      if (day < 1 || day > days) return { ok: false, kind: "bad-period" };
    }
  }
  if (year < 1900 || year > 2100) return { ok: false, kind: "period-range" };
  return { ok: true, period: text };
}

export type ValueCheck = { ok: true; value: number } | { ok: false; kind: "missing-value" | "bad-value" | "not-finite" };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

export function checkValue(raw: string): ValueCheck {
  const text = raw.trim();
  if (text === "") return { ok: false, kind: "missing-value" };
  let value: number;
  if (PLAIN_NUMBER.test(text)) value = Number(text);
  else if (GROUPED_NUMBER.test(text)) value = Number(text.replace(/,/g, ""));
  else return { ok: false, kind: "bad-value" };
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, kind: "not-finite" };
}

/** Which role each header column plays (null: ignored), or why the header cannot be used. */
export function readHeader(fields: readonly string[]): { ok: true; roles: (Role | null)[]; columns: string[] } | { ok: false; error: FatalError } {
  const columns = fields.map((f) => f.trim());
  const roles: (Role | null)[] = [];
  const seen = new Map<Role, string>();
  for (const name of columns) {
    const key = name.normalize("NFKC").toLowerCase();
    const role = (Object.keys(COLUMN_NAMES) as Role[]).find((r) => COLUMN_NAMES[r].includes(key)) ?? null;
    if (role && seen.has(role)) return { ok: false, error: { kind: "duplicate-column", column: name } };
    if (role) seen.set(role, name);
    roles.push(role);
  }
  const missing = REQUIRED.filter((r) => !seen.has(r));
  if (missing.length > 0) return { ok: false, error: { kind: "missing-columns", missing } };
  return { ok: true, roles, columns };
}

// ---------------------------------------------------------------------------------------------
// The reader: tokenizer + header + row validation + the grid of accepted values.

const quote = (s: string) => (s.length > USER_CSV_LIMITS.maxQuotedChars ? `${s.slice(0, USER_CSV_LIMITS.maxQuotedChars)}…` : s);

/** Caches raw text -> result for the repeated region and period strings of a large file. */
class BoundedCache<V> {
  private map = new Map<string, V>();
  constructor(private readonly max = 10_000) {}
  get(key: string, compute: (key: string) => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      v = compute(key);
      if (this.map.size < this.max) this.map.set(key, v);
    }
    return v;
  }
}

export interface UserCsvReader {
  /** Feeds decoded text; ignored once a fatal problem is found. */
  pushText(text: string): void;
  /** Feeds raw bytes (UTF-8, decoded here: a chunk may end inside a character). */
  pushBytes(bytes: Uint8Array): void;
  /** Ends the input and returns the result. */
  finish(): UserCsvResult;
  /** Data rows read so far (for progress). */
  readonly rowsRead: number;
  readonly fatal: FatalError | null;
}

export function createUserCsvReader(provinces: readonly ProvinceRef[]): UserCsvReader {
  const regionsCovered = provinces.filter((p) => p.inScope).map((p) => p.adcode);
  const width = regionsCovered.length;
  const lookup = regionLookup(provinces);
  const regionCache = new BoundedCache<RegionMatch | null>();
  const periodCache = new BoundedCache<PeriodCheck>();

  let fatal: FatalError | null = null;
  let header: { roles: (Role | null)[]; columns: string[] } | null = null;
  let col = { region: -1, period: -1, value: -1, source: -1 };
  let rowsRead = 0;
  let rejected = 0;
  let errorCount = 0;
  let sawText = false;
  let bytesSeen = 0;
  const errors: RowError[] = [];
  const errorsByKind: Partial<Record<RowErrorKind, number>> = {};

  // Periods in order of first appearance; each owns a slice of `width` cells in per-period blocks.
  const periodSlot = new Map<string, number>();
  const periodNames: string[] = [];
  const blockValues: Float64Array[] = [];
  const blockRows: Int32Array[] = [];
  const blockSources: Int32Array[] = [];
  const sourceSlot = new Map<string, number>();
  const sources: string[] = [];

  const report = (e: RowError) => {
    errorCount++;
    errorsByKind[e.kind] = (errorsByKind[e.kind] ?? 0) + 1;
    if (errors.length < USER_CSV_LIMITS.maxErrorDetails) errors.push(e);
  };

  const onRecord: RecordSink = (fields, line, problem) => {
    if (fatal) return;
    // ",,," rows and lines of spaces: blank lines in spreadsheet form, skipped and not counted.
    if (fields.every((f) => f.trim() === "")) return;
    if (!header) {
      const h = readHeader(fields);
      if (!h.ok) {
        fatal = h.error;
        return;
      }
      header = h;
      col = { region: h.roles.indexOf("region"), period: h.roles.indexOf("period"), value: h.roles.indexOf("value"), source: h.roles.indexOf("source") };
      return;
    }
    rowsRead++;
    const columns = header.columns;
    const name = (k: number) => columns[k] ?? null;
    if (problem) {
      report({ row: line, column: problem.kind === "unclosed-quote" || problem.field >= columns.length ? null : name(problem.field), kind: problem.kind, ...(problem.kind === "field-too-long" ? { limit: USER_CSV_LIMITS.maxFieldChars } : {}) });
      rejected++;
      return;
    }
    // A row may leave off trailing optional columns (the source, columns the atlas ignores), as
    // spreadsheets do when those cells are empty; the region, period and value must be there.
    if (fields.length < columns.length && fields.length > Math.max(col.region, col.period, col.value)) {
      while (fields.length < columns.length) fields.push("");
    }
    if (fields.length !== columns.length) {
      report({ row: line, column: null, kind: "field-count", found: fields.length, expected: columns.length });
      rejected++;
      return;
    }
    const before = errorCount;

    const regionText = fields[col.region];
    let regionIndex = -1;
    if (regionText.trim() === "") report({ row: line, column: name(col.region), kind: "missing-region" });
    else {
      const match = regionCache.get(regionText, (t) => lookup.get(normaliseKey(t)) ?? null);
      if (!match) report({ row: line, column: name(col.region), kind: "unknown-region", text: quote(regionText.trim()) });
      else if (match.kind === "not-covered") report({ row: line, column: name(col.region), kind: "not-covered-region", text: quote(regionText.trim()) });
      else regionIndex = match.index;
    }

    const periodText = fields[col.period];
    const period = periodCache.get(periodText, checkPeriod);
    if (!period.ok) report({ row: line, column: name(col.period), kind: period.kind, ...(period.kind === "missing-period" ? {} : { text: quote(periodText.trim()) }) });

    const valueText = fields[col.value];
    const value = checkValue(valueText);
    if (!value.ok) report({ row: line, column: name(col.value), kind: value.kind, ...(value.kind === "missing-value" ? {} : { text: quote(valueText.trim()) }) });

    const sourceText = col.source >= 0 ? fields[col.source].trim() : "";
    if (sourceText.length > USER_CSV_LIMITS.maxSourceChars) {
      report({ row: line, column: name(col.source), kind: "source-too-long", limit: USER_CSV_LIMITS.maxSourceChars });
    }
    if (errorCount > before || !period.ok || !value.ok || regionIndex < 0) {
      rejected++;
      return;
    }

    let slot = periodSlot.get(period.period);
    if (slot === undefined) {
      if (periodNames.length >= USER_CSV_LIMITS.maxPeriods) {
        report({ row: line, column: name(col.period), kind: "too-many-periods", limit: USER_CSV_LIMITS.maxPeriods });
        rejected++;
        return;
      }
      slot = periodNames.length;
      periodSlot.set(period.period, slot);
      periodNames.push(period.period);
      blockValues.push(new Float64Array(width).fill(NaN));
      blockRows.push(new Int32Array(width));
      blockSources.push(new Int32Array(width).fill(-1));
    }
    const firstRow = blockRows[slot][regionIndex];
    if (firstRow !== 0) {
      report({ row: line, column: null, kind: "duplicate", firstRow });
      rejected++;
      return;
    }
    let source = -1;
    if (sourceText !== "") {
      const known = sourceSlot.get(sourceText);
      if (known !== undefined) source = known;
      else if (sources.length >= USER_CSV_LIMITS.maxSources) {
        report({ row: line, column: name(col.source), kind: "too-many-sources", limit: USER_CSV_LIMITS.maxSources });
        rejected++;
        return;
      } else {
        source = sources.length;
        sourceSlot.set(sourceText, source);
        sources.push(sourceText);
      }
    }
    blockValues[slot][regionIndex] = value.value;
    blockRows[slot][regionIndex] = line;
    blockSources[slot][regionIndex] = source;
  };

  const tokenizer = new CsvTokenizer(onRecord);
  const decoder = new TextDecoder("utf-8", { fatal: true });

  const pushText = (text: string) => {
    if (fatal || text === "") return;
    if (text.includes("\u0000")) {
      fatal = { kind: "binary" };
      return;
    }
    if (!sawText && text.trim() !== "") sawText = true;
    tokenizer.push(text);
  };

  const grid = (): UserValues => {
    const order = periodNames.map((p, slot) => ({ p, slot })).sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
    const values = new Float64Array(order.length * width);
    const rows = new Int32Array(order.length * width);
    const sourceIndex = new Int32Array(order.length * width);
    order.forEach(({ slot }, k) => {
      values.set(blockValues[slot], k * width);
      rows.set(blockRows[slot], k * width);
      sourceIndex.set(blockSources[slot], k * width);
    });
    return { regions: regionsCovered, periods: order.map((o) => o.p), values, rows, sourceIndex, sources };
  };

  const emptyGrid = (): UserValues => ({ regions: regionsCovered, periods: [], values: new Float64Array(0), rows: new Int32Array(0), sourceIndex: new Int32Array(0), sources: [] });

  return {
    pushText,
    pushBytes(bytes: Uint8Array) {
      if (fatal) return;
      try {
        const text = decoder.decode(bytes, { stream: true });
        bytesSeen += bytes.length;
        pushText(text);
      } catch {
        fatal = { kind: "not-utf8", offset: bytesSeen };
      }
    },
    finish(): UserCsvResult {
      if (!fatal) {
        try {
          pushText(decoder.decode());
        } catch {
          fatal = { kind: "not-utf8", offset: bytesSeen };
        }
      }
      if (!fatal) tokenizer.end();
      if (!fatal && !sawText) fatal = { kind: "empty-file" };
      const h = header as { roles: (Role | null)[]; columns: string[] } | null;
      const f = fatal as FatalError | null;
      return {
        fatal: f,
        columns: h?.columns ?? [],
        ignoredColumns: h ? h.columns.filter((_, k) => h.roles[k] === null) : [],
        hasSource: col.source >= 0,
        rowsRead: f ? 0 : rowsRead,
        rejected: f ? 0 : rejected,
        errorCount: f ? 0 : errorCount,
        errors: f ? [] : errors,
        errorsByKind: f ? {} : errorsByKind,
        data: f ? emptyGrid() : grid(),
      };
    },
    get rowsRead() {
      return rowsRead;
    },
    get fatal() {
      return fatal;
    },
  };
}

/** The result for a file refused before or while reading (too large, unreadable). */
export function fatalResult(error: FatalError, provinces: readonly ProvinceRef[]): UserCsvResult {
  const regions = provinces.filter((p) => p.inScope).map((p) => p.adcode);
  return {
    fatal: error,
    columns: [],
    ignoredColumns: [],
    hasSource: false,
    rowsRead: 0,
    rejected: 0,
    errorCount: 0,
    errors: [],
    errorsByKind: {},
    data: { regions, periods: [], values: new Float64Array(0), rows: new Int32Array(0), sourceIndex: new Int32Array(0), sources: [] },
  };
}

/** Whether a file of this size is refused before reading. */
export function tooLarge(bytes: number): FatalError | null {
  return bytes > USER_CSV_LIMITS.maxBytes ? { kind: "too-large", limit: USER_CSV_LIMITS.maxBytes } : null;
}

/** A whole file at once (tests, small inputs). */
export function parseUserCsv(text: string, provinces: readonly ProvinceRef[]): UserCsvResult {
  const reader = createUserCsvReader(provinces);
  reader.pushText(text);
  return reader.finish();
}

/** The accepted value for a region and period, with its line and source; null when there is none. */
export function userValue(data: UserValues, adcode: string, period: string): { value: number; row: number; source: string | null } | null {
  const r = data.regions.indexOf(adcode);
  const p = binarySearch(data.periods, period);
  if (r < 0 || p < 0) return null;
  const k = p * data.regions.length + r;
  if (data.rows[k] === 0) return null;
  const s = data.sourceIndex[k];
  return { value: data.values[k], row: data.rows[k], source: s >= 0 ? data.sources[s] : null };
}

function binarySearch(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return mid;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Accepted rows: read minus rejected. */
export function acceptedRows(result: Pick<UserCsvResult, "rowsRead" | "rejected">): number {
  return result.rowsRead - result.rejected;
}
