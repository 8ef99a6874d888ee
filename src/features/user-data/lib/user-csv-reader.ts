/**
 * Reads the analyst's CSV ("Your data") incrementally: bytes or text in, in chunks that may end
 * anywhere, a UserCsvResult out. The browser feeds it 1 MiB at a time from a Web Worker
 * (../parse-worker.ts); tests feed it strings. Pure: no DOM, no React, no I/O.
 *
 * The pieces: the shared tokenizer (data/csv-tokenizer.ts) turns text into records, the header is
 * read by user-csv-fields.ts, each row is checked by user-csv-rows.ts, accepted values go into
 * user-csv-grid.ts and the tally into user-csv-problems.ts. This file owns the input: bytes to text,
 * what makes a whole file unreadable (not UTF-8, binary, empty, a bad header), and the result.
 * The file's rules are in user-csv-format.ts.
 */
import { CsvTokenizer, type CsvSyntaxProblem } from "../../../data/csv-tokenizer";
import { readHeader, regionLookup, type RegionMatch, type UserCsvHeader } from "./user-csv-fields";
import { USER_CSV_LIMITS, type FatalError, type ProvinceRef, type UserCsvResult } from "./user-csv-format";
import { emptyUserValues, UserGrid } from "./user-csv-grid";
import { ProblemLog } from "./user-csv-problems";
import { UserCsvRows } from "./user-csv-rows";

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
  return new Reader(provinces);
}

/** A whole file at once (tests, small inputs). */
export function parseUserCsv(text: string, provinces: readonly ProvinceRef[]): UserCsvResult {
  const reader = createUserCsvReader(provinces);
  reader.pushText(text);
  return reader.finish();
}

/** The result for a file refused before or while reading (too large, unreadable). */
export function fatalResult(error: FatalError, provinces: readonly ProvinceRef[]): UserCsvResult {
  const regions = provinces.filter((p) => p.inScope).map((p) => p.adcode);
  return {
    fatal: error,
    columns: [],
    ignoredColumns: [],
    hasSource: false,
    ...ProblemLog.none(),
    data: emptyUserValues(regions),
  };
}

/** Whether a file of this size is refused before reading. */
export function tooLarge(bytes: number): FatalError | null {
  return bytes > USER_CSV_LIMITS.maxBytes ? { kind: "too-large", limit: USER_CSV_LIMITS.maxBytes } : null;
}

/** Accepted rows: read minus rejected. */
export function acceptedRows(result: Pick<UserCsvResult, "rowsRead" | "rejected">): number {
  return result.rowsRead - result.rejected;
}

/** A class rather than a closure: its steps are named methods, and its state is listed in one place. */
class Reader implements UserCsvReader {
  fatal: FatalError | null = null;
  private header: UserCsvHeader | null = null;
  /** The row checks, once the header is read. */
  private rows: UserCsvRows | null = null;
  private readonly log = new ProblemLog();
  private readonly regions: string[];
  private readonly lookup: Map<string, RegionMatch>;
  private readonly grid: UserGrid;
  private readonly tokenizer = new CsvTokenizer(
    (f, line, problem) => this.onRecord(f, line, problem),
    USER_CSV_LIMITS.maxFieldChars,
  );
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private sawText = false;
  private bytesSeen = 0;

  constructor(provinces: readonly ProvinceRef[]) {
    this.regions = provinces.filter((p) => p.inScope).map((p) => p.adcode);
    this.lookup = regionLookup(provinces);
    this.grid = new UserGrid(this.regions);
  }

  get rowsRead(): number {
    return this.log.rowsRead;
  }

  pushText(text: string): void {
    if (this.fatal || text === "") return;
    if (text.includes("\u0000")) {
      this.fatal = { kind: "binary" };
      return;
    }
    if (!this.sawText && text.trim() !== "") this.sawText = true;
    this.tokenizer.push(text);
  }

  pushBytes(bytes: Uint8Array): void {
    if (this.fatal) return;
    try {
      const text = this.decoder.decode(bytes, { stream: true });
      this.bytesSeen += bytes.length;
      this.pushText(text);
    } catch {
      this.fatal = { kind: "not-utf8", offset: this.bytesSeen };
    }
  }

  finish(): UserCsvResult {
    if (!this.fatal) {
      try {
        this.pushText(this.decoder.decode());
      } catch {
        this.fatal = { kind: "not-utf8", offset: this.bytesSeen };
      }
    }
    if (!this.fatal) this.tokenizer.end();
    if (!this.fatal && !this.sawText) this.fatal = { kind: "empty-file" };
    const h = this.header;
    const fatal = this.fatal;
    return {
      fatal,
      columns: h?.columns ?? [],
      ignoredColumns: h ? h.columns.filter((_, k) => h.roles[k] === null) : [],
      hasSource: this.rows?.hasSource ?? false,
      ...(fatal ? ProblemLog.none() : this.log.summary()),
      data: fatal ? emptyUserValues(this.regions) : this.grid.values(),
    };
  }

  private onRecord(fields: string[], line: number, problem: CsvSyntaxProblem | null): void {
    if (this.fatal) return;
    // ",,," rows and lines of spaces: blank lines in spreadsheet form, skipped and not counted.
    if (fields.every((f) => f.trim() === "")) return;
    if (!this.rows) return this.onHeader(fields);
    this.log.rowsRead++;
    const row = this.rows.check(fields, line, problem);
    const refusal = row ? this.grid.add(row.period, row.region, row.value, line, row.source) : null;
    if (refusal) this.rows.reportRefusal(refusal, line);
    if (!row || refusal) this.log.rejected++;
  }

  private onHeader(fields: string[]): void {
    const h = readHeader(fields);
    if (!h.ok) {
      this.fatal = h.error;
      return;
    }
    this.header = h;
    this.rows = new UserCsvRows(h, this.lookup, this.log);
  }
}
