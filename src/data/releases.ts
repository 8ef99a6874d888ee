/**
 * Data releases (data/releases.csv): the list the build writes to generated/releases.json, where a
 * pinned link's data lives, and which release this page shows. Pure, no React.
 *
 * The current release's files are the usual generated files. An older release's files that differ
 * from the current ones are kept under generated/releases/files/<content hash>.json (one copy for
 * every release that has the same file); `files` maps each such file's name to that hash, and to
 * null where the file did not exist in that release (a province then not covered). A file not
 * named is the current release's, unchanged.
 */
import { checkList } from "./check-generated";
import { RELEASE_ID } from "./release-link";

export { RELEASES_FILE } from "./file-names";

/** What a release changed in one file, counted in rows (data/releases.csv's diff, at build time). */
export interface FileChange {
  file: string;
  added: number;
  changed: number;
  removed: number;
}

export interface Release {
  id: string;
  /** The day it was published (YYYY-MM-DD). */
  date: string;
  summary: string;
  /** What it changed since the release before it (the first: nothing listed). */
  changes: FileChange[];
  /** For an older release: its files that differ from the current release's (see above). */
  files: Record<string, string | null>;
}

export interface ReleaseIndex {
  version: 1;
  /** The current release: the generated files' own. */
  current: string;
  /** Oldest first. */
  releases: Release[];
}

/** One figure a pinned release shows that the current release revised. */
export interface Revision {
  /** The data file the row is in (debt_balance.csv …). */
  file: string;
  kind: "added" | "changed" | "removed";
  /** Province's adcode the row is about, "" for national rows. */
  province: string;
  /** Its place's adcode where finer than a province (a prefecture), else "". */
  place: string;
  /** That place's name (data/prefecture_names.csv), where it has one. */
  placeEn?: string;
  placeZh?: string;
  /** The period or year the row is for ("" if none); an event's id for events. */
  period: string;
  /** The row's name for people: a series, an indicator, an event's title. */
  label: string;
  /** The columns whose figures differ: old value, new value ("" where empty or absent). */
  fields: { name: string; old: string; new: string }[];
}

/** generated/releases/<id>.revisions.json: what the current release revised in this one's figures. */
export interface RevisionsFile {
  version: 1;
  release: string;
  current: string;
  revisions: Revision[];
}

export function checkReleaseIndex(v: unknown): string | null {
  if (typeof v !== "object" || v === null || (v as { version?: unknown }).version !== 1) return "not a release list (version 1)";
  const index = v as Record<string, unknown>;
  const problem = checkList(index.releases, "releases", { id: "text", date: "text", summary: "text", changes: "list" });
  if (problem) return problem;
  const releases = index.releases as Release[];
  if (releases.length === 0) return "releases: the list is empty";
  for (const [k, r] of releases.entries()) {
    if (!RELEASE_ID.test(r.id)) return `releases[${k}].id: not a release id`;
    if (typeof r.files !== "object" || r.files === null) return `releases[${k}].files: expected a record`;
    for (const hash of Object.values(r.files))
      if (hash !== null && !/^[0-9a-f]{8,64}$/.test(String(hash))) return `releases[${k}].files: not a file hash`;
  }
  if (typeof index.current !== "string" || !releases.some((r) => r.id === index.current))
    return "current: not one of the releases";
  return null;
}

export function checkRevisions(v: unknown, release: string): string | null {
  if (typeof v !== "object" || v === null || (v as { version?: unknown }).version !== 1) return "not a revisions file (version 1)";
  const file = v as Record<string, unknown>;
  if (file.release !== release) return `release: expected ${release}`;
  return checkList(file.revisions, "revisions", {
    file: "text",
    kind: "text",
    province: "text",
    place: "text",
    period: "text",
    label: "text",
    fields: "list",
  });
}

export const releaseById = (index: ReleaseIndex, id: string) => index.releases.find((r) => r.id === id) ?? null;

/**
 * Where one of the data files lives for a release: the current file's path, an older copy's, or
 * null when that release had no such file. `file` is relative to generated/.
 */
export function releaseFilePath(index: ReleaseIndex | null, id: string | null, file: string): string | null {
  if (!index || !id || id === index.current) return file;
  const release = releaseById(index, id);
  if (!release || !(file in release.files)) return file;
  const hash = release.files[file];
  return hash === null ? null : `releases/files/${hash}.json`;
}

export const revisionsFile = (id: string) => `releases/${id}.revisions.json`;
