/**
 * The prefecture map files: what scripts/build-prefectures.ts writes and the app loads,
 * public/generated/prefectures/<province adcode>.json. Here, below both, so the build and
 * data/prefecture-query.ts share one definition without either reaching into a feature.
 */
import type { ProjectionParams } from "./projection";

export interface PrefectureShape {
  /** GB/T 2260 code as in the map's source (prefecture; district or county in a municipality). */
  code: string;
  /** Chinese name as in the source, e.g. "兰州市". */
  name: string;
  /** Compact SVG path in map units (viewBox 0 0 width height). */
  d: string;
  /** Where the marker goes: a point well inside the shape's main polygon, map units. */
  centroid: [number, number];
}

/** Every province is fitted to the same box, so the page can reserve its space before the file arrives. */
export const PREFECTURE_BOX = { width: 400, height: 320 } as const;

export interface PrefectureMapFile {
  version: 1;
  province: string;
  width: number;
  height: number;
  /** The shared conic projection fitted to this province (projectionFrom() rebuilds it). */
  projection: ProjectionParams;
  shapes: PrefectureShape[];
  /** Shapes of the source not drawn, with the reason (Hainan's Sansha). */
  omitted: { code: string; name: string; nameEn: string; reason: string }[];
}
