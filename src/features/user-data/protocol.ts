/** The messages between the page and the parsing worker (parse-worker.ts). Types only. */
import type { ProvinceRef, UserCsvResult } from "./lib/user-csv-format";

/** Page -> worker: the file to read (a File is passed by reference, not copied) and the provinces. */
export interface ParseRequest {
  file: Blob;
  provinces: ProvinceRef[];
}

export interface ParseProgress {
  bytesRead: number;
  total: number;
  /** Data rows read so far. */
  rows: number;
}

/** What a finished read hands back: the result and the map's colour breaks, computed off the page's thread. */
export interface ParseOutcome {
  result: UserCsvResult;
  breaks: number[];
}

export type WorkerMessage = ({ type: "progress" } & ParseProgress) | ({ type: "done" } & ParseOutcome);
