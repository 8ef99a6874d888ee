/**
 * Where a province's name can be written inside it, worked out once at build time: for each of a
 * few label heights (src/geo/map-labels.ts LABEL_HEIGHTS, in map units), the widest horizontal band
 * of that height that lies wholly inside the shape, and a second one clear of the first (for when
 * the first is taken by an event-count circle). The app then writes a name where its width fits one
 * of them (src/geo/map-labels.ts), so no name ever spills over a border. Pure.
 */
import { geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { LABEL_HEIGHTS, type LabelSlot } from "../../src/geo/map-labels";

type Ring = [number, number][];

/** The shape's rings in map units, as the projection draws them. */
export function projectedRings(projection: GeoProjection, feature: Feature<Geometry>): Ring[] {
  const rings: Ring[] = [];
  const context = {
    moveTo: (x: number, y: number) => void rings.push([[x, y]]),
    lineTo: (x: number, y: number) => void rings[rings.length - 1].push([x, y]),
    closePath: () => undefined,
    arc: () => {
      throw new Error("points are not drawn on these maps");
    },
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(feature);
  return rings.filter((r) => r.length >= 3);
}

/** The stretches of the line y = const inside the shape (even-odd over all rings), left to right. */
function inside(rings: readonly Ring[], y: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of rings)
    for (let k = 0; k < ring.length; k++) {
      const [x0, y0] = ring[k];
      const [x1, y1] = ring[(k + 1) % ring.length];
      // Half-open, so a vertex on the line is counted once.
      if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
  xs.sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (let k = 0; k + 1 < xs.length; k += 2) runs.push([xs[k], xs[k + 1]]);
  return runs;
}

/** Where two sets of stretches overlap. */
function overlap(a: readonly [number, number][], b: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a0, a1] of a)
    for (const [b0, b1] of b) {
      const [lo, hi] = [Math.max(a0, b0), Math.min(a1, b1)];
      if (hi > lo) out.push([lo, hi]);
    }
  return out;
}

/** Kept clear of the border on either side, in map units: a name never touches the line it sits inside. */
const MARGIN = 1.5;
/** The same above and below, in scan lines (map units): a band's own top and bottom lines are inside too. */
const V_MARGIN = 2;

/**
 * The shape's stretches along lines one map unit apart, from its top: a band of height h is the
 * overlap of h + 1 consecutive lines (close enough that no border's wiggle fits between two).
 */
function scanLines(rings: readonly Ring[], top: number, bottom: number): [number, number][][] {
  const lines: [number, number][][] = [];
  for (let i = 0; top + i <= bottom; i++) lines.push(inside(rings, top + i));
  return lines;
}

/** Whether the segment a-b has any point inside the rectangle (Liang–Barsky clipping). */
export function segmentEnters(
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
  r: { x0: number; x1: number; y0: number; y1: number },
): boolean {
  const [dx, dy] = [bx - ax, by - ay];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, ax - r.x0],
    [dx, r.x1 - ax],
    [-dy, ay - r.y0],
    [dy, r.y1 - ay],
  ]) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Room a band keeps from every border, checked exactly (scan lines alone can miss a spike between two). */
const CLEAR = 1;

interface Band {
  h: number;
  x0: number;
  x1: number;
  y: number;
  /** The first scan line of the band with its margins. */
  first: number;
  score: number;
}

/** A band as the map file holds it: rounded to half a unit, inwards across, to the nearest down. */
const slotOf = (b: Band): LabelSlot => [
  b.h,
  Math.ceil(b.x0 * 2) / 2,
  Math.floor(b.x1 * 2) / 2,
  Math.round(b.y * 2) / 2,
];

/** Whether a band, as rounded, keeps CLEAR from every stretch of every ring. */
function clearOfBorders(rings: readonly Ring[], band: Band): boolean {
  const [h, x0, x1, y] = slotOf(band);
  const box = { x0: x0 - CLEAR, x1: x1 + CLEAR, y0: y - h / 2 - CLEAR, y1: y + h / 2 + CLEAR };
  return rings.every((ring) => ring.every((a, k) => !segmentEnters(a, ring[(k + 1) % ring.length], box)));
}

/**
 * The widest band of height h with V_MARGIN clear above and below, all within lines from..to
 * (inclusive), that keeps clear of every border; null if none.
 */
function bestBand(
  rings: readonly Ring[],
  lines: readonly [number, number][][],
  top: number,
  h: number,
  from: number,
  to: number,
  centroidY: number,
): Band | null {
  const candidates: Band[] = [];
  const span = h + 2 * V_MARGIN;
  for (let first = Math.max(0, from); first + span <= Math.min(to, lines.length - 1); first++) {
    let runs = lines[first];
    for (let i = first + 1; i <= first + span && runs.length > 0; i++) runs = overlap(runs, lines[i]);
    const y = top + first + V_MARGIN + h / 2;
    for (const [x0, x1] of runs) {
      const width = x1 - x0 - 2 * MARGIN;
      if (width <= 0) continue;
      // The widest band wins; between bands of about the same width, the one nearer the middle.
      candidates.push({ h, x0: x0 + MARGIN, x1: x1 - MARGIN, y, first, score: width - 0.05 * Math.abs(y - centroidY) });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates.find((band) => clearOfBorders(rings, band)) ?? null;
}

/** Narrower than this many times its height, a band holds no name (two Chinese characters need 1.7). */
const NARROWEST = 1.5;

/** For each label height: the widest band inside the shape, then the widest clear of it; none too narrow for a name. */
export function labelSlots(rings: readonly Ring[], centroidY: number): LabelSlot[] {
  if (rings.length === 0) return [];
  const ys = rings.flat().map(([, y]) => y);
  const top = Math.floor(Math.min(...ys));
  const lines = scanLines(rings, top, Math.ceil(Math.max(...ys)));
  const slots: LabelSlot[] = [];
  for (const h of LABEL_HEIGHTS) {
    const first = bestBand(rings, lines, top, h, 0, lines.length - 1, centroidY);
    if (!first) continue;
    slots.push(slotOf(first));
    const above = bestBand(rings, lines, top, h, 0, first.first, centroidY);
    const below = bestBand(rings, lines, top, h, first.first + h + 2 * V_MARGIN, lines.length - 1, centroidY);
    const second = [above, below].filter((b) => b !== null).sort((a, b) => b.score - a.score)[0];
    if (second) slots.push(slotOf(second));
  }
  return slots.filter(([h, x0, x1]) => x1 - x0 >= NARROWEST * h);
}
