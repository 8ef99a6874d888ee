/**
 * The Map view's export: the CSV of all 34 provinces for the metric and period shown (value, rank,
 * key-region flag, status, sources) and the image spec of the choropleth with its legend. The map
 * is drawn from the same map model and class labels as the page, so the two cannot disagree.
 */
import type { AtlasIndex } from "../../../../data/atlas-index";
import { lgfvCaveatsBrief } from "../../../../data/caveats";
import { isLgfv } from "../../../../data/metrics";
import { scaleFor } from "../../../../data/scale";
import type { MapGeometry } from "../../../../geo/map-geometry";
import { metricInfo } from "../../../../i18n/domain";
import type { Lang } from "../../../../i18n/lang";
import type { ViewState } from "../../../../state/view-state";
import { buildMapModel, labelTarget, type MapModel } from "../../../map/lib/map-model";
import { classLabels } from "../../../map/MapLegend";
import { csvHeaders, exportRunMessages } from "../../run-messages";
import type { CsvTable, ExportContext, Palette } from "../export-context";
import type { ExportBody, ExportSpec, LegendItem } from "../export-spec";
import { imageFrame } from "../image-frame";
import { metricIn, unique, valueColumn } from "./cells";

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
            : r?.ok && isLgfv(view.metric)
              ? t.estimateCell
              : "";
    return [
      p.iso,
      p.nameEn,
      p.nameZh,
      view.period,
      t.metricCell(metric.id, metric.label),
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
        label: labelTarget(s, cell, lang),
      };
    }),
  };
  const labels = classLabels(scale, view.metric, lang);
  const legend: LegendItem[] = [
    ...scale.colours.map((colour, k) => ({ label: labels[k], swatch: { kind: "fill" as const, colour } })),
    ...mapKeyLegend(model, palette, lang, scale.colours[Math.floor(scale.colours.length / 2)]),
  ];
  const sources = unique(
    [...model.cells.values()].flatMap((c) => (c.result?.ok ? c.result.citations.map((x) => x.label) : [])),
  );
  // No province has a figure (Huatai FI's estimate at a period it does not cover): say why, when all share one reason.
  const reasons = unique(
    [...model.cells.values()].flatMap((c) =>
      c.kind === "no-data" && c.result && !c.result.ok ? [c.result.reason] : [],
    ),
  );
  // Huatai FI's estimate is not the platform's whole-province figure: its own caveats replace that note.
  const notes = [
    ...(model.withData === 0 && reasons.length === 1 ? [t.noFigures(reasons[0])] : []),
    model.listNotYet ? t.listNotYet : t.keyCount(model.keyCount),
    isLgfv(view.metric) ? lgfvCaveatsBrief(lang) : t.provincesWhole,
  ];
  const metric = metricInfo(view.metric, lang);
  return {
    ...imageFrame(ctx, palette),
    ...size,
    legendTitle: t.legendTitle(metric.label, metric.unit),
    legend,
    body,
    sourceLine: t.mapSources(sources, notes),
  };
}

/** The legend's entries after the colour classes: no data, not covered, key region (once listed). */
function mapKeyLegend(model: MapModel, palette: Palette, lang: Lang, classColour: string): LegendItem[] {
  const t = exportRunMessages[lang];
  return [
    { label: t.noData, swatch: { kind: "dots", colour: palette.background, dot: palette.noDataDot } },
    { label: t.notCovered, swatch: { kind: "fill", colour: palette.notCovered } },
    ...(model.listNotYet
      ? []
      : [
          {
            label: t.keyRegion,
            // As on the map: a class's fill, hatched in the page's and the text's colours, outlined in the key colour.
            swatch: {
              kind: "hatch" as const,
              colour: classColour,
              stroke: palette.key,
              lines: palette.background,
              ink: palette.text,
            },
          },
        ]),
  ];
}
