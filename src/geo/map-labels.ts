/**
 * Province names on the map, written only where they fit. The geometry build measured, for a few
 * label heights, the widest bands that lie wholly inside each province (scripts/lib/label-slots.ts);
 * here a name is placed in the first band of its height that is wide enough for it and clear of
 * anything else drawn on the map (the event-count circles), near the province's middle. Pure: the
 * page's map, its image export and the PowerPoint map all place names with it.
 */

/** The label heights the build measures bands for, in map units (800 x 640), smallest first. */
export const LABEL_HEIGHTS = [12, 16, 20, 25, 31] as const;

/** A band inside a province: its height, left and right ends, and middle line, in map units. */
export type LabelSlot = [h: number, x0: number, x1: number, y: number];

/** Width of one narrow character as a share of the font size, generous for bold sans-serif faces. */
const NARROW_EM = 0.6;
/** CJK characters are as wide as the font is high. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** A label's line box: its font size times this (a Chinese glyph with its halo is about 1.28 ems tall). */
const LINE = 1.3;
/** The halo drawn around a name (styles.css .province-labels: 0.28 em), half of it each side. */
const HALO = 0.28;

/** A name's width in font sizes (ems), erring wide. */
export function labelEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : ch === " " ? 0.3 : NARROW_EM;
  return ems;
}

export interface LabelTarget {
  adcode: string;
  text: string;
  /** Where a name goes when its band leaves room to choose: as near this x as fits. */
  centroid: readonly [number, number];
  slots: readonly LabelSlot[];
}

/** Something a name must not cover: a circle, in map units. */
export interface Obstacle {
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  adcode: string;
  text: string;
  /** The middle of the name, in map units. */
  x: number;
  y: number;
  /** Its estimated width and line height, in map units. */
  width: number;
  height: number;
}

function covers(label: Omit<PlacedLabel, "adcode" | "text">, o: Obstacle): boolean {
  const dx = Math.max(Math.abs(o.x - label.x) - label.width / 2, 0);
  const dy = Math.max(Math.abs(o.y - label.y) - label.height / 2, 0);
  return dx * dx + dy * dy < o.r * o.r;
}

/**
 * The names that fit at `fontSize` (map units), each inside its own province. A name whose font
 * needs a taller band than the build measured, or no band wide enough with room clear of `avoid`,
 * is left out: a map with fewer names, never one with names across borders.
 */
export function placeLabels(
  targets: readonly LabelTarget[],
  fontSize: number,
  avoid: readonly Obstacle[] = [],
): PlacedLabel[] {
  const height = fontSize * LINE;
  if (!(fontSize > 0)) return [];
  const placed: PlacedLabel[] = [];
  for (const target of targets) {
    if (!target.text) continue;
    const width = (labelEms(target.text) + HALO) * fontSize;
    // Any band at least as tall as the name's line will do (a taller band holds a shorter one),
    // the shortest first: shorter bands are the wider ones.
    const slots = target.slots.filter(([h, x0, x1]) => h >= height && x1 - x0 >= width).sort((a, b) => a[0] - b[0]);
    const spot = slots
      .flatMap(([, x0, x1, y]) => {
        const inBand = (x: number) => Math.min(Math.max(x, x0 + width / 2), x1 - width / 2);
        // Nearest the province's middle; else just left or right of a circle in the way.
        const xs = [target.centroid[0], ...avoid.flatMap((o) => [o.x - o.r - width / 2, o.x + o.r + width / 2])];
        return xs.map((x) => ({ x: inBand(x), y, width, height }));
      })
      .find((box) => !avoid.some((o) => covers(box, o)));
    if (spot) placed.push({ adcode: target.adcode, text: target.text, ...spot });
  }
  return placed;
}
