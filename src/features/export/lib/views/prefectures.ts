/**
 * The prefecture downloads, from the page's own cells and series (region/lib), so a file and the
 * panel cannot disagree:
 * - the prefecture map (subject "prefectures"): every prefecture of the province for the metric and
 *   year-end shown, with rank, share of the province, grade, how the figure was obtained, QA and
 *   documents; its image is the choropleth with doubtful shapes hatched, never coloured;
 * - a prefecture (subject "prefecture", the link's `p`): its year-ends 2018–2025 with the parts,
 *   the limit, the ratios, the share and the grade; its image is the panel's chart in the frame.
 * Pure: the prefecture file and map come in the context, colours as the palette.
 */
import type { AtlasIndex } from "../../../../data/atlas-index";
import type { PrefectureDataFile, PrefectureSource } from "../../../../data/prefecture-types";
import { indexPrefectures, type PrefectureIndex } from "../../../../data/prefecture-values";
import type { PrefectureMapFile } from "../../../../geo/prefecture-map";
import { metricInfo, provinceName } from "../../../../i18n/domain";
import type { Lang } from "../../../../i18n/lang";
import type { ViewState } from "../../../../state/view-state";
import { doubtfulText, gradeText, sourceName } from "../../../compare/lib/league-words";
import {
  prefectureCells,
  prefectureMetric,
  prefectureScale,
  prefectureSeries,
  prefectureYear,
  unitOf,
  type PrefectureCell,
} from "../../../region/lib/prefecture-choropleth";
import { isMunicipality } from "../../../region/lib/prefecture-markers";
import { prefectureMessages } from "../../../region/prefecture-messages";
import { classLabels } from "../../../map/MapLegend";
import { leagueRunMessages } from "../../league-run-messages";
import { prefectureRunMessages } from "../../prefecture-run-messages";
import { exportRunMessages } from "../../run-messages";
import type { ChartParts, CsvTable, ExportContext, Palette } from "../export-context";
import type { ExportBody, ExportSpec, LegendItem } from "../export-spec";
import { imageFrame } from "../image-frame";
import { amountIn, unique } from "./cells";

const joined = (sources: PrefectureSource[], pick: (s: PrefectureSource) => string) =>
  unique(sources.map(pick).filter(Boolean)).join("; ") || null;

const sourcesOf = (file: PrefectureDataFile, ids: readonly number[] | undefined) =>
  (ids ?? []).map((k) => file.sources[k]).filter(Boolean);

/** The province and its prefecture figures, or an error a reader can act on. */
function loaded(ctx: Pick<ExportContext, "index" | "view" | "lang" | "prefectureFile">) {
  const t = prefectureRunMessages[ctx.lang];
  const province = ctx.view.region ? ctx.index.provinceByIso.get(ctx.view.region) : undefined;
  if (!province || !ctx.prefectureFile || ctx.prefectureFile.province !== province.adcode) throw new Error(t.notLoaded);
  return { province, file: ctx.prefectureFile, ix: indexPrefectures(ctx.prefectureFile) };
}

/** What the prefecture map shows for the view: its metric (the balance for LGFV metrics), year-end and cells. */
export function prefectureMapCells(index: AtlasIndex, view: ViewState, ix: PrefectureIndex, lang: Lang) {
  const t = prefectureRunMessages[lang];
  const province = index.provinceByIso.get(view.region ?? "");
  const name = province ? provinceName(province, lang) : (view.region ?? "");
  if (province && isMunicipality(province.adcode)) throw new Error(t.municipality(name));
  const shown = prefectureMetric(view.metric);
  const year = prefectureYear(view.period).year;
  if (year === null) throw new Error(t.noYear);
  const provinceTotal = province ? (index.balance(province.adcode, String(year))?.total ?? null) : null;
  return { shown, year, cells: prefectureCells(ix, shown.metric, year, provinceTotal) };
}

export function prefectureMapCsv(ctx: ExportContext): CsvTable {
  const { index, view, lang } = ctx;
  const t = prefectureRunMessages[lang];
  const shared = leagueRunMessages[lang];
  const { province, file, ix } = loaded(ctx);
  const { shown, year, cells } = prefectureMapCells(index, view, ix, lang);
  const metric = shown.metric;
  const info = metricInfo(metric, lang);
  const amount = amountIn(lang);
  // A ratio to two decimals (the page shows one): the division's noise digits say nothing.
  const value = (v: number | null) =>
    metric === "balance" ? amount(v) : v === null ? null : Math.round(v * 100) / 100;
  const ranked = cells.filter((c) => c.rank !== null).length;
  const missingWords = prefectureMessages[lang].missing;
  const row = (c: PrefectureCell) => {
    const debt = c.debt;
    const note =
      c.state === "missing" && c.reason
        ? missingWords[c.reason]
        : c.state === "doubtful" && debt
          ? [doubtfulText(debt, lang), debt.note].filter(Boolean).join(" ")
          : [shown.substituted ? shared.substitutedNote : "", debt?.note ?? ""].filter(Boolean).join("; ");
    const debtSources = sourcesOf(file, debt?.sources);
    const denominator = metric === "balance" ? null : c.denominator;
    return [
      c.unit.adcode,
      c.unit.nameEnFull,
      c.unit.nameZh,
      province.iso,
      province.nameEn,
      shared.metricCell(metric, info.label),
      info.unit,
      year,
      value(c.value),
      c.value === null ? null : c.approx ? shared.yes : shared.no,
      t.state(c.state),
      c.rank,
      ranked,
      c.share === null ? null : Math.round(c.share * 10) / 10,
      debt?.grade ?? null,
      debt ? gradeText(debt.grade, lang) : null,
      debt?.origin ?? null,
      debt?.qa ?? null,
      debt?.flags.join("; ") || null,
      note || null,
      joined(debtSources, sourceName),
      joined(debtSources, (s) => s.date),
      joined(debtSources, (s) => s.url),
      metric === "balance" || debt?.total == null ? null : amount(debt.total),
      metric === "balance" ? null : shared.denominator[metric],
      denominator ? amount(denominator.value) : null,
      denominator?.grade ?? null,
      denominator ? joined(sourcesOf(file, denominator.sources), sourceName) : null,
    ];
  };
  // Ranked first (by rank), then doubtful, then without a figure, as the panel's table lists them.
  const order = (c: PrefectureCell) => (c.rank ?? 0) + (c.state === "doubtful" ? 1e4 : c.state === "missing" ? 2e4 : 0);
  return {
    header: t.mapHeader(shared.valueColumn(info.label, info.unit)),
    rows: [...cells].sort((a, b) => order(a) - order(b)).map(row),
  };
}

/** The image of the prefecture map: the province's prefectures in their classes, with its legend. */
export function prefectureMapSpec(
  ctx: ExportContext,
  palette: Palette,
  size: { width: number; height: number },
): ExportSpec {
  const { index, view, lang } = ctx;
  const t = prefectureRunMessages[lang];
  const map: PrefectureMapFile | undefined = ctx.prefectureMap;
  const { ix } = loaded(ctx);
  if (!map) throw new Error(t.notLoaded);
  const { shown, cells } = prefectureMapCells(index, view, ix, lang);
  const byCode = new Map(cells.map((c) => [c.unit.code, c]));
  const chosen = unitOf(ix, view.prefecture);
  const scale = prefectureScale(ix, shown.metric);
  const body: ExportBody = {
    kind: "map",
    viewBox: [map.width, map.height],
    keyColour: palette.key,
    noDataDot: palette.noDataDot,
    strokeColour: palette.background,
    doubtfulColour: palette.limit,
    shapes: map.shapes.map((s) => {
      const cell = byCode.get(s.code);
      const state = cell?.state ?? "missing";
      return {
        d: s.d,
        fill: state === "value" && cell?.colourClass != null ? scale.colours[cell.colourClass] : "hatch-none",
        noData: state === "missing",
        doubtful: state === "doubtful",
        selected: chosen !== null && s.code === chosen.code,
      };
    }),
  };
  const labels = classLabels(scale, shown.metric, lang);
  const legend: LegendItem[] = [
    ...scale.colours.map((colour, k) => ({ label: labels[k], swatch: { kind: "fill" as const, colour } })),
    { label: t.legendNoData, swatch: { kind: "dots", colour: palette.background, dot: palette.noDataDot } },
    { label: t.legendDoubtful, swatch: { kind: "hatch", colour: palette.background, stroke: palette.limit } },
  ];
  const info = metricInfo(shown.metric, lang);
  return {
    ...imageFrame(ctx, palette),
    ...size,
    legendTitle: prefectureMessages[lang].legendTitle(info.label, info.unit),
    legend,
    body,
    sourceLine: t.mapSource(shown.metric !== "balance"),
  };
}

/** A prefecture's rows, year-end by year-end, as its profile shows them. */
export function profileRows(ctx: Pick<ExportContext, "index" | "view" | "lang" | "prefectureFile">) {
  const { province, file, ix } = loaded(ctx);
  const unit = unitOf(ix, ctx.view.prefecture);
  if (!unit) throw new Error(prefectureRunMessages[ctx.lang].noPrefecture);
  const rows = prefectureSeries(
    ix,
    unit.code,
    (year) => ctx.index.balance(province.adcode, String(year))?.total ?? null,
  );
  return { province, file, unit, rows };
}

export function prefectureCsv(ctx: ExportContext): CsvTable {
  const { lang } = ctx;
  const t = prefectureRunMessages[lang];
  const shared = leagueRunMessages[lang];
  const { province, file, unit, rows } = profileRows(ctx);
  const amount = amountIn(lang);
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    header: [...t.profileHeader],
    rows: rows.map((r) => {
      const debt = r.debt;
      const debtSources = sourcesOf(file, debt?.sources);
      const note =
        debt?.qa === "suspect"
          ? [doubtfulText(debt, lang), debt.note].filter(Boolean).join(" ")
          : debt
            ? debt.note
            : prefectureMessages[lang].missing.no_debt;
      return [
        unit.adcode,
        unit.nameEnFull,
        unit.nameZh,
        province.iso,
        province.nameEn,
        r.year,
        amount(debt?.general),
        amount(debt?.special),
        amount(debt?.total),
        amount(debt?.limit),
        debt?.total == null ? null : debt.origin === "chart_reading_approx" ? shared.yes : shared.no,
        debt?.qa ?? null,
        debt?.flags.join("; ") || null,
        pct(r.debtGdp),
        pct(r.debtRevenue),
        pct(r.share),
        debt?.grade ?? null,
        debt ? gradeText(debt.grade, lang) : null,
        debt?.origin ?? null,
        note || null,
        joined(debtSources, sourceName),
        joined(debtSources, (s) => s.date),
        joined(debtSources, (s) => s.url),
      ];
    }),
  };
}

/** The prefecture chart image's legend (which bars exist) and source line (with the years not drawn). */
export function prefectureChartParts(ctx: ExportContext, palette: Palette): ChartParts {
  const t = prefectureRunMessages[ctx.lang];
  const tr = exportRunMessages[ctx.lang];
  const { rows } = profileRows(ctx);
  const sound = rows.flatMap((r) => (r.debt && r.debt.qa !== "suspect" && r.debt.total !== null ? [r.debt] : []));
  const fill = (colour: string) => ({ kind: "fill" as const, colour });
  const legend: LegendItem[] = [];
  if (sound.some((d) => d.general !== null && d.special !== null)) {
    legend.push({ label: tr.general, swatch: fill(palette.general) });
    legend.push({ label: tr.special, swatch: fill(palette.special) });
  }
  if (sound.some((d) => d.general === null || d.special === null))
    legend.push({ label: prefectureMessages[ctx.lang].totalOnly, swatch: fill(palette.totalOnly ?? palette.general) });
  if (sound.some((d) => d.limit !== null)) legend.push({ label: tr.limit, swatch: fill(palette.limit) });
  if (sound.some((d) => d.origin === "chart_reading_approx"))
    legend.push({ label: t.legendApprox, swatch: fill(palette.special) });
  const doubtful = rows.filter((r) => r.debt?.qa === "suspect").map((r) => String(r.year));
  return { legend, sourceLine: t.profileSource(doubtful) };
}
