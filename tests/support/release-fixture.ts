/**
 * A test fixture of two data releases, made as a maintainer makes them (README, "Publishing a data
 * release"): a git repository whose first commit is the project's data with release A's row, and
 * whose second revises one figure (Guizhou's general-debt balance at the end of 2024, raised by 10
 * bn yuan, with its total) and adds release B's row. The revised figure is the fixture's, not
 * data: it exists only in this temporary repository.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const OLD_RELEASE = "2026-12-03";
export const NEW_RELEASE = "2027-03-15";
/** The fixture's revision: Guizhou (CN-GZ, 520000), 2024-12-31. */
export const REVISED = {
  adcode: "520000",
  iso: "CN-GZ",
  period: "2024-12-31",
  /** The period as the atlas names it (data/periods.ts). */
  periodId: "2024",
  oldTotal: "1753.7089",
  newTotal: "1763.7089",
  oldGeneral: "867.9156",
  newGeneral: "877.9156",
};

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Fixture", "-c", "user.email=fixture@example.invalid", ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });

const releasesCsv = (rows: string[]) => `id,date,summary\n${rows.join("\n")}\n`;
const ROW_A = `${OLD_RELEASE},${OLD_RELEASE},"The first release (fixture)."`;
const ROW_B = `${NEW_RELEASE},${NEW_RELEASE},"Guizhou's 2024 general debt revised (fixture)."`;

/** Replaces Guizhou's 2024 row's figures; throws if the project's data no longer has them. */
function revise(csv: string): string {
  const lines = csv.split("\n");
  const k = lines.findIndex((l) => l.startsWith(`${REVISED.adcode},`) && l.includes(`,${REVISED.period},`));
  const line = lines[k] ?? "";
  const fields = line.split(",");
  const header = lines[0].split(",");
  const at = (name: string) => header.indexOf(name);
  if (fields[at("total_bn_cny")] !== REVISED.oldTotal || fields[at("general_bn_cny")] !== REVISED.oldGeneral)
    throw new Error("release fixture: Guizhou's 2024 row is not what the fixture revises; update REVISED");
  fields[at("total_bn_cny")] = REVISED.newTotal;
  fields[at("map_total_bn_cny")] = REVISED.newTotal;
  fields[at("general_bn_cny")] = REVISED.newGeneral;
  fields[at("total_100m_cny")] = String(Number(REVISED.newTotal) * 10);
  fields[at("general_100m_cny")] = String(Number(REVISED.newGeneral) * 10);
  lines[k] = fields.join(",");
  return lines.join("\n");
}

/**
 * The repository, in a new temporary folder: returns its data folder. `shallowClone` makes a
 * depth-1 clone of it too (older releases' history missing).
 */
export function makeReleaseFixture(projectData = join(process.cwd(), "data")): { repo: string; dataDir: string } {
  const repo = mkdtempSync(join(tmpdir(), "atlas-releases-"));
  const dataDir = join(repo, "data");
  cpSync(projectData, dataDir, { recursive: true });
  writeFileSync(join(dataDir, "releases.csv"), releasesCsv([ROW_A]));
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", `release ${OLD_RELEASE}`);
  const balances = join(dataDir, "debt_balance.csv");
  writeFileSync(balances, revise(readFileSync(balances, "utf8")));
  writeFileSync(join(dataDir, "releases.csv"), releasesCsv([ROW_A, ROW_B]));
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", `release ${NEW_RELEASE}`);
  return { repo, dataDir };
}

/** A depth-1 clone of the fixture's repository: the older release's commit is not in it. */
export function shallowCloneOf(repo: string): string {
  const into = mkdtempSync(join(tmpdir(), "atlas-releases-shallow-"));
  git(into, "clone", "-q", "--depth", "1", `file://${repo}`, "clone");
  return join(into, "clone", "data");
}

/**
 * The fixture's two releases built as the data build builds them (scripts/build-data.ts), into a
 * new temporary folder laid out like generated/: the newer release's data files, releases.json and
 * the older release's files under releases/. Returns that folder.
 */
export async function buildReleaseFixture(): Promise<string> {
  const { readData, dataFiles } = await import("../../scripts/lib/data-files");
  const { buildReleases, newestRelease } = await import("../../scripts/lib/releases");
  const { repo, dataDir } = makeReleaseFixture();
  const read = readData(dataDir);
  if (!read.ok) throw new Error("release fixture: its data does not pass the data checks");
  const files = dataFiles(read.rows, newestRelease(dataDir));
  const releases = buildReleases(dataDir, { parsed: read.parsed, files });
  const out = join(repo, "generated");
  for (const [name, text] of [...files, ...releases.files]) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), text);
  }
  return out;
}
