/**
 * Where everything in an export goes, computed from the spec alone: no drawing here, so the
 * arithmetic can be read (and changed) without the markup around it.
 */
import type { ExportSpec } from "./export-spec";
import { layoutLegend, type LegendLayout } from "./legend-layout";
import { NARROW_EM, textUnits, wrapText } from "./svg-text";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fits a w x h drawing into the box, keeping its aspect ratio, centred horizontally, top-aligned. */
export function fit(
  w: number,
  h: number,
  box: Box,
): { x: number; y: number; k: number; width: number; height: number } {
  const k = Math.max(0, Math.min(box.width / w, box.height / h));
  return { x: box.x + (box.width - w * k) / 2, y: box.y, k, width: w * k, height: h * k };
}

export interface TextLine {
  text: string;
  baseline: number;
}

export interface ExportLayout {
  /** Outer margin on every side. */
  margin: number;
  sizes: { title: number; subtitle: number; legend: number; foot: number };
  title: TextLine[];
  subtitle: TextLine[];
  /** y of the rule separating the footer from the body. */
  footRule: number;
  /** `right`, when present, is drawn right-aligned on the same line. */
  footer: (TextLine & { right?: string })[];
  body: ReturnType<typeof fit>;
  legend: LegendLayout;
  /** Top-left of the legend; its entries are positioned relative to this. */
  legendAt: { x: number; y: number };
}

export function layoutExport(spec: ExportSpec): ExportLayout {
  const { width: W, height: H, theme } = spec;
  const s = theme.scale ?? 1;
  const m = Math.round(W * 0.04);
  const inner = W - 2 * m;
  const titleSize = Math.max(18, W / 40) * s;
  const subtitleSize = Math.max(12, titleSize * 0.55);
  const legendSize = Math.max(11, titleSize * 0.45);
  const footSize = Math.max(10, titleSize * 0.38);
  const budget = (size: number, bold = false) => inner / (size * NARROW_EM * (bold ? 1.07 : 1));

  // Header, top-down.
  const title: TextLine[] = [];
  const subtitle: TextLine[] = [];
  let y = m;
  for (const text of wrapText(spec.title, budget(titleSize, true), 2)) {
    title.push({ text, baseline: y + titleSize * 0.95 });
    y += titleSize * 1.2;
  }
  if (spec.subtitle.trim() !== "") {
    y += titleSize * 0.15;
    for (const text of wrapText(spec.subtitle, budget(subtitleSize), 3)) {
      subtitle.push({ text, baseline: y + subtitleSize * 0.95 });
      y += subtitleSize * 1.3;
    }
  }
  const bodyTop = y + m * 0.5;

  // Footer, bottom-up: its height is known once the lines are wrapped.
  const footLines: { text: string; right?: string }[] = wrapText(spec.sourceLine, budget(footSize), 4).map((text) => ({
    text,
  }));
  const dataText = `${spec.dataLabel ?? "Data: "}${spec.dataDate}`;
  if (textUnits(dataText) + textUnits(spec.permalink) + 6 <= budget(footSize)) {
    footLines.push({ text: dataText, right: spec.permalink });
  } else {
    footLines.push({ text: dataText });
    for (const text of wrapText(spec.permalink, budget(footSize), 3)) footLines.push({ text });
  }
  const footLine = footSize * 1.35;
  const footTop = H - m - footLines.length * footLine;
  const footer = footLines.map((line, k) => ({ ...line, baseline: footTop + k * footLine + footSize }));

  // Body and legend share the space between header and footer. The legend goes in rows under the
  // body, or in a column to its right when that lets the body be clearly larger (wide slides, where
  // rows would take height the map needs).
  const spaceBottom = footTop - footSize * 0.6 - m * 0.5;
  const space = Math.max(H * 0.1, spaceBottom - bodyTop);
  const legendGap = m * 0.3;
  const body = spec.body;
  const [bw, bh] = body.kind === "map" ? body.viewBox : [body.width, body.height];
  const bodySize: [number, number] = [Math.max(1, bw), Math.max(1, bh)];
  const rows = layoutLegend(spec, legendSize, inner, "rows");
  const rowsFit = fit(...bodySize, {
    x: m,
    y: bodyTop,
    width: inner,
    height: Math.max(H * 0.1, space - (rows.height > 0 ? rows.height + legendGap : 0)),
  });
  let placed = rowsFit;
  let legend = rows;
  let legendAt = { x: m, y: rowsFit.y + rowsFit.height + legendGap };
  if (rows.height > 0) {
    // One column if it fits the height, else two; only when no label has to be cut.
    const columnGap = m * 0.6;
    for (const columns of [1, 2]) {
      const room = inner * (columns === 1 ? 0.35 : 0.5);
      const column = layoutLegend(spec, legendSize, room, { columns });
      if (column.truncated || column.width > room || column.height > space) continue;
      const columnFit = fit(...bodySize, { x: m, y: bodyTop, width: inner - column.width - columnGap, height: space });
      if (columnFit.k > placed.k * 1.1) {
        // Centre body + legend as one group; the legend sits at the body's lower edge.
        const left = m + (inner - (columnFit.width + columnGap + column.width)) / 2;
        placed = { ...columnFit, x: left };
        legend = column;
        legendAt = {
          x: left + columnFit.width + columnGap,
          y: Math.max(columnFit.y, columnFit.y + columnFit.height - column.height),
        };
      }
      break;
    }
  }

  return {
    margin: m,
    sizes: { title: titleSize, subtitle: subtitleSize, legend: legendSize, foot: footSize },
    title,
    subtitle,
    footRule: footTop - footSize * 0.6,
    footer,
    body: placed,
    legend,
    legendAt,
  };
}
