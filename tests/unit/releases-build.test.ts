/**
 * Data releases at build time: older releases read from git history, only their differing files
 * kept, what each release changed counted by file, a pinned release's revised figures listed, and
 * a clear stop where history is missing or the list is wrong.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, cpSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReleaseIndex, checkRevisions, releaseFilePath, type RevisionsFile } from "../../src/data/releases";
import { dataFiles, readData } from "../../scripts/lib/data-files";
import {
  buildReleases,
  newestRelease,
  parseReleases,
  ReleaseError,
  type ReleaseOutput,
} from "../../scripts/lib/releases";
import { makeReleaseFixture, NEW_RELEASE, OLD_RELEASE, REVISED, shallowCloneOf } from "../support/release-fixture";

function build(dataDir: string): ReleaseOutput & { files: Map<string, string>; current: Map<string, string> } {
  const read = readData(dataDir);
  if (!read.ok) throw new Error("fixture data does not read");
  const current = dataFiles(read.rows, newestRelease(dataDir));
  return { ...buildReleases(dataDir, { parsed: read.parsed, files: current }), current };
}

let fixture: { repo: string; dataDir: string };
let out: ReturnType<typeof build>;
beforeAll(() => {
  fixture = makeReleaseFixture();
  out = build(fixture.dataDir);
}, 120_000);
afterAll(() => rmSync(fixture.repo, { recursive: true, force: true }));

describe("a release published after another", () => {
  it("lists both, oldest first, the newest as current, and the list passes the app's check", () => {
    expect(out.index.releases.map((r) => r.id)).toEqual([OLD_RELEASE, NEW_RELEASE]);
    expect(out.index.current).toBe(NEW_RELEASE);
    expect(checkReleaseIndex(JSON.parse(out.files.get("releases.json")!))).toBeNull();
  });

  it("keeps the older release's own atlas file, whose Guizhou 2024 balance is the old figure", () => {
    const older = out.index.releases[0];
    const path = releaseFilePath(out.index, OLD_RELEASE, "atlas-data.json")!;
    expect(path).toMatch(/^releases\/files\/[0-9a-f]{16}\.json$/);
    const atlas = JSON.parse(out.files.get(path)!) as { balances: { adcode: string; period: string; total: number }[] };
    const row = atlas.balances.find((b) => b.adcode === REVISED.adcode && b.period === REVISED.periodId);
    expect(row?.total).toBe(Number(REVISED.oldTotal));
    const now = JSON.parse(out.current.get("atlas-data.json")!) as typeof atlas;
    expect(now.balances.find((b) => b.adcode === REVISED.adcode && b.period === REVISED.periodId)?.total).toBe(
      Number(REVISED.newTotal),
    );
    // Files the revision did not touch are the current ones, not copies.
    expect(older.files["events.json"]).toBeUndefined();
    expect(releaseFilePath(out.index, OLD_RELEASE, "events.json")).toBe("events.json");
    expect(releaseFilePath(out.index, NEW_RELEASE, "atlas-data.json")).toBe("atlas-data.json");
    const stored = [...out.files.keys()].filter((k) => k.startsWith("releases/files/"));
    expect(stored.length).toBe(Object.values(older.files).filter(Boolean).length);
  });

  it("counts what the newer release changed, by file", () => {
    expect(out.index.releases[0].changes).toEqual([]);
    expect(out.index.releases[1].changes).toEqual([{ file: "debt_balance.csv", added: 0, changed: 1, removed: 0 }]);
  });

  it("lists the older release's revised figures with old and new values", () => {
    const revisions = JSON.parse(out.files.get(`releases/${OLD_RELEASE}.revisions.json`)!) as RevisionsFile;
    expect(checkRevisions(revisions, OLD_RELEASE)).toBeNull();
    expect(revisions.current).toBe(NEW_RELEASE);
    expect(revisions.revisions).toHaveLength(1);
    const [r] = revisions.revisions;
    expect(r).toMatchObject({
      file: "debt_balance.csv",
      kind: "changed",
      province: REVISED.adcode,
      period: REVISED.period,
    });
    expect(r.fields).toContainEqual({ name: "total_bn_cny", old: REVISED.oldTotal, new: REVISED.newTotal });
    expect(r.fields).toContainEqual({ name: "general_bn_cny", old: REVISED.oldGeneral, new: REVISED.newGeneral });
    // The special-debt figure did not change, so it is not listed.
    expect(r.fields.map((f) => f.name)).not.toContain("special_bn_cny");
  });
});

describe("where the older release's data cannot be had", () => {
  it("stops a shallow clone with what to do", () => {
    const data = shallowCloneOf(fixture.repo);
    try {
      expect(() => build(data)).toThrow(ReleaseError);
      expect(() => build(data)).toThrow(/2026-12-03.*shallow.*full clone/s);
    } finally {
      rmSync(join(data, "..", ".."), { recursive: true, force: true });
    }
  });

  it("stops a folder outside git that lists more than one release", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-nogit-"));
    cpSync(fixture.dataDir, join(dir, "data"), { recursive: true });
    try {
      expect(() => build(join(dir, "data"))).toThrow(/not in a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops an older row that no commit added (only the newest may be uncommitted)", () => {
    const csv = join(fixture.dataDir, "releases.csv");
    const was = readFileSync(csv, "utf8");
    const [head, rowA, rowB] = was.trim().split("\n");
    writeFileSync(csv, [head, rowA, '2027-03-01,2027-03-01,"Never committed."', rowB].join("\n") + "\n");
    try {
      expect(() => build(fixture.dataDir)).toThrow(/release 2027-03-01: no commit/);
    } finally {
      writeFileSync(csv, was);
    }
  });
});

describe("the newest release, once published", () => {
  it("each release's atlas file says which release it is", () => {
    expect(JSON.parse(out.current.get("atlas-data.json")!).release).toBe(NEW_RELEASE);
    const older = releaseFilePath(out.index, OLD_RELEASE, "atlas-data.json")!;
    expect(JSON.parse(out.files.get(older)!).release).toBe(OLD_RELEASE);
  });

  it("stops a data change made after it without a new release, and takes it with one (even uncommitted)", () => {
    const csv = join(fixture.dataDir, "lgfv.csv");
    const releases = join(fixture.dataDir, "releases.csv");
    const [was, list] = [readFileSync(csv, "utf8"), readFileSync(releases, "utf8")];
    try {
      // A quote's wording, not a figure: still a change to the published release.
      writeFileSync(csv, was.replace("Huatai", "Huatai FI"));
      expect(() => build(fixture.dataDir)).toThrow(/lgfv\.csv changed since release 2027-03-15 was published/);
      writeFileSync(releases, `${list}2027-04-01,2027-04-01,"A quote's wording (fixture)."\n`);
      expect(() => build(fixture.dataDir)).not.toThrow();
    } finally {
      writeFileSync(csv, was);
      writeFileSync(releases, list);
    }
  });
});

describe("the list itself", () => {
  it.each([
    ["a bad id", 'id,date,summary\n2026-13,2026-12-01,"x"\n', /:2:id/],
    ["an id twice", 'id,date,summary\n2026-12-01,2026-12-01,"x"\n2026-12-01,2026-12-01,"y"\n', /:3:id: listed twice/],
    [
      "dates out of order",
      'id,date,summary\n2026-12-02,2026-12-02,"x"\n2026-12-03,2026-12-01,"y"\n',
      /:3:date: earlier/,
    ],
    ["no summary", "id,date,summary\n2026-12-02,2026-12-02,\n", /:2:summary/],
    ["no rows", "id,date,summary\n", /lists no release/],
    ["a missing column", "id,summary\n2026-12-02,x\n", /no column date/],
  ])("stops %s with the line", (_, text, message) => {
    expect(() => parseReleases(text)).toThrow(message);
  });

  it("the project's own list reads, and the build from this clone works", () => {
    expect(parseReleases(readFileSync("data/releases.csv", "utf8")).length).toBeGreaterThan(0);
    execFileSync("git", ["rev-parse", "--git-dir"], { stdio: "ignore" });
    expect(() => build("data")).not.toThrow();
  });
});
