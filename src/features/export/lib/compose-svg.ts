/**
 * The exported image as one standalone SVG document: title, subtitle, the map or a chart, legend,
 * source, data date and the link that reproduces the view. A slide or an e-mail attachment has no
 * page around it, so everything a reader needs to trust the figure is drawn into the image.
 *
 * Pure: the layout is computed from the spec alone (export-layout.ts), with text widths estimated
 * rather than measured (svg-text.ts), since there is no browser to measure them.
 *
 * The document never references anything outside itself: no script, no <image>, no <foreignObject>,
 * no href or url() except to its own #ids. That is what lets it be drawn through <img> onto a canvas
 * (browsers load nothing for SVG images, and a canvas that drew external content would be tainted)
 * and opened safely from a download folder. Chart markup passed in is run through
 * `sanitiseSvgMarkup` (svg-sanitise.ts) first, which rebuilds it from an allow-list rather than
 * trusting it.
 */
import { drawChart, drawMap, drawSwatch } from "./draw-marks";
import { layoutExport } from "./export-layout";
import { SVG_NS, XLINK_NS } from "./svg-namespaces";
import { n, paint, textEl } from "./svg-primitives";
import { escapeXml } from "./svg-text";
import type { ExportSpec } from "./export-spec";

/** FNV-1a, for ids that differ between exports (two previews inlined in one page must not clash). */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The whole export as an SVG document string. Top to bottom: title, subtitle, body (scaled to the
 * free space, keeping its aspect ratio), legend rows (or a column to the body's right when that
 * makes the body clearly larger, as on 16:9 slides), then a footer pinned to the bottom edge with
 * the source, the data date and the permalink (as plain text: a link would be an external reference
 * and is not clickable in an image anyway).
 */
export function composeSvg(spec: ExportSpec): string {
  const { width: W, height: H, theme } = spec;
  const s = theme.scale ?? 1;
  const layout = layoutExport(spec);
  const { margin: m, sizes, body: placed, legend, legendAt } = layout;
  const p = `cdx${hashId([W, H, JSON.stringify(theme), spec.title, spec.subtitle, spec.permalink, spec.body.kind].join("|"))}`;
  const defs: string[] = [];
  const parts: string[] = [];

  for (const line of layout.title) {
    parts.push(textEl(m, line.baseline, line.text, { size: sizes.title, fill: theme.text, bold: true }, "title"));
  }
  for (const line of layout.subtitle) {
    parts.push(textEl(m, line.baseline, line.text, { size: sizes.subtitle, fill: theme.muted }, "subtitle"));
  }
  parts.push(
    `<line class="footer-rule" x1="${n(m)}" y1="${n(layout.footRule)}" x2="${n(W - m)}" y2="${n(layout.footRule)}" stroke="${paint(theme.border)}" stroke-width="${n(s)}"/>`,
  );
  for (const line of layout.footer) {
    parts.push(textEl(m, line.baseline, line.text, { size: sizes.foot, fill: theme.muted }, "footer"));
    if (line.right)
      parts.push(
        textEl(
          W - m,
          line.baseline,
          line.right,
          { size: sizes.foot, fill: theme.muted, anchor: "end" },
          "footer permalink",
        ),
      );
  }

  const body = spec.body;
  if (body.kind === "map") {
    const map = drawMap(
      body,
      placed,
      theme,
      s,
      { noData: `${p}-nodata`, key: `${p}-key`, doubtful: `${p}-doubtful` },
      sizes.legend,
    );
    defs.push(...map.defs);
    parts.push(map.group);
  } else {
    parts.push(drawChart(body, placed));
  }

  legend.entries.forEach((entry, k) => {
    const x = legendAt.x + entry.x;
    const top = legendAt.y + entry.y;
    const baseline = top + legend.rowHeight / 2 + sizes.legend * 0.35;
    if (entry.item === null) {
      parts.push(textEl(x, baseline, entry.text, { size: sizes.legend, fill: theme.text, bold: true }, "legend-title"));
      return;
    }
    const swatch = drawSwatch(
      entry.item,
      x,
      top + (legend.rowHeight - legend.swatch) / 2,
      legend.swatch,
      theme.border,
      `${p}-legend${k}`,
      s,
    );
    defs.push(...swatch.defs);
    const label = textEl(
      x + legend.swatch + legend.labelGap,
      baseline,
      entry.text,
      { size: sizes.legend, fill: theme.text },
      "legend-label",
    );
    parts.push(`<g class="legend-item">${swatch.marks}${label}</g>`);
  });

  const background =
    theme.background === null
      ? ""
      : `<rect class="background" width="${n(W)}" height="${n(H)}" fill="${paint(theme.background)}"/>`;
  return (
    `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" width="${n(W)}" height="${n(H)}"` +
    ` viewBox="0 0 ${n(W)} ${n(H)}" font-family="${escapeXml(theme.fontFamily)}" role="img" aria-label="${escapeXml(spec.title)}">` +
    `<title>${escapeXml(spec.title)}</title>` +
    (defs.length > 0 ? `<defs>${defs.join("")}</defs>` : "") +
    background +
    parts.join("") +
    `</svg>`
  );
}
