/**
 * One schema for every CSV in data/. Row-level rules live here (zod); rules that span rows or
 * files (codes exist, one preferred value per key) live in validate.ts. Build-time only: the app
 * never ships zod.
 */
import { z } from "zod";
import { EVENT_KINDS } from "./event-kinds";
import { AMOUNT_MEASURES } from "./amount-measures";
import { SOURCE_STRENGTHS } from "./source-strength";

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function validDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** A figure: empty (missing) or a finite, non-negative decimal. */
const amount = z.string().refine((s) => s === "" || (/^\d+(\.\d+)?$/.test(s) && Number.isFinite(Number(s))), {
  message: "must be empty or a finite, non-negative number",
});
const requiredAmount = z.string().refine((s) => /^\d+(\.\d+)?$/.test(s) && Number.isFinite(Number(s)), {
  message: "must be a finite, non-negative number",
});
const text = z.string();
const required = z.string().trim().min(1, { message: "must not be empty" });
const HAN = /\p{Script=Han}/u;
/** Chinese the team wrote for a reader of Chinese (data/README.md): set, and in Chinese characters. */
const chinese = required.refine((s) => HAN.test(s), { message: "must contain Chinese characters" });
/** The same where the English beside it may be empty or not yet translated: empty falls back to the English. */
const optionalChinese = z.string().refine((s) => s === "" || (s.trim() !== "" && HAN.test(s)), {
  message: "must be empty or contain Chinese characters",
});
const adcode = z.string().regex(/^\d{6}$/, { message: "must be a 6-digit GB/T 2260 code" });
const optionalAdcode = z.string().regex(/^(\d{6})?$/, { message: "must be empty or a 6-digit GB/T 2260 code" });
const date = z.string().refine(validDate, { message: "must be a valid date YYYY-MM-DD" });
const bool = z.enum(["true", "false"], { message: 'must be "true" or "false"' });
const partialDate = z
  .string()
  .refine((s) => s === "" || /^\d{4}$/.test(s) || /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || validDate(s), {
    message: "must be empty, YYYY, YYYY-MM or YYYY-MM-DD",
  });
const precision = z.enum(["day", "month", "year", ""], { message: "must be day, month, year or empty" });
/** A source check's verdict on the cited source (source-strength.ts); empty when not found wanting. */
const strength = z.enum([...SOURCE_STRENGTHS, ""], { message: `must be empty or one of ${SOURCE_STRENGTHS.join(", ")}` });

export const provinceRow = z.object({
  adcode,
  iso_3166_2: z.string().regex(/^CN-[A-Z]{2}$/, { message: "must look like CN-XX" }),
  name_en: required,
  name_zh: required,
  name_zh_full: required,
  name_latin: required,
  key_region: bool,
  in_scope: bool,
  source: required,
});

export const debtRow = z.object({
  adcode: optionalAdcode,
  platform_code: z.string().regex(/^\d+$/, { message: "must be the platform's numeric code" }),
  name_zh: required,
  region_type: required,
  parent_adcode: optionalAdcode,
  period: date,
  period_type: z.enum(["year_end", "mid_year", "month_end"]),
  total_bn_cny: amount,
  general_bn_cny: amount,
  special_bn_cny: amount,
  limit_bn_cny: amount,
  limit_general_bn_cny: amount,
  limit_special_bn_cny: amount,
  map_total_bn_cny: amount,
  map_total_method: text,
  value_status: z.enum(["reported", "preliminary", "not_found", "reported_secondary"]),
  preferred: z.enum(["true", "false", ""]),
  qa_flags: text,
  note: text,
  source: text,
  quote: text,
});

export const macroRow = z.object({
  // empty for the XPCC, which has no GB/T 2260 code
  adcode: optionalAdcode,
  name_zh: required,
  year: z.string().regex(/^(19|20)\d\d$/, { message: "must be a year" }),
  indicator: z.enum(["gdp", "general_public_budget_revenue"]),
  value_bn_cny: requiredAmount,
  value_100m_cny: text,
  preferred: bool,
  scope: required,
  vintage: text,
  qa_flags: text,
  source: required,
  quote: required,
});

export const nationalRow = z.object({
  series: z.string().regex(/^[a-z_]+$/, { message: "must be a snake_case series name" }),
  period: date,
  period_precision: z.enum(["day", "month", "year"]),
  value_bn_cny: requiredAmount,
  unit: z.enum(["bn_cny", "pct_gdp"]),
  note: text,
  // The note in Chinese, for display only (the app's rules read the English note); validate.ts: only beside a note.
  note_zh: optionalChinese,
  source_name: required,
  source_date: required,
  source_url: required,
  quote: required,
  source_strength: strength,
});

export const eventRow = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: "must be a lowercase slug" }),
  date: partialDate,
  date_precision: precision,
  date_basis: text,
  scope: z.enum(["national", "province", "prefecture", "county"]),
  province_adcode: optionalAdcode,
  place_zh: text,
  place_en: text,
  place_adcode: optionalAdcode,
  kind: z.enum(EVENT_KINDS),
  title_en: required,
  summary_en: required,
  // The same in Chinese, written by the team and checked against the source (data/README.md).
  title_zh: chinese,
  summary_zh: chinese,
  amount_bn_cny: amount,
  source_name: required,
  source_date: required,
  source_url: required,
  quote: required,
  notes: text,
  // Required exactly when amount_bn_cny is set (validate.ts); src/data/amount-measures.ts lists the codes.
  amount_measure: z.enum([...AMOUNT_MEASURES, ""], { message: "must be empty or a code in src/data/amount-measures.ts" }),
  // Ids of events whose amounts overlap this one's (one contains the other): never add them.
  amount_overlaps: z.string().regex(/^([a-z0-9][a-z0-9-]*(;[a-z0-9][a-z0-9-]*)*)?$/, {
    message: "must be empty or event ids separated by ;",
  }),
  source_strength: strength,
});

export const keyRegionRow = z.object({
  province_adcode: adcode,
  province_zh: required,
  province_en: required,
  status: required,
  listed_document: required,
  listed_document_zh: optionalChinese,
  listed_source_name: required,
  listed_source_date: required,
  listed_source_url: required,
  listed_quote: required,
  listed_date: partialDate.refine((s) => s !== "", { message: "must not be empty" }),
  listed_date_precision: precision,
  listed_date_basis: required,
  corroborating_sources: text,
  status_change_kind: text,
  // Only beside a status_change_kind (validate.ts).
  status_change_kind_zh: optionalChinese,
  status_change_date: partialDate,
  status_change_date_precision: precision,
  status_change_source_name: text,
  status_change_source_date: text,
  status_change_source_url: text,
  status_change_quote: text,
  notes: text,
  listed_source_strength: strength,
  status_change_source_strength: strength,
});

export const lgfvRow = z.object({
  adcode,
  name_zh: required,
  period: date,
  measure: required,
  value_bn_cny: requiredAmount,
  source: required,
  quote: required,
  notes: text,
});

export const MACRO_REGIONS = ["east", "central", "west", "northeast"] as const;

export const macroRegionRow = z.object({
  province_adcode: adcode,
  province_en: required,
  macro_region: z.enum(MACRO_REGIONS),
  source_name: required,
  source_date: required,
  source_url: required,
  quote: required,
});

// Prefecture-level debt, GDP and revenue (data/README.md, "Prefecture-level debt (2018-2025)").
export const SOURCE_GRADES = ["A1", "A2", "B1", "B2", "C", "D"] as const;
const grade = z.enum(SOURCE_GRADES);
const prefectureYear = z.string().regex(/^20(1[89]|2[0-5])$/, { message: "must be a year 2018-2025" });
const unitType = z.enum(["municipality", "prefecture_city", "autonomous_prefecture", "prefecture_region", "league"]);

export const prefectureDebtRow = z.object({
  adcode,
  adcode_current: optionalAdcode,
  name_zh: required,
  unit_type: unitType,
  province_adcode: adcode,
  key_region: bool,
  separately_listed_city: bool,
  year: prefectureYear,
  period_end: date,
  general_balance_bn_cny: amount,
  special_balance_bn_cny: amount,
  total_balance_bn_cny: amount,
  general_limit_bn_cny: amount,
  special_limit_bn_cny: amount,
  total_limit_bn_cny: amount,
  total_balance_100m_cny: amount,
  data_status: z.enum(["official_debt", "official_debt_exception", "secondary_debt", "execution", "preliminary", "final"]),
  source_grade: grade,
  source_class: z.enum(["official", "secondary", "provisional_commercial_db"]),
  value_origin: z.enum([
    "printed",
    "chart_label_transcribed",
    "chart_reading_approx",
    "commercial_db_page",
    "derived_by_source_repo",
  ]),
  source_doc_id: required,
  source_publisher: text,
  source_title: text,
  source_url: text,
  source_publication_date: text,
  map_file: required,
  map_adcode: adcode,
  map_feature_name: text,
  qa_level: z.enum(["ok", "caution", "suspect"]),
  qa_flags: text,
  note: text,
});

export const prefectureMacroRow = z.object({
  adcode,
  name_zh: required,
  province_adcode: adcode,
  year: prefectureYear,
  indicator: z.enum(["gdp", "general_public_budget_revenue"]),
  value_bn_cny: requiredAmount,
  scope: required,
  source_grade: grade,
  source_kind: text,
  research_panel_value: bool,
  source_doc_id: required,
  qa_flags: text,
});

export const prefectureSourceRow = z.object({
  id: required,
  publisher: required,
  title: text,
  url: text,
  publication_date: text,
  grade,
  document_type: text,
});

export const prefectureNameRow = z.object({
  adcode,
  name_zh: required,
  name_zh_short: required,
  name_en: required,
  name_en_full: required,
  province_adcode: adcode,
  source: required,
  note: text,
});

export const sourceLabelRow = z.object({
  match: required,
  label_en: required,
  label_zh: optionalChinese,
  note: text,
  // Only beside a note (validate.ts).
  note_zh: optionalChinese,
  licence: required,
});

export const FILES = {
  "provinces.csv": provinceRow,
  "debt_balance.csv": debtRow,
  "macro.csv": macroRow,
  "national.csv": nationalRow,
  "events.csv": eventRow,
  "key_regions.csv": keyRegionRow,
  "lgfv.csv": lgfvRow,
  "macro_regions.csv": macroRegionRow,
  "source_labels.csv": sourceLabelRow,
  "prefecture_debt.csv": prefectureDebtRow,
  "prefecture_macro.csv": prefectureMacroRow,
  "prefecture_sources.csv": prefectureSourceRow,
  "prefecture_names.csv": prefectureNameRow,
} as const;

export type FileName = keyof typeof FILES;
export type RowOf<F extends FileName> = z.infer<(typeof FILES)[F]>;
