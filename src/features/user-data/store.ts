/**
 * The analyst's own data while the page is open: the file being read, the last file read, whether
 * it is on the map and for which period. Held in memory only: never in the URL (so never in a
 * shared link), gone on reload. A small external store for useSyncExternalStore; no React here.
 */
import type { ProvinceRef, UserCsvResult } from "./lib/user-csv-format";
import { fatalResult, tooLarge } from "./lib/user-csv-reader";
import { defaultUserPeriod } from "./lib/default-period";
import type { ParseFile, ParseHandle } from "./parse-in-worker";
import type { ParseOutcome, ParseProgress } from "./protocol";

export interface LoadedFile {
  fileName: string;
  fileSize: number;
  result: UserCsvResult;
  /** The map's class breaks over all the file's values. */
  breaks: number[];
}

export interface UserDataState {
  /** A file being read, with its progress; null when none. */
  reading: ({ fileName: string } & ParseProgress) | null;
  /** The last file read to the end (usable or not). */
  loaded: LoadedFile | null;
  /** The last read was cancelled (cleared by the next file). */
  cancelled: boolean;
  /** The map shows the loaded file instead of the atlas's metric. */
  showing: boolean;
  /** The period shown; one of loaded.result.data.periods. */
  period: string | null;
}

export interface UserDataStore {
  getState(): UserDataState;
  subscribe(listener: () => void): () => void;
  /** Reads a file, cancelling any read under way and taking the map back to the atlas's data. */
  open(file: File, provinces: readonly ProvinceRef[]): void;
  cancel(): void;
  show(): void;
  /** Back to the atlas's data on the map; the file stays loaded. */
  hide(): void;
  setPeriod(period: string): void;
  /** Forgets the file. */
  clear(): void;
}

const INITIAL: UserDataState = { reading: null, loaded: null, cancelled: false, showing: false, period: null };

/** Whether the loaded file has anything to draw. */
export function hasValues(loaded: LoadedFile | null): boolean {
  return !!loaded && !loaded.result.fatal && loaded.result.data.periods.length > 0;
}

export function createUserDataStore(parse: () => Promise<ParseFile>): UserDataStore {
  let state = INITIAL;
  const listeners = new Set<() => void>();
  let job: ParseHandle | null = null;
  /** Bumped by every open/cancel/clear, so a late answer from an abandoned read is dropped. */
  let generation = 0;

  const set = (patch: Partial<UserDataState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };

  const stop = () => {
    generation++;
    job?.cancel();
    job = null;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open(file, provinces) {
      stop();
      const mine = generation;
      const refs = provinces.map(({ adcode, iso, nameEn, nameZh, nameZhFull, nameLatin, inScope }) => ({
        adcode,
        iso,
        nameEn,
        nameZh,
        nameZhFull,
        nameLatin,
        inScope,
      }));
      const refused = tooLarge(file.size);
      if (refused) {
        set({
          reading: null,
          cancelled: false,
          showing: false,
          period: null,
          loaded: { fileName: file.name, fileSize: file.size, result: fatalResult(refused, refs), breaks: [] },
        });
        return;
      }
      set({
        reading: { fileName: file.name, bytesRead: 0, total: file.size, rows: 0 },
        loaded: null,
        cancelled: false,
        showing: false,
        period: null,
      });
      const finish = ({ result, breaks }: ParseOutcome) => {
        if (mine !== generation) return;
        job = null;
        const loaded: LoadedFile = { fileName: file.name, fileSize: file.size, result, breaks };
        set({ reading: null, loaded, period: hasValues(loaded) ? defaultUserPeriod(result.data) : null });
      };
      parse()
        .then((parseFile) => {
          if (mine !== generation) return;
          job = parseFile(file, refs, (progress) => {
            if (mine === generation) set({ reading: { fileName: file.name, ...progress } });
          });
          return job.done.then(finish);
        })
        // The reader's code could not be loaded (offline after the page loaded, or a failed deploy).
        .catch(() => finish({ result: fatalResult({ kind: "unreadable" }, refs), breaks: [] }));
    },
    cancel() {
      if (!state.reading) return;
      stop();
      set({ reading: null, cancelled: true });
    },
    show() {
      if (hasValues(state.loaded)) set({ showing: true });
    },
    hide() {
      set({ showing: false });
    },
    setPeriod(period) {
      if (state.loaded?.result.data.periods.includes(period)) set({ period });
    },
    clear() {
      stop();
      set(INITIAL);
    },
  };
}

/** The page's store: reads files in a Web Worker, whose code loads on first use. */
export const userDataStore = createUserDataStore(() => import("./parse-in-worker").then((m) => m.parseInWorker));
