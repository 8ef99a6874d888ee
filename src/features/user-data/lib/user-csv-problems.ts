/**
 * The tally of an analyst's CSV as it is read: rows read and rejected, and every problem counted (by
 * kind, too) while only the first `maxErrorDetails` are kept in detail, so a file of a million bad
 * rows costs a counter, not a million objects.
 */
import { USER_CSV_LIMITS, type RowError, type RowErrorKind, type UserCsvResult } from "./user-csv-format";

type Tally = Pick<UserCsvResult, "rowsRead" | "rejected" | "errorCount" | "errors" | "errorsByKind">;

export class ProblemLog {
  /** Data rows read (blank lines and the header not counted). */
  rowsRead = 0;
  /** Rows rejected, each once however many problems it has. */
  rejected = 0;
  errorCount = 0;
  private readonly errors: RowError[] = [];
  private readonly errorsByKind: Partial<Record<RowErrorKind, number>> = {};

  /** The tally of a file that could not be read at all. */
  static none(): Tally {
    return { rowsRead: 0, rejected: 0, errorCount: 0, errors: [], errorsByKind: {} };
  }

  report(e: RowError): void {
    this.errorCount++;
    this.errorsByKind[e.kind] = (this.errorsByKind[e.kind] ?? 0) + 1;
    if (this.errors.length < USER_CSV_LIMITS.maxErrorDetails) this.errors.push(e);
  }

  summary(): Tally {
    const { rowsRead, rejected, errorCount, errors, errorsByKind } = this;
    return { rowsRead, rejected, errorCount, errors, errorsByKind };
  }
}
