/**
 * Writes slides (slide-spec.ts) as a 16:9 PowerPoint file with pptxgenjs: title, subtitle, source
 * line and data date as text boxes; charts as native charts with their data (an embedded workbook,
 * so "Edit Data" works); maps as one freeform per province or prefecture with the legend as shapes
 * and text; speaker notes. Then one pass over the package (fix-pptx.ts) mends what the library
 * writes that PowerPoint, Keynote or Google Slides trip on. Runs in the browser and in Node (tests);
 * the library (with JSZip) is imported only here, so it loads only when a deck is downloaded.
 */
import type PptxGenJS from "pptxgenjs";
import type { Lang } from "../../../../i18n/lang";
import type { LegendItem } from "../export-spec";
import { placeLabels } from "../../../../geo/map-labels";
import { fixPackage } from "./fix-pptx";
import type { SlideChart, SlideMap, SlideSpec } from "./slide-spec";

/** Fonts that exist on Windows and macOS: Chinese text in Microsoft YaHei (PowerPoint for Mac maps it to PingFang SC). */
export const SLIDE_FONTS: Record<Lang, string> = { en: "Arial", zh: "Microsoft YaHei" };
export const EAST_ASIAN_FONT = "Microsoft YaHei";
/** The language tags PowerPoint spells its proofing languages with. */
const OFFICE_LANG: Record<Lang, string> = { en: "en-US", zh: "zh-CN" };

const W = 13.333;
const MARGIN = 0.5;
const BODY = { x: MARGIN, y: 1.55, w: W - 2 * MARGIN, h: 4.95 };
const INK = "1C1D21";
const MUTED = "5B5F6A";
/** A place with no figure: the page's colour, outlined in the no-data dots' grey. */
const NO_DATA_LINE = "8B8F99";

/** A colour as PowerPoint writes it: six hex digits ("#fff" is "FFFFFF"). */
const hex = (colour: string) => {
  const digits = colour.trim().replace(/^#/, "");
  return (digits.length === 3 ? digits.replace(/./g, "$&$&") : digits.slice(0, 6)).toUpperCase();
};

type Pptx = PptxGenJS;
type Slide = ReturnType<Pptx["addSlide"]>;

export interface DeckMeta {
  title: string;
  lang: Lang;
}

/**
 * Text as XML 1.0 allows it: no control characters (but tab and line breaks) and no lone surrogate
 * halves. A link can carry them (a search, a title), and PowerPoint calls a file holding one corrupt.
 */
export function xmlSafe(text: string): string {
  let out = "";
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (high && k + 1 < text.length && text.charCodeAt(k + 1) >= 0xdc00 && text.charCodeAt(k + 1) <= 0xdfff) {
      out += text[k] + text[k + 1]; // a whole pair: one character beyond the basic plane
      k++;
    } else if (!high && !low && (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) && c !== 0xfffe && c !== 0xffff)
      out += text[k];
  }
  return out;
}

/** Every string in a slide made safe for the package (xmlSafe). */
function safeSlide(spec: SlideSpec): SlideSpec {
  const body = spec.body;
  return {
    ...spec,
    title: xmlSafe(spec.title),
    subtitle: xmlSafe(spec.subtitle),
    sourceLine: xmlSafe(spec.sourceLine),
    dataDate: xmlSafe(spec.dataDate),
    permalink: xmlSafe(spec.permalink),
    notes: spec.notes.map(xmlSafe),
    body:
      body.kind === "chart"
        ? {
            ...body,
            categories: body.categories.map(xmlSafe),
            bars: body.bars.map((s) => ({ ...s, name: xmlSafe(s.name) })),
            lines: body.lines.map((s) => ({ ...s, name: xmlSafe(s.name) })),
            unit: xmlSafe(body.unit),
          }
        : body.kind === "map"
          ? {
              ...body,
              legendTitle: xmlSafe(body.legendTitle),
              legend: body.legend.map((item) => ({ ...item, label: xmlSafe(item.label) })),
              shapes: body.shapes.map((shape) => ({ ...shape, name: xmlSafe(shape.name) })),
            }
          : { ...body, lines: body.lines.map(xmlSafe) },
  };
}

export async function writePptx(input: readonly SlideSpec[], meta: DeckMeta): Promise<Uint8Array> {
  const slides = input.map(safeSlide);
  const { default: Library } = await import("pptxgenjs");
  const pptx = new Library();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = xmlSafe(meta.title);
  pptx.author = "China Local Debt Atlas";
  pptx.theme = { headFontFace: SLIDE_FONTS[meta.lang], bodyFontFace: SLIDE_FONTS[meta.lang] };
  for (const spec of slides) {
    const slide = pptx.addSlide();
    const font = SLIDE_FONTS[spec.lang];
    const text = (value: string, y: number, h: number, size: number, extra: object = {}) =>
      slide.addText(value, {
        x: MARGIN,
        y,
        w: W - 2 * MARGIN,
        h,
        fontSize: size,
        fontFace: font,
        color: INK,
        margin: 0,
        valign: "top",
        lang: OFFICE_LANG[spec.lang],
        ...extra,
      });
    text(spec.title, 0.3, 0.75, 28, { bold: true, fit: "shrink" });
    text(spec.subtitle, 1.05, 0.45, 13, { color: MUTED, fit: "shrink" });
    if (spec.body.kind === "chart") addChart(pptx, slide, spec.body, font);
    else if (spec.body.kind === "map") addMap(pptx, slide, spec.body, font);
    else text(spec.body.lines.join("\n"), BODY.y, BODY.h, 16);
    text(spec.sourceLine, 6.6, 0.5, 10, { color: MUTED, fit: "shrink" });
    text(spec.dataDate, 7.1, 0.3, 10, { color: MUTED });
    slide.addNotes(spec.notes.filter(Boolean).join("\n"));
  }
  const written = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return fixPackage(written, { eastAsianFont: EAST_ASIAN_FONT, notesLang: OFFICE_LANG[meta.lang] });
}

function addChart(pptx: Pptx, slide: Slide, chart: SlideChart, font: string) {
  const series = (list: SlideChart["bars"]) =>
    list.map((s) => ({ name: s.name, labels: chart.categories, values: s.values as number[] }));
  const axisText = {
    catAxisLabelFontFace: font,
    valAxisLabelFontFace: font,
    catAxisLabelFontSize: 11,
    valAxisLabelFontSize: 11,
    catAxisLabelColor: MUTED,
    valAxisLabelColor: MUTED,
  };
  const common = {
    ...BODY,
    showLegend: true,
    legendPos: "b" as const,
    legendFontFace: font,
    legendFontSize: 12,
    displayBlanksAs: "gap",
    valAxisTitle: chart.unit,
    showValAxisTitle: true,
    valAxisTitleFontFace: font,
    valAxisTitleFontSize: 11,
    valAxisLabelFormatCode: "#,##0",
    valGridLine: { color: "E6E7EC", size: 0.75 },
    ...axisText,
  };
  const lineOptions = { lineSize: 2, lineDataSymbol: "circle" as const, lineDataSymbolSize: 5 };
  if (chart.bars.length === 0) {
    slide.addChart(pptx.ChartType.line, series(chart.lines), {
      ...common,
      ...lineOptions,
      chartColors: chart.lines.map((s) => hex(s.colour)),
    });
    return;
  }
  const bars = {
    type: pptx.ChartType.bar,
    data: series(chart.bars),
    options: {
      barGrouping: chart.stacked ? "stacked" : "clustered",
      barGapWidthPct: 40,
      chartColors: chart.bars.map((s) => hex(s.colour)),
    },
  };
  if (chart.lines.length === 0) {
    slide.addChart(pptx.ChartType.bar, bars.data, { ...common, ...bars.options });
    return;
  }
  const secondary = chart.lineUnit !== undefined;
  const lines = {
    type: pptx.ChartType.line,
    data: series(chart.lines),
    options: {
      ...lineOptions,
      chartColors: chart.lines.map((s) => hex(s.colour)),
      ...(secondary ? { secondaryValAxis: true, secondaryCatAxis: true } : {}),
    },
  };
  slide.addChart(
    [bars, lines] as never,
    {
      // (the library's types do not describe a combination chart's options; its documentation does)
      ...common,
      ...(secondary
        ? {
            valAxes: [
              { showValAxisTitle: true, valAxisTitle: chart.unit, valAxisLabelFormatCode: "#,##0" },
              {
                showValAxisTitle: true,
                valAxisTitle: chart.lineUnit,
                valAxisLabelFormatCode: "0",
                valGridLine: { style: "none" },
              },
            ],
            catAxes: [{ catAxisTitle: "" }, { catAxisHidden: true }],
          }
        : {}),
    } as never,
  );
}

function addMap(pptx: Pptx, slide: Slide, map: SlideMap, font: string) {
  // The map takes the body's left part at its own aspect; the legend goes down the right.
  const box = { x: BODY.x, y: BODY.y, w: 8.6, h: BODY.h };
  const scale = Math.min(box.w / map.viewBox[0], box.h / map.viewBox[1]);
  const left = box.x + (box.w - map.viewBox[0] * scale) / 2;
  const top = box.y + (box.h - map.viewBox[1] * scale) / 2;
  // Key regions last, so their outlines are on top of their neighbours' edges.
  const order = [...map.shapes].sort((a, b) => Number(a.key || a.selected) - Number(b.key || b.selected));
  for (const shape of order) {
    const all = shape.rings.flat();
    if (all.length === 0) continue;
    const minX = Math.min(...all.map((p) => p[0]));
    const minY = Math.min(...all.map((p) => p[1]));
    const maxX = Math.max(...all.map((p) => p[0]));
    const maxY = Math.max(...all.map((p) => p[1]));
    const points = shape.rings.flatMap((ring) => [
      ...ring.map(([x, y], k) => ({
        x: (x - minX) * scale,
        y: (y - minY) * scale,
        ...(k === 0 ? { moveTo: true } : {}),
      })),
      { close: true as const },
    ]);
    // A freeform: the library has it (ShapeType.custGeom) but its types do not list it.
    slide.addShape((pptx.ShapeType as unknown as { custGeom: never }).custGeom, {
      x: left + minX * scale,
      y: top + minY * scale,
      w: Math.max(0.01, (maxX - minX) * scale),
      h: Math.max(0.01, (maxY - minY) * scale),
      points,
      fill: { color: hex(shape.fill) },
      line: shape.key
        ? { color: hex(map.keyColour), width: 1.5 }
        : shape.doubtful
          ? { color: hex(map.doubtfulColour), width: 1.5 }
          : shape.selected
            ? { color: INK, width: 1.5 }
            : { color: shape.noData ? NO_DATA_LINE : hex(map.strokeColour), width: 0.5 },
      objectName: shape.name,
    } as never);
  }
  addMapLabels(slide, map, scale, left, top, font);
  addLegend(pptx, slide, map.legendTitle, map.legend, font);
}

/** The names' type size on a slide, in points. */
const LABEL_PT = 11;

/**
 * Province names where they fit at LABEL_PT (as on the page: geo/map-labels.ts), each a text box on
 * a light, partly see-through ground so it reads on any fill; the presenter can move or delete it.
 */
function addMapLabels(slide: Slide, map: SlideMap, scale: number, left: number, top: number, font: string) {
  const fontUnits = LABEL_PT / 72 / scale;
  const labels = placeLabels(
    map.shapes.flatMap((shape) => shape.label ?? []),
    fontUnits,
  );
  // Each box exactly the width placeLabels fitted inside the province (the name and a little room).
  for (const label of labels) {
    slide.addText(label.text, {
      x: left + (label.x - label.width / 2) * scale,
      y: top + (label.y - label.height / 2) * scale,
      w: label.width * scale,
      h: label.height * scale,
      fontSize: LABEL_PT,
      bold: true,
      fontFace: font,
      color: INK,
      fill: { color: "FFFFFF", transparency: 30 },
      align: "center",
      valign: "middle",
      margin: 0,
      // One line whatever the font the reader's machine substitutes (LibreOffice broke "Gansu" in two).
      wrap: false,
      objectName: label.text,
    });
  }
}

function addLegend(pptx: Pptx, slide: Slide, title: string, items: readonly LegendItem[], font: string) {
  const x = BODY.x + 8.9;
  const w = W - MARGIN - x;
  let y = BODY.y + 0.1;
  if (title) {
    slide.addText(title, {
      x,
      y,
      w,
      h: 0.5,
      fontSize: 12,
      bold: true,
      fontFace: font,
      color: INK,
      margin: 0,
      valign: "top",
      fit: "shrink",
    });
    y += 0.55;
  }
  for (const item of items) {
    const swatch = item.swatch;
    slide.addShape(pptx.ShapeType.rect, {
      x,
      y: y + 0.04,
      w: 0.3,
      h: 0.22,
      fill: { color: hex(swatch.colour) },
      // A hatched swatch (a key region, a doubtful figure) is outlined as its shapes are.
      line:
        swatch.kind === "hatch"
          ? { color: hex(swatch.stroke), width: 1.5 }
          : swatch.kind === "dots"
            ? { color: NO_DATA_LINE, width: 0.75 }
            : { color: hex(swatch.colour), width: 0.5 },
    });
    slide.addText(item.label, {
      x: x + 0.4,
      y,
      w: w - 0.4,
      h: 0.3,
      fontSize: 11,
      fontFace: font,
      color: INK,
      margin: 0,
      valign: "middle",
      fit: "shrink",
    });
    y += 0.36;
  }
}
