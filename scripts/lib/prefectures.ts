/**
 * Pure helpers for the prefecture build (scripts/build-prefectures.ts): ECharts 4.9's per-province
 * maps (node_modules/echarts/map/json/province/*.json) -> one small projected map per covered
 * province, in the compact-path format the national map uses. No file-system access here;
 * tests/unit/prefectures.test.ts runs these on the real files.
 *
 * Per province: decode -> merge and fix the source's few uncoded or split features -> fit the
 * shared conic projection to the province's own box -> drop what falls outside the frame and
 * specks of islands -> topology (shared borders stay shared while simplifying) -> Visvalingam
 * simplification with a threshold in map units -> compact SVG paths + a label point per shape.
 */
import { compactPath } from "./compact-path";
import { geoBounds } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature as topoFeature } from "topojson-client";
import { topology as buildTopology } from "topojson-server";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import { closeRing, decodeGeometry, polygonArea, rewindIfInverted, type EncodedGeometry } from "./echarts-geo";
import { projectionFrom, type ProjectionParams } from "../../src/geo/projection";
import { PREFECTURE_BOX, type PrefectureMapFile, type PrefectureShape } from "../../src/geo/prefecture-map";

// ---------------------------------------------------------------------------------------------
// Which file holds which province

/**
 * The 31 covered provinces and their file in echarts/map/json/province/ (pinyin names; note
 * shanxi = Shanxi 山西, shanxi1 = Shaanxi 陕西). Hong Kong, Macau and Taiwan are not covered.
 */
export const PREFECTURE_SOURCES: readonly { adcode: string; file: string }[] = [
  { adcode: "110000", file: "beijing" },
  { adcode: "120000", file: "tianjin" },
  { adcode: "130000", file: "hebei" },
  { adcode: "140000", file: "shanxi" },
  { adcode: "150000", file: "neimenggu" },
  { adcode: "210000", file: "liaoning" },
  { adcode: "220000", file: "jilin" },
  { adcode: "230000", file: "heilongjiang" },
  { adcode: "310000", file: "shanghai" },
  { adcode: "320000", file: "jiangsu" },
  { adcode: "330000", file: "zhejiang" },
  { adcode: "340000", file: "anhui" },
  { adcode: "350000", file: "fujian" },
  { adcode: "360000", file: "jiangxi" },
  { adcode: "370000", file: "shandong" },
  { adcode: "410000", file: "henan" },
  { adcode: "420000", file: "hubei" },
  { adcode: "430000", file: "hunan" },
  { adcode: "440000", file: "guangdong" },
  { adcode: "450000", file: "guangxi" },
  { adcode: "460000", file: "hainan" },
  { adcode: "500000", file: "chongqing" },
  { adcode: "510000", file: "sichuan" },
  { adcode: "520000", file: "guizhou" },
  { adcode: "530000", file: "yunnan" },
  { adcode: "540000", file: "xizang" },
  { adcode: "610000", file: "shanxi1" },
  { adcode: "620000", file: "gansu" },
  { adcode: "630000", file: "qinghai" },
  { adcode: "640000", file: "ningxia" },
  { adcode: "650000", file: "xinjiang" },
];

/**
 * Features the source ships without a code, keyed "<province>/<name>". Shanghai's Chongming
 * became a district in 2016 (崇明县 310230 -> 崇明区 310151) and the file kept the name but lost
 * the code. Tibet's 山南市 comes in two pieces (one coded and empty, one uncoded with the
 * outline); pieces with the same name are merged, so it needs no entry here.
 */
export const MISSING_CODES: Readonly<Record<string, string>> = {
  "310000/崇明区": "310151",
};

/**
 * Shapes left out of the frame the projection is fitted to. Sansha's islands stretch from 3.8°N
 * to 19.5°N: framing them would shrink Hainan Island to a sliver. Its polygons that fall outside
 * the box are dropped, and a shape with nothing left is listed in the file's `omitted`. (The
 * national map likewise shows no South China Sea islands; see the README.)
 */
export const FRAME_EXCLUDED: Readonly<Record<string, { nameEn: string; reason: string }>> = {
  "460300": { nameEn: "Sansha", reason: "its islands lie far south of Hainan Island, outside this map's frame" },
};

// ---------------------------------------------------------------------------------------------
// Decoding

/** A province file: like china.json, except Tibet's, which stores plain coordinates. */
export interface ProvinceSource {
  type: "FeatureCollection";
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    id?: string;
    properties: { name: string; id?: string };
    geometry: EncodedGeometry | Polygon | MultiPolygon;
  }[];
}

export interface PrefectureProperties {
  code: string;
  name: string;
}

export type PrefectureFeature = Feature<Polygon | MultiPolygon, PrefectureProperties> & { id: string };

function rawPolygons(
  geometry: ProvinceSource["features"][number]["geometry"],
  encoded: boolean,
  scale: number,
): Position[][][] {
  if (encoded) return decodeGeometry(geometry as EncodedGeometry, scale);
  const g = geometry as Polygon | MultiPolygon;
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

const distinctPoints = (ring: Position[]) => new Set(ring.map(([x, y]) => `${x},${y}`)).size;

/** Closed, non-degenerate, correctly wound polygons; zero-area slivers dropped (the source has many). */
function cleanPolygons(polygons: Position[][][]): Position[][][] {
  return polygons
    .map((rings) => rings.map(closeRing).filter((ring) => distinctPoints(ring) >= 3))
    .filter((rings) => rings.length > 0)
    .map(rewindIfInverted)
    .filter((rings) => polygonArea(rings) > 0);
}

const byAreaDescending = (polygons: Position[][][]) =>
  polygons
    .map((rings) => ({ rings, area: polygonArea(rings) }))
    .sort((a, b) => b.area - a.area) // stable: equal areas keep source order
    .map(({ rings }) => rings);

const geometryOf = (polygons: Position[][][]): Polygon | MultiPolygon =>
  polygons.length === 1
    ? { type: "Polygon", coordinates: polygons[0] }
    : { type: "MultiPolygon", coordinates: polygons };

export const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === "Polygon" ? [g.coordinates] : g.coordinates;

/**
 * A province file -> its prefectures as plain GeoJSON, in code order, largest polygon first.
 * Throws one Error listing every problem (no code, a code outside the province, duplicates, a
 * shape with no area, no features at all): the build must not ship a silently wrong map.
 */
export function decodePrefectures(source: ProvinceSource, province: string): PrefectureFeature[] {
  const encoded = source.UTF8Encoding === true;
  const scale = source.UTF8Scale ?? 1024;
  const problems: string[] = [];
  // Same name = same place: merge the pieces (Tibet's 山南市), keeping whichever code is given.
  const byName = new Map<string, { codes: Set<string>; polygons: Position[][][] }>();
  for (const f of source.features ?? []) {
    const name = (f.properties?.name ?? "").trim();
    const given = String(f.id ?? f.properties?.id ?? "");
    const entry = byName.get(name) ?? { codes: new Set<string>(), polygons: [] };
    if (given) entry.codes.add(given);
    entry.polygons.push(...cleanPolygons(rawPolygons(f.geometry, encoded, scale)));
    byName.set(name, entry);
  }
  const prefix = province.slice(0, 2);
  const features: PrefectureFeature[] = [];
  const seen = new Set<string>();
  for (const [name, { codes, polygons }] of byName) {
    const code = codes.size > 0 ? [...codes].sort()[0] : MISSING_CODES[`${province}/${name}`];
    const label = `${code ?? "(no code)"} ${name || "(no name)"}`;
    if (!name) problems.push(`a feature has no name`);
    if (codes.size > 1) problems.push(`${name} has several codes: ${[...codes].join(", ")}`);
    if (!code) {
      problems.push(`${name} has no code (add it to MISSING_CODES if the source dropped it)`);
      continue;
    }
    if (!/^\d{6}$/.test(code) || !code.startsWith(prefix) || code === province)
      problems.push(`${label}: not a prefecture code of ${province}`);
    if (seen.has(code)) problems.push(`${label}: duplicate code`);
    seen.add(code);
    if (polygons.length === 0) {
      problems.push(`${label}: no geometry`);
      continue;
    }
    features.push({
      type: "Feature",
      id: code,
      properties: { code, name },
      geometry: geometryOf(byAreaDescending(polygons)),
    });
  }
  if (features.length === 0 && problems.length === 0) problems.push("no features");
  if (problems.length > 0) throw new Error(`province ${province}: ${problems.join("; ")}`);
  return features.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------
// Projection, simplification, paths

export interface PrefectureBuildOptions {
  width: number;
  height: number;
  padding: number;
  /** Visvalingam threshold in map units²: a vertex whose triangle is smaller goes. */
  minTriangle: number;
  /** Islands (any polygon but a shape's largest) smaller than this (map units²) are dropped. */
  minIsland: number;
  /** Keep at least this many vertices of each shape's main outline, however small it is. */
  minMainRingPoints: number;
}

/**
 * A 400 × 320 box shown at roughly 330-560 CSS px wide, so one unit is about 1-1.4 px. A 0.35
 * unit² triangle threshold keeps outlines smooth at that size (about 0.6 px of deviation) while
 * the 31 files stay near 200 KB gzip together; islands under 1 unit² are below a pixel.
 */
export const DEFAULT_PREFECTURE_OPTIONS: PrefectureBuildOptions = {
  ...PREFECTURE_BOX,
  padding: 8,
  minTriangle: 0.35,
  minIsland: 1,
  minMainRingPoints: 8,
};

/**
 * The national map's conic equal-area projection fitted to this province's box: the province
 * keeps the shape it has on the national map. An equal-area projection with scale s maps a
 * spherical area A (steradians) to s² · A map units², which turns map-unit thresholds into the
 * steradians topojson-simplify works in.
 */
export function fitPrefectureProjection(framed: Feature[], opts: PrefectureBuildOptions): ProjectionParams {
  const p = projectionFrom({ scale: 1, translate: [0, 0] }).fitExtent(
    [
      [opts.padding, opts.padding],
      [opts.width - opts.padding, opts.height - opts.padding],
    ],
    { type: "FeatureCollection", features: framed } as FeatureCollection,
  );
  return { scale: p.scale(), translate: p.translate() as [number, number] };
}

type Ring = [number, number][];

/** Positive inside the polygon (even-odd over its rings), negative outside: distance to the nearest edge. */
function signedEdgeDistance(px: number, py: number, rings: Ring[]): number {
  let inside = false;
  let min2 = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = ring[i][0];
      const ay = ring[i][1];
      const bx = ring[j][0];
      const by = ring[j][1];
      if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      const ex = px - ax - t * dx;
      const ey = py - ay - t * dy;
      const d2 = ex * ex + ey * ey;
      if (d2 < min2) min2 = d2;
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min2);
}

/** Area-weighted centroid of a projected outer ring. */
function ringCentroid(ring: Ring): [number, number] {
  let [a, cx, cy] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += cross;
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
  }
  return a === 0 ? ring[0] : [cx / (3 * a), cy / (3 * a)];
}

/**
 * Where a shape's marker goes: the centroid of its main polygon when that sits comfortably
 * inside, else the most inland point a grid search finds (a crescent's centroid can fall outside
 * it, or on a neighbour). Deterministic: a fixed grid, then a few refinement rounds.
 */
export function labelPoint(rings: Ring[]): [number, number] {
  const xs = rings[0].map((p) => p[0]);
  const ys = rings[0].map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestD = signedEdgeDistance(best[0], best[1], rings);
  // A 12 × 12 grid over the outline, then five rounds of a 4 × 4 grid around the best point so far.
  for (let round = 0, n = 12; round < 6; round++, n = 4) {
    const [sx, sy] = [(x1 - x0) / n, (y1 - y0) / n];
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const d = signedEdgeDistance(x0 + i * sx, y0 + j * sy, rings);
        if (d > bestD) [best, bestD] = [[x0 + i * sx, y0 + j * sy], d];
      }
    }
    [x0, x1, y0, y1] = [best[0] - sx, best[0] + sx, best[1] - sy, best[1] + sy];
  }
  const c = ringCentroid(rings[0]);
  return signedEdgeDistance(c[0], c[1], rings) >= 0.5 * bestD ? c : best;
}

/** Arc indexes of a geometry's main outline (exterior ring of polygon 0, the largest). */
function mainRingArcs(geometry: GeometryObject): number[] {
  if (geometry.type === "Polygon") return geometry.arcs[0] ?? [];
  if (geometry.type === "MultiPolygon") return geometry.arcs[0]?.[0] ?? [];
  return [];
}

/** Small districts would otherwise simplify to a few arc endpoints: keep their N most important vertices. */
function protectMainRings(topology: Topology, minPoints: number): void {
  for (const geometry of (topology.objects.shapes as GeometryCollection).geometries) {
    mainRingArcs(geometry)
      .flatMap((i) => topology.arcs[i < 0 ? ~i : i])
      .filter((p) => Number.isFinite(p[2]))
      .sort((a, b) => b[2] - a[2])
      .slice(0, minPoints)
      .forEach((p) => (p[2] = Infinity));
  }
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * A province's decoded prefectures -> the file the app loads. Deterministic: the same input and
 * options give byte-identical output.
 */
export function buildPrefectureMap(
  province: string,
  features: PrefectureFeature[],
  options: Partial<PrefectureBuildOptions> = {},
): PrefectureMapFile {
  const opts = { ...DEFAULT_PREFECTURE_OPTIONS, ...options };
  const framed = features.filter((f) => !FRAME_EXCLUDED[f.id]);
  const params = fitPrefectureProjection(framed.length > 0 ? framed : features, opts);
  const projection = projectionFrom(params);
  const toSteradians = (units2: number) => units2 / (params.scale * params.scale);

  // Keep a shape's polygons that touch the box (only excluded shapes can reach outside it) and
  // drop specks of islands; a shape with nothing left is reported, not silently lost.
  const inBox = (rings: Position[][]) => {
    const [[w, s], [e, n]] = geoBounds({ type: "Polygon", coordinates: rings });
    const corners = [projection([w, s]), projection([e, n]), projection([w, n]), projection([e, s])].filter(
      (c): c is [number, number] => c !== null,
    );
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    return (
      Math.max(...xs) >= 0 && Math.min(...xs) <= opts.width && Math.max(...ys) >= 0 && Math.min(...ys) <= opts.height
    );
  };
  const omitted: PrefectureMapFile["omitted"] = [];
  const kept: PrefectureFeature[] = [];
  for (const f of features) {
    const polygons = polygonsOf(f.geometry).filter(
      (rings, i) => inBox(rings) && (i === 0 || polygonArea(rings) >= toSteradians(opts.minIsland)),
    );
    if (polygons.length > 0) {
      kept.push({ ...f, geometry: geometryOf(polygons) });
      continue;
    }
    const why = FRAME_EXCLUDED[f.id] ?? { nameEn: f.properties.name, reason: "it lies outside this map's frame" };
    omitted.push({ code: f.id, name: f.properties.name, ...why });
  }

  const raw = buildTopology({
    shapes: { type: "FeatureCollection", features: kept } as FeatureCollection,
  }) as Topology<{ shapes: GeometryCollection<PrefectureProperties> }>;
  const weighted = presimplify(raw, sphericalTriangleArea);
  protectMainRings(weighted, opts.minMainRingPoints);
  const simplified = simplify(weighted, toSteradians(opts.minTriangle));
  const collection = topoFeature(simplified, simplified.objects.shapes as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    PrefectureProperties
  >;

  const shapes: PrefectureShape[] = collection.features.map((f) => {
    const main = polygonsOf(f.geometry)[0].map(
      (ring) => ring.map((p) => projection(p as [number, number]) ?? [0, 0]) as Ring,
    );
    const [x, y] = labelPoint(main);
    return {
      code: f.properties.code,
      name: f.properties.name,
      d: compactPath(projection, f),
      centroid: [round1(x), round1(y)],
    };
  });
  return { version: 1, province, width: opts.width, height: opts.height, projection: params, shapes, omitted };
}

/** What the app relies on, as a list of problems (empty = fine). */
export function validatePrefectureMap(map: PrefectureMapFile): string[] {
  const problems: string[] = [];
  if (map.shapes.length === 0) problems.push(`${map.province}: no shapes`);
  for (const s of map.shapes) {
    if (s.d === "") problems.push(`${map.province}: ${s.code} ${s.name} has an empty path`);
    const [x, y] = s.centroid;
    if (!(x >= 0 && x <= map.width && y >= 0 && y <= map.height))
      problems.push(`${map.province}: ${s.code} ${s.name} label point outside the box`);
  }
  return problems;
}
