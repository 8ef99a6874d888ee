/**
 * The prefecture files' rules across rows and files: every code has its names, every source id
 * resolves, one debt row per unit-year and one macro value per unit-year-indicator, and a suspect
 * value says why. Pure, like validate.ts, which calls it.
 */
import type { DataIssue, ValidatedRows } from "./validated-rows";

export function checkPrefectures(rows: ValidatedRows, issues: DataIssue[], provinceCodes: ReadonlySet<string>) {
  const names = new Set(rows["prefecture_names.csv"].map((r) => r.row.adcode));
  const sources = new Set<string>();
  for (const { line, row } of rows["prefecture_sources.csv"]) {
    if (sources.has(row.id)) issues.push({ file: "prefecture_sources.csv", line, field: "id", message: `"${row.id}" is listed twice` });
    sources.add(row.id);
  }
  for (const { line, row } of rows["prefecture_names.csv"]) {
    if (!provinceCodes.has(row.province_adcode)) {
      issues.push({ file: "prefecture_names.csv", line, field: "province_adcode", message: `"${row.province_adcode}" is not a province code in provinces.csv` });
    }
  }

  const check = (file: "prefecture_debt.csv" | "prefecture_macro.csv", line: number, row: { province_adcode: string; source_doc_id: string }) => {
    if (!provinceCodes.has(row.province_adcode)) {
      issues.push({ file, line, field: "province_adcode", message: `"${row.province_adcode}" is not a province code in provinces.csv` });
    }
    for (const id of row.source_doc_id.split(";").map((s) => s.trim())) {
      if (!sources.has(id)) issues.push({ file, line, field: "source_doc_id", message: `"${id}" is not a source in prefecture_sources.csv` });
    }
  };

  const debtKeys = new Map<string, number>();
  for (const { line, row } of rows["prefecture_debt.csv"]) {
    check("prefecture_debt.csv", line, row);
    for (const [field, code] of [
      ["adcode", row.adcode],
      ["adcode_current", row.adcode_current],
      ["map_adcode", row.map_adcode],
    ] as const) {
      if (code !== "" && !names.has(code)) issues.push({ file: "prefecture_debt.csv", line, field, message: `"${code}" has no row in prefecture_names.csv` });
    }
    if (row.total_balance_bn_cny === "" && row.general_balance_bn_cny === "" && row.special_balance_bn_cny === "") {
      issues.push({ file: "prefecture_debt.csv", line, field: "total_balance_bn_cny", message: "a row needs at least one balance" });
    }
    if (row.period_end !== `${row.year}-12-31`) {
      issues.push({ file: "prefecture_debt.csv", line, field: "period_end", message: `"${row.period_end}" is not the year-end of ${row.year}` });
    }
    if (row.qa_level === "suspect" && row.qa_flags.trim() === "") {
      issues.push({ file: "prefecture_debt.csv", line, field: "qa_flags", message: "a suspect value must say why (its flags)" });
    }
    const key = `${row.map_adcode}|${row.year}`;
    if (debtKeys.has(key)) {
      issues.push({ file: "prefecture_debt.csv", line, field: "map_adcode", message: `a second row for ${row.map_adcode} ${row.year} (first on line ${debtKeys.get(key)})` });
    } else debtKeys.set(key, line);
  }

  const macroKeys = new Map<string, number>();
  for (const { line, row } of rows["prefecture_macro.csv"]) {
    check("prefecture_macro.csv", line, row);
    if (!names.has(row.adcode)) issues.push({ file: "prefecture_macro.csv", line, field: "adcode", message: `"${row.adcode}" has no row in prefecture_names.csv` });
    const key = `${row.adcode}|${row.year}|${row.indicator}`;
    if (macroKeys.has(key)) {
      issues.push({ file: "prefecture_macro.csv", line, field: "indicator", message: `a second ${row.indicator} for ${row.adcode} ${row.year} (first on line ${macroKeys.get(key)})` });
    } else macroKeys.set(key, line);
  }
}
