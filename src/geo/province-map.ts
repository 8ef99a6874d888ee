/**
 * The province map file: what the geometry build (scripts/build-geo.ts) emits and the app draws,
 * public/generated/china-provinces.map.json. Its own module because both sides hold to it: the
 * build writes it, data/queries.ts loads it, geo/map-geometry.ts turns it into what the map needs.
 */
import type { LabelSlot } from "./map-labels";
import type { ProjectionParams } from "./projection";

export const DIRECTIONS = ["left", "right", "up", "down"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The province each arrow key leads to (adcode), or null at the map's edge. */
export type ArrowNeighbours = Record<Direction, string | null>;

export interface ProjectedShape {
  adcode: string;
  /** SVG path in map units (viewBox 0 0 width height). */
  d: string;
  centroid: [number, number];
  /** Keyboard moves, derived from shared borders at build time (scripts/lib/arrow-neighbours.ts). */
  arrows: ArrowNeighbours;
  /** Where the province's name fits (scripts/lib/label-slots.ts); absent in a file built before names. */
  labels?: LabelSlot[];
}

export interface ProjectedMap {
  width: number;
  height: number;
  projection: ProjectionParams;
  shapes: ProjectedShape[];
}
