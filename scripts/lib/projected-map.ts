/**
 * Projects the province TopoJSON into ready-to-draw SVG paths, so the browser does no projection
 * work before the map appears, with each province's arrow-key neighbours and the bands its name
 * can be written in (label-slots.ts). Pure: topology in,
 * serialisable map out.
 */
import { geoCentroid } from "d3-geo";
import { arrowNeighbours, sharedBorders } from "./arrow-neighbours";
import { compactPath } from "./compact-path";
import { labelSlots, projectedRings } from "./label-slots";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { fitProjection, MAP_HEIGHT, MAP_WIDTH, projectionFrom } from "../../src/geo/projection";
import type { ProjectedMap } from "../../src/geo/province-map";

export function projectMap(topology: Topology): ProjectedMap {
  const collection = feature(topology, topology.objects.provinces as GeometryCollection) as FeatureCollection<Geometry>;
  const params = fitProjection(collection);
  const projection = projectionFrom(params);
  const round = (v: number) => Math.round(v * 10) / 10;
  const drawn = (collection.features as Feature<Geometry>[]).map((f) => {
    const c = projection(geoCentroid(f)) ?? [0, 0];
    return {
      adcode: String(f.id),
      d: compactPath(projection, f),
      centroid: [round(c[0]), round(c[1])] as [number, number],
      labels: labelSlots(projectedRings(projection, f), c[1]),
    };
  });
  const arrows = arrowNeighbours(drawn, sharedBorders(topology));
  const shapes = drawn.map((s) => ({ ...s, arrows: arrows.get(s.adcode)! }));
  return { width: MAP_WIDTH, height: MAP_HEIGHT, projection: params, shapes };
}
