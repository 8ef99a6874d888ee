/**
 * Data releases at build time (data/releases.csv): the list, where each older release's data comes
 * from, and the files that keep it addressable.
 *
 * The newest release is the data folder as it is. An older one is the data folder as of the commit
 * that added its row to releases.csv (publishing a release is one commit: the data change and its
 * row), read from git history and built by today's data build, so a link pinned to it is drawn by
 * today's app. Only its files that differ from the newest release's are written, once per content
 * (generated/releases/files/<hash>.json), beside generated/releases.json (the list, with what each
 * release changed by file) and generated/releases/<id>.revisions.json (the figures the newest
 * release revised in that one, for a pinned view's notice).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseCsv } from "../../src/data/csv";
import { diffReleases, type Row } from "../../src/data/release-diff";
import { RELEASE_ID } from "../../src/data/release-link";
import { revisionsFile, type Release, type ReleaseIndex, type RevisionsFile } from "../../src/data/releases";
import { FILES } from "../../src/data/schema";
import { formatIssue } from "../../src/data/validate";
import { dataFiles, readData, type ParsedData } from "./data-files";

export const RELEASES_CSV = "releases.csv";

export interface ReleaseRow {
  id: string;
  date: string;
  summary: string;
}

/** Thrown with a message that says what to do; the build prints it and stops. */
export class ReleaseError extends Error {}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** data/releases.csv's rows, checked: ids unique and well formed, dates real and in order, summaries set. */
export function parseReleases(text: string, where = RELEASES_CSV): ReleaseRow[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new ReleaseError(`${where}:${parsed.line}: ${parsed.reason}`);
  const need = ["id", "date", "summary"];
  const missing = need.filter((c) => !parsed.header.includes(c));
  if (missing.length) throw new ReleaseError(`${where}: no column ${missing.join(", ")} (expected id,date,summary)`);
  const rows: ReleaseRow[] = [];
  for (const { line, values } of parsed.records) {
    const row = { id: values.id.trim(), date: values.date.trim(), summary: values.summary.trim() };
    const problem = !RELEASE_ID.test(row.id)
      ? "id: must be the release's date, YYYY-MM-DD, with an optional suffix of a-z, 0-9 and -"
      : rows.some((r) => r.id === row.id)
        ? "id: listed twice"
        : !DATE.test(row.date) || Number.isNaN(Date.parse(`${row.date}T00:00:00Z`))
          ? "date: must be a real date, YYYY-MM-DD"
          : rows.length > 0 && row.date < rows[rows.length - 1].date
            ? "date: earlier than the release above it (oldest first)"
            : row.summary === ""
              ? "summary: must say what the release changed"
              : null;
    if (problem) throw new ReleaseError(`${where}:${line}:${problem}`);
    rows.push(row);
  }
  if (rows.length === 0) throw new ReleaseError(`${where}: lists no release`);
  return rows;
}

// safe.directory: a clone made by another user (a CI container's) is read all the same.
const git = (cwd: string, args: string[]) =>
  execFileSync("git", ["-c", "safe.directory=*", ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });

const HISTORY_HELP =
  "The build reads each older release's data from git history (the commit that added its row to " +
  "data/releases.csv), so it needs a full clone: `git clone` without --depth, or `git fetch --unshallow`.";

/**
 * For each older release, a reader of its data folder: the files as of the commit that added its
 * row; and for the newest, if its row is committed, that commit's reader too (`newest`), which the
 * data folder as it is must still match. Throws a ReleaseError that says why when history is missing.
 */
export function historyReaders(
  dataDir: string,
  older: readonly ReleaseRow[],
  newest: ReleaseRow,
): Map<string, (file: string) => string> {
  const readers = new Map<string, (file: string) => string>();
  let top: string;
  try {
    top = git(dataDir, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    if (older.length === 0) return readers; // one release, outside git: nothing to read or compare
    throw new ReleaseError(
      `${RELEASES_CSV} lists ${older.length + 1} releases, but ${dataDir} is not in a git repository. ${HISTORY_HELP}`,
    );
  }
  const folder = relative(top, dataDir).split("\\").join("/");
  const csvPath = folder ? `${folder}/${RELEASES_CSV}` : RELEASES_CSV;
  const commits = git(top, ["log", "--reverse", "--format=%H", "--", csvPath]).split("\n").filter(Boolean);
  // A shallow clone's oldest commits stand in for the history cut off below them: a row found
  // first there may have been added earlier, with other data, so it cannot say what that was.
  let cut = new Set<string>();
  try {
    cut = new Set(
      readFileSync(resolve(top, git(top, ["rev-parse", "--git-path", "shallow"]).trim()), "utf8")
        .split("\n")
        .filter(Boolean),
    );
  } catch {
    // not shallow
  }
  const shallow = cut.size > 0 || git(top, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
  const wanted = new Set(older.map((r) => r.id));
  const seen = new Set<string>();
  for (const commit of commits) {
    let ids: string[];
    try {
      ids = parseReleases(git(top, ["show", `${commit}:${csvPath}`]), `${csvPath} at ${commit.slice(0, 10)}`).map(
        (r) => r.id,
      );
    } catch {
      continue; // a commit whose list did not read: its releases come from a later commit
    }
    const fresh = ids.filter((id) => !seen.has(id));
    fresh.forEach((id) => seen.add(id));
    if (fresh.includes(newest.id) && !cut.has(commit))
      readers.set(newest.id, (file) => git(top, ["show", `${commit}:${folder ? `${folder}/` : ""}${file}`]));
    const added = fresh.filter((id) => wanted.has(id));
    if (added.length === 0) continue;
    if (cut.has(commit)) break;
    if (fresh.length > 1)
      throw new ReleaseError(
        `releases ${fresh.join(" and ")} were added to ${csvPath} in one commit (${commit.slice(0, 10)}), so their ` +
          `data cannot be told apart: publish each release in a commit of its own.`,
      );
    wanted.delete(added[0]);
    const [id] = added;
    readers.set(id, (file) => git(top, ["show", `${commit}:${folder ? `${folder}/` : ""}${file}`]));
    if (wanted.size === 0 && readers.has(newest.id)) break;
  }
  if (wanted.size > 0)
    throw new ReleaseError(
      `release ${[...wanted].join(", ")}: no commit in this clone's history adds ${wanted.size > 1 ? "their rows" : "its row"} to ${csvPath}` +
        `${shallow ? " (this clone is shallow)" : " (a row added but not committed can only be the newest release)"}. ${HISTORY_HELP}`,
    );
  return readers;
}

const hashOf = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);
const valuesOf = (parsed: ParsedData): Record<string, Row[]> =>
  Object.fromEntries(Object.entries(parsed).map(([file, records]) => [file, records.map((r) => r.values)]));

/** The newest release's id: the one the data folder as it is makes. */
export function newestRelease(dataDir: string): string {
  const csv = join(dataDir, RELEASES_CSV);
  if (!existsSync(csv))
    throw new ReleaseError(
      `${basename(dirname(csv))}/${RELEASES_CSV} is missing: it lists the data releases (id,date,summary).`,
    );
  return parseReleases(readFileSync(csv, "utf8")).at(-1)!.id;
}

export interface ReleaseOutput {
  index: ReleaseIndex;
  /** File name (relative to generated/) -> text: the stored older files, the list, the revisions. */
  files: Map<string, string>;
}

/**
 * The release files for the data in `dataDir`, whose checked rows and built files (the newest
 * release's) are given. Throws a ReleaseError where an older release cannot be built.
 */
export function buildReleases(
  dataDir: string,
  current: { parsed: ParsedData; files: Map<string, string> },
): ReleaseOutput {
  const csv = join(dataDir, RELEASES_CSV);
  if (!existsSync(csv))
    throw new ReleaseError(
      `${basename(dirname(csv))}/${RELEASES_CSV} is missing: it lists the data releases (id,date,summary).`,
    );
  const rows = parseReleases(readFileSync(csv, "utf8"));
  const newest = rows[rows.length - 1];
  const readers = historyReaders(dataDir, rows.slice(0, -1), newest);
  // The newest release, once its row is committed, is the data as of that commit: a data change
  // since is a new release, never a silent change to this one (links pinned to it would change).
  const published = readers.get(newest.id);
  if (published) {
    const changed = Object.keys(FILES).filter((file) => {
      let then: string | null;
      try {
        then = published(file);
      } catch {
        then = null;
      }
      const path = join(dataDir, file);
      return then !== (existsSync(path) ? readFileSync(path, "utf8") : null);
    });
    if (changed.length > 0)
      throw new ReleaseError(
        `${changed.join(", ")} changed since release ${newest.id} was published (the commit that added its row). ` +
          `A data change is a new release: add its row at the end of ${RELEASES_CSV} (it may stay uncommitted while ` +
          `you work; commit it with the data). README, "Data releases".`,
      );
  }
  const out = new Map<string, string>();
  const names = Object.keys(FILES);
  const releases: Release[] = [];
  let previous: Record<string, Row[]> | null = null;
  const currentRows = valuesOf(current.parsed);
  // A prefecture's revision is said with its name, in both languages.
  const placeNames = new Map(
    (currentRows["prefecture_names.csv"] ?? []).map((r) => [r.adcode, { placeEn: r.name_en, placeZh: r.name_zh }]),
  );
  for (const row of rows) {
    const isNewest = row === newest;
    let parsed: Record<string, Row[]>;
    const files: Record<string, string | null> = {};
    if (isNewest) parsed = currentRows;
    else {
      const read = readData(dataDir, readers.get(row.id)!);
      if (!read.ok)
        throw new ReleaseError(
          `release ${row.id}: its data no longer passes today's data checks, so today's app cannot draw it ` +
            `(keep the schema able to read every release):\n  ${read.issues.slice(0, 10).map(formatIssue).join("\n  ")}`,
        );
      parsed = valuesOf(read.parsed);
      const built = dataFiles(read.rows, row.id);
      for (const [name, text] of built) {
        if (current.files.get(name) === text) continue;
        const hash = hashOf(text);
        files[name] = hash;
        out.set(`releases/files/${hash}.json`, text);
      }
      for (const name of current.files.keys()) if (!built.has(name)) files[name] = null;
      const revisions: RevisionsFile = {
        version: 1,
        release: row.id,
        current: newest.id,
        revisions: diffReleases(names, parsed, currentRows)
          .flatMap((d) => d.revisions)
          .map((r) => (r.place && placeNames.has(r.place) ? { ...r, ...placeNames.get(r.place) } : r)),
      };
      out.set(revisionsFile(row.id), JSON.stringify(revisions));
    }
    const changes = previous
      ? diffReleases(names, previous, parsed).map(({ file, added, changed, removed }) => ({
          file,
          added,
          changed,
          removed,
        }))
      : [];
    releases.push({ ...row, changes, files });
    previous = parsed;
  }
  const index: ReleaseIndex = { version: 1, current: newest.id, releases };
  out.set("releases.json", JSON.stringify(index));
  return { index, files: out };
}
