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
import { provinceEventsFile, type ProvinceEventsFile } from "./province-events";

const base = import.meta.env.BASE_URL;

/** What went wrong, so the interface can say it in the reader's language. */
export type DataLoadProblem = "network" | "status" | "json" | "shape";

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: DataLoadProblem,
    /** The English detail: the status code, or what the file should have been. */
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** Fetches one generated file, turning every failure into a DataLoadError that names the file. */
export async function fetchJson<T>(file: string, check: (value: unknown) => string | null): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${base}generated/${file}`);
  } catch {
    throw new DataLoadError(file, "network", "the network request failed");
  }
  if (!response.ok) throw new DataLoadError(file, "status", `the server answered ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataLoadError(file, "json", "the file is not valid JSON");
  }
  const problem = check(value);
  if (problem) throw new DataLoadError(file, "shape", problem);
  return value as T;
}

export const atlasQuery = queryOptions({
  queryKey: ["atlas-data"],
  queryFn: async () => {
    const data = await fetchJson<AtlasData>(ATLAS_FILE, checkAtlasData);
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
  queryFn: () => fetchJson<EventRecord[]>("events.json", checkEvents),
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
      const file = await fetchJson<ProvinceEventsFile>(provinceEventsFile(iso), (value) =>
        checkProvinceEvents(value, iso, adcode),
      );
      return file.events;
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
