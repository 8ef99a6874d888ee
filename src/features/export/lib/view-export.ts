/**
 * What each view exports: the CSV of exactly the rows it shows, and the image spec (title,
 * filters, legend, source, data date, permalink) around its map or chart. Pure: colours come in
 * as a palette read from the page's theme, charts as already-serialised SVG.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import type { EventRecord } from "../../../data/atlas-types";
import { EVENT_KINDS, type EventKind } from "../../../data/event-kinds";
import { balanceCaveats } from "../../../data/caveats";
import { keyStatusAt, type KeyStatus } from "../../../data/key-regions";
import type { MetricId } from "../../../data/metrics";
import { periodById } from "../../../data/periods";
import { scaleFor } from "../../../data/scale";
import { nationalSeries, periodPhrase, provinceBalanceSeries } from "../../../data/series";
import { eventKindLabel, metricInfo, provinceName } from "../../../i18n/domain";
import type { Lang } from "../../../i18n/lang";
import type { Theme, ViewState } from "../../../state/view-state";
import { bnToYi, formatPartialDate } from "../../../ui/format";
import { viewTitle } from "../../../ui/titles";
import type { MapGeometry } from "../../map/lib/geometry";
import { buildMapModel } from "../../map/lib/map-model";
import { classLabels } from "../../map/MapLegend";
import { eventViewMessages } from "../../events/view-messages";
import { csvHeaders, exportRunMessages } from "../run-messages";
import { DEFAULT_EXPORT_THEMES, type ExportBody, type ExportSpec, type LegendItem } from "./compose-svg";
import type { CsvCell } from "./csv";
import { tableRows } from "../../compare/lib/ranked-table";
import { seriesStyle } from "../../compare/lib/palette";

/** The theme's colours, as the page resolved its CSS variables. */
export interface Palette {
  general: string;
  special: string;
  limit: string;
  key: string;
  notCovered: string;
  noDataDot: string;
  background: string;
  /** The page's text colours, so an image matches the theme the reader sees (absent in pure tests). */
  text?: string;
  muted?: string;
  border?: string;
  /** Event kind colours, for the Events view's legend. */
  eventKinds?: Record<EventKind, string>;
}

export type ExportSubject = "map" | "region" | "national" | "compare" | "events";

export interface ExportContext {
  index: AtlasIndex;
  view: ViewState;
  subject: ExportSubject;
  theme: Theme;
  transparent: boolean;
  permalink: string;
  /** The Events view's rows: the events its filters select, in the order shown. */
  events?: readonly EventRecord[];
  /** The reader's language: the image's words and the CSV's headers and units follow it. */
  lang: Lang;
}

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const unique = (xs: string[]) => [...new Set(xs)];

function periodText(view: ViewState, lang: Lang): string {
  const p = periodById(view.period);
  return p ? periodPhrase(p, lang) : view.period;
}

/** An amount cell in the file's unit: bn CNY as recorded in English, 亿元 (×10) in Chinese. */
const amountIn = (lang: Lang) => (value: number | null | undefined) =>
  value === null || value === undefined ? null : lang === "zh" ? bnToYi(value) : value;

/** A metric's value column: "value" in English; "债务余额（亿元）" or "债务/GDP（%）" in Chinese. */
function valueColumn(metric: MetricId, lang: Lang): string {
  const m = metricInfo(metric, lang);
  return `${m.label}（${m.unit}）`;
}

/** A metric's value in the file's unit (only amounts change unit; ratios stay percentages). */
const metricIn = (metric: MetricId, lang: Lang) => (value: number | null) =>
  metric === "balance" ? amountIn(lang)(value) : value;

export function mapCsv(index: AtlasIndex, view: ViewState, lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const model = buildMapModel(index, scaleFor(index, view.metric), view.metric, view.period, lang);
  const metric = metricInfo(view.metric, lang);
  const value = metricIn(view.metric, lang);
  const header = csvHeaders[lang].map(valueColumn(view.metric, lang));
  const rows = index.data.provinces.map((p) => {
    const cell = model.cells.get(p.adcode)!;
    const r = cell.result;
    const status =
      cell.kind === "not-covered"
        ? t.notCoveredCell
        : r && !r.ok
          ? t.noDataCell(r.reason)
          : r?.ok && r.provisional
            ? t.provisional
            : "";
    return [
      p.iso,
      p.nameEn,
      p.nameZh,
      view.period,
      lang === "zh" ? metric.label : metric.id,
      r?.ok ? value(r.value) : null,
      metric.unit,
      cell.rank,
      cell.isKey ? t.yes : t.no,
      status,
      r?.ok ? unique(r.citations.map((c) => c.label)).join("; ") : "",
      r?.ok ? r.citations.map((c) => t.citation(c.role, c.text)).join(" | ") : "",
    ];
  });
  return { header, rows };
}

export function regionCsv(index: AtlasIndex, view: ViewState, lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const province = view.region ? index.provinceByIso.get(view.region) : undefined;
  if (!province) return { header: [csvHeaders[lang].region[2]], rows: [] };
  const amount = amountIn(lang);
  const header = [...csvHeaders[lang].region];
  const rows = provinceBalanceSeries(index, province.adcode).map((p) => {
    const b = index.balance(province.adcode, p.period);
    return [
      province.iso,
      provinceName(province, lang),
      p.period,
      amount(p.general),
      amount(p.special),
      amount(p.total),
      amount(p.limit),
      p.total === null ? t.notInData : p.provisional ? t.provisional : "",
      // The scope is the source's wording (data), as written.
      b ? b.scope : "",
      b ? unique(b.sources.map((s) => index.data.sources[s].label)).join("; ") : "",
    ];
  });
  return { header, rows };
}

export function nationalCsv(index: AtlasIndex, lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const amount = amountIn(lang);
  const header = [...csvHeaders[lang].national];
  const rows = nationalSeries(index).map((p) => [
    p.period,
    amount(p.national?.value),
    p.national?.sourceName ?? "",
    p.national?.sourceDate ?? "",
    p.national?.sourceUrl ?? "",
    amount(p.keyTotal),
    amount(p.provincesTotal),
    p.keyShare,
    p.keyBasis === "members" ? t.keyMembers(p.keyCount) : t.keyLaterListed,
  ]);
  return { header, rows };
}

/** Key-region status for a Chinese table cell (the English wording comes with the Compare rows). */
function keyCellZh(status: KeyStatus): string {
  switch (status.kind) {
    case "listed":
      // The pending change is the source's wording (data), as written.
      return status.pendingNote ? `重点省份；${status.pendingNote}` : "重点省份";
    case "exited":
      return `${formatPartialDate(status.exitedOn, "zh")}退出`;
    case "list-not-yet":
      return `尚无名单（${formatPartialDate(status.listedFrom.slice(0, 7), "zh")}首次划定）`;
    default:
      return "否";
  }
}

/** The Compare view's ranked table: all 31, whether each is on the chart, with units and sources. */
export function compareCsv(index: AtlasIndex, view: ViewState, lang: Lang = "en"): CsvTable {
  const t = exportRunMessages[lang];
  const metric = metricInfo(view.metric, lang);
  const value = metricIn(view.metric, lang);
  const date = periodById(view.period)?.date ?? view.period;
  const header = csvHeaders[lang].compare(valueColumn(view.metric, lang));
  // The rows' reasons in the reader's language; the two name columns stay English and Chinese.
  const rows = tableRows(index, view.metric, view.period, view.changeBase, lang).map((r) => [
    r.rank,
    r.iso,
    r.nameEn,
    r.nameZh,
    lang === "zh" ? metric.label : metric.id,
    metric.unit,
    view.period,
    r.value.ok ? value(r.value.value) : null,
    view.changeBase,
    r.base.ok ? value(r.base.value) : null,
    r.change.ok ? r.change.value : null,
    r.change.ok ? (lang === "zh" && r.change.unit === "pp" ? "个百分点" : r.change.unit) : "",
    lang === "zh" ? keyCellZh(keyStatusAt(index.data.keyRegions, r.adcode, date)) : r.key.text,
    view.compare.includes(r.iso) ? t.yes : t.no,
    !r.value.ok
      ? t.noDataCell(r.value.reason)
      : !r.change.ok
        ? t.noChangeCell(r.change.reason)
        : r.value.provisional
          ? t.provisional
          : "",
    unique([...r.value.citations, ...r.base.citations].map((c) => c.label)).join("; "),
  ]);
  return { header, rows };
}

/** The Events view's table: every selected event with its date precision, place, amount and source. */
export function eventsCsv(index: AtlasIndex, events: readonly EventRecord[], lang: Lang = "en"): CsvTable {
  const amount = amountIn(lang);
  const words = eventWords(lang);
  const header = [...csvHeaders[lang].events];
  const rows = events.map((e) => {
    const province = e.provinceAdcode ? index.provinceByAdcode.get(e.provinceAdcode) : undefined;
    return [
      e.id,
      e.date,
      words.precision(e.precision),
      e.dateBasis,
      words.scope(e.scope),
      province?.iso ?? "",
      province ? provinceName(province, lang) : "",
      e.placeEn,
      e.placeZh,
      words.kind(e.kind),
      e.title,
      e.summary,
      amount(e.amountBn),
      e.sourceName,
      e.sourceDate,
      e.sourceUrl,
      e.quote,
      e.notes,
    ];
  });
  return { header, rows };
}

/** The events' codes (precision, scope, kind) as the English file has always had them, or as Chinese words. */
function eventWords(lang: Lang) {
  if (lang === "en") {
    return {
      precision: (p: EventRecord["precision"]) => p,
      scope: (s: EventRecord["scope"]) => s,
      kind: (k: EventKind) => k,
    };
  }
  const t = eventViewMessages.zh;
  return {
    precision: (p: EventRecord["precision"]) => (p ? t.precision[p] : null),
    scope: (s: EventRecord["scope"]) => t.scope[s] ?? s,
    kind: (k: EventKind) => eventKindLabel(k, "zh"),
  };
}

function eventYears(events: readonly EventRecord[]): [string, string] | null {
  const years = events
    .map((e) => e.date?.slice(0, 4))
    .filter((y): y is string => !!y)
    .sort();
  return years.length ? [years[0], years[years.length - 1]] : null;
}

export function csvFor(ctx: ExportContext): CsvTable {
  const lang = ctx.lang;
  if (ctx.subject === "events") return eventsCsv(ctx.index, ctx.events ?? [], lang);
  if (ctx.subject === "compare") return compareCsv(ctx.index, ctx.view, lang);
  if (ctx.subject === "region") return regionCsv(ctx.index, ctx.view, lang);
  if (ctx.subject === "national") return nationalCsv(ctx.index, lang);
  return mapCsv(ctx.index, ctx.view, lang);
}

function frame(ctx: ExportContext, palette: Palette) {
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
  const { title, subtitle } = viewTitle(ctx.index, { ...ctx.view, view: ctx.subject }, ctx.lang);
  const asOf = t.asOf(formatPartialDate(ctx.index.data.dataAsOf, ctx.lang));
  const dataDate =
    ctx.subject === "events" ? t.eventsDataDate(asOf) : t.figuresFor(periodText(ctx.view, ctx.lang), asOf);
  return { theme, title, subtitle, dataDate, dataLabel: t.dataLabel, permalink: ctx.permalink };
}

export function mapSpec(
  ctx: ExportContext,
  geometry: MapGeometry,
  palette: Palette,
  size: { width: number; height: number },
): ExportSpec {
  const { index, view, lang } = ctx;
  const t = exportRunMessages[lang];
  const scale = scaleFor(index, view.metric);
  const model = buildMapModel(index, scale, view.metric, view.period, lang);
  const selected = view.region ? index.provinceByIso.get(view.region)?.adcode : undefined;
  const body: ExportBody = {
    kind: "map",
    viewBox: [800, 640],
    keyColour: palette.key,
    noDataDot: palette.noDataDot,
    strokeColour: palette.background,
    shapes: geometry.shapes.map((s) => {
      const cell = model.cells.get(s.adcode);
      const fill =
        !cell || cell.kind === "not-covered"
          ? palette.notCovered
          : cell.colourClass === null
            ? "hatch-none"
            : scale.colours[cell.colourClass];
      return {
        d: s.svgPath,
        fill,
        noData: cell?.kind === "no-data",
        key: cell?.isKey,
        selected: s.adcode === selected,
      };
    }),
  };
  const labels = classLabels(scale, view.metric, lang);
  const legend: LegendItem[] = [
    ...scale.colours.map((colour, k) => ({ label: labels[k], swatch: { kind: "fill" as const, colour } })),
    { label: t.noData, swatch: { kind: "dots", colour: palette.background, dot: palette.noDataDot } },
    { label: t.notCovered, swatch: { kind: "fill", colour: palette.notCovered } },
    ...(model.listNotYet
      ? []
      : [{ label: t.keyRegion, swatch: { kind: "hatch" as const, colour: palette.background, stroke: palette.key } }]),
  ];
  const sources = unique(
    [...model.cells.values()].flatMap((c) => (c.result?.ok ? c.result.citations.map((x) => x.label) : [])),
  );
  const notes = [model.listNotYet ? t.listNotYet : t.keyCount(model.keyCount), t.provincesWhole];
  const metric = metricInfo(view.metric, lang);
  return {
    ...frame(ctx, palette),
    ...size,
    legendTitle: t.legendTitle(metric.label, metric.unit),
    legend,
    body,
    sourceLine: t.mapSources(sources, notes),
  };
}

export function chartSpec(
  ctx: ExportContext,
  chart: { markup: string; width: number; height: number },
  palette: Palette,
  size: { width: number; height: number },
): ExportSpec {
  const { lang } = ctx;
  const t = exportRunMessages[lang];
  const fill = (colour: string) => ({ kind: "fill" as const, colour });
  const nameOf = (iso: string) => {
    const p = ctx.index.provinceByIso.get(iso);
    return p ? provinceName(p, lang) : iso;
  };
  const legend: LegendItem[] =
    ctx.subject === "events"
      ? EVENT_KINDS.map((kind) => ({
          label: eventKindLabel(kind, lang),
          swatch: fill(palette.eventKinds?.[kind] ?? palette.general),
        }))
      : ctx.subject === "compare"
        ? ctx.view.compare.map((iso, k) => ({
            label: nameOf(iso),
            swatch: fill(seriesStyle(iso, k, ctx.view.compare.length, null).colour),
          }))
        : ctx.subject === "national"
          ? [
              { label: t.nationalBalance, swatch: fill(palette.general) },
              { label: t.keyShare, swatch: fill(palette.key) },
            ]
          : [
              { label: t.general, swatch: fill(palette.general) },
              { label: t.special, swatch: fill(palette.special) },
              { label: t.limit, swatch: fill(palette.limit) },
              { label: t.provisionalBars, swatch: fill(palette.special) },
            ];
  const province = ctx.view.region ? ctx.index.provinceByIso.get(ctx.view.region) : undefined;
  const caveats = province ? balanceCaveats(ctx.index.balance(province.adcode, ctx.view.period), lang) : [];
  const years = eventYears(ctx.events ?? []);
  const sourceLine =
    ctx.subject === "events"
      ? t.eventsSource(ctx.events?.length ?? 0, years?.[0] ?? null, years?.[1] ?? null)
      : ctx.subject === "compare"
        ? t.compareSource(ctx.view.metric !== "balance")
        : ctx.subject === "national"
          ? t.nationalSource
          : t.regionSource(caveats.slice(0, 1).join(" "));
  return { ...frame(ctx, palette), ...size, legend, body: { kind: "svg", ...chart }, sourceLine };
}
