/**
 * The map's one projection, shared by the geometry build (which projects the provinces into SVG
 * paths ahead of time) and the app (which needs the same projection to place markers).
 * Albers-style conic equal-area with standard parallels for China, so areas compare fairly.
 */
import { geoConicEqualArea, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;
const PADDING = 8;

export interface ProjectionParams {
  scale: number;
  translate: [number, number];
}

function base(): GeoProjection {
  return geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
}

/** Fit the projection to the provinces in the map's box; done once, at build time. */
export function fitProjection(object: GeoPermissibleObjects): ProjectionParams {
  const p = base().fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
    ],
    object,
  );
  return { scale: p.scale(), translate: p.translate() as [number, number] };
}

export function projectionFrom(params: ProjectionParams): GeoProjection {
  return base().scale(params.scale).translate(params.translate);
}

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
}

/** The file the geometry build emits and the app draws: public/generated/china-provinces.map.json. */
export interface ProjectedMap {
  width: number;
  height: number;
  projection: ProjectionParams;
  shapes: ProjectedShape[];
}
