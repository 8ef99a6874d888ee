/**
 * TanStack Query options for a province's prefecture map (generated/prefectures/<adcode>.json,
 * written by scripts/build-prefectures.ts) and its prefecture debt figures
 * (generated/prefecture-data/<adcode>.json, written by scripts/build-data.ts). Each file is fetched
 * the first time its province opens and then kept for the session: reopening a province draws from
 * the cache, no refetch. Neither is part of the map's first load.
 */
import { queryOptions } from "@tanstack/react-query";
import type { PrefectureMapFile } from "../geo/prefecture-map";
import { fetchData, fetchJson } from "./queries";
import { checkPrefectureData } from "./check-generated";
import type { PrefectureDataFile } from "./prefecture-types";

/** Exported for tests: what makes a fetched value a usable prefecture map (null = fine). */
export function prefectureFileProblem(value: unknown, adcode: string): string | null {
  if (typeof value !== "object" || value === null) return "not a prefecture map";
  const v = value as Partial<PrefectureMapFile>;
  if (v.version !== 1 || v.province !== adcode) return `not the prefecture map of ${adcode}`;
  if (!Array.isArray(v.shapes) || v.shapes.length === 0 || typeof v.projection !== "object") return "a prefecture map with no shapes";
  return null;
}

function fetchPrefectures(adcode: string): Promise<PrefectureMapFile> {
  return fetchJson<PrefectureMapFile>(`prefectures/${adcode}.json`, (value) => prefectureFileProblem(value, adcode));
}

export const prefectureQuery = (adcode: string) =>
  queryOptions({
    queryKey: ["geometry", "prefectures", adcode],
    queryFn: () => fetchPrefectures(adcode),
    staleTime: Infinity,
    gcTime: Infinity,
  });

export const prefectureDataQuery = (adcode: string) =>
  queryOptions({
    queryKey: ["data", "prefectures", adcode],
    queryFn: () =>
      fetchData<PrefectureDataFile>(`prefecture-data/${adcode}.json`, (value) => checkPrefectureData(value, adcode)),
    staleTime: Infinity,
    gcTime: Infinity,
  });
