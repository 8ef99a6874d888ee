/**
 * What one data release changed in another, row by row: the build counts it for Sources & method
 * (rows added, changed, removed, by file) and lists a pinned release's revised figures for its
 * notice. Pure, no React; a row is a CSV record's values (data/csv.ts), column -> text.
 *
 * A row is matched across releases by its key (the columns below); a second row with the same key
 * (none in today's data) is matched by its order among them. A figure is an amount column (bn or
 * 100m yuan), or a column that decides which figure is shown (`preferred`): a changed quote, note
 * or code is counted as a change but is not a revised figure.
 */
import type { FileChange, Revision } from "./releases";

interface FileKey {
  /** The columns that name a row. */
  key: string[];
  /** The row's province (adcode), place and period columns, for matching a revision to a view. */
  province?: string;
  place?: string;
  period?: string;
  /** The column naming what the row measures (a series, an indicator), or an event's title. */
  label?: string;
  /** Columns besides the amounts that change what the atlas shows (which of two rows is used). */
  shown?: string[];
}

export const FILE_KEYS: Record<string, FileKey> = {
  "provinces.csv": { key: ["adcode"], province: "adcode" },
  "debt_balance.csv": {
    key: ["adcode", "period", "preferred"],
    province: "adcode",
    period: "period",
    shown: ["preferred"],
  },
  // A figure may have rows from two vintages of a statistic, one preferred.
  "macro.csv": {
    key: ["adcode", "year", "indicator", "scope", "vintage"],
    province: "adcode",
    period: "year",
    label: "indicator",
    shown: ["preferred"],
  },
  "national.csv": { key: ["series", "period"], period: "period", label: "series" },
  "events.csv": { key: ["id"], province: "province_adcode", place: "place_adcode", period: "date", label: "title_en" },
  "key_regions.csv": { key: ["province_adcode"], province: "province_adcode" },
  "lgfv.csv": { key: ["adcode", "period", "measure"], province: "adcode", period: "period" },
  "macro_regions.csv": { key: ["province_adcode"], province: "province_adcode" },
  "source_labels.csv": { key: ["match"] },
  "prefecture_debt.csv": { key: ["adcode", "year"], province: "province_adcode", place: "adcode", period: "year" },
  "prefecture_macro.csv": {
    key: ["adcode", "year", "indicator"],
    province: "province_adcode",
    place: "adcode",
    period: "year",
    label: "indicator",
  },
  "prefecture_sources.csv": { key: ["id"] },
  "prefecture_names.csv": { key: ["adcode"], province: "province_adcode", place: "adcode" },
};

/** One CSV row: column -> text. */
export type Row = Readonly<Record<string, string>>;

const NUMBER = /^-?\d+(\.\d+)?$/;
const isNumber = (value: string | undefined) => value !== undefined && NUMBER.test(value.trim());
const AMOUNT = /_(bn|100m)_cny$/;
/** Whether a column of a file holds a figure the atlas shows, or decides which one it shows. */
const isFigureColumn = (file: string, column: string) =>
  AMOUNT.test(column) || (FILE_KEYS[file]?.shown?.includes(column) ?? false);

/** Each row under its key; a repeated key gets its order among the rows that share it ("…#2"). */
function keyed(file: string, rows: readonly Row[]): Map<string, Row> {
  const columns = FILE_KEYS[file]?.key;
  const out = new Map<string, Row>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const base = columns ? columns.map((c) => row[c] ?? "").join("\u001f") : JSON.stringify(row);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(n === 1 ? base : `${base}#${n}`, row);
  }
  return out;
}

export interface FileDiff extends FileChange {
  /** Rows whose figures differ, or that were added or removed with figures in them. */
  revisions: Revision[];
}

function revision(file: string, kind: Revision["kind"], row: Row, fields: Revision["fields"]): Revision {
  const spec = FILE_KEYS[file] ?? { key: [] };
  const read = (column?: string) => (column ? (row[column] ?? "") : "");
  return {
    file,
    kind,
    province: read(spec.province),
    place: read(spec.place) === read(spec.province) ? "" : read(spec.place),
    period: read(spec.period),
    label: read(spec.label),
    fields,
  };
}

/** The figures of a row alone (added or removed): each amount it has, on one side. */
const figuresOf = (file: string, row: Row, side: "old" | "new") =>
  Object.entries(row)
    .filter(([name, value]) => AMOUNT.test(name) && isNumber(value) && isFigureColumn(file, name))
    .map(([name, value]) => ({ name, old: side === "old" ? value : "", new: side === "new" ? value : "" }));

/** What `after` changed in `before`, one file's rows. */
export function diffFile(file: string, before: readonly Row[], after: readonly Row[]): FileDiff {
  const old = keyed(file, before);
  const now = keyed(file, after);
  const diff: FileDiff = { file, added: 0, changed: 0, removed: 0, revisions: [] };
  for (const [key, row] of now) {
    const was = old.get(key);
    if (!was) {
      diff.added++;
      const fields = figuresOf(file, row, "new");
      if (fields.length > 0) diff.revisions.push(revision(file, "added", row, fields));
      continue;
    }
    const columns = new Set([...Object.keys(was), ...Object.keys(row)]);
    let changed = false;
    const fields: Revision["fields"] = [];
    for (const column of columns) {
      const a = was[column] ?? "";
      const b = row[column] ?? "";
      if (a === b) continue;
      changed = true;
      // 1.50 and 1.5 are one figure: a figure changes when its number does (or it appears or goes).
      if (isFigureColumn(file, column) && !(isNumber(a) && isNumber(b) && Number(a) === Number(b)))
        fields.push({ name: column, old: a, new: b });
    }
    if (changed) diff.changed++;
    if (fields.length > 0) diff.revisions.push(revision(file, "changed", row, fields));
  }
  for (const [key, row] of old) {
    if (now.has(key)) continue;
    diff.removed++;
    const fields = figuresOf(file, row, "old");
    if (fields.length > 0) diff.revisions.push(revision(file, "removed", row, fields));
  }
  return diff;
}

/** Every file's diff, in the order the files are given; files that did not change are left out. */
export function diffReleases(
  files: readonly string[],
  before: Record<string, readonly Row[]>,
  after: Record<string, readonly Row[]>,
): FileDiff[] {
  return files
    .map((file) => diffFile(file, before[file] ?? [], after[file] ?? []))
    .filter((d) => d.added + d.changed + d.removed > 0);
}
