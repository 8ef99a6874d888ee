/** Where each legend entry goes, in rows or columns, from estimated text widths. */
import type { ExportSpec, LegendItem } from "./export-spec";
import { estimateTextWidth, NARROW_EM, wrapText } from "./svg-text";

export interface LegendLayout {
  /** Positions relative to the legend's top-left; `item` null for the legend title. */
  entries: { item: LegendItem | null; text: string; x: number; y: number }[];
  width: number;
  height: number;
  rowHeight: number;
  swatch: number;
  labelGap: number;
  /** Some label had to be cut to fit the width. */
  truncated: boolean;
}

/**
 * Legend entries in wrapped rows (title first, inline), or in `columns` side by side with the
 * title on top: items fill the first column top-down, then the next.
 */
export function layoutLegend(
  spec: ExportSpec,
  size: number,
  maxWidth: number,
  mode: "rows" | { columns: number },
): LegendLayout {
  const swatch = Math.round(size * 1.2);
  const labelGap = size * 0.45;
  const itemGap = size * 1.3;
  const rowHeight = Math.max(swatch, size) * (mode === "rows" ? 1.55 : 1.45);
  const budgetFor = (w: number, bold = false) => w / (size * NARROW_EM * (bold ? 1.07 : 1));
  let truncated = false;
  const fitted = (label: string, room: number, bold = false) => {
    const line = wrapText(label, budgetFor(room, bold), 1)[0] ?? "";
    if (line !== label.replace(/\s+/g, " ").trim()) truncated = true;
    return line;
  };
  const title = spec.legendTitle?.trim() ?? "";
  const titleText = title === "" ? null : fitted(title, maxWidth, true);
  const titleWidth = titleText === null ? 0 : estimateTextWidth(titleText, size, true);
  const entries: LegendLayout["entries"] = [];

  if (mode === "rows") {
    let row = 0;
    let x = 0;
    let width = 0;
    const place = (item: LegendItem | null, text: string, w: number) => {
      if (x > 0 && x + w > maxWidth) {
        row++;
        x = 0;
      }
      entries.push({ item, text, x, y: row * rowHeight });
      width = Math.max(width, x + w);
      x += w + itemGap;
    };
    if (titleText !== null) place(null, titleText, titleWidth - itemGap * 0.3);
    for (const item of spec.legend) {
      const text = fitted(item.label, maxWidth - swatch - labelGap);
      place(item, text, swatch + labelGap + estimateTextWidth(text, size));
    }
    return {
      entries,
      width,
      height: entries.length > 0 ? (row + 1) * rowHeight : 0,
      rowHeight,
      swatch,
      labelGap,
      truncated,
    };
  }

  // Columns take their natural widths (a long label makes its column wide); the caller checks
  // the total against the room it has.
  const columns = Math.max(1, mode.columns);
  const perColumn = Math.ceil(spec.legend.length / columns);
  const top = titleText === null ? 0 : rowHeight;
  if (titleText !== null) entries.push({ item: null, text: titleText, x: 0, y: 0 });
  let x = 0;
  let width = titleWidth;
  for (let c = 0; c < columns; c++) {
    const items = spec.legend.slice(c * perColumn, (c + 1) * perColumn);
    if (items.length === 0) break;
    let columnWidth = 0;
    items.forEach((item, k) => {
      const text = fitted(item.label, maxWidth - swatch - labelGap);
      entries.push({ item, text, x, y: top + k * rowHeight });
      columnWidth = Math.max(columnWidth, swatch + labelGap + estimateTextWidth(text, size));
    });
    width = Math.max(width, x + columnWidth);
    x += columnWidth + itemGap;
  }
  return {
    entries,
    width,
    height: entries.length > 0 ? top + perColumn * rowHeight : 0,
    rowHeight,
    swatch,
    labelGap,
    truncated,
  };
}
