/**
 * What the prefecture map paints: for the view's metric and year-end, each shape's class, or why
 * it is doubtful or missing, with its rank in the province, its share of the province's whole debt,
 * its grade and its sources. Pure: the component only draws this.
 */
import { classOf } from "../../../data/scale";
import { RAMP } from "../../../data/scale";
import type {
  PrefectureDebt,
  PrefectureMacro,
  PrefectureMetric,
  PrefectureUnit,
  SourceGrade,
} from "../../../data/prefecture-types";
import { PREFECTURE_YEARS } from "../../../data/prefecture-types";
import {
  prefectureRanks,
  prefectureValue,
  type PrefectureIndex,
  type PrefectureMissing,
} from "../../../data/prefecture-values";

// The metric and year-end rules live with the data (the Compare league and titles use them too).
export { prefectureMetric, prefectureYear, type PrefectureYear } from "../../../data/prefecture-values";

export type CellState = "value" | "doubtful" | "missing";

export interface PrefectureCell {
  unit: PrefectureUnit;
  state: CellState;
  value: number | null;
  /** Colour class, sound values only. */
  colourClass: number | null;
  fill: string;
  approx: boolean;
  rank: number | null;
  /** Of the province's whole-province balance that year-end (province-level debt is in no prefecture). */
  share: number | null;
  reason: PrefectureMissing | null;
  debt: PrefectureDebt | null;
  denominator: PrefectureMacro | null;
  grade: SourceGrade | null;
}

export const DOUBTFUL_FILL = "url(#pref-doubtful)";
export const MISSING_FILL = "url(#pref-missing)";

export function prefectureCells(
  ix: PrefectureIndex,
  metric: PrefectureMetric,
  year: number,
  provinceTotal: number | null,
): PrefectureCell[] {
  const ranks = prefectureRanks(ix, metric, year);
  const breaks = ix.file.breaks[metric];
  const scale = { breaks, colours: RAMP.slice(0, breaks.length + 1) };
  return ix.file.units.map((unit) => {
    const v = prefectureValue(ix, unit.code, metric, year);
    // The share of the province's debt is the debt's, whatever the metric shown: a prefecture
    // without GDP still holds its part of the debt. Never from a doubtful figure.
    const debt = ix.debt(unit.code, year);
    const sound = debt && debt.total !== null && debt.qa !== "suspect" ? debt.total : null;
    const share = sound !== null && provinceTotal ? (sound / provinceTotal) * 100 : null;
    if (!v.ok) {
      return {
        unit,
        state: "missing",
        value: null,
        colourClass: null,
        fill: MISSING_FILL,
        approx: false,
        rank: null,
        share,
        reason: v.reason,
        debt: v.debt,
        denominator: v.denominator,
        grade: v.debt?.grade ?? null,
      };
    }
    const colourClass = v.doubtful ? null : classOf(scale, v.value);
    return {
      unit,
      state: v.doubtful ? "doubtful" : "value",
      value: v.value,
      colourClass,
      fill: colourClass === null ? DOUBTFUL_FILL : scale.colours[colourClass],
      approx: v.approx,
      rank: ranks.get(unit.code) ?? null,
      share,
      reason: null,
      debt: v.debt,
      denominator: v.denominator,
      grade: v.debt.grade,
    };
  });
}

/** The legend's classes: the same breaks in every province and year. */
export function prefectureScale(ix: PrefectureIndex, metric: PrefectureMetric) {
  const breaks = ix.file.breaks[metric];
  return { breaks, colours: RAMP.slice(0, breaks.length + 1) };
}

/** Grades in words, by what kind of document they are (data/README.md). */
export type GradeWord = "official" | "audited" | "rating" | "news" | "commercial";
export function gradeWord(grade: SourceGrade): GradeWord {
  switch (grade) {
    case "A1":
    case "A2":
      return "official";
    case "B1":
      return "audited";
    case "B2":
      return "rating";
    case "C":
      return "news";
    case "D":
      return "commercial";
  }
}

export interface PrefectureYearRow {
  year: number;
  debt: PrefectureDebt | null;
  debtGdp: number | null;
  debtRevenue: number | null;
  /** Of the province's whole-province balance that year-end. */
  share: number | null;
}

/** A prefecture's figures year by year (2018–2025), for its profile; nothing filled in. */
export function prefectureSeries(
  ix: PrefectureIndex,
  code: string,
  provinceTotal: (year: number) => number | null,
): PrefectureYearRow[] {
  return PREFECTURE_YEARS.map((year) => {
    const debt = ix.debt(code, year) ?? null;
    const ratio = (metric: "debt_gdp" | "debt_revenue") => {
      const v = prefectureValue(ix, code, metric, year);
      return v.ok && !v.doubtful ? v.value : null;
    };
    const total = provinceTotal(year);
    const sound = debt && debt.total !== null && debt.qa !== "suspect";
    return {
      year,
      debt,
      debtGdp: ratio("debt_gdp"),
      debtRevenue: ratio("debt_revenue"),
      share: sound && total ? (debt.total! / total) * 100 : null,
    };
  });
}

/** The unit a link's `p` names: by its current code, or by the shape's (a retired code echarts keeps). */
export function unitOf(ix: PrefectureIndex, p: string | null | undefined): PrefectureUnit | null {
  if (!p) return null;
  return ix.file.units.find((u) => u.adcode === p || u.code === p) ?? null;
}
