import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoArea } from "d3-geo";
import type { Position } from "geojson";
import {
  PROVINCE_CODES,
  buildProvinceTopology,
  closeRing,
  decodeEchartsGeoJson,
  decodeGeometry,
  decodeRing,
  polygonArea,
  provinceFeatures,
  rewindIfInverted,
  validateProvinceTopology,
  type EchartsGeoJson,
} from "../../scripts/lib/echarts-geo";

/** Test-only encoder, the inverse of decodeRing: integer points -> [offset, compressed string]. */
function encodeRing(points: [number, number][]): [[number, number], string] {
  const zigzag = (v: number) => (v << 1) ^ (v >> 31);
  const unit = (v: number) => String.fromCharCode(zigzag(v) + 64);
  const offset = points[0];
  let [px, py] = offset;
  let text = "";
  for (const [x, y] of points) {
    text += unit(x - px) + unit(y - py);
    [px, py] = [x, y];
  }
  return [offset, text];
}

const SCALE = 1024;

describe("decoding ECharts UTF8Encoding coordinates", () => {
  it("round-trips a hand-made ring, including negative deltas", () => {
    const ints: [number, number][] = [
      [116 * SCALE, 40 * SCALE],
      [116 * SCALE + 300, 40 * SCALE - 5],
      [116 * SCALE + 17, 40 * SCALE + 700],
      [116 * SCALE - 1, 40 * SCALE + 1],
      [116 * SCALE, 40 * SCALE],
    ];
    const [offset, text] = encodeRing(ints);
    expect(text.slice(0, 2)).toBe("@@"); // first point equals the offset: zero delta
    expect(decodeRing(text, offset)).toEqual(ints.map(([x, y]) => [x / SCALE, y / SCALE]));
  });

  it("nests encodeOffsets like the coordinates for MultiPolygon", () => {
    const a = encodeRing([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 0],
    ]);
    const b = encodeRing([
      [2048, 2048],
      [2058, 2048],
      [2048, 2058],
      [2048, 2048],
    ]);
    const polygons = decodeGeometry({
      type: "MultiPolygon",
      coordinates: [[a[1]], [b[1]]],
      encodeOffsets: [[a[0]], [b[0]]],
    });
    expect(polygons).toHaveLength(2);
    expect(polygons[1][0][0]).toEqual([2, 2]);
    expect(polygons[0][0][2]).toEqual([10 / SCALE, 10 / SCALE]);
  });

  it("rejects an odd-length string", () => {
    expect(() => decodeRing("@@@", [0, 0])).toThrow(/odd length/);
  });

  it("closes open rings", () => {
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });
});

describe("ring winding", () => {
  // A ~1° square near Beijing, in the winding d3-geo reads as "the small inside".
  const square: Position[] = [
    [116, 40],
    [116, 41],
    [117, 41],
    [117, 40],
    [116, 40],
  ];

  it("leaves a correctly wound polygon alone", () => {
    expect(polygonArea([square])).toBeLessThan(0.001);
    expect(rewindIfInverted([square])).toEqual([square]);
  });

  it("reverses a polygon that d3-geo would read as covering most of the globe", () => {
    const inverted = [[...square].reverse()];
    expect(polygonArea(inverted)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewindIfInverted(inverted);
    expect(polygonArea(fixed)).toBeLessThan(0.001);
    expect(fixed).toEqual([square]);
  });
});

describe("the ECharts 4 china.json pipeline", () => {
  const file = createRequire(import.meta.url).resolve("echarts/map/json/china.json");
  const source = JSON.parse(readFileSync(file, "utf8")) as EchartsGeoJson;

  it("the source really has inverted Taiwan islets (why rewinding exists)", () => {
    const taiwan = source.features.find((f) => f.id === "710000")!;
    const inverted = decodeGeometry(taiwan.geometry).filter((rings) => polygonArea(rings.map(closeRing)) > 2 * Math.PI);
    expect(inverted.length).toBeGreaterThan(0);
  });

  it("decodes 34 features, none covering half the sphere", () => {
    const decoded = decodeEchartsGeoJson(source);
    expect(decoded.features.map((f) => f.properties.adcode).sort()).toEqual([...PROVINCE_CODES].sort());
    for (const f of decoded.features) {
      const area = geoArea(f);
      expect(area, f.properties.adcode).toBeGreaterThan(0);
      expect(area, f.properties.adcode).toBeLessThan(2 * Math.PI);
    }
  });

  it("builds a valid topology with every province non-empty, Macau and Hong Kong included", () => {
    const topology = buildProvinceTopology(source);
    expect(validateProvinceTopology(topology)).toEqual([]);
    const features = provinceFeatures(topology);
    expect(features).toHaveLength(34);
    expect(features.map((f) => f.id)).toEqual([...PROVINCE_CODES].sort());
    for (const f of features) {
      expect(f.properties.adcode).toBe(f.id);
      expect(geoArea(f), f.id).toBeGreaterThan(0);
      expect(geoArea(f), f.id).toBeLessThan(2 * Math.PI);
    }
    const byCode = new Map(features.map((f) => [f.id, f]));
    expect(byCode.get("150000")?.properties.name_zh).toBe("内蒙古");
    const macau = byCode.get("820000")!;
    expect(macau.properties.name_zh).toBe("澳门");
    expect(macau.geometry.type).toBe("Polygon");
    expect(macau.geometry.coordinates.flat().length).toBeGreaterThanOrEqual(4);
    expect(byCode.get("810000")?.properties.name_zh).toBe("香港");
  });

  it("keeps Macau's outline even under heavy simplification (it would otherwise collapse)", () => {
    expect(validateProvinceTopology(buildProvinceTopology(source, { minTriangleKm2: 200 }))).toEqual([]);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(buildProvinceTopology(source))).toBe(JSON.stringify(buildProvinceTopology(source)));
  });

  it("validation reports a missing province", () => {
    const topology = buildProvinceTopology(source);
    const geometries = topology.objects.provinces.geometries.filter((g) => g.id !== "820000");
    const broken = { ...topology, objects: { provinces: { ...topology.objects.provinces, geometries } } };
    expect(validateProvinceTopology(broken)).toEqual(
      expect.arrayContaining(["expected 34 features, got 33", "missing code 820000"]),
    );
  });
});
