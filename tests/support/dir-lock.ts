/**
 * A lock between processes that needs no package: `mkdir` either creates the folder or fails, so
 * the process that creates it holds the lock until it removes it. A lock older than `staleMs` is
 * taken to be left by a killed process and removed. Used where several processes (Playwright
 * workers, Vitest's global setup, the bench) might each start the same one-off job.
 */
import { mkdirSync, rmSync, statSync } from "node:fs";

type LockOptions = {
  /** A lock folder older than this is left over from a killed process. */
  staleMs: number;
  /** How often to look again while another process holds it: a fraction of its job's usual time. */
  pollMs: number;
  /** Give up after this long, naming the lock; no limit if unset. */
  timeoutMs?: number;
};

export async function withDirLock<T>(lock: string, options: LockOptions, body: () => T | Promise<T>): Promise<T> {
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > options.staleMs) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* the lock went between mkdir and stat: try again */
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock} (another process holding it?)`);
      await new Promise((r) => setTimeout(r, options.pollMs));
    }
  }
  try {
    return await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
