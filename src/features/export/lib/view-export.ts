/**
 * What each view exports: the CSV of exactly the rows it shows, and the image spec (title,
 * filters, legend, source, data date, permalink) around its map or chart. Pure: colours come in
 * as a palette read from the page's theme, charts as already-serialised SVG.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import type { EventRecord } from "../../../data/atlas-types";
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from "../../../data/event-kinds";
import { balanceCaveats } from "../../../data/caveats";
import { METRICS } from "../../../data/metrics";
import { periodById } from "../../../data/periods";
import { scaleFor } from "../../../data/scale";
import { nationalSeries, periodPhrase, provinceBalanceSeries } from "../../../data/series";
import type { Theme, ViewState } from "../../../state/view-state";
import { formatPartialDate } from "../../../ui/format";
import { viewTitle } from "../../../ui/titles";
import type { MapGeometry } from "../../map/lib/geometry";
import { buildMapModel } from "../../map/lib/map-model";
import { classLabels } from "../../map/MapLegend";
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
}

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const unique = (xs: string[]) => [...new Set(xs)];

function periodText(view: ViewState): string {
  const p = periodById(view.period);
  return p ? periodPhrase(p) : view.period;
}

export function mapCsv(index: AtlasIndex, view: ViewState): CsvTable {
  const model = buildMapModel(index, scaleFor(index, view.metric), view.metric, view.period);
  const metric = METRICS[view.metric];
  const header = ["region_code", "region_en", "region_zh", "period", "metric", "value", "unit", "rank_of_31", "key_high_debt_region", "status", "source", "source_detail"];
  const rows = index.data.provinces.map((p) => {
    const cell = model.cells.get(p.adcode)!;
    const r = cell.result;
    const status = cell.kind === "not-covered" ? "not covered" : r && !r.ok ? `no data: ${r.reason}` : r?.ok && r.provisional ? "provisional" : "";
    return [
      p.iso,
      p.nameEn,
      p.nameZh,
      view.period,
      metric.id,
      r?.ok ? r.value : null,
      metric.unit,
      cell.rank,
      cell.isKey ? "yes" : "no",
      status,
      r?.ok ? unique(r.citations.map((c) => c.label)).join("; ") : "",
      r?.ok ? r.citations.map((c) => `${c.role}: ${c.text}`).join(" | ") : "",
    ];
  });
  return { header, rows };
}

export function regionCsv(index: AtlasIndex, view: ViewState): CsvTable {
  const province = view.region ? index.provinceByIso.get(view.region) : undefined;
  if (!province) return { header: ["period"], rows: [] };
  const header = ["region_code", "region_en", "period", "general_bn_cny", "special_bn_cny", "total_bn_cny", "limit_bn_cny", "status", "scope", "source"];
  const rows = provinceBalanceSeries(index, province.adcode).map((p) => {
    const b = index.balance(province.adcode, p.period);
    return [
      province.iso,
      province.nameEn,
      p.period,
      p.general,
      p.special,
      p.total,
      p.limit,
      p.total === null ? "not in the data" : p.provisional ? "provisional" : "",
      b ? (b.scope === "as reported" ? "as reported" : b.scope) : "",
      b ? unique(b.sources.map((s) => index.data.sources[s].label)).join("; ") : "",
    ];
  });
  return { header, rows };
}

export function nationalCsv(index: AtlasIndex): CsvTable {
  const header = [
    "period",
    "national_balance_bn_cny",
    "national_source",
    "national_source_date",
    "national_source_url",
    "key_regions_total_bn_cny",
    "provinces_total_bn_cny",
    "key_regions_share_pct",
    "key_regions_counted",
  ];
  const rows = nationalSeries(index).map((p) => [
    p.period,
    p.national?.value ?? null,
    p.national?.sourceName ?? "",
    p.national?.sourceDate ?? "",
    p.national?.sourceUrl ?? "",
    p.keyTotal,
    p.provincesTotal,
    p.keyShare,
    p.keyBasis === "members" ? `${p.keyCount} listed at that date` : "the 12 later listed",
  ]);
  return { header, rows };
}

/** The Compare view's ranked table: all 31, whether each is on the chart, with units and sources. */
export function compareCsv(index: AtlasIndex, view: ViewState): CsvTable {
  const metric = METRICS[view.metric];
  const header = ["rank", "region_code", "region_en", "region_zh", "metric", "unit", "period", "value", "base_period", "base_value", "change", "change_unit", "key_high_debt_region", "on_chart", "status", "source"];
  const rows = tableRows(index, view.metric, view.period, view.changeBase).map((r) => [
    r.rank,
    r.iso,
    r.name,
    r.nameZh,
    metric.id,
    metric.unit,
    view.period,
    r.value.ok ? r.value.value : null,
    view.changeBase,
    r.base.ok ? r.base.value : null,
    r.change.ok ? r.change.value : null,
    r.change.ok ? r.change.unit : "",
    r.key.text,
    view.compare.includes(r.iso) ? "yes" : "no",
    !r.value.ok ? `no data: ${r.value.reason}` : !r.change.ok ? `no change: ${r.change.reason}` : r.value.provisional ? "provisional" : "",
    unique([...r.value.citations, ...r.base.citations].map((c) => c.label)).join("; "),
  ]);
  return { header, rows };
}

/** The Events view's table: every selected event with its date precision, place, amount and source. */
export function eventsCsv(index: AtlasIndex, events: readonly EventRecord[]): CsvTable {
  const header = ["id", "date", "date_precision", "date_basis", "scope", "province_code", "province_en", "place_en", "place_zh", "kind", "title", "summary", "amount_bn_cny", "source_name", "source_date", "source_url", "quote", "notes"];
  const rows = events.map((e) => {
    const province = e.provinceAdcode ? index.provinceByAdcode.get(e.provinceAdcode) : undefined;
    return [e.id, e.date, e.precision, e.dateBasis, e.scope, province?.iso ?? "", province?.nameEn ?? "", e.placeEn, e.placeZh, e.kind, e.title, e.summary, e.amountBn, e.sourceName, e.sourceDate, e.sourceUrl, e.quote, e.notes];
  });
  return { header, rows };
}

function eventYears(events: readonly EventRecord[]): string {
  const years = events.map((e) => e.date?.slice(0, 4)).filter((y): y is string => !!y).sort();
  return years.length ? ` dated ${years[0]}–${years[years.length - 1]}` : "";
}

export function csvFor(ctx: ExportContext): CsvTable {
  if (ctx.subject === "events") return eventsCsv(ctx.index, ctx.events ?? []);
  if (ctx.subject === "compare") return compareCsv(ctx.index, ctx.view);
  if (ctx.subject === "region") return regionCsv(ctx.index, ctx.view);
  if (ctx.subject === "national") return nationalCsv(ctx.index);
  return mapCsv(ctx.index, ctx.view);
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
  const { title, subtitle } = viewTitle(ctx.index, { ...ctx.view, view: ctx.subject });
  const asOf = `data as of ${formatPartialDate(ctx.index.data.dataAsOf)}`;
  const dataDate = ctx.subject === "events" ? `Events as dated by their sources; ${asOf}` : `Figures for ${periodText(ctx.view)}; ${asOf}`;
  return { theme, title, subtitle, dataDate, permalink: ctx.permalink };
}

export function mapSpec(ctx: ExportContext, geometry: MapGeometry, palette: Palette, size: { width: number; height: number }): ExportSpec {
  const { index, view } = ctx;
  const scale = scaleFor(index, view.metric);
  const model = buildMapModel(index, scale, view.metric, view.period);
  const selected = view.region ? index.provinceByIso.get(view.region)?.adcode : undefined;
  const body: ExportBody = {
    kind: "map",
    viewBox: [800, 640],
    keyColour: palette.key,
    noDataDot: palette.noDataDot,
    strokeColour: palette.background,
    shapes: geometry.shapes.map((s) => {
      const cell = model.cells.get(s.adcode);
      const fill = !cell || cell.kind === "not-covered" ? palette.notCovered : cell.colourClass === null ? "hatch-none" : scale.colours[cell.colourClass];
      return { d: s.svgPath, fill, noData: cell?.kind === "no-data", key: cell?.isKey, selected: s.adcode === selected };
    }),
  };
  const labels = classLabels(scale, view.metric);
  const legend: LegendItem[] = [
    ...scale.colours.map((colour, k) => ({ label: labels[k], swatch: { kind: "fill" as const, colour } })),
    { label: "No data", swatch: { kind: "dots", colour: palette.background, dot: palette.noDataDot } },
    { label: "Not covered (HK, Macau, Taiwan)", swatch: { kind: "fill", colour: palette.notCovered } },
    ...(model.listNotYet ? [] : [{ label: "Key high-debt region", swatch: { kind: "hatch" as const, colour: palette.background, stroke: palette.key } }]),
  ];
  const sources = unique([...model.cells.values()].flatMap((c) => (c.result?.ok ? c.result.citations.map((x) => x.label) : [])));
  const notes = [
    model.listNotYet ? "The key-region list was first drawn in Sep 2023: none is marked for this period." : `${model.keyCount} key high-debt regions at this date (key_regions.csv).`,
    "Provinces shown whole (with separately listed cities; Xinjiang with the XPCC).",
  ];
  return {
    ...frame(ctx, palette),
    ...size,
    legendTitle: `${METRICS[view.metric].label} (${METRICS[view.metric].unit})`,
    legend,
    body,
    sourceLine: `Sources: ${sources.join("; ")}. ${notes.join(" ")}`,
  };
}

export function chartSpec(ctx: ExportContext, chart: { markup: string; width: number; height: number }, palette: Palette, size: { width: number; height: number }): ExportSpec {
  const fill = (colour: string) => ({ kind: "fill" as const, colour });
  const legend: LegendItem[] =
    ctx.subject === "events"
      ? EVENT_KINDS.map((kind) => ({ label: EVENT_KIND_LABELS[kind], swatch: fill(palette.eventKinds?.[kind] ?? palette.general) }))
      : ctx.subject === "compare"
      ? ctx.view.compare.map((iso, k) => ({
          label: ctx.index.provinceByIso.get(iso)?.nameEn ?? iso,
          swatch: fill(seriesStyle(iso, k, ctx.view.compare.length, null).colour),
        }))
      : ctx.subject === "national"
      ? [
          { label: "National balance (bn CNY)", swatch: fill(palette.general) },
          { label: "Share held by key regions (%)", swatch: fill(palette.key) },
        ]
      : [
          { label: "General debt", swatch: fill(palette.general) },
          { label: "Special debt", swatch: fill(palette.special) },
          { label: "Debt limit", swatch: fill(palette.limit) },
          { label: "Lighter bars: provisional (2025)", swatch: fill(palette.special) },
        ];
  const province = ctx.view.region ? ctx.index.provinceByIso.get(ctx.view.region) : undefined;
  const caveats = province ? balanceCaveats(ctx.index.balance(province.adcode, ctx.view.period)) : [];
  const sourceLine =
    ctx.subject === "events"
      ? `${ctx.events?.length ?? 0} events from events.csv${eventYears(ctx.events ?? [])}, each with its source (see the CSV). Marks above the axis: dated to a month or day; bars below: known only to the year; undated events are not drawn.`
      : ctx.subject === "compare"
      ? `Sources: MoF local bond disclosure platform (celma)${ctx.view.metric === "balance" ? "" : "; GDP and revenue: NBS, the platform and provincial final accounts"}. Gaps are missing figures, never filled.`
      : ctx.subject === "national"
      ? "Sources: national balance as reported by Xinhua, SCMP and others quoting the MoF (see the atlas); key regions' share: MoF local bond disclosure platform, key_regions.csv."
      : `Source: MoF local bond disclosure platform (celma), whole province. ${caveats.slice(0, 1).join(" ")}`;
  return { ...frame(ctx, palette), ...size, legend, body: { kind: "svg", ...chart }, sourceLine };
}
