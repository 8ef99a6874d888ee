/**
 * Province geometry for the map: the shapes projected at build time and where the arrow keys lead
 * (also worked out at build time). Built once per geometry load, never per render. No projection
 * code is needed to draw it (the map's first view loads no d3-geo).
 */
import type { LabelSlot } from "./map-labels";
import type { ArrowNeighbours, Direction, ProjectedMap } from "./province-map";

export interface ProvinceShape {
  adcode: string;
  svgPath: string;
  /** Projected centroid in map units. */
  centroid: [number, number];
  /** Where each arrow key leads from here. */
  arrows: ArrowNeighbours;
  /** Where its name fits (geo/map-labels.ts); none in a map file built before names. */
  labels: readonly LabelSlot[];
}

export interface MapGeometry {
  shapes: ProvinceShape[];
}

/** The paths, centroids and arrow-key neighbours were all worked out at build time. */
export function buildGeometry(map: ProjectedMap): MapGeometry {
  return {
    shapes: map.shapes.map((s) => ({
      adcode: s.adcode,
      svgPath: s.d,
      centroid: s.centroid,
      arrows: s.arrows,
      labels: s.labels ?? [],
    })),
  };
}

/**
 * The province a keyboard user reaches by pressing an arrow, as the geometry build worked it out
 * from shared borders (scripts/lib/arrow-neighbours.ts). null at the map's edge.
 */
export function neighbourInDirection(
  shapes: readonly ProvinceShape[],
  from: string,
  direction: Direction,
): string | null {
  // `?.` on arrows too: a map file cached from before the build wrote them has none.
  return shapes.find((s) => s.adcode === from)?.arrows?.[direction] ?? null;
}
