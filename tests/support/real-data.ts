/**
 * The project's real data, as the app receives it: the generated public/generated/atlas-data.json
 * and events.json (parsed from data/ and validated by scripts/build-data.ts; the vitest global
 * setup, tests/setup/global-setup.ts, rebuilds them whenever data/ or the build's modules are
 * newer), passed through the app's own structural check and index.
 *
 * Read once per module graph and shared: a JSON parse of ~0.7 MB instead of every test file
 * re-parsing and re-validating ~1.7 MB of CSV. Shared values are frozen, so a test (or a module
 * under test) that changed them would fail where it does so, not in some later test.
 * data-integrity.test.ts checks that these files are exactly what the CSVs build; the tests about
 * the CSVs themselves go through tests/support/csv-data.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AtlasData, EventRecord } from "../../src/data/atlas-types";
import { indexAtlas, type AtlasIndex } from "../../src/data/atlas-index";
import { checkAtlasData, checkEvents, checkPrefectureData } from "../../src/data/check-generated";
import type { PrefectureDataFile } from "../../src/data/prefecture-types";

export const GENERATED_DIR = join(import.meta.dirname, "..", "..", "public", "generated");

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A generated file, parsed and checked as the app checks it after fetching. */
function readGenerated<T>(file: string, check: (value: unknown) => string | null): T {
  let text: string;
  try {
    text = readFileSync(join(GENERATED_DIR, file), "utf8");
  } catch {
    throw new Error(`public/generated/${file} is missing: vitest's global setup builds it (run tests through vitest)`);
  }
  const value: unknown = JSON.parse(text);
  const problem = check(value);
  if (problem) throw new Error(`public/generated/${file}: ${problem}`);
  return deepFreeze(value as T);
}

let index: AtlasIndex | null = null;
let events: readonly EventRecord[] | null = null;

/** The indexed model, as `atlasQuery` gives it to the app. */
export function realIndex(): AtlasIndex {
  index ??= indexAtlas(readGenerated<AtlasData>("atlas-data.json", checkAtlasData));
  return index;
}

/** The events, as `eventsQuery` gives them to the app. */
export function realEvents(): EventRecord[] {
  events ??= readGenerated<EventRecord[]>("events.json", checkEvents);
  // The app's type: the list is frozen at run time, which the type does not say.
  return events as EventRecord[];
}

const prefectures = new Map<string, PrefectureDataFile>();

/** A province's prefecture debt file, as `prefectureDataQuery` gives it to the app. */
export function realPrefectureData(adcode: string): PrefectureDataFile {
  let file = prefectures.get(adcode);
  if (!file) {
    file = readGenerated<PrefectureDataFile>(`prefecture-data/${adcode}.json`, (v) => checkPrefectureData(v, adcode));
    prefectures.set(adcode, file);
  }
  return file;
}
