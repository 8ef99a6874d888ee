/**
 * Finds a Chromium to drive with Playwright on machines where `npx playwright install` is not
 * possible. Order: $CHROME_PATH, a system Chromium/Chrome, then the @sparticuz/chromium npm package
 * (a headless-shell build that unpacks itself into the OS temp dir, ~1.5 s the first time).
 * The result is cached per process; the unpacked binary is reused across processes.
 */
import { accessSync, constants, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { withDirLock } from "./dir-lock";

export interface FoundChromium {
  executablePath: string;
  args: string[];
  source: string;
}

/** Flags that keep the browser from phoning home or doing work unrelated to the page under test. */
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];
const PATH_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/**
 * @sparticuz/chromium's args are tuned for AWS Lambda. These prefixes are dropped:
 *  --headless='shell'   Playwright adds its own --headless; the quoted value is meant for a shell.
 *  --single-process     crashes the browser when a context closes, and every test uses its own context.
 *  --disable-features / --enable-features
 *                       Chromium keeps only the LAST of each, so these would silently replace
 *                       Playwright's own lists (PaintHolding, HttpsUpgrades...) and change paint timing.
 *  --disable-web-security, --allow-running-insecure-content
 *                       would hide CORS/mixed-content bugs the real browser would hit.
 *  --use-gl, --use-angle, --enable-unsafe-swiftshader, --ignore-gpu-blocklist, --in-process-gpu
 *                       GPU emulation we turn off with --disable-gpu (software compositing still
 *                       paints and screenshots fine, and costs less CPU on a small box).
 */
const DROPPED_SPARTICUZ = [
  "--headless",
  "--single-process",
  "--disable-features",
  "--enable-features",
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--use-gl",
  "--use-angle",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
  "--in-process-gpu",
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `which`, without spawning a process. */
function onPath(names: string[]): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function withQuietFlags(args: string[]): string[] {
  const flagName = (a: string) => a.split("=")[0];
  const quietNames = new Set(QUIET_FLAGS.map(flagName));
  return [...args.filter((a) => !quietNames.has(flagName(a))), ...QUIET_FLAGS];
}

/**
 * The package writes straight to <tmp>/chromium and treats "file exists" as "done", so a second
 * process (Playwright workers, the bench) could exec a half-written binary. A mkdir lock serialises
 * the unpacking; a lock older than two minutes is assumed to be left over from a killed process.
 */
async function unpackSparticuz(): Promise<FoundChromium> {
  const { default: Sparticuz } = await import("@sparticuz/chromium");
  const lock = join(tmpdir(), ".sparticuz-chromium.lock");
  return withDirLock(lock, { staleMs: 120_000, pollMs: 200, timeoutMs: 120_000 }, async () => {
    const executablePath = await Sparticuz.executablePath();
    const args = Sparticuz.args.filter((a) => !DROPPED_SPARTICUZ.some((d) => a === d || a.startsWith(`${d}=`)));
    return { executablePath, args: withQuietFlags(args), source: "@sparticuz/chromium" as const };
  });
}

async function locate(): Promise<FoundChromium> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} is not an executable file`);
    return { executablePath: fromEnv, args: withQuietFlags([]), source: "CHROME_PATH" };
  }
  const system = SYSTEM_PATHS.find(isExecutable) ?? onPath(PATH_NAMES);
  if (system) return { executablePath: system, args: withQuietFlags([]), source: "system" };
  try {
    return await unpackSparticuz();
  } catch (err) {
    throw new Error(
      `No Chromium found: set CHROME_PATH, install chromium, or keep @sparticuz/chromium installed (${(err as Error).message})`,
      { cause: err },
    );
  }
}

let cached: Promise<FoundChromium> | undefined;

export function findChromium(): Promise<FoundChromium> {
  cached ??= locate();
  return cached;
}

/** Ready to spread into Playwright's `launchOptions` / `chromium.launch()`. */
export async function launchOptions(): Promise<{ executablePath: string; args: string[]; headless: true }> {
  const { executablePath, args } = await findChromium();
  return { executablePath, args, headless: true };
}
