/**
 * The prefecture league: every prefecture-level unit (the four municipalities as whole units) for a
 * metric and year-end, filtered by place (all, the key regions, one province) and by the grade of
 * the debt figure, ranked highest first, with the change since a base year. Pure and word-free:
 * reasons are codes, worded by lib/league-words.ts.
 *
 * - Figures come from the provinces' prefecture files through prefectureValue: a ratio only where
 *   the prefecture-year has both sides; a chart reading stays approximate (≈).
 * - A doubtful (suspect) figure is never ranked: it is listed apart with its flags.
 * - A unit without a figure is listed apart with the reason; nothing is filled in.
 * - The grade filter is on the debt figure's grade; a unit with no debt row has no grade and stays
 *   in the list of units without a figure.
 * - A change needs a sound figure at both ends, the base one meeting the same grade filter.
 * - Nothing is ranked until every province file the places need is there: a partial league would
 *   give wrong ranks.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import type { ProvinceInfo } from "../../../data/atlas-types";
import { PREFECTURE_YEARS, type PrefectureDataFile, type PrefectureMetric } from "../../../data/prefecture-types";
import type { PrefectureSource, PrefectureUnit, SourceGrade } from "../../../data/prefecture-types";
import {
  indexPrefectures,
  prefectureMetric,
  prefectureValue,
  prefectureYear,
  type PrefectureIndex,
  type PrefectureMissing,
  type PrefectureValue,
  type PrefectureYear,
} from "../../../data/prefecture-values";
import type { MetricId } from "../../../data/metrics";
import { KEY_REGIONS_SCOPE, type GradeFloor } from "../../../state/view-state";
import { keyRegionPreset, type KeyRegionPreset } from "./presets";

/** The classes of data/README.md's source_class: official (A1/A2), secondary (B1/B2/C), commercial database (D). */
export type GradeClass = "official" | "secondary" | "commercial";

export function gradeClass(grade: SourceGrade): GradeClass {
  if (grade === "A1" || grade === "A2") return "official";
  if (grade === "D") return "commercial";
  return "secondary";
}

/** Whether a debt figure of this grade is shown under the filter. */
export function meetsGrade(grade: SourceGrade, floor: GradeFloor): boolean {
  const cls = gradeClass(grade);
  if (floor === "official") return cls === "official";
  if (floor === "secondary") return cls !== "commercial";
  return true;
}

/** Where the league looks: every province, the key regions at the year-end, or one province. */
export type LeagueScope =
  { kind: "all" } | { kind: "key"; preset: KeyRegionPreset } | { kind: "province"; province: ProvinceInfo };

export type ChangeProblem =
  | "base_before_data"
  | "same_year"
  | "now_missing"
  | "now_doubtful"
  | "base_missing"
  | "base_doubtful"
  | "base_below_grade"
  | "base_not_positive";

export type LeagueChange =
  | { ok: true; value: number; unit: "%" | "pp"; base: number; baseApprox: boolean; approx: boolean }
  | { ok: false; problem: ChangeProblem; baseReason: PrefectureMissing | null; baseGrade: SourceGrade | null };

export type RowStatus = "ranked" | "doubtful" | "missing";

export interface LeagueRow {
  /** Unique across provinces: the shape code (a retired code in one province is not another's). */
  id: string;
  province: ProvinceInfo;
  unit: PrefectureUnit;
  status: RowStatus;
  /** 1 = highest; ties share a rank; null unless ranked. */
  rank: number | null;
  value: PrefectureValue;
  change: LeagueChange;
  /** The debt figure's documents. */
  sources: PrefectureSource[];
  /** The GDP or revenue figure's documents (ratios only). */
  denominatorSources: PrefectureSource[];
}

export interface LeagueParams {
  metric: MetricId;
  periodId: string;
  changeBase: string;
  grade: GradeFloor;
  /** The URL's `pp`: null, "key" or a province's ISO code. */
  scope: string | null;
}

export interface LeagueFrame {
  metric: PrefectureMetric;
  /** The view's metric has no prefecture figures (LGFV): the balance is ranked instead. */
  substituted: boolean;
  year: PrefectureYear;
  baseYear: number;
  scope: LeagueScope;
  /** The provinces whose files the league needs, in the data's order. */
  provinces: ProvinceInfo[];
}

export interface League extends LeagueFrame {
  ranked: LeagueRow[];
  doubtful: LeagueRow[];
  missing: LeagueRow[];
  /** Units the grade filter hides (their debt figure is graded below it). */
  belowGrade: number;
}

/** The year-end a key-region status is read at. */
const yearEndDate = (year: number) => `${year}-12-31`;

/** What the league shows and which province files it needs, before any file is loaded. */
export function leagueFrame(index: AtlasIndex, params: LeagueParams): LeagueFrame {
  const { metric, substituted } = prefectureMetric(params.metric);
  const year = prefectureYear(params.periodId);
  const baseYear = Number(params.changeBase);
  let scope: LeagueScope = { kind: "all" };
  let provinces = index.covered;
  const one = params.scope && params.scope !== KEY_REGIONS_SCOPE ? index.provinceByIso.get(params.scope) : undefined;
  if (one && one.inScope) {
    scope = { kind: "province", province: one };
    provinces = [one];
  } else if (params.scope === KEY_REGIONS_SCOPE) {
    // The key regions at the league's year-end; before the list was drawn, every region it named (said so).
    const date = yearEndDate(year.year ?? PREFECTURE_YEARS[0]);
    const preset = keyRegionPreset(index.covered, index.data.keyRegions, date);
    scope = { kind: "key", preset };
    const codes = new Set(preset.codes);
    provinces = index.covered.filter((p) => codes.has(p.iso));
  }
  return { metric, substituted, year, baseYear, scope, provinces };
}

export function leagueChange(
  ix: PrefectureIndex,
  code: string,
  metric: PrefectureMetric,
  now: PrefectureValue,
  year: number,
  baseYear: number,
  floor: GradeFloor,
): LeagueChange {
  const fail = (problem: ChangeProblem, base: PrefectureValue | null = null): LeagueChange => ({
    ok: false,
    problem,
    baseReason: base && !base.ok ? base.reason : null,
    baseGrade: base?.debt?.grade ?? null,
  });
  if (baseYear < PREFECTURE_YEARS[0]) return fail("base_before_data");
  if (baseYear === year) return fail("same_year");
  if (!now.ok) return fail("now_missing");
  if (now.doubtful) return fail("now_doubtful");
  const base = prefectureValue(ix, code, metric, baseYear);
  if (!base.ok) return fail("base_missing", base);
  if (base.doubtful) return fail("base_doubtful", base);
  if (!meetsGrade(base.debt.grade, floor)) return fail("base_below_grade", base);
  const approx = now.approx || base.approx;
  if (metric === "balance") {
    if (!(base.value > 0)) return fail("base_not_positive", base);
    return {
      ok: true,
      value: (now.value / base.value - 1) * 100,
      unit: "%",
      base: base.value,
      baseApprox: base.approx,
      approx,
    };
  }
  return { ok: true, value: now.value - base.value, unit: "pp", base: base.value, baseApprox: base.approx, approx };
}

/** The files a league still lacks (adcodes), in the data's order. */
export function missingFiles(frame: LeagueFrame, files: ReadonlyMap<string, PrefectureDataFile>): string[] {
  return frame.provinces.filter((p) => !files.has(p.adcode)).map((p) => p.adcode);
}

/**
 * The league, or null while a file it needs is missing (see missingFiles). `files` maps a
 * province's adcode to its prefecture file.
 */
export function buildLeague(
  index: AtlasIndex,
  files: ReadonlyMap<string, PrefectureDataFile>,
  params: LeagueParams,
): League | null {
  const frame = leagueFrame(index, params);
  if (missingFiles(frame, files).length > 0) return null;
  const { metric, year, baseYear } = frame;
  const rows: LeagueRow[] = [];
  let belowGrade = 0;
  if (year.year !== null) {
    for (const province of frame.provinces) {
      const file = files.get(province.adcode)!;
      const ix = indexPrefectures(file);
      for (const unit of file.units) {
        const value = prefectureValue(ix, unit.code, metric, year.year);
        if (value.debt && !meetsGrade(value.debt.grade, params.grade)) {
          belowGrade += 1;
          continue;
        }
        rows.push({
          id: unit.code,
          province,
          unit,
          status: !value.ok ? "missing" : value.doubtful ? "doubtful" : "ranked",
          rank: null,
          value,
          change: leagueChange(ix, unit.code, metric, value, year.year, baseYear, params.grade),
          sources: (value.debt?.sources ?? []).map((k) => file.sources[k]),
          denominatorSources: (value.denominator?.sources ?? []).map((k) => file.sources[k]),
        });
      }
    }
  }
  const order = new Map(rows.map((r, k) => [r, k]));
  const valueOf = (r: LeagueRow) => (r.value.ok ? r.value.value : 0);
  const ranked = rows
    .filter((r) => r.status === "ranked")
    .sort((a, b) => valueOf(b) - valueOf(a) || order.get(a)! - order.get(b)!);
  ranked.forEach((r, k) => {
    const prev = ranked[k - 1];
    r.rank = prev && valueOf(prev) === valueOf(r) ? prev.rank : k + 1;
  });
  return {
    ...frame,
    ranked,
    doubtful: rows.filter((r) => r.status === "doubtful"),
    missing: rows.filter((r) => r.status === "missing"),
    belowGrade,
  };
}

/** The top of the league for the chart: at most `n` ranked rows. */
export function leagueTop(league: League, n = 20): LeagueRow[] {
  return league.ranked.slice(0, n);
}
