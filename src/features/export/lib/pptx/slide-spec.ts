/**
 * What a PowerPoint slide of a view holds, from the same builders as its image (the frame's title,
 * subtitle, data date and permalink; the view's source line and legend) with the figures themselves
 * instead of a drawing: a native chart's series (values as they are in the data: a missing figure
 * stays a gap, never a zero) or the map's shapes as outlines in inches. Pure: write-pptx.ts writes it.
 */
import type { LabelTarget } from "../../../../geo/map-labels";
import { EVENT_KINDS } from "../../../../data/event-kinds";
import { PERIODS, periodById } from "../../../../data/periods";
import { nationalSeries, periodLabel, provinceBalanceSeries } from "../../../../data/series";
import type { MapGeometry } from "../../../../geo/map-geometry";
import { isAmount } from "../../../../data/metrics";
import { eventKindLabel, localName, metricInfo } from "../../../../i18n/domain";
import { amountInUnit, amountUnit, formatBn } from "../../../../ui/format";
import type { Lang } from "../../../../i18n/lang";
import { seriesStyle } from "../../../compare/lib/palette";
import { drawnSeries } from "../../../compare/lib/indexing";
import { prefecturePoints } from "../../../region/lib/prefecture-points";
import { prefectureMessages } from "../../../region/prefecture-messages";
import { exportRunMessages } from "../../run-messages";
import { resolveCssVars } from "../css-refs";
import type { ExportContext, Palette } from "../export-context";
import type { LegendItem } from "../export-spec";
import { imageFrame } from "../image-frame";
import { prefectureTitle, viewTitle } from "../../../../ui/titles";
import { chartParts, isLeague } from "../view-export";
import { mapSpec } from "../views/map";
import { prefectureMapCells, prefectureMapSpec, profileRows } from "../views/prefectures";
import { doubtfulText, gradeText } from "../../../compare/lib/league-words";
import { indexPrefectures } from "../../../../data/prefecture-values";
import { pathRings } from "./path-rings";

export interface ChartSeries {
  name: string;
  /** One per category; null where the data has no figure (a gap). */
  values: (number | null)[];
  /** #rrggbb */
  colour: string;
}

export interface SlideChart {
  kind: "chart";
  categories: string[];
  /** Columns, stacked when `stacked`. */
  bars: ChartSeries[];
  lines: ChartSeries[];
  stacked: boolean;
  /** The value axis's unit ("bn CNY"); the lines' own axis on the right when `lineUnit` is set. */
  unit: string;
  lineUnit?: string;
}

export interface SlideMapShape {
  name: string;
  /** A doubtful figure (prefecture maps): not coloured, outlined as the legend says. */
  doubtful: boolean;
  /** Rings of [x, y] in the map's own units (viewBox). */
  rings: [number, number][][];
  fill: string;
  key: boolean;
  noData: boolean;
  selected: boolean;
  /** Its name and where the name fits (geo/map-labels.ts); the writer places it at the slide's size. */
  label?: LabelTarget;
}

export interface SlideMap {
  kind: "map";
  viewBox: [number, number];
  shapes: SlideMapShape[];
  legendTitle: string;
  legend: LegendItem[];
  keyColour: string;
  strokeColour: string;
  /** The doubtful shapes' outline (prefecture maps). */
  doubtfulColour: string;
}

/** A view with nothing a chart can hold (the prefecture league): its words and the link. */
export interface SlideText {
  kind: "text";
  lines: string[];
}

export interface SlideSpec {
  lang: Lang;
  title: string;
  subtitle: string;
  sourceLine: string;
  dataDate: string;
  permalink: string;
  /** Speaker notes: the permalink, the data date, every source line and caveat. */
  notes: string[];
  body: SlideChart | SlideMap | SlideText;
}

/** A colour mixed halfway to white: a provisional figure's bar, as the page draws it lighter. */
function lighter(colour: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return colour;
  const mix = (k: number) =>
    Math.round((parseInt(m[1].slice(k, k + 2), 16) + 255) / 2)
      .toString(16)
      .padStart(2, "0");
  return `#${mix(0)}${mix(2)}${mix(4)}`;
}

/** Colours in a slide are plain: a theme variable (`var(--ramp-2, #62d0a4)`) becomes its colour in the palette's theme. */
const plain = (colour: string, themeVar: (name: string) => string) => resolveCssVars(colour, themeVar);

export function slideSpec(
  ctx: ExportContext,
  geometry: MapGeometry | undefined,
  palette: Palette,
  /** The theme's CSS variables by name ("--ramp-2"); "" where unknown (the light theme's fallbacks then). */
  themeVar: (name: string) => string = () => "",
): SlideSpec {
  const frame = imageFrame(ctx, palette);
  const t = exportRunMessages[ctx.lang];
  const size = { width: 1920, height: 1080 };
  const base = {
    lang: ctx.lang,
    title: ctx.slideTitle || frame.title,
    subtitle: frame.subtitle,
    dataDate: frame.dataDate,
    permalink: ctx.permalink,
  };
  const notes = (sourceLine: string) => [
    ctx.slideTitle ? `${ctx.slideTitle} (${frame.title})` : frame.title,
    ctx.permalink,
    frame.dataDate,
    sourceLine,
    ...gradeNotes(ctx),
    ...provisionalNotes(ctx),
  ];
  if (ctx.subject === "map" || ctx.subject === "prefectures") {
    const spec = ctx.subject === "map" ? mapSpec(ctx, geometry!, palette, size) : prefectureMapSpec(ctx, palette, size);
    if (spec.body.kind !== "map") throw new Error("a map view draws a map");
    const body = spec.body;
    const names = ctx.subject === "map" ? geometry!.shapes.map((s) => s.adcode) : [];
    // Its words say what the slide draws: outlines where the page hatches (a freeform has no hatching).
    const subtitle =
      ctx.subject === "map"
        ? viewTitle(ctx.index, { ...ctx.view, view: "map" }, ctx.lang, null, true).subtitle
        : prefectureTitle(ctx.index, ctx.view, ctx.lang, null, true).subtitle;
    return {
      ...base,
      subtitle,
      sourceLine: spec.sourceLine,
      notes: notes(spec.sourceLine),
      body: {
        kind: "map",
        viewBox: body.viewBox,
        shapes: body.shapes.map((s, k) => ({
          name: nameOf(ctx, names[k]) ?? `${k + 1}`,
          rings: pathRings(s.d),
          // The no-data dots and doubtful hatching are a drawing's: here, the page's colour, outlined.
          fill: s.noData || s.doubtful || s.fill === "hatch-none" ? palette.background : plain(s.fill, themeVar),
          key: !!s.key,
          noData: !!s.noData || s.fill === "hatch-none",
          doubtful: !!s.doubtful,
          selected: !!s.selected,
          label: s.label,
        })),
        legendTitle: spec.legendTitle ?? "",
        legend: spec.legend.map((item) => ({ ...item, swatch: plainSwatch(item.swatch, themeVar) })),
        keyColour: body.keyColour,
        strokeColour: body.strokeColour,
        doubtfulColour: body.doubtfulColour ?? body.keyColour,
      },
    };
  }
  const parts = chartParts(ctx, palette);
  // Events are counted per year in columns on a slide, not marked by month: said so in its words.
  const events = ctx.subject === "events" ? eventsWords(ctx) : null;
  const sourceLine = events?.sourceLine ?? parts.sourceLine;
  const withNotes = { ...base, subtitle: events?.subtitle ?? base.subtitle, sourceLine, notes: notes(sourceLine) };
  if (ctx.subject === "compare" && isLeague(ctx))
    return { ...withNotes, body: { kind: "text", lines: [frame.subtitle, ctx.permalink] } };
  const chart = chartOf(ctx, palette, t, themeVar);
  // Nothing to chart (Compare with no province chosen, filters that select no dated event): say so.
  if (chart.bars.length + chart.lines.length === 0 || chart.categories.length === 0)
    return {
      ...withNotes,
      body: { kind: "text", lines: [ctx.subject === "compare" ? t.chooseProvince : t.nothingToChart] },
    };
  return { ...withNotes, body: chart };
}

/**
 * A prefecture's figures come from documents of every grade (official tables, rating reports,
 * commercial databases, readings off a chart): the notes give each figure on the slide with its
 * grade, and a doubtful one with why it is not drawn.
 */
function gradeNotes(ctx: ExportContext): string[] {
  if (!ctx.prefectureFile || (ctx.subject !== "prefectures" && ctx.subject !== "prefecture")) return [];
  const { lang } = ctx;
  const words = prefectureMessages[lang];
  const amount = (v: number) => `${formatBn(v, lang)} ${amountUnit(lang)}`;
  if (ctx.subject === "prefecture") {
    return profileRows(ctx).rows.flatMap(({ year, debt }) =>
      debt?.total == null
        ? []
        : [
            `${year}: ${amount(debt.total)}; ${gradeText(debt.grade, lang)}${debt.origin === "chart_reading_approx" ? ` (${words.approx})` : ""}${debt.qa === "suspect" ? `; ${words.doubtful(doubtfulText(debt, lang))}` : ""}`,
          ],
    );
  }
  const { cells, shown } = prefectureMapCells(ctx.index, ctx.view, indexPrefectures(ctx.prefectureFile), lang);
  const unit = metricInfo(shown.metric, lang).unit;
  return cells.flatMap((c) => {
    const name = localName(c.unit.nameEn, c.unit.nameZh, lang);
    if (c.state === "missing" || !c.debt) return [];
    const value =
      c.value === null ? "" : shown.metric === "balance" ? amount(c.value) : `${formatPercentOrValue(c.value)} ${unit}`;
    return [
      `${name}: ${c.state === "doubtful" ? words.doubtful(doubtfulText(c.debt, lang)) : value}; ${gradeText(c.debt.grade, lang)}`,
    ];
  });
}

const formatPercentOrValue = (v: number) => (Math.round(v * 10) / 10).toLocaleString("en-US");

/** Compare's series as the chart draws them: levels, or indexed to the view's base year-end. */
function compareSeries(ctx: ExportContext) {
  const { index, view, lang } = ctx;
  return drawnSeries(index, view.compare, view.metric, view.indexBase, lang);
}

/**
 * Compare's provisional points (a mid-year, preliminary or month-end figure, or a ratio over a
 * preliminary GDP), which the page draws hollow: named in the notes, as a line cannot mark them.
 */
function provisionalNotes(ctx: ExportContext): string[] {
  if (ctx.subject !== "compare" || ctx.view.compareLevel === "prefectures") return [];
  const t = exportRunMessages[ctx.lang];
  return compareSeries(ctx).flatMap((s) => {
    const periods = s.points
      .filter((p) => p.provisional && p.value !== null)
      .map((p) => periodLabel(periodById(p.period)!, ctx.lang));
    return periods.length ? [t.provisionalPoints(s.name, periods.join(", "))] : [];
  });
}

function eventsWords(ctx: ExportContext): { subtitle: string; sourceLine: string } {
  const years = eventYears(ctx.events ?? []);
  return {
    subtitle: viewTitle(ctx.index, { ...ctx.view, view: "events" }, ctx.lang, null, true).subtitle,
    sourceLine: exportRunMessages[ctx.lang].eventsColumnsSource(
      ctx.events?.length ?? 0,
      years[0] ?? null,
      years[years.length - 1] ?? null,
    ),
  };
}

/** Every year from the first an event is dated in to the last, none skipped (a year with none is a zero). */
function eventYears(events: ExportContext["events"] & object): string[] {
  const dated = events.flatMap((e) => (e.date ? [Number(e.date.slice(0, 4))] : []));
  if (dated.length === 0) return [];
  const [first, last] = [Math.min(...dated), Math.max(...dated)];
  return Array.from({ length: last - first + 1 }, (_, k) => String(first + k));
}

function nameOf(ctx: ExportContext, adcode: string | undefined): string | null {
  const p = adcode ? ctx.index.provinceByAdcode.get(adcode) : undefined;
  return p ? `${p.nameEn} ${p.nameZh}` : null;
}

function plainSwatch(swatch: LegendItem["swatch"], themeVar: (name: string) => string): LegendItem["swatch"] {
  return { ...swatch, colour: plain(swatch.colour, themeVar) };
}

function chartOf(
  ctx: ExportContext,
  palette: Palette,
  t: (typeof exportRunMessages)["en"],
  themeVar: (name: string) => string,
): SlideChart {
  const { index, view, lang } = ctx;
  const province = view.region ? index.provinceByIso.get(view.region) : undefined;
  // Amounts in the chart's unit: bn CNY in English, 亿元 (0.1 bn) in Chinese, as the page's axes.
  const amount = (v: number | null) => (v === null ? null : amountInUnit(v, lang));
  switch (ctx.subject) {
    case "region": {
      const points = province ? provinceBalanceSeries(index, province.adcode, lang) : [];
      const drawn = points.filter((p) => [p.general, p.special, p.total, p.limit].some((v) => v !== null));
      // A period with a total but no split is drawn as the total alone, as the page does; provisional
      // figures (a mid-year, preliminary or month-end one) in series of their own, lighter, as the page draws them.
      type Point = (typeof drawn)[number];
      const split = (p: Point) => p.general !== null && p.special !== null;
      const part = (pick: (p: Point) => number | null, provisional: boolean) =>
        drawn.map((p) => (p.provisional === provisional ? amount(pick(p)) : null));
      const general = (p: Point) => (split(p) ? p.general : null);
      const special = (p: Point) => (split(p) ? p.special : null);
      const totalOnly = (p: Point) => (split(p) ? null : p.total);
      const light = (colour: string) => lighter(plain(colour, themeVar));
      return {
        kind: "chart",
        categories: drawn.map((p) => p.label),
        bars: [
          { name: t.general, values: part(general, false), colour: palette.general },
          { name: t.special, values: part(special, false), colour: palette.special },
          {
            name: prefectureMessages[lang].totalOnly,
            values: part(totalOnly, false),
            colour: palette.totalOnly ?? palette.general,
          },
          { name: t.provisionalSeries(t.general), values: part(general, true), colour: light(palette.general) },
          { name: t.provisionalSeries(t.special), values: part(special, true), colour: light(palette.special) },
          {
            name: t.provisionalSeries(prefectureMessages[lang].totalOnly),
            values: part(totalOnly, true),
            colour: light(palette.totalOnly ?? palette.general),
          },
        ].filter((s) => s.values.some((v) => v !== null)),
        lines: [{ name: t.limit, values: drawn.map((p) => amount(p.limit)), colour: palette.limit }],
        stacked: true,
        unit: amountUnit(lang),
      };
    }
    case "national": {
      const points = nationalSeries(index).filter((p) => p.national !== null || p.keyShare !== null);
      return {
        kind: "chart",
        categories: points.map((p) => periodLabel(periodById(p.period)!, lang)),
        bars: [
          {
            name: t.nationalBalance,
            values: points.map((p) => amount(p.national?.value ?? null)),
            colour: palette.general,
          },
        ],
        lines: [{ name: t.keyShare, values: points.map((p) => p.keyShare), colour: palette.key }],
        stacked: false,
        unit: amountUnit(lang),
        lineUnit: "%",
      };
    }
    case "prefecture": {
      const points = prefecturePoints(profileRows(ctx).rows);
      const approx = "≈";
      return {
        kind: "chart",
        // A figure read off a chart in its source is marked on its year, as the page draws it lighter.
        categories: points.map((p) => (p.approx ? `${p.label} ${approx}` : p.label)),
        bars: [
          { name: t.general, values: points.map((p) => amount(p.general)), colour: palette.general },
          { name: t.special, values: points.map((p) => amount(p.special)), colour: palette.special },
          {
            name: prefectureMessages[lang].totalOnly,
            values: points.map((p) => amount(p.totalOnly)),
            colour: palette.totalOnly ?? palette.general,
          },
        ].filter((s) => s.values.some((v) => v !== null)),
        lines: [{ name: t.limit, values: points.map((p) => amount(p.limit)), colour: palette.limit }].filter((s) =>
          s.values.some((v) => v !== null),
        ),
        stacked: true,
        unit: amountUnit(lang),
      };
    }
    case "compare": {
      // Levels, or indexed to the view's base year-end (= 100) as the page draws them.
      const series = compareSeries(ctx);
      const indexed = view.indexBase !== null;
      return {
        kind: "chart",
        categories: PERIODS.map((p) => periodLabel(p, lang)),
        bars: [],
        lines: series.map((s, k) => ({
          name: s.name,
          values: s.points.map((p) => (isAmount(view.metric) && !indexed ? amount(p.value) : p.value)),
          // The page's colour for the series (many provinces: the accent and grey, as on the page).
          colour: plain(seriesStyle(s.iso, k, series.length, null).colour, themeVar),
        })),
        stacked: false,
        unit: indexed ? t.indexedUnit(view.indexBase!) : metricInfo(view.metric, lang).unit,
      };
    }
    case "events": {
      // The timeline's marks counted by year and kind: a chart the presenter can restyle.
      const events = ctx.events ?? [];
      const years = eventYears(events);
      return {
        kind: "chart",
        categories: years,
        bars: EVENT_KINDS.map((kind) => ({
          name: eventKindLabel(kind, lang),
          values: years.map((y) => events.filter((e) => e.kind === kind && e.date?.startsWith(y)).length),
          colour: palette.eventKinds?.[kind] ?? palette.general,
        })).filter((s) => s.values.some((v) => v !== 0)),
        lines: [],
        stacked: true,
        unit: exportRunMessages[lang].eventsUnit,
      };
    }
    default:
      throw new Error(`no chart for ${ctx.subject}`);
  }
}
