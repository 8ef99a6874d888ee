/**
 * What every exported image says around its map or chart: the theme (the export theme's type sizes
 * and fonts with the page's colours), the title and subtitle the page shows for the view
 * (ui/titles.ts), the data date and the permalink. Shared by every view's image spec (views/*.ts).
 */
import { periodById } from "../../../data/periods";
import { nationalSeries, periodPhrase, provinceBalanceSeries } from "../../../data/series";
import { prefectureYear } from "../../../data/prefecture-values";
import { formatPartialDate, formatPeriodEnd } from "../../../ui/format";
import { prefectureTitle, viewTitle } from "../../../ui/titles";
import { prefectureRunMessages } from "../prefecture-run-messages";
import { indexPrefectures } from "../../../data/prefecture-values";
import { unitOf } from "../../region/lib/prefecture-choropleth";
import { exportRunMessages } from "../run-messages";
import type { ExportContext, Palette } from "./export-context";
import type { ExportSpec } from "./export-spec";
import { DEFAULT_EXPORT_THEMES } from "./export-themes";

type Frame = Pick<ExportSpec, "theme" | "title" | "subtitle" | "dataDate" | "dataLabel" | "permalink">;

export function imageFrame(ctx: ExportContext, palette: Palette): Frame {
  // Type sizes and fonts come from the export theme; colours from the page, one source of truth.
  const base = DEFAULT_EXPORT_THEMES[ctx.theme];
  const theme = {
    ...base,
    background: ctx.transparent ? null : palette.background || base.background,
    text: palette.text || base.text,
    muted: palette.muted || base.muted,
    border: palette.border || base.border,
  };
  const t = exportRunMessages[ctx.lang];
  const prefecture =
    ctx.subject === "prefecture" && ctx.prefectureFile
      ? unitOf(indexPrefectures(ctx.prefectureFile), ctx.view.prefecture)
      : null;
  const { title, subtitle } =
    ctx.subject === "prefectures" || ctx.subject === "prefecture"
      ? prefectureTitle(ctx.index, ctx.view, ctx.lang, prefecture)
      : viewTitle(ctx.index, { ...ctx.view, view: ctx.subject }, ctx.lang);
  // A view pinned to a data release says which (its permalink carries it too).
  const date = formatPartialDate(ctx.index.data.dataAsOf, ctx.lang);
  const asOf = ctx.view.vintage ? t.asOfRelease(date, ctx.view.vintage) : t.asOf(date);
  const p = periodById(ctx.view.period);
  // Compare's prefecture league shows a year-end (the latest before a month-end): its figures are for that one.
  // So does the prefecture map; a prefecture's chart shows every year-end.
  const leagueYear =
    (ctx.subject === "compare" && ctx.view.compareLevel === "prefectures") || ctx.subject === "prefectures"
      ? prefectureYear(ctx.view.period).year
      : null;
  // A province's chart and the national chart draw every period with a figure: their span, not the
  // period the view was opened at.
  const province = ctx.view.region ? ctx.index.provinceByIso.get(ctx.view.region) : undefined;
  const drawn =
    ctx.subject === "region" && province
      ? provinceBalanceSeries(ctx.index, province.adcode)
          .filter((q) => [q.general, q.special, q.total, q.limit].some((v) => v !== null))
          .map((q) => q.period)
      : ctx.subject === "national"
        ? nationalSeries(ctx.index)
            .filter((q) => q.national !== null || q.keyShare !== null)
            .map((q) => q.period)
        : null;
  const [from, to] = drawn && drawn.length > 0 ? [periodById(drawn[0]), periodById(drawn[drawn.length - 1])] : [];
  const period =
    ctx.subject === "prefecture"
      ? prefectureRunMessages[ctx.lang].yearEnds
      : leagueYear !== null
        ? formatPeriodEnd(leagueYear, null, ctx.lang)
        : from && to
          ? t.periodSpan(periodPhrase(from, ctx.lang), periodPhrase(to, ctx.lang))
          : p
            ? periodPhrase(p, ctx.lang)
            : ctx.view.period;
  const dataDate = ctx.subject === "events" ? t.eventsDataDate(asOf) : t.figuresFor(period, asOf);
  return { theme, title, subtitle, dataDate, dataLabel: t.dataLabel, permalink: ctx.permalink };
}
