/**
 * Validated prefecture rows -> one file per province (prefecture-types.ts), keyed by the map shape
 * each row is drawn on (`map_adcode`). Sources are carried per file, only those its rows cite.
 * Class breaks are computed once over every prefecture and year (doubtful values left out), so a
 * colour means the same in every province and year. Pure.
 */
import { quantileBreaks } from "./scale";
import { indexPrefectures, prefectureValue } from "./prefecture-values";
import {
  PREFECTURE_METRICS,
  PREFECTURE_YEARS,
  type PrefectureDataFile,
  type PrefectureMetric,
  type PrefectureUnit,
} from "./prefecture-types";
import type { ValidatedRows } from "./validated-rows";

/** As many classes as the province map's ramp. */
export const PREFECTURE_CLASSES = 7;

const num = (s: string) => (s === "" ? null : Number(s));
const flagsOf = (s: string) => s.split(";").map((f) => f.trim()).filter(Boolean);
const ids = (s: string) => s.split(";").map((f) => f.trim()).filter(Boolean);

export function buildPrefectureData(rows: ValidatedRows): PrefectureDataFile[] {
  const names = new Map(rows["prefecture_names.csv"].map(({ row }) => [row.adcode, row]));
  const sources = new Map(rows["prefecture_sources.csv"].map(({ row }) => [row.id, row]));
  const debtRows = rows["prefecture_debt.csv"].map((r) => r.row);
  // The roster code of any year, and the current code, lead to the shape the unit is drawn on.
  const shapeOf = new Map<string, string>();
  for (const r of debtRows) {
    shapeOf.set(r.adcode, r.map_adcode);
    if (r.adcode_current) shapeOf.set(r.adcode_current, r.map_adcode);
  }

  const files = new Map<string, PrefectureDataFile & { sourceIndex: Map<string, number> }>();
  const fileOf = (province: string) => {
    let f = files.get(province);
    if (!f) {
      f = { version: 1, province, units: [], debt: [], macro: [], sources: [], breaks: emptyBreaks(), sourceIndex: new Map() };
      files.set(province, f);
    }
    return f;
  };
  const refs = (f: ReturnType<typeof fileOf>, list: string) =>
    ids(list).map((id) => {
      const known = f.sourceIndex.get(id);
      if (known !== undefined) return known;
      const s = sources.get(id)!;
      f.sources.push({ id, publisher: s.publisher, title: s.title, url: s.url, date: s.publication_date, grade: s.grade });
      f.sourceIndex.set(id, f.sources.length - 1);
      return f.sources.length - 1;
    });

  const units = new Map<string, PrefectureUnit>();
  for (const r of debtRows) {
    const f = fileOf(r.province_adcode);
    if (!units.has(r.map_adcode)) {
      // Named by the unit's current code where it has one (那曲市, not the retired 那曲地区).
      const current = r.adcode_current || r.map_adcode;
      const n = names.get(current) ?? names.get(r.map_adcode)!;
      const unit: PrefectureUnit = {
        code: r.map_adcode,
        adcode: current,
        nameZh: n.name_zh,
        nameZhShort: n.name_zh_short,
        nameEn: n.name_en,
        nameEnFull: n.name_en_full,
        municipality: r.unit_type === "municipality",
      };
      units.set(r.map_adcode, unit);
      f.units.push(unit);
    }
    f.debt.push({
      code: r.map_adcode,
      year: Number(r.year),
      total: num(r.total_balance_bn_cny),
      general: num(r.general_balance_bn_cny),
      special: num(r.special_balance_bn_cny),
      limit: num(r.total_limit_bn_cny),
      grade: r.source_grade,
      origin: r.value_origin,
      qa: r.qa_level,
      flags: flagsOf(r.qa_flags),
      note: r.note,
      sources: refs(f, r.source_doc_id),
    });
  }
  for (const { row: r } of rows["prefecture_macro.csv"]) {
    const code = shapeOf.get(r.adcode);
    // GDP or revenue of a unit with no debt row anywhere (none today) has nothing to divide.
    if (!code) continue;
    const f = fileOf(r.province_adcode);
    f.macro.push({
      code,
      year: Number(r.year),
      indicator: r.indicator,
      value: Number(r.value_bn_cny),
      grade: r.source_grade,
      panel: r.research_panel_value === "true",
      flags: flagsOf(r.qa_flags),
      sources: refs(f, r.source_doc_id),
    });
  }

  const out = [...files.values()].map(({ sourceIndex: _, ...file }) => file);
  const breaks = breaksOver(out);
  for (const f of out) f.breaks = breaks;
  return out.sort((a, b) => a.province.localeCompare(b.province));
}

function emptyBreaks(): Record<PrefectureMetric, number[]> {
  return { balance: [], debt_gdp: [], debt_revenue: [] };
}

function breaksOver(files: PrefectureDataFile[]): Record<PrefectureMetric, number[]> {
  const breaks = emptyBreaks();
  for (const metric of PREFECTURE_METRICS) {
    const values: number[] = [];
    for (const f of files) {
      const ix = indexPrefectures(f);
      for (const u of f.units) {
        if (u.municipality) continue; // a whole municipality is not a prefecture: it would stretch the top class
        for (const year of PREFECTURE_YEARS) {
          const v = prefectureValue(ix, u.code, metric, year);
          if (v.ok && !v.doubtful) values.push(v.value);
        }
      }
    }
    breaks[metric] = quantileBreaks(values, PREFECTURE_CLASSES);
  }
  return breaks;
}
