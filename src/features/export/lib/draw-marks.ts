/** Draws the export's body (map or chart) and legend swatches into boxes the layout has placed. */
import type { ExportBody, ExportTheme, LegendItem } from "./export-spec";
import type { fit } from "./export-layout";
import { parseSanitised, serialiseNodes, type XNode } from "./svg-sanitise";
import { dotPattern, hatchPattern, n, paint, pathData } from "./svg-primitives";
import { escapeXml } from "./svg-text";
import { placeLabels } from "../../../geo/map-labels";

/** The map drawn in its own units inside a scaled group; strokes and patterns divided by the scale. */
export function drawMap(
  body: Extract<ExportBody, { kind: "map" }>,
  placed: ReturnType<typeof fit>,
  theme: ExportTheme,
  s: number,
  ids: { noData: string; key: string; doubtful: string },
  /** The names' type size in the image's pixels; none written without it. */
  labelPx?: number,
) {
  const px = (v: number) => (placed.k > 0 ? v / placed.k : v);
  const defs = [
    dotPattern(ids.noData, px(6 * s), theme.background ?? "none", body.noDataDot),
    // As on screen (styles.css .key-hatch, .key-halo): the outline's halo in the page's colour, the
    // hatch in the page's and the text's.
    hatchPattern(ids.key, px(7 * s), body.strokeColour, px(1 * s), 1, theme.text),
  ];
  if (body.shapes.some((shape) => shape.doubtful))
    defs.push(hatchPattern(ids.doubtful, px(6 * s), body.doubtfulColour ?? body.keyColour, px(1.8 * s)));
  const shapes = body.shapes.map((shape) => {
    const fill = shape.doubtful
      ? `url(#${ids.doubtful})`
      : shape.noData || shape.fill === "hatch-none"
        ? `url(#${ids.noData})`
        : paint(shape.fill);
    return `<path class="shape" d="${pathData(shape.d)}" fill="${fill}" stroke="${paint(body.strokeColour)}" stroke-width="${n(px(0.6 * s))}" stroke-linejoin="round"/>`;
  });
  // Overlays after all fills, so a neighbour's fill never covers a key region's outline.
  const keyShapes = body.shapes.filter((shape) => shape.key);
  const keys = [
    ...keyShapes.map(
      (shape) =>
        `<path class="key-halo" d="${pathData(shape.d)}" fill="none" stroke="${paint(body.strokeColour)}" stroke-width="${n(px(4.6 * s))}" stroke-opacity="0.9" stroke-linejoin="round"/>`,
    ),
    ...keyShapes.map(
      (shape) =>
        `<path class="key-overlay" d="${pathData(shape.d)}" fill="url(#${ids.key})" stroke="${paint(body.keyColour)}" stroke-width="${n(px(1.8 * s))}" stroke-linejoin="round"/>`,
    ),
  ];
  const selected = body.shapes
    .filter((shape) => shape.selected)
    .map(
      // On a halo in the page's colour, as on screen: the text's colour alone vanished on the darkest classes.
      (shape) =>
        `<path class="outline-halo" d="${pathData(shape.d)}" fill="none" stroke="${paint(body.strokeColour)}" stroke-width="${n(px(5.6 * s))}" stroke-linejoin="round"/>` +
        `<path class="selected-outline" d="${pathData(shape.d)}" fill="none" stroke="${paint(theme.text)}" stroke-width="${n(px(2.6 * s))}" stroke-linejoin="round"/>`,
    );
  // Names where they fit at `labelPx` (as on the page, geo/map-labels.ts), in map units inside the scaled group.
  const fontSize = labelPx && placed.k > 0 ? labelPx / placed.k : 0;
  const labels = placeLabels(
    body.shapes.flatMap((shape) => shape.label ?? []),
    fontSize,
  ).map(
    (l) =>
      `<text class="province-label" x="${n(l.x)}" y="${n(l.y + fontSize * 0.35)}" font-size="${n(fontSize)}" font-weight="600" text-anchor="middle"` +
      ` fill="${paint(theme.text)}" stroke="${paint(body.strokeColour)}" stroke-width="${n(fontSize * 0.28)}" stroke-linejoin="round" paint-order="stroke">${escapeXml(l.text)}</text>`,
  );
  const group =
    `<g class="body map" transform="translate(${n(placed.x)} ${n(placed.y)}) scale(${placed.k})">` +
    shapes.join("") +
    keys.join("") +
    labels.join("") +
    selected.join("") +
    `</g>`;
  return { defs, group };
}

const VIEWBOX = /^\s*-?[\d.eE+-]+(?:[\s,]+-?[\d.eE+-]+){3}\s*$/;

/** A sanitised chart as a nested <svg> scaled into the placed box; its own viewBox when it has one. */
export function drawChart(body: Extract<ExportBody, { kind: "svg" }>, placed: ReturnType<typeof fit>): string {
  const nodes = parseSanitised(body.markup);
  const rootSvg = nodes.find(
    (node): node is Extract<XNode, { type: "el" }> => node.type === "el" && node.name === "svg",
  );
  const ownViewBox = rootSvg?.attrs.find(([k]) => k === "viewBox")?.[1];
  const viewBox = ownViewBox && VIEWBOX.test(ownViewBox) ? ownViewBox.trim() : `0 0 ${n(body.width)} ${n(body.height)}`;
  const inner = serialiseNodes(rootSvg ? rootSvg.children : nodes);
  return (
    `<svg class="body chart" x="${n(placed.x)}" y="${n(placed.y)}" width="${n(placed.width)}" height="${n(placed.height)}"` +
    ` viewBox="${escapeXml(viewBox)}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${inner}</svg>`
  );
}

export function drawSwatch(
  item: LegendItem,
  x: number,
  y: number,
  size: number,
  border: string,
  patternId: string,
  s: number,
): { defs: string[]; marks: string } {
  const rect = (fill: string, extra = "") =>
    `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" fill="${fill}"${extra}/>`;
  const outline = ` stroke="${paint(border)}" stroke-width="${n(s)}"`;
  const sw = item.swatch;
  if (sw.kind === "fill") return { defs: [], marks: rect(paint(sw.colour), outline) };
  if (sw.kind === "hatch") {
    return {
      defs: [
        sw.lines
          ? hatchPattern(patternId, Math.max(4, size / 2.2), sw.lines, 1 * s, 1, sw.ink) // as the map's (drawMap)
          : hatchPattern(patternId, Math.max(4, size / 2.2), sw.stroke, 1.3 * s),
      ],
      marks:
        rect(paint(sw.colour)) +
        rect(`url(#${patternId})`, ` stroke="${paint(sw.stroke)}" stroke-width="${n(1.6 * s)}"`),
    };
  }
  return {
    defs: [dotPattern(patternId, Math.max(4, size / 2.5), sw.colour, sw.dot)],
    marks: rect(`url(#${patternId})`, outline),
  };
}
