/**
 * The app's data loading: each file's query key, fetcher and options defined once, reused by
 * prefetching and hooks. Files are static build outputs, so they are never refetched.
 */
import { queryOptions } from "@tanstack/react-query";
import type { ProjectedMap } from "../geo/province-map";
import type { AtlasData, EventRecord } from "./atlas-types";
import { indexAtlas } from "./atlas-index";
import { checkAtlasData, checkEvents, checkProjectedMap, checkProvinceEvents } from "./check-generated";
import { ATLAS_FILE, GEOMETRY_FILE } from "./file-names";
import { DataLoadError, fetchJson } from "./fetch-json";
import { provinceEventsFile, type ProvinceEventsFile } from "./province-events";

// Fetching and its errors live in fetch-json.ts (shared with release-queries.ts); re-exported for the views.
export { DataLoadError, fetchJson, type DataLoadProblem } from "./fetch-json";

/**
 * The data release this page shows: the link's `vintage`, set once before any data is fetched
 * (app/main.tsx); null for the current release. A page never changes release: the way to the live
 * view is a link, so every query of a page reads the same release's files.
 */
let pinned: string | null = null;
export const pinRelease = (id: string | null) => void (pinned = id);

/**
 * A data file of this page's release: the current file, or the pinned release's own copy where it
 * differs (data/releases.ts). The code that finds it is fetched only by a pinned page.
 */
export async function fetchData<T>(file: string, check: (value: unknown) => string | null): Promise<T> {
  if (!pinned) return fetchJson<T>(file, check);
  const { releasePath } = await import("./release-queries");
  const path = await releasePath(pinned, file);
  if (path === null) throw new DataLoadError(file, "status", `the data release ${pinned} has no such file`);
  return fetchJson<T>(path, check, file);
}

export const atlasQuery = queryOptions({
  queryKey: ["atlas-data"],
  queryFn: async () => {
    const data = await fetchData<AtlasData>(ATLAS_FILE, checkAtlasData);
    try {
      return indexAtlas(data);
    } catch (e) {
      // A file that passes the structural check can still contradict itself.
      throw new DataLoadError(ATLAS_FILE, "shape", e instanceof Error ? e.message : String(e));
    }
  },
  staleTime: Infinity,
  gcTime: Infinity,
});

export const geometryQuery = queryOptions({
  queryKey: ["geometry", "provinces"],
  queryFn: () =>
    fetchJson<ProjectedMap>(GEOMETRY_FILE, checkProjectedMap),
  staleTime: Infinity,
  gcTime: Infinity,
});

export const eventsQuery = queryOptions({
  queryKey: ["events"],
  queryFn: () => fetchData<EventRecord[]>("events.json", checkEvents),
  staleTime: Infinity,
  gcTime: Infinity,
});

/**
 * One province's events (data/province-events.ts), for its panel, by the province's ISO code (the
 * one links carry) and checked to be that province's (its adcode too).
 */
export const provinceEventsQuery = (iso: string, adcode: string) =>
  queryOptions({
    queryKey: ["events", "province", iso],
    queryFn: async () => {
      const file = await fetchData<ProvinceEventsFile>(provinceEventsFile(iso), (value) =>
        checkProvinceEvents(value, iso, adcode),
      );
      return file.events;
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
