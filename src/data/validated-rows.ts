/**
 * What validation produces: the rows of every file with their line numbers, or the problems as
 * file, line and field. In a module of their own so validate.ts and the per-topic checks it calls
 * (validate-prefectures.ts) can both name them without importing each other.
 */
import type { FileName, RowOf } from "./schema";

export interface DataIssue {
  file: string;
  line: number;
  field: string;
  message: string;
}

export type ValidatedRows = { [F in FileName]: { line: number; row: RowOf<F> }[] };
