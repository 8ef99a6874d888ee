/** Small SVG building blocks shared by the export's drawing code: numbers, paints, text, patterns. */
import { escapeXml } from "./svg-text";

/** Two decimals is sub-pixel at any export size and keeps the file small. */
export const n = (v: number) => String(Math.round(v * 100) / 100);

/** A colour from the spec, escaped; a url() in a colour slot could only be an external reference. */
export const paint = (colour: string) => (/url\s*\(/i.test(colour) ? "none" : escapeXml(colour));

/** Path data keeps only path-grammar characters, so a bad `d` can break the shape but not the file. */
export const pathData = (d: string) => d.replace(/[^MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]/g, "");

interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: "start" | "end";
}

export function textEl(x: number, baseline: number, content: string, style: TextStyle, role: string): string {
  return (
    `<text class="${role}" x="${n(x)}" y="${n(baseline)}" font-size="${n(style.size)}"` +
    `${style.bold ? ' font-weight="700"' : ""}${style.anchor === "end" ? ' text-anchor="end"' : ""}` +
    ` fill="${paint(style.fill)}">${escapeXml(content)}</text>`
  );
}

/**
 * Diagonal hatching in `stroke`; with `ink`, each line in `stroke` has a thinner one in `ink` beside
 * it (the key regions' two-tone hatch, styles.css .key-hatch and .key-hatch-ink: one of the two
 * shows on any fill).
 */
export function hatchPattern(
  id: string,
  size: number,
  stroke: string,
  strokeWidth: number,
  opacity = 0.75,
  ink?: string,
): string {
  const line = (x: number, colour: string, width: number, alpha: number) =>
    `<line x1="${n(x)}" y1="0" x2="${n(x)}" y2="${n(size)}" stroke="${paint(colour)}" stroke-width="${n(width)}" stroke-opacity="${n(alpha)}"/>`;
  // Off the tile's edge, so neither line is cut to half its width.
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}" patternTransform="rotate(45)">` +
    line(ink ? strokeWidth : 0, stroke, strokeWidth, opacity) +
    (ink ? line(strokeWidth * 2.6, ink, strokeWidth * 0.8, 0.8) : "") +
    `</pattern>`
  );
}

export function dotPattern(id: string, size: number, background: string, dot: string): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}">` +
    `<rect width="${n(size)}" height="${n(size)}" fill="${paint(background)}"/>` +
    `<circle cx="${n(size / 2)}" cy="${n(size / 2)}" r="${n(size * 0.15)}" fill="${paint(dot)}"/></pattern>`
  );
}
