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
const round = (v: number) => Math.round(v * 2) / 2;

/**
 * The shape's stretches along lines one map unit apart, from its top: a band of height h is the
 * overlap of h + 1 consecutive lines (close enough that no border's wiggle fits between two).
 */
function scanLines(rings: readonly Ring[], top: number, bottom: number): [number, number][][] {
  const lines: [number, number][][] = [];
  for (let i = 0; top + i <= bottom; i++) lines.push(inside(rings, top + i));
  return lines;
}

/** The widest band of height h (lines from..to, inclusive of its first and last), or null. */
function bestBand(
  lines: readonly [number, number][][],
  top: number,
  h: number,
  from: number,
  to: number,
  centroidY: number,
) {
  let best: { x0: number; x1: number; y: number; first: number; score: number } | null = null;
  for (let first = Math.max(0, from); first + h <= Math.min(to, lines.length - 1); first++) {
    let runs = lines[first];
    for (let i = first + 1; i <= first + h && runs.length > 0; i++) runs = overlap(runs, lines[i]);
    const y = top + first + h / 2;
    for (const [x0, x1] of runs) {
      const width = x1 - x0 - 2 * MARGIN;
      if (width <= 0) continue;
      // The widest band wins; between bands of about the same width, the one nearer the middle.
      const score = width - 0.05 * Math.abs(y - centroidY);
      if (!best || score > best.score) best = { x0: x0 + MARGIN, x1: x1 - MARGIN, y, first, score };
    }
  }
  return best;
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
  const slot = (h: number, b: { x0: number; x1: number; y: number }): LabelSlot => [
    h,
    round(b.x0),
    round(b.x1),
    round(b.y),
  ];
  for (const h of LABEL_HEIGHTS) {
    const first = bestBand(lines, top, h, 0, lines.length - 1, centroidY);
    if (!first) continue;
    slots.push(slot(h, first));
    const above = bestBand(lines, top, h, 0, first.first, centroidY);
    const below = bestBand(lines, top, h, first.first + h, lines.length - 1, centroidY);
    const second = [above, below].filter((b) => b !== null).sort((a, b) => b.score - a.score)[0];
    if (second) slots.push(slot(h, second));
  }
  return slots.filter(([h, x0, x1]) => x1 - x0 >= NARROWEST * h);
}
