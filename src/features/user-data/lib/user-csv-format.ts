/**
 * What the analyst's own CSV ("Your data") must look like and what reading it gives back: the file's
 * rules (below), the limits, and the result's types. Types and constants only, so the dialog's
 * wording, the store and the worker protocol can name them without loading the reader.
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
 *
 * The reading is split along these rules: csv-tokenizer.ts (src/data, shared with the curated data)
 * turns text into records, user-csv-fields.ts checks a header and one field, user-csv-rows.ts one row,
 * user-csv-grid.ts holds the accepted values, user-csv-problems.ts counts what was refused, and
 * user-csv-reader.ts ties them together chunk by chunk.
 */

import type { ProvinceInfo } from "../../../data/atlas-types";

/** What the parser needs to know about a province (plain fields, so a worker can receive it). */
export type ProvinceRef = Pick<
  ProvinceInfo,
  "adcode" | "iso" | "nameEn" | "nameZh" | "nameZhFull" | "nameLatin" | "inScope"
>;

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
