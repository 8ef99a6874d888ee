/**
 * Province geometry for the map: features from the TopoJSON, one fixed projection, and the
 * centroids keyboard navigation uses. Built once per geometry load, never per render.
 */
import { geoCentroid, geoConicEqualArea, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;

export interface ProvinceShape {
  adcode: string;
  feature: Feature<Geometry>;
  svgPath: string;
  /** Projected centroid in map units. */
  centroid: [number, number];
}

export interface MapGeometry {
  projection: GeoProjection;
  shapes: ProvinceShape[];
}

export function buildGeometry(topology: Topology): MapGeometry {
  const object = topology.objects.provinces as GeometryCollection;
  const collection = feature(topology, object);
  const features = collection.features as Feature<Geometry>[];
  // Albers-style conic equal-area with standard parallels for China: areas compare fairly.
  const projection = geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [8, 8],
        [MAP_WIDTH - 8, MAP_HEIGHT - 8],
      ],
      collection,
    );
  const path = geoPath(projection);
  const shapes = features.map((f) => {
    const adcode = String(f.id ?? (f.properties as { adcode?: string } | null)?.adcode ?? "");
    const c = projection(geoCentroid(f)) ?? [0, 0];
    return { adcode, feature: f, svgPath: path(f) ?? "", centroid: [c[0], c[1]] as [number, number] };
  });
  return { projection, shapes };
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
