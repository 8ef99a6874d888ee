/**
 * TanStack Query options for a province's prefecture map (generated/prefectures/<adcode>.json,
 * written by scripts/build-prefectures.ts). Each file is fetched the first time its province
 * opens and then kept for the session: reopening a province draws from the cache, no refetch.
 */
import { queryOptions } from "@tanstack/react-query";
import type { PrefectureMapFile } from "../features/region/lib/prefecture-markers";
import { DataLoadError } from "./queries";

/** Exported for tests: what makes a fetched value a usable prefecture map (null = fine). */
export function prefectureFileProblem(value: unknown, adcode: string): string | null {
  if (typeof value !== "object" || value === null) return "not a prefecture map";
  const v = value as Partial<PrefectureMapFile>;
  if (v.version !== 1 || v.province !== adcode) return `not the prefecture map of ${adcode}`;
  if (!Array.isArray(v.shapes) || v.shapes.length === 0 || typeof v.projection !== "object") return "a prefecture map with no shapes";
  return null;
}

async function fetchPrefectures(adcode: string): Promise<PrefectureMapFile> {
  const file = `prefectures/${adcode}.json`;
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}generated/${file}`);
  } catch {
    throw new DataLoadError(file, "the network request failed");
  }
  if (!response.ok) throw new DataLoadError(file, `the server answered ${response.status}`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new DataLoadError(file, "the file is not valid JSON");
  }
  const problem = prefectureFileProblem(value, adcode);
  if (problem) throw new DataLoadError(file, problem);
  return value as PrefectureMapFile;
}

export const prefectureQuery = (adcode: string) =>
  queryOptions({
    queryKey: ["geometry", "prefectures", adcode],
    queryFn: () => fetchPrefectures(adcode),
    staleTime: Infinity,
    gcTime: Infinity,
  });
