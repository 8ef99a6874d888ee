/**
 * Projects the province TopoJSON into ready-to-draw SVG paths, so the browser does no projection
 * work before the map appears. Pure: topology in, serialisable map out.
 */
import { geoCentroid } from "d3-geo";
import { compactPath } from "./compact-path";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { fitProjection, MAP_HEIGHT, MAP_WIDTH, projectionFrom, type ProjectedMap } from "../../src/features/map/lib/projection";

export function projectMap(topology: Topology): ProjectedMap {
  const collection = feature(topology, topology.objects.provinces as GeometryCollection) as FeatureCollection<Geometry>;
  const params = fitProjection(collection);
  const projection = projectionFrom(params);
  const round = (v: number) => Math.round(v * 10) / 10;
  const shapes = (collection.features as Feature<Geometry>[]).map((f) => {
    const c = projection(geoCentroid(f)) ?? [0, 0];
    return { adcode: String(f.id), d: compactPath(projection, f), centroid: [round(c[0]), round(c[1])] as [number, number] };
  });
  return { width: MAP_WIDTH, height: MAP_HEIGHT, projection: params, shapes };
}
