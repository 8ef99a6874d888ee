/**
 * A province's prefecture debt file (public/generated/prefecture-data/<province adcode>.json),
 * written by scripts/build-data.ts from data/prefecture_*.csv and fetched when the province's
 * panel opens. Every figure keeps its grade, how it was obtained, its QA level and its sources.
 */
import type { SOURCE_GRADES } from "./schema";

export type SourceGrade = (typeof SOURCE_GRADES)[number];
export type ValueOrigin =
  | "printed"
  | "chart_label_transcribed"
  | "chart_reading_approx"
  | "commercial_db_page"
  | "derived_by_source_repo";
export type QaLevel = "ok" | "caution" | "suspect";

export interface PrefectureUnit {
  /** The map shape's code (echarts id; a retired code where echarts still uses it, e.g. 542400). */
  code: string;
  /** The unit's current code (540600 for the 542400 shape), for links and joins. */
  adcode: string;
  nameZh: string;
  nameZhShort: string;
  nameEn: string;
  nameEnFull: string;
  /** A municipality is one unit: its debt is published for the whole municipality. */
  municipality: boolean;
}

export interface PrefectureDebt {
  /** The map shape's code. */
  code: string;
  year: number;
  total: number | null;
  general: number | null;
  special: number | null;
  limit: number | null;
  grade: SourceGrade;
  origin: ValueOrigin;
  qa: QaLevel;
  flags: string[];
  /** The source's note (evidence for a suspect value, code changes, derivations), as written. */
  note: string;
  /** Indexes into `sources`. */
  sources: number[];
}

export interface PrefectureMacro {
  code: string;
  year: number;
  indicator: "gdp" | "general_public_budget_revenue";
  value: number;
  grade: SourceGrade;
  /** A research-panel figure (confirmed by the NBS City Statistical Yearbook where graded B2). */
  panel: boolean;
  flags: string[];
  sources: number[];
}

export interface PrefectureSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
  date: string;
  grade: SourceGrade;
}

export const PREFECTURE_METRICS = ["balance", "debt_gdp", "debt_revenue"] as const;
export type PrefectureMetric = (typeof PREFECTURE_METRICS)[number];

export const PREFECTURE_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

export interface PrefectureDataFile {
  version: 1;
  province: string;
  units: PrefectureUnit[];
  debt: PrefectureDebt[];
  macro: PrefectureMacro[];
  sources: PrefectureSource[];
  /** Class breaks per metric, the same in every province's file (all prefectures, all years). */
  breaks: Record<PrefectureMetric, number[]>;
}
