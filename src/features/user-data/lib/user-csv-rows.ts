/**
 * One data row of the analyst's CSV, checked against its header: the record's shape (no syntax
 * problem, the header's number of fields), then each field's rule (user-csv-fields.ts), every
 * problem reported to the ProblemLog with the line and the column's name as the file writes it.
 * What passes is ready for the grid; what the grid then refuses is reported here too.
 */
import type { CsvSyntaxProblem } from "../../../data/csv-tokenizer";
import {
  checkPeriod,
  checkSource,
  checkValue,
  normaliseKey,
  type PeriodCheck,
  type RegionMatch,
  type UserCsvHeader,
} from "./user-csv-fields";
import { USER_CSV_LIMITS, type RowError, type RowErrorKind } from "./user-csv-format";
import type { GridRefusal } from "./user-csv-grid";
import type { ProblemLog } from "./user-csv-problems";

/** The tokenizer's two quote problems are one kind to the reader of the dialog. */
const SYNTAX_KIND: Record<CsvSyntaxProblem["kind"], RowErrorKind> = {
  "quote-in-unquoted": "malformed-quote",
  "text-after-quote": "malformed-quote",
  "unclosed-quote": "unclosed-quote",
  "field-too-long": "field-too-long",
};

/** Where each role's column is; -1 for a source column the file does not have. */
type Columns = Record<"region" | "period" | "value" | "source", number>;

/** A row that passed the field checks, ready for the grid. */
export interface CheckedRow {
  region: number;
  period: string;
  value: number;
  source: string;
}

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

/** The checks for the rows under one header; made once the header is read. */
export class UserCsvRows {
  private readonly col: Columns;
  private readonly regionCache = new BoundedCache<RegionMatch | null>();
  private readonly periodCache = new BoundedCache<PeriodCheck>();

  constructor(
    private readonly header: UserCsvHeader,
    private readonly lookup: Map<string, RegionMatch>,
    private readonly log: ProblemLog,
  ) {
    const at = (role: keyof Columns) => header.roles.indexOf(role);
    this.col = { region: at("region"), period: at("period"), value: at("value"), source: at("source") };
  }

  get hasSource(): boolean {
    return this.col.source >= 0;
  }

  /** The row ready for the grid, or null when it is rejected (its problems reported). */
  check(fields: string[], line: number, problem: CsvSyntaxProblem | null): CheckedRow | null {
    return this.checkShape(fields, line, problem) ? this.checkFields(fields, line) : null;
  }

  /** The column's name as written in the header (null past its end). */
  private name(k: number): string | null {
    return this.header.columns[k] ?? null;
  }

  /** The record can be read as a row: no syntax problem, the header's number of fields. */
  private checkShape(fields: string[], line: number, problem: CsvSyntaxProblem | null): boolean {
    const width = this.header.columns.length;
    if (problem) {
      const column = problem.kind === "unclosed-quote" || problem.field >= width ? null : this.name(problem.field);
      const limit = problem.kind === "field-too-long" ? { limit: USER_CSV_LIMITS.maxFieldChars } : {};
      this.log.report({ row: line, column, kind: SYNTAX_KIND[problem.kind], ...limit });
      return false;
    }
    // A row may leave off trailing optional columns (the source, columns the atlas ignores), as
    // spreadsheets do when those cells are empty; the region, period and value must be there.
    const { region, period, value } = this.col;
    if (fields.length < width && fields.length > Math.max(region, period, value)) {
      while (fields.length < width) fields.push("");
    }
    if (fields.length === width) return true;
    this.log.report({ row: line, column: null, kind: "field-count", found: fields.length, expected: width });
    return false;
  }

  /** Each field's rule; every problem of the row is reported, not only the first. */
  private checkFields(fields: string[], line: number): CheckedRow | null {
    const { col } = this;
    const problem = (k: number, kind: RowErrorKind, text?: string): RowError => ({
      row: line,
      column: this.name(k),
      kind,
      ...(text === undefined ? {} : { text: quote(text.trim()) }),
    });
    const before = this.log.errorCount;

    const regionText = fields[col.region];
    const match =
      regionText.trim() === ""
        ? undefined
        : this.regionCache.get(regionText, (t) => this.lookup.get(normaliseKey(t)) ?? null);
    if (match === undefined) this.log.report(problem(col.region, "missing-region"));
    else if (match === null) this.log.report(problem(col.region, "unknown-region", regionText));
    else if (match.kind === "not-covered") this.log.report(problem(col.region, "not-covered-region", regionText));

    const periodText = fields[col.period];
    const period = this.periodCache.get(periodText, checkPeriod);
    if (!period.ok)
      this.log.report(problem(col.period, period.kind, period.kind === "missing-period" ? undefined : periodText));

    const valueText = fields[col.value];
    const value = checkValue(valueText);
    if (!value.ok)
      this.log.report(problem(col.value, value.kind, value.kind === "missing-value" ? undefined : valueText));

    const source = checkSource(col.source >= 0 ? fields[col.source] : "");
    if (!source.ok) this.log.report({ ...problem(col.source, source.kind), limit: USER_CSV_LIMITS.maxSourceChars });

    if (this.log.errorCount > before || !match || match.kind !== "covered" || !period.ok || !value.ok || !source.ok)
      return null;
    return { region: match.index, period: period.period, value: value.value, source: source.source };
  }

  /** Reports why the grid refused a checked row. */
  reportRefusal(refusal: GridRefusal, line: number): void {
    if (refusal.kind === "duplicate")
      this.log.report({ row: line, column: null, kind: "duplicate", firstRow: refusal.firstRow });
    else if (refusal.kind === "too-many-periods")
      this.log.report({
        row: line,
        column: this.name(this.col.period),
        kind: refusal.kind,
        limit: USER_CSV_LIMITS.maxPeriods,
      });
    else
      this.log.report({
        row: line,
        column: this.name(this.col.source),
        kind: refusal.kind,
        limit: USER_CSV_LIMITS.maxSources,
      });
  }
}

const quote = (s: string) =>
  s.length > USER_CSV_LIMITS.maxQuotedChars ? `${s.slice(0, USER_CSV_LIMITS.maxQuotedChars)}…` : s;
