import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildProvinceTopology, type EchartsGeoJson } from "../../scripts/lib/echarts-geo";
import { projectMap } from "../../scripts/lib/projected-map";
import { projectionFrom } from "../../src/geo/projection";

/** Bounds of a path written as absolute M plus relative l moves (the compact form). */
function pathBounds(d: string): [[number, number], [number, number]] {
  let x = 0;
  let y = 0;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, cmd, args] of d.matchAll(/([MlZz])([^MlZz]*)/g)) {
    const nums = (args.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (cmd === "M") [x, y] = nums;
    if (cmd === "l") [x, y] = [x + nums[0], y + nums[1]];
    if (cmd === "M" || cmd === "l") {
      xs.push(x);
      ys.push(y);
    }
  }
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

const source = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("echarts/map/json/china.json"), "utf8"),
) as EchartsGeoJson;
const topology = buildProvinceTopology(source);
const map = projectMap(topology);

describe("the projected province map", () => {
  it("has all 34 shapes inside the map box", () => {
    expect(map.shapes).toHaveLength(34);
    for (const s of map.shapes) {
      const [[x0, y0], [x1, y1]] = pathBounds(s.d);
      expect(x0, s.adcode).toBeGreaterThanOrEqual(0);
      expect(y0, s.adcode).toBeGreaterThanOrEqual(0);
      expect(x1, s.adcode).toBeLessThanOrEqual(map.width);
      expect(y1, s.adcode).toBeLessThanOrEqual(map.height);
    }
  });

  it("draws each province where the projection puts it (compact paths do not drift)", () => {
    const projection = projectionFrom(map.projection);
    const path = geoPath(projection);
    const features = feature(topology, topology.objects.provinces as GeometryCollection) as FeatureCollection<Geometry>;
    for (const f of features.features as Feature<Geometry>[]) {
      const shape = map.shapes.find((s) => s.adcode === String(f.id))!;
      const expected = path.bounds(f);
      const actual = pathBounds(shape.d);
      for (let k = 0; k < 2; k++) {
        for (let j = 0; j < 2; j++)
          expect(Math.abs(actual[k][j] - expected[k][j]), `${shape.adcode}`).toBeLessThan(0.2);
      }
    }
  });
});
