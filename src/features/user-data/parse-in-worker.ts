/**
 * Starts a parse in a Web Worker and wraps it as a promise with a cancel. The only part of the
 * feature that touches Worker; jsdom has none, so tests give the store another ParseFile.
 */
import type { ProvinceRef } from "./lib/user-csv-format";
import { fatalResult } from "./lib/user-csv-reader";
import type { ParseOutcome, ParseProgress, ParseRequest, WorkerMessage } from "./protocol";

export interface ParseHandle {
  /** Resolves with the outcome; never settles once cancelled. */
  done: Promise<ParseOutcome>;
  cancel(): void;
}

export type ParseFile = (file: File, provinces: ProvinceRef[], onProgress: (p: ParseProgress) => void) => ParseHandle;

export const parseInWorker: ParseFile = (file, provinces, onProgress) => {
  // Vite bundles the worker as its own module file; the page's CSP allows scripts from 'self'.
  const worker = new Worker(new URL("./parse-worker.ts", import.meta.url), { type: "module", name: "user-csv" });
  const done = new Promise<ParseOutcome>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === "progress")
        onProgress({ bytesRead: message.bytesRead, total: message.total, rows: message.rows });
      else {
        worker.terminate();
        resolve({ result: message.result, breaks: message.breaks });
      }
    };
    const fail = () => {
      worker.terminate();
      resolve({ result: fatalResult({ kind: "unreadable" }, provinces), breaks: [] });
    };
    worker.onerror = fail;
    worker.onmessageerror = fail;
  });
  const request: ParseRequest = { file, provinces };
  worker.postMessage(request);
  return { done, cancel: () => worker.terminate() };
};
