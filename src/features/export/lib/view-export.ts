/**
 * What the exported view gives: the dispatcher from a view (ExportContext.subject) to its builders
 * in views/ (map.ts, region.ts, prefectures.ts (a province's prefecture map and one prefecture), national.ts, compare.ts or, for the prefecture league, league.ts,
 * events.ts), each with that view's CSV of
 * exactly the rows it shows and what its image says around the map or chart. Pure: colours come in
 * as a palette read from the page's theme, charts as already-serialised SVG. The map's image spec is
 * views/map.ts's mapSpec; every other view's image is a chart framed here.
 */
import { compareChartParts, compareCsv } from "./views/compare";
import { leagueChartParts, leagueCsv } from "./views/league";
import { eventsChartParts, eventsCsv } from "./views/events";
import { mapCsv } from "./views/map";
import { nationalChartParts, nationalCsv } from "./views/national";
import { regionChartParts, regionCsv } from "./views/region";
import { prefectureChartParts, prefectureCsv, prefectureMapCsv } from "./views/prefectures";
import type { ChartParts, CsvTable, ExportContext, Palette } from "./export-context";
import type { ExportSpec } from "./export-spec";
import { imageFrame } from "./image-frame";

/** Compare showing the prefecture league (cl=prefectures) rather than the provinces. */
export function isLeague(ctx: Pick<ExportContext, "subject" | "view">): boolean {
  return ctx.subject === "compare" && ctx.view.compareLevel === "prefectures";
}

export function csvFor(ctx: ExportContext): CsvTable {
  const lang = ctx.lang;
  if (ctx.subject === "events") return eventsCsv(ctx.index, ctx.events ?? [], lang);
  if (ctx.subject === "compare" && isLeague(ctx)) return leagueCsv(ctx.index, ctx.view, ctx.prefectures, lang);
  if (ctx.subject === "compare") return compareCsv(ctx.index, ctx.view, lang);
  if (ctx.subject === "region") return regionCsv(ctx.index, ctx.view, lang);
  if (ctx.subject === "prefectures") return prefectureMapCsv(ctx);
  if (ctx.subject === "prefecture") return prefectureCsv(ctx);
  if (ctx.subject === "national") return nationalCsv(ctx.index, lang);
  return mapCsv(ctx.index, ctx.view, lang);
}

/** The image of a chart view: the chart's own SVG in the frame, with the view's legend and source. */
export function chartSpec(
  ctx: ExportContext,
  chart: { markup: string; width: number; height: number },
  palette: Palette,
  size: { width: number; height: number },
): ExportSpec {
  return { ...imageFrame(ctx, palette), ...size, ...chartParts(ctx, palette), body: { kind: "svg", ...chart } };
}

export function chartParts(ctx: ExportContext, palette: Palette): ChartParts {
  if (ctx.subject === "events") return eventsChartParts(ctx, palette);
  if (ctx.subject === "compare" && isLeague(ctx)) return leagueChartParts(ctx, palette);
  if (ctx.subject === "compare") return compareChartParts(ctx);
  if (ctx.subject === "national") return nationalChartParts(ctx, palette);
  if (ctx.subject === "prefecture") return prefectureChartParts(ctx, palette);
  return regionChartParts(ctx, palette);
}
