/**
 * The map's one projection, shared by the geometry builds (which project the provinces and each
 * province's prefectures into SVG paths ahead of time) and the app (which needs the same
 * projection to place markers). Albers-style conic equal-area with standard parallels for China,
 * so areas compare fairly. Pure: geo/ imports nothing else from src/, so scripts can use it too.
 */
import { geoConicEqualArea, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";

import { MAP_HEIGHT, MAP_WIDTH } from "./map-size";

export { MAP_HEIGHT, MAP_WIDTH };
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
