/**
 * The data releases' files for the pages that need them (a pinned link, the Share dialog, Sources &
 * method): the list, where a pinned release's data files are, and what was revised since. A chunk
 * of its own: a live page's first view never loads it.
 */
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "./fetch-json";
import { setKnownReleases } from "./release-link";
import {
  checkReleaseIndex,
  checkRevisions,
  RELEASES_FILE,
  releaseFilePath,
  revisionsFile,
  type ReleaseIndex,
  type RevisionsFile,
} from "./releases";

let indexLoad: Promise<ReleaseIndex> | null = null;
/** generated/releases.json, fetched once (again after a failure); a link's `vintage` is then checked against it. */
export function loadReleaseIndex(): Promise<ReleaseIndex> {
  indexLoad ??= fetchJson<ReleaseIndex>(RELEASES_FILE, checkReleaseIndex).then(
    (index) => {
      setKnownReleases(index.releases.map((r) => r.id));
      return index;
    },
    (e: unknown) => {
      indexLoad = null;
      throw e;
    },
  );
  return indexLoad;
}

/**
 * Where a data file of a pinned release is (relative to generated/); null if that release had no
 * such file. An id the list does not know reads the current files (the link's `vintage` is then
 * dropped with a notice).
 */
export async function releasePath(id: string, file: string): Promise<string | null> {
  return releaseFilePath(await loadReleaseIndex(), id, file);
}

export const releasesQuery = queryOptions({
  queryKey: ["releases"],
  queryFn: loadReleaseIndex,
  staleTime: Infinity,
  gcTime: Infinity,
});

/** What the current release revised in an older one's figures (generated/releases/<id>.revisions.json). */
export const revisionsQuery = (id: string) =>
  queryOptions({
    queryKey: ["releases", "revisions", id],
    queryFn: () => fetchJson<RevisionsFile>(revisionsFile(id), (value) => checkRevisions(value, id)),
    staleTime: Infinity,
    gcTime: Infinity,
  });
