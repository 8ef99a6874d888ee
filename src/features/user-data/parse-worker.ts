/**
 * Reads the analyst's CSV off the page's main thread, so a 50 MB file never freezes the page.
 * Thin on purpose: the parsing and validation are lib/user-csv-reader.ts (tested directly); this
 * reads the file 1 MiB at a time, feeds the bytes in, reports progress at most every 100 ms,
 * and hands back the result with its typed arrays transferred (not copied). Cancelling is the
 * page terminating this worker.
 */
import { createUserCsvReader, fatalResult, tooLarge } from "./lib/user-csv-reader";
import { userBreaks } from "./lib/user-map";
import type { ParseOutcome, ParseRequest, WorkerMessage } from "./protocol";

const CHUNK_BYTES = 1 << 20;
const PROGRESS_EVERY_MS = 100;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

async function read({ file, provinces }: ParseRequest): Promise<ParseOutcome> {
  const refused = tooLarge(file.size);
  if (refused) return { result: fatalResult(refused, provinces), breaks: [] };
  const reader = createUserCsvReader(provinces);
  let last = -Infinity;
  for (let offset = 0; offset < file.size && !reader.fatal; offset += CHUNK_BYTES) {
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    reader.pushBytes(bytes);
    const now = performance.now();
    if (now - last >= PROGRESS_EVERY_MS) {
      last = now;
      post({
        type: "progress",
        bytesRead: Math.min(file.size, offset + bytes.length),
        total: file.size,
        rows: reader.rowsRead,
      });
    }
  }
  const result = reader.finish();
  return { result, breaks: userBreaks(result.data.values) };
}

onmessage = async (event: MessageEvent<ParseRequest>) => {
  let outcome: ParseOutcome;
  try {
    outcome = await read(event.data);
  } catch {
    // The browser failed to read the file (moved, changed or permission lost while reading).
    outcome = { result: fatalResult({ kind: "unreadable" }, event.data.provinces), breaks: [] };
  }
  const { data } = outcome.result;
  post({ type: "done", ...outcome }, [data.values.buffer, data.rows.buffer, data.sourceIndex.buffer]);
};
