/**
 * Runs a download or a copy in the browser: reads the theme's colours and the live chart from the
 * page, composes the image with the pure builders in lib/, rasterises and saves. It and the two
 * DOM helpers beside it (inline-chart.ts: the live chart's SVG; rasterize.ts: PNG, save, clipboard)
 * are the only export modules that touch the DOM; lib/ stays pure.
 */
import type { MapGeometry } from "../../geo/map-geometry";
import { EVENT_KINDS, type EventKind } from "../../data/event-kinds";
import { KEY_REGIONS_SCOPE } from "../../state/view-state";
import { withCjkFont } from "./cjk-font-embed";
import { composeSvg } from "./lib/compose-svg";
import { toCsv } from "./lib/csv";
import { exportFileName } from "./lib/filename";
import { exportRunMessages } from "./run-messages";
import { serialiseChartSvg } from "./inline-chart";
import { resolveCssVars } from "./lib/css-refs";
import { copyPngToClipboard, downloadBlob, svgToPngBlob } from "./rasterize";
import type { ExportContext, Palette } from "./lib/export-context";
import { chartSpec, csvFor, isLeague } from "./lib/view-export";
import { mapSpec } from "./lib/views/map";
import { prefectureMetric, prefectureYear } from "../../data/prefecture-values";
import { prefectureMapSpec } from "./lib/views/prefectures";
import { leagueNameParts, leagueOf } from "./lib/views/league";
import { leagueRunMessages } from "./league-run-messages";

export type ExportKind = "png" | "slide" | "svg" | "csv" | "pptx";

const CHART_SVG = {
  region: 'figure[data-chart="region-balance"] svg.bar-line-chart-svg',
  national: 'figure[data-chart="national-balance"] svg.bar-line-chart-svg',
  compare: 'figure[data-chart="compare"] .recharts-wrapper > svg.recharts-surface',
  league: 'figure[data-chart="prefecture-league"] .recharts-wrapper > svg.recharts-surface',
  prefecture: 'figure[data-chart="prefecture-balance"] .recharts-wrapper > svg.recharts-surface',
  events: "figure.event-timeline > svg",
} as const;

function palette(): Palette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    general: v("--general", "#4c5ca6"),
    special: v("--special", "#7e8bc6"),
    limit: v("--limit", "#b45309"),
    key: v("--key", "#c2410c"),
    notCovered: v("--not-covered", "#d4d4d8"),
    noDataDot: v("--no-data-dot", "#8b8f99"),
    background: v("--bg", "#ffffff"),
    accent: v("--accent", "#2d3a82"),
    totalOnly: v("--total-only", "#64748b"),
    text: v("--text", ""),
    muted: v("--muted", ""),
    border: v("--border", ""),
    eventKinds: Object.fromEntries(EVENT_KINDS.map((k) => [k, eventColour(k)])) as Record<EventKind, string>,
  };
}

/** Event kind colours are set on the Events view's own elements (events.css), so read one. */
function eventColour(kind: EventKind): string {
  const el = document.querySelector(`.events-view .kind-${kind}`) ?? document.querySelector(".events-view");
  return (el && getComputedStyle(el).getPropertyValue(`--ev-${kind}`).trim()) || "#6b7280";
}

function sizeFor(ctx: ExportContext, kind: ExportKind) {
  if (kind === "slide") return { width: 1920, height: 1080 };
  return ctx.subject === "map" || ctx.subject === "prefectures"
    ? { width: 1200, height: 900 }
    : { width: 1200, height: 760 };
}

function composed(ctx: ExportContext, geometry: MapGeometry | undefined, kind: ExportKind): string {
  const size = sizeFor(ctx, kind);
  // The ramp's classes are painted with theme colours (var(--ramp-k, fallback)): written in as plain values.
  const themeVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name);
  const plainFills = (svg: string) =>
    svg.replace(/fill="([^"]*)"/g, (_, v: string) => `fill="${resolveCssVars(v, themeVar)}"`);
  if (ctx.subject === "map") {
    if (!geometry) throw new Error(exportRunMessages[ctx.lang].mapNotLoaded);
    return plainFills(composeSvg(mapSpec(ctx, geometry, palette(), size)));
  }
  if (ctx.subject === "prefectures") return plainFills(composeSvg(prefectureMapSpec(ctx, palette(), size)));
  if (ctx.subject === "prefecture") csvFor(ctx); // throws, with a reason, before the figures are loaded
  const league = isLeague(ctx);
  if (league) leagueOf(ctx.index, ctx.view, ctx.prefectures, ctx.lang); // throws while still loading
  if (ctx.subject === "compare" && !league && ctx.view.compare.length === 0)
    throw new Error(exportRunMessages[ctx.lang].chooseProvince);
  const svg = document.querySelector<SVGSVGElement>(CHART_SVG[league ? "league" : ctx.subject]);
  if (!svg && league) throw new Error(leagueRunMessages[ctx.lang].nothingToChart);
  if (!svg) throw new Error(exportRunMessages[ctx.lang].chartNotDrawn);
  return composeSvg(chartSpec(ctx, serialiseChartSvg(svg), palette(), size));
}

function fileName(ctx: ExportContext, kind: ExportKind): string {
  const region = ctx.view.region ? (ctx.index.provinceByIso.get(ctx.view.region)?.nameEn ?? ctx.view.region) : null;
  const league = isLeague(ctx) ? leagueNameParts(ctx.index, ctx.view) : null;
  const ext = kind === "csv" || kind === "svg" || kind === "pptx" ? kind : "png";
  const suffix = kind === "slide" ? "slide" : undefined;
  // "…_debt-gdp_2023_guizhou-prefectures_map.png"; "…_balance_2018-2025_guiyang-520100_chart.csv".
  if (ctx.subject === "prefectures") {
    const year = prefectureYear(ctx.view.period).year;
    const metric = prefectureMetric(ctx.view.metric).metric;
    const parts = { metric, period: year === null ? ctx.view.period : String(year), suffix, lang: ctx.lang };
    return exportFileName({ ...parts, region: `${region ?? "province"}-prefectures`, view: "map" }, ext);
  }
  if (ctx.subject === "prefecture") {
    const unit = ctx.prefectureFile
      ? ctx.prefectureFile.units.find((u) => u.adcode === ctx.view.prefecture || u.code === ctx.view.prefecture)
      : undefined;
    const place = `${unit?.nameEn ?? "prefecture"}-${ctx.view.prefecture ?? ""}`;
    return exportFileName(
      { metric: "balance", period: "2018-2025", region: place, view: "chart", suffix, lang: ctx.lang },
      ext,
    );
  }
  return exportFileName(
    {
      metric:
        ctx.subject === "events"
          ? "events"
          : league
            ? league.metric
            : ctx.subject === "map" || ctx.subject === "compare"
              ? ctx.view.metric
              : "balance",
      period: league
        ? league.period
        : ctx.subject === "events"
          ? ctx.view.from || ctx.view.to
            ? `${ctx.view.from ?? "start"}-to-${ctx.view.to ?? "end"}`
            : "all-dates"
          : ctx.view.period,
      region:
        ctx.subject === "national" || (ctx.subject === "events" && !region)
          ? null
          : isLeague(ctx)
            ? leaguePlaces(ctx)
            : ctx.subject === "compare"
              ? `${ctx.view.compare.length}-provinces`
              : region,
      view:
        ctx.subject === "map"
          ? undefined
          : ctx.subject === "events"
            ? "timeline"
            : isLeague(ctx)
              ? `league-${ctx.view.gradeFloor}-grades`
              : `${ctx.subject}-chart`,
      suffix: kind === "slide" ? "slide" : undefined,
      lang: ctx.lang,
    },
    ext,
  );
}

/** The league's places in a file name: "prefectures", "key-region-prefectures", "guizhou-prefectures". */
function leaguePlaces(ctx: ExportContext): string {
  const scope = ctx.view.prefectureScope;
  if (!scope) return "prefectures";
  if (scope === KEY_REGIONS_SCOPE) return "key-region-prefectures";
  return `${ctx.index.provinceByIso.get(scope)?.nameEn ?? scope}-prefectures`;
}

/** Saves the export; resolves to the file name, rejects with a message a reader can act on. */
export async function runExport(
  ctx: ExportContext,
  geometry: MapGeometry | undefined,
  kind: ExportKind,
): Promise<string> {
  const name = fileName(ctx, kind);
  if (kind === "pptx") {
    // A native PowerPoint slide of the view: its writer (and the library it uses) loads now.
    csvFor(ctx); // throws, with a reason, while the view's figures are still loading
    const { downloadPptx } = await import("./run-pptx");
    return downloadPptx([ctx], geometry, { title: "", lang: ctx.lang, fileName: name });
  }
  if (kind === "csv") {
    const table = csvFor(ctx);
    downloadBlob(new Blob([toCsv(table.header, table.rows)], { type: "text/csv;charset=utf-8" }), name);
    return name;
  }
  // Chinese text: the font files it needs go inside the SVG (an SVG drawn through <img> loads nothing).
  const svg = await withCjkFont(composed(ctx, geometry, kind));
  if (kind === "svg") {
    downloadBlob(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), name);
    return name;
  }
  const { width, height } = sizeFor(ctx, kind);
  // The slide is exactly 1920x1080 pixels; the PNG is drawn at twice its size for sharp screens.
  downloadBlob(await svgToPngBlob(svg, width, height, kind === "slide" ? 1 : 2, ctx.lang), name);
  return name;
}

export async function copyImage(ctx: ExportContext, geometry: MapGeometry | undefined): Promise<string> {
  let svg: string;
  try {
    svg = composed(ctx, geometry, "png");
  } catch (e) {
    return (e as Error).message;
  }
  const { width, height } = sizeFor(ctx, "png");
  const result = await copyPngToClipboard(
    withCjkFont(svg).then((withFont) => svgToPngBlob(withFont, width, height, 2, ctx.lang)),
    ctx.lang,
  );
  return result.ok ? exportRunMessages[ctx.lang].imageCopied : result.reason;
}
