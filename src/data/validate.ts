/**
 * Validates the parsed CSVs of data/ against the schema and against each other. Every problem is
 * reported as file, line and field, so a curator can fix the row. Pure: no I/O.
 */
import type { CsvRecord } from "./csv";
import { FILES, type FileName, type RowOf } from "./schema";
import type { DataIssue, ValidatedRows } from "./validated-rows";
import { periodByDate } from "./periods";
import { checkPrefectures } from "./validate-prefectures";

export type { DataIssue, ValidatedRows };

export type ValidationResult = { ok: true; rows: ValidatedRows } | { ok: false; issues: DataIssue[] };

export function formatIssue(issue: DataIssue): string {
  return `data/${issue.file}:${issue.line}: ${issue.field ? `field "${issue.field}": ` : ""}${issue.message}`;
}

function checkRows<F extends FileName>(file: F, records: CsvRecord[], issues: DataIssue[]) {
  const schema = FILES[file];
  const out: { line: number; row: RowOf<F> }[] = [];
  const expected = Object.keys(schema.shape);
  const first = records[0];
  if (first) {
    const missing = expected.filter((name) => !(name in first.values));
    if (missing.length > 0) {
      issues.push({ file, line: 1, field: missing[0], message: `column missing from the header (${missing.join(", ")})` });
      return out;
    }
  }
  for (const record of records) {
    const parsed = schema.safeParse(record.values);
    if (parsed.success) {
      out.push({ line: record.line, row: parsed.data as RowOf<F> });
    } else {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        const value = record.values[field];
        issues.push({ file, line: record.line, field, message: `${JSON.stringify(value ?? "")} ${issue.message}` });
      }
    }
  }
  return out;
}

const hasAny = (...values: string[]) => values.some((v) => v !== "");

function checkCrossFile(rows: ValidatedRows, issues: DataIssue[]) {
  const codes = new Set(rows["provinces.csv"].map((r) => r.row.adcode));
  const isos = new Set<string>();
  for (const { line, row } of rows["provinces.csv"]) {
    if (isos.has(row.iso_3166_2)) issues.push({ file: "provinces.csv", line, field: "iso_3166_2", message: `"${row.iso_3166_2}" is listed twice` });
    isos.add(row.iso_3166_2);
  }
  const unknown = (file: string, line: number, field: string, code: string) => {
    if (code !== "" && !codes.has(code)) issues.push({ file, line, field, message: `"${code}" is not a province code in provinces.csv` });
  };

  // Debt: province rows must use known codes and known periods; a row with figures needs a source.
  const debtKeys = new Map<string, number>();
  for (const { line, row } of rows["debt_balance.csv"]) {
    const isProvince = row.region_type === "province";
    if (isProvince) unknown("debt_balance.csv", line, "adcode", row.adcode);
    if (row.parent_adcode) unknown("debt_balance.csv", line, "parent_adcode", row.parent_adcode);
    if (isProvince && row.period !== "2014-12-31" && !periodByDate(row.period)) {
      issues.push({ file: "debt_balance.csv", line, field: "period", message: `"${row.period}" is not a period the atlas knows` });
    }
    const hasFigures = hasAny(row.total_bn_cny, row.general_bn_cny, row.special_bn_cny, row.limit_bn_cny, row.map_total_bn_cny);
    if (hasFigures && row.source.trim() === "") {
      issues.push({ file: "debt_balance.csv", line, field: "source", message: "a row with figures must name its source" });
    }
    if (row.preferred === "true") {
      const key = `${row.platform_code}|${row.period}`;
      if (debtKeys.has(key)) {
        issues.push({ file: "debt_balance.csv", line, field: "preferred", message: `a second preferred value for ${row.name_zh} ${row.period} (first on line ${debtKeys.get(key)})` });
      } else debtKeys.set(key, line);
    }
  }

  const macroKeys = new Map<string, number>();
  // Macro rows may also describe the separately listed cities that debt_balance.csv lists.
  const cityCodes = new Set(rows["debt_balance.csv"].filter((r) => r.row.region_type.startsWith("separately_listed_city")).map((r) => r.row.adcode));
  for (const { line, row } of rows["macro.csv"]) {
    if (row.adcode !== "" && !cityCodes.has(row.adcode)) unknown("macro.csv", line, "adcode", row.adcode);
    if (row.preferred !== "true") continue;
    const key = `${row.adcode}|${row.year}|${row.indicator}`;
    if (macroKeys.has(key)) {
      issues.push({ file: "macro.csv", line, field: "preferred", message: `a second preferred value for ${row.adcode} ${row.year} ${row.indicator} (first on line ${macroKeys.get(key)})` });
    } else macroKeys.set(key, line);
  }

  const eventIds = new Map<string, number>();
  for (const { line, row } of rows["events.csv"]) {
    unknown("events.csv", line, "province_adcode", row.province_adcode);
    if (row.scope !== "national" && row.province_adcode === "") {
      issues.push({ file: "events.csv", line, field: "province_adcode", message: `a ${row.scope} event needs its province code` });
    }
    if ((row.date === "") !== (row.date_precision === "")) {
      issues.push({ file: "events.csv", line, field: "date_precision", message: "date and date_precision must both be set or both be empty" });
    }
    if (eventIds.has(row.id)) issues.push({ file: "events.csv", line, field: "id", message: `"${row.id}" is used twice (first on line ${eventIds.get(row.id)})` });
    eventIds.set(row.id, line);
    if (row.amount_bn_cny !== "" && row.amount_measure === "") {
      issues.push({ file: "events.csv", line, field: "amount_measure", message: "an amount must say what it measures (a code, or not_stated)" });
    }
    if (row.amount_bn_cny === "" && row.amount_measure !== "") {
      issues.push({ file: "events.csv", line, field: "amount_measure", message: `"${row.amount_measure}" is set but the row has no amount` });
    }
  }
  checkAmountOverlaps(rows["events.csv"], issues);

  for (const { line, row } of rows["key_regions.csv"]) {
    unknown("key_regions.csv", line, "province_adcode", row.province_adcode);
    if (row.status_change_kind !== "" && (row.status_change_date === "" || row.status_change_source_name === "" || row.status_change_quote === "")) {
      issues.push({ file: "key_regions.csv", line, field: "status_change_date", message: "a status change needs its date, source and quote" });
    }
    if (row.status_change_kind === "" && row.status_change_kind_zh !== "") {
      issues.push({ file: "key_regions.csv", line, field: "status_change_kind_zh", message: "set without a status change" });
    }
    if (row.status_change_kind === "" && row.status_change_source_strength !== "") {
      issues.push({ file: "key_regions.csv", line, field: "status_change_source_strength", message: "set without a status change" });
    }
  }
  // A Chinese text translates the English beside it, so it is never set alone.
  for (const { line, row } of rows["national.csv"]) {
    if (row.note === "" && row.note_zh !== "") issues.push({ file: "national.csv", line, field: "note_zh", message: "set without a note" });
  }
  for (const { line, row } of rows["source_labels.csv"]) {
    if (row.note === "" && row.note_zh !== "") issues.push({ file: "source_labels.csv", line, field: "note_zh", message: "set without a note" });
  }
  for (const { line, row } of rows["lgfv.csv"]) unknown("lgfv.csv", line, "adcode", row.adcode);
  const grouped = new Map<string, number>();
  for (const { line, row } of rows["macro_regions.csv"]) {
    unknown("macro_regions.csv", line, "province_adcode", row.province_adcode);
    if (grouped.has(row.province_adcode)) issues.push({ file: "macro_regions.csv", line, field: "province_adcode", message: `"${row.province_adcode}" is in two macro-regions (first on line ${grouped.get(row.province_adcode)})` });
    grouped.set(row.province_adcode, line);
  }
}

/** Overlapping amounts name events that exist and have amounts, and both rows name each other. */
function checkAmountOverlaps(events: ValidatedRows["events.csv"], issues: DataIssue[]) {
  const listed = (s: string) => (s === "" ? [] : s.split(";"));
  const byId = new Map(events.map((e) => [e.row.id, e.row]));
  for (const { line, row } of events) {
    for (const other of listed(row.amount_overlaps)) {
      const target = byId.get(other);
      const problem =
        other === row.id
          ? "an event cannot overlap itself"
          : !target
            ? `"${other}" is not an event id`
            : row.amount_bn_cny === "" || target.amount_bn_cny === ""
              ? `overlapping amounts need an amount on both rows ("${other}")`
              : !listed(target.amount_overlaps).includes(row.id)
                ? `"${other}" must list "${row.id}" in its amount_overlaps too`
                : null;
      if (problem) issues.push({ file: "events.csv", line, field: "amount_overlaps", message: problem });
    }
  }
}

export function validateData(parsed: Record<FileName, CsvRecord[]>): ValidationResult {
  const issues: DataIssue[] = [];
  const rows = {} as ValidatedRows;
  for (const file of Object.keys(FILES) as FileName[]) {
    (rows as Record<FileName, unknown>)[file] = checkRows(file, parsed[file], issues);
  }
  checkCrossFile(rows, issues);
  checkPrefectures(rows, issues, new Set(rows["provinces.csv"].map((r) => r.row.adcode)));
  return issues.length === 0 ? { ok: true, rows } : { ok: false, issues };
}
