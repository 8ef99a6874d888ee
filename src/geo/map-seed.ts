/**
 * The province map the built page carries. The page draws every province with the map file's own
 * path (scripts/prerender.ts), so the app reads the paths back from the page, and the rest of the
 * file (its size, projection, centroids, arrow-key moves and where names fit: a few kB of JSON in an inert
 * <template>, neither shown nor run) from beside them, instead of downloading the whole file
 * (china-provinces.map.json, ~124 KB, ~32 kB gzip) a second time. A page without them (the dev
 * server, a page someone stripped) downloads the file as before.
 */
import type { ProjectedMap, ProjectedShape } from "./province-map";

/** The id of the built page's <template> that carries the map file without its paths. */
export const MAP_META_ID = "atlas-map-meta";

export type MapMeta = Omit<ProjectedMap, "shapes"> & { shapes: Omit<ProjectedShape, "d">[] };

export function mapMetaOf(map: ProjectedMap): MapMeta {
  return {
    ...map,
    shapes: map.shapes.map(({ adcode, centroid, arrows, labels }) => ({ adcode, centroid, arrows, labels })),
  };
}

/**
 * The map file put back together from the page: the template's text and the drawn paths by adcode.
 * null when the text is missing or not what the build writes, or a province's path is not drawn.
 * The result still goes through the file's own check (data/check-generated.ts), as a download would.
 */
export function mapFromPage(
  metaText: string | null | undefined,
  paths: ReadonlyMap<string, string>,
): ProjectedMap | null {
  if (!metaText) return null;
  let value: unknown;
  try {
    value = JSON.parse(metaText);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || !Array.isArray((value as MapMeta).shapes)) return null;
  const meta = value as MapMeta;
  const shapes: ProjectedShape[] = [];
  for (const shape of meta.shapes) {
    const d = typeof shape === "object" && shape !== null ? paths.get(shape.adcode) : undefined;
    if (!d) return null;
    shapes.push({ ...shape, d });
  }
  return { ...meta, shapes };
}
