/**
 * The prefecture league's export (Compare with cl=prefectures): every row the league shows (ranked,
 * then doubtful, then without a figure) with its grade, how the figure was obtained, its QA level
 * and flags, and its documents, computed by Compare's own league (compare/lib/prefecture-league.ts);
 * and what its bar chart image adds. Pure.
 */
import type { AtlasIndex } from "../../../../data/atlas-index";
import type { PrefectureDataFile, PrefectureSource } from "../../../../data/prefecture-types";
import { metricInfo, provinceName } from "../../../../i18n/domain";
import type { Lang } from "../../../../i18n/lang";
import type { ViewState } from "../../../../state/view-state";
import { changeProblemText, doubtfulText, gradeText, missingText, sourceName } from "../../../compare/lib/league-words";
import { LEAGUE_BAR_OPACITY } from "../../../compare/lib/palette";
import {
  buildLeague,
  leagueFrame,
  type League,
  type LeagueParams,
  type LeagueRow,
} from "../../../compare/lib/prefecture-league";
import { leagueRunMessages } from "../../league-run-messages";
import type { ChartParts, CsvTable, ExportContext, Palette } from "../export-context";
import { metricIn, unique } from "./cells";

/** The league's settings, as the view's link gives them. */
export const leagueParams = (view: ViewState): LeagueParams => ({
  metric: view.metric,
  periodId: view.period,
  changeBase: view.changeBase,
  grade: view.gradeFloor,
  scope: view.prefectureScope,
});

/** What a file name says the league shows: the metric ranked (the balance for LGFV metrics) and its year-end. */
export function leagueNameParts(index: AtlasIndex, view: ViewState): { metric: string; period: string } {
  const frame = leagueFrame(index, leagueParams(view));
  return { metric: frame.metric, period: frame.year.year === null ? view.period : String(frame.year.year) };
}

/** The league of the view from the files the page loaded, or an error a reader can act on. */
export function leagueOf(
  index: AtlasIndex,
  view: ViewState,
  files: ReadonlyMap<string, PrefectureDataFile> | undefined,
  lang: Lang = "en",
): League {
  const league = buildLeague(index, files ?? new Map(), leagueParams(view));
  if (!league) throw new Error(leagueRunMessages[lang].notLoaded);
  return league;
}

const joined = (sources: PrefectureSource[], pick: (s: PrefectureSource) => string) =>
  unique(sources.map(pick).filter(Boolean)).join("; ") || null;

export function leagueCsv(
  index: AtlasIndex,
  view: ViewState,
  files: ReadonlyMap<string, PrefectureDataFile> | undefined,
  lang: Lang = "en",
): CsvTable {
  const t = leagueRunMessages[lang];
  const league = leagueOf(index, view, files, lang);
  const metric = league.metric;
  const info = metricInfo(metric, lang);
  const value = metricIn(metric, lang);
  const places =
    league.scope.kind === "all"
      ? t.placesAll
      : league.scope.kind === "key"
        ? t.placesKey
        : provinceName(league.scope.province, lang);
  const header = t.header(t.valueColumn(info.label, info.unit));
  const row = (r: LeagueRow) => {
    const v = r.value;
    const debt = v.debt;
    const denominator = metric === "balance" ? null : v.denominator;
    const note = !v.ok
      ? missingText(r, lang)
      : v.doubtful && debt
        ? [doubtfulText(debt, lang), debt.note].filter(Boolean).join(" ")
        : [league.substituted ? t.substitutedNote : "", debt?.note ?? ""].filter(Boolean).join("; ");
    return [
      t.status(r.status),
      r.rank,
      r.unit.adcode,
      r.unit.nameEn,
      r.unit.nameZh,
      r.unit.municipality ? t.yes : t.no,
      r.province.iso,
      r.province.nameEn,
      r.province.nameZh,
      t.metricCell(metric, info.label),
      info.unit,
      league.year.year,
      v.ok ? value(v.value) : null,
      v.ok ? (v.approx ? t.yes : t.no) : null,
      league.baseYear,
      r.change.ok ? value(r.change.base) : null,
      r.change.ok ? r.change.value : null,
      r.change.ok ? t.changeUnit(r.change.unit) : "",
      r.change.ok ? (r.change.approx ? t.legendApprox : "") : changeProblemText(r.change, league.baseYear, lang),
      debt?.grade ?? null,
      debt ? gradeText(debt.grade, lang) : null,
      debt?.origin ?? null,
      debt?.qa ?? null,
      debt?.flags.join("; ") || null,
      note || null,
      joined(r.sources, sourceName),
      joined(r.sources, (s) => s.date),
      joined(r.sources, (s) => s.url),
      metric === "balance" ? null : t.denominator[metric],
      denominator ? value(denominator.value) : null,
      denominator?.grade ?? null,
      joined(r.denominatorSources, sourceName),
      joined(r.denominatorSources, (s) => s.url),
      places,
      view.gradeFloor,
    ];
  };
  return { header, rows: [...league.ranked, ...league.doubtful, ...league.missing].map(row) };
}

/** A colour as [r, g, b]: #rgb or #rrggbb (the build's CSS minifier writes #ffffff as #fff); null otherwise. */
function rgb(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return [0, 2, 4].map((k) => parseInt(full.slice(k, k + 2), 16)) as [number, number, number];
}

/** `colour` at `opacity` over `background`, as the chart draws a lighter bar (hex colours; else `colour`). */
export function over(colour: string, background: string, opacity: number): string {
  const a = rgb(colour);
  const b = rgb(background);
  if (!a || !b) return colour;
  return `#${a
    .map((x, k) =>
      Math.round(x * opacity + b[k] * (1 - opacity))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

/** The chart image's legend (a figure as published, a chart reading) and source line. */
export function leagueChartParts(ctx: ExportContext, palette: Palette): ChartParts {
  const t = leagueRunMessages[ctx.lang];
  const ratio = ctx.view.metric === "debt_gdp" || ctx.view.metric === "debt_revenue";
  const accent = palette.accent ?? palette.general;
  return {
    legend: [
      {
        label: t.legendSound,
        swatch: { kind: "fill", colour: over(accent, palette.background, LEAGUE_BAR_OPACITY.sound) },
      },
      {
        label: t.legendApprox,
        swatch: { kind: "fill", colour: over(accent, palette.background, LEAGUE_BAR_OPACITY.approx) },
      },
    ],
    sourceLine: t.source(ratio),
  };
}
