/**
 * Pure helpers that turn ECharts 4's bundled China map (node_modules/echarts/map/json/china.json)
 * into a small TopoJSON file of the 34 province-level divisions. No file-system access here:
 * scripts/build-geo.ts does the I/O, tests/unit/echarts-geo.test.ts exercises these functions.
 *
 * Pipeline: decode the compressed coordinates -> clean rings (close, drop degenerate, fix winding)
 * -> drop specks of islands -> build a topology (shared borders become shared arcs, so simplifying
 * never opens gaps between provinces) -> Visvalingam simplification, sparing each feature's main
 * outline -> quantise -> validate.
 */
import { geoArea } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature as topoFeature, quantize } from "topojson-client";
import { topology as buildTopology } from "topojson-server";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";

// ---------------------------------------------------------------------------------------------
// Source format

/** [x, y] integer start point of one encoded ring (already multiplied by the scale). */
export type EncodeOffset = [number, number];

export type EncodedGeometry =
  | { type: "Polygon"; coordinates: string[]; encodeOffsets: EncodeOffset[] }
  | { type: "MultiPolygon"; coordinates: string[][]; encodeOffsets: EncodeOffset[][] };

export interface EchartsFeature {
  type: "Feature";
  id?: string;
  properties: { name: string; id?: string; cp?: [number, number]; childNum?: number };
  geometry: EncodedGeometry;
}

export interface EchartsGeoJson {
  type: "FeatureCollection";
  /** true when coordinates are the compressed strings described at decodeRing. */
  UTF8Encoding?: boolean;
  /** Divisor applied to the decoded integers; ECharts uses 1024 when absent. */
  UTF8Scale?: number;
  features: EchartsFeature[];
}

// ---------------------------------------------------------------------------------------------
// Output format

export interface ProvinceProperties {
  /** 6-digit GB/T 2260 code, e.g. "150000". */
  adcode: string;
  /** Chinese name exactly as in the source, e.g. "内蒙古". */
  name_zh: string;
}

export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties> & { id: string };

export type ProvinceTopology = Topology<{ provinces: GeometryCollection<ProvinceProperties> }>;

/** The 34 province-level divisions the map must contain (GB/T 2260 codes). */
export const PROVINCE_CODES: readonly string[] = [
  "110000",
  "120000",
  "130000",
  "140000",
  "150000", // Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia
  "210000",
  "220000",
  "230000", // Liaoning, Jilin, Heilongjiang
  "310000",
  "320000",
  "330000",
  "340000",
  "350000",
  "360000",
  "370000", // Shanghai ... Shandong
  "410000",
  "420000",
  "430000",
  "440000",
  "450000",
  "460000", // Henan ... Hainan
  "500000",
  "510000",
  "520000",
  "530000",
  "540000", // Chongqing, Sichuan, Guizhou, Yunnan, Tibet
  "610000",
  "620000",
  "630000",
  "640000",
  "650000", // Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang
  "710000",
  "810000",
  "820000", // Taiwan, Hong Kong, Macau
];

// ---------------------------------------------------------------------------------------------
// Decoding

/** ECharts writes each code unit as (zig-zag value + 64), so the printable range starts at "@". */
const CHAR_OFFSET = 64;
const DEFAULT_SCALE = 1024;

/** Zig-zag maps signed to unsigned (0,-1,1,-2,... -> 0,1,2,3,...); this undoes it. */
const unzigzag = (v: number) => (v >> 1) ^ -(v & 1);

/**
 * Decode one compressed ring. Every pair of UTF-16 code units is one point; each unit minus 64 is
 * a zig-zag encoded delta from the previous point (the first delta is from `offset`). The running
 * integer sums divided by `scale` are longitude/latitude.
 */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = DEFAULT_SCALE): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  let [x, y] = offset;
  const ring: Position[] = [];
  for (let i = 0; i < encoded.length; i += 2) {
    x += unzigzag(encoded.charCodeAt(i) - CHAR_OFFSET);
    y += unzigzag(encoded.charCodeAt(i + 1) - CHAR_OFFSET);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** The raw polygons of a geometry (rings as decoded, not yet cleaned). encodeOffsets nest like coordinates. */
export function decodeGeometry(geometry: EncodedGeometry, scale = DEFAULT_SCALE): Position[][][] {
  if (geometry.type === "Polygon") {
    return [geometry.coordinates.map((ring, r) => decodeRing(ring, geometry.encodeOffsets[r], scale))];
  }
  return geometry.coordinates.map((polygon, p) =>
    polygon.map((ring, r) => decodeRing(ring, geometry.encodeOffsets[p][r], scale)),
  );
}

// ---------------------------------------------------------------------------------------------
// Cleaning

const HALF_SPHERE = 2 * Math.PI;

/** Spherical area (steradians) of one polygon, as d3-geo sees it. */
export const polygonArea = (rings: Position[][]) => geoArea({ type: "Polygon", coordinates: rings });

/** GeoJSON (and d3-geo) want the last position to repeat the first; some source rings don't. */
export function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

/**
 * d3-geo decides inside/outside from ring winding: a ring wound the "wrong" way means "everything
 * except this islet" and would fill the whole globe. No province covers half the sphere, so a
 * polygon larger than 2π steradians is inverted: reverse all of its rings.
 */
export function rewindIfInverted(rings: Position[][]): Position[][] {
  return polygonArea(rings) > HALF_SPHERE ? rings.map((ring) => [...ring].reverse()) : rings;
}

/** A ring needs at least three distinct points to enclose anything. */
function distinctPoints(ring: Position[]): number {
  return new Set(ring.map(([x, y]) => `${x},${y}`)).size;
}

/**
 * Decode every feature into plain GeoJSON: rings closed, zero-area slivers dropped (the source
 * has many "there and back" two-point rings), inverted polygons rewound, the largest polygon
 * first (later stages treat polygon 0 as the feature's main outline).
 */
export function decodeEchartsGeoJson(
  source: EchartsGeoJson,
): FeatureCollection<Polygon | MultiPolygon, ProvinceProperties> {
  const scale = source.UTF8Scale ?? DEFAULT_SCALE;
  if (source.UTF8Encoding !== true) throw new Error("expected ECharts UTF8Encoding (compressed) coordinates");
  const features = source.features.map((f): ProvinceFeature => {
    const adcode = String(f.id ?? f.properties.id ?? "");
    if (!/^\d{6}$/.test(adcode))
      throw new Error(`feature "${f.properties.name}" has no 6-digit code (got "${adcode}")`);
    const polygons = decodeGeometry(f.geometry, scale)
      .map((rings) => rings.map(closeRing).filter((ring) => distinctPoints(ring) >= 3))
      .filter((rings) => rings.length > 0)
      .map(rewindIfInverted)
      .map((rings) => ({ rings, area: polygonArea(rings) }))
      .filter(({ area }) => area > 0)
      .sort((a, b) => b.area - a.area) // stable sort: equal areas keep source order
      .map(({ rings }) => rings);
    return {
      type: "Feature",
      id: adcode,
      properties: { adcode, name_zh: f.properties.name },
      geometry:
        polygons.length === 1
          ? { type: "Polygon", coordinates: polygons[0] }
          : { type: "MultiPolygon", coordinates: polygons },
    };
  });
  return { type: "FeatureCollection", features };
}

// ---------------------------------------------------------------------------------------------
// Topology + simplification

/** Mean Earth radius, to express thresholds in km² rather than steradians. */
const EARTH_RADIUS_KM = 6371.0088;
const km2ToSteradians = (km2: number) => km2 / (EARTH_RADIUS_KM * EARTH_RADIUS_KM);

export interface BuildOptions {
  /** Visvalingam threshold: drop a vertex whose effective triangle is smaller than this (km²). */
  minTriangleKm2: number;
  /** Drop islands (any polygon but a feature's largest) smaller than this (km²). */
  minIslandKm2: number;
  /** Keep at least this many vertices of each feature's main outline, however small it is. */
  minMainRingPoints: number;
  /** Grid size for quantisation (per axis, over the bounding box). */
  quantization: number;
}

/**
 * Defaults tuned for a map of China up to ~1440 px wide (≥ 3.5 km per pixel). The source is
 * already coarse (a 1/1024° grid, ~16k vertices), so a 5 km² triangle threshold only removes
 * ~10% of vertices, invisible even at 6× zoom; 10-20 km² would save 3-7 KB gzip more but
 * starts to show on coastlines when zoomed. 1e4 grid steps over the ~62° × 35° bounding box
 * are ~0.15 px at 1440 px (1e5 adds ~12 KB gzip for precision the 1/1024° source lacks).
 * Islands under 20 km² are specks below one pixel.
 */
export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  minTriangleKm2: 5,
  minIslandKm2: 20,
  minMainRingPoints: 8,
  quantization: 1e4,
};

function withoutSmallIslands(f: ProvinceFeature, minArea: number): ProvinceFeature {
  if (f.geometry.type === "Polygon") return f;
  const kept = f.geometry.coordinates.filter((rings, i) => i === 0 || polygonArea(rings) >= minArea);
  const geometry: Polygon | MultiPolygon =
    kept.length === 1 ? { type: "Polygon", coordinates: kept[0] } : { type: "MultiPolygon", coordinates: kept };
  return { ...f, geometry };
}

/** Arc indexes of a geometry's main outline (exterior ring of polygon 0, the largest). */
function mainRingArcs(geometry: GeometryObject): number[] {
  if (geometry.type === "Polygon") return geometry.arcs[0] ?? [];
  if (geometry.type === "MultiPolygon") return geometry.arcs[0]?.[0] ?? [];
  return [];
}

/**
 * Tiny features (Macau is ~30 km²) have no vertex whose weight beats the global threshold, so
 * simplification would leave only arc endpoints: a degenerate ring. Give the N most important
 * vertices of each main outline infinite weight. Big outlines are unaffected (their top vertices
 * are far above the threshold anyway). Operates on a presimplified topology (weight at index 2).
 */
function protectMainRings(topology: Topology, minPoints: number): void {
  const provinces = topology.objects.provinces as GeometryCollection;
  for (const geometry of provinces.geometries) {
    const points = mainRingArcs(geometry).flatMap((i) => topology.arcs[i < 0 ? ~i : i]);
    points
      .filter((p) => Number.isFinite(p[2]))
      .sort((a, b) => b[2] - a[2])
      .slice(0, minPoints)
      .forEach((p) => (p[2] = Infinity));
  }
}

/**
 * The whole pipeline: ECharts china.json (parsed, still encoded) -> quantised, simplified TopoJSON
 * with one GeometryCollection `provinces`, each geometry `{ id: adcode, properties: { adcode, name_zh } }`.
 * Deterministic: same input and options give the same output.
 */
export function buildProvinceTopology(source: EchartsGeoJson, options: Partial<BuildOptions> = {}): ProvinceTopology {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const decoded = decodeEchartsGeoJson(source);
  const features = decoded.features
    .map((f) => withoutSmallIslands(f as ProvinceFeature, km2ToSteradians(opts.minIslandKm2)))
    .sort((a, b) => a.id.localeCompare(b.id)); // output in code order, not the source's ad-hoc order

  // Unquantised topology: presimplify reads coordinates as lon/lat, so weights are true spherical areas.
  const raw = buildTopology({
    provinces: { type: "FeatureCollection", features } as FeatureCollection,
  }) as ProvinceTopology;
  const weighted = presimplify(raw, sphericalTriangleArea);
  protectMainRings(weighted, opts.minMainRingPoints);
  const simplified = simplify(weighted, km2ToSteradians(opts.minTriangleKm2));
  return quantize(simplified, opts.quantization);
}

// ---------------------------------------------------------------------------------------------
// Validation

/** Features of the `provinces` object, as the app will read them. */
export function provinceFeatures(topology: ProvinceTopology): ProvinceFeature[] {
  return topoFeature(topology, topology.objects.provinces).features as ProvinceFeature[];
}

/** Polygons (as ring lists) of a decoded feature; empty for null geometry. */
function polygonsOf(f: Feature<Polygon | MultiPolygon | null>): Position[][][] {
  const g = f.geometry;
  if (!g) return [];
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/**
 * Everything the app relies on, as a list of problems (empty = fine): exactly the 34 codes, each
 * once, with a name, and a non-empty geometry smaller than half the sphere.
 */
export function validateProvinceTopology(topology: ProvinceTopology): string[] {
  const problems: string[] = [];
  const features = provinceFeatures(topology);
  if (features.length !== PROVINCE_CODES.length) {
    problems.push(`expected ${PROVINCE_CODES.length} features, got ${features.length}`);
  }
  const seen = new Set<string>();
  for (const f of features) {
    const code = String(f.id);
    const label = `${code} ${f.properties?.name_zh ?? "?"}`;
    if (seen.has(code)) problems.push(`duplicate feature ${label}`);
    seen.add(code);
    if (!PROVINCE_CODES.includes(code)) problems.push(`unexpected code ${label}`);
    if (f.properties?.adcode !== code || !f.properties.name_zh) problems.push(`bad properties on ${label}`);
    const polygons = polygonsOf(f).filter((rings) => rings[0] && distinctPoints(rings[0]) >= 3);
    const area = f.geometry ? geoArea(f) : 0;
    if (polygons.length === 0 || !(area > 0)) problems.push(`empty geometry for ${label}`);
    else if (area >= HALF_SPHERE) problems.push(`inverted geometry for ${label} (area ${area.toFixed(2)} sr)`);
  }
  for (const code of PROVINCE_CODES) if (!seen.has(code)) problems.push(`missing code ${code}`);
  return problems;
}
