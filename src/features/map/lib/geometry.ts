/**
 * Province geometry for the map: the shapes projected at build time, the projection, and the
 * centroids keyboard navigation uses. Built once per geometry load, never per render.
 */
import type { GeoProjection } from "d3-geo";
import { projectionFrom, type ProjectedMap } from "./projection";

export { MAP_HEIGHT, MAP_WIDTH } from "./projection";

export interface ProvinceShape {
  adcode: string;
  svgPath: string;
  /** Projected centroid in map units. */
  centroid: [number, number];
}

export interface MapGeometry {
  projection: GeoProjection;
  shapes: ProvinceShape[];
}

/** The paths were projected at build time; only the projection object is rebuilt (for markers). */
export function buildGeometry(map: ProjectedMap): MapGeometry {
  return {
    projection: projectionFrom(map.projection),
    shapes: map.shapes.map((s) => ({ adcode: s.adcode, svgPath: s.d, centroid: s.centroid })),
  };
}

export type Direction = "left" | "right" | "up" | "down";

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The province a keyboard user reaches by pressing an arrow: the nearest centroid lying within
 * 60° of that direction, distance weighted against straying off-axis. null at the edge.
 */
export function neighbourInDirection(
  shapes: { adcode: string; centroid: [number, number] }[],
  from: string,
  direction: Direction,
): string | null {
  const origin = shapes.find((s) => s.adcode === from);
  if (!origin) return null;
  const [vx, vy] = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const s of shapes) {
    if (s.adcode === from) continue;
    const dx = s.centroid[0] - origin.centroid[0];
    const dy = s.centroid[1] - origin.centroid[1];
    const along = dx * vx + dy * vy;
    const dist = Math.hypot(dx, dy);
    if (along <= 0 || along / dist < Math.cos(Math.PI / 3)) continue;
    const across = Math.abs(dx * vy - dy * vx);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = s.adcode;
    }
  }
  return best;
}
