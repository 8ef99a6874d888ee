/**
 * scripts/serve.mjs caches like the static hosts the atlas is meant for (issue 11, "Repeat visits
 * cost nothing"): content-hashed assets immutable, everything else revalidated with a 304.
 * The server runs as its own process on a free port; the test waits for the line it prints.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dir: string;
let server: ChildProcess;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "serve-caching-"));
  mkdirSync(join(dir, "assets"));
  mkdirSync(join(dir, "generated"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(dir, "assets", "index-AbC123.js"), "console.log(1);".repeat(100));
  writeFileSync(join(dir, "generated", "atlas-data.json"), JSON.stringify({ version: 1, pad: "x".repeat(2000) }));
  // A whole-second mtime in the past, so If-Modified-Since comparisons do not depend on the clock.
  const then = new Date("2026-01-02T03:04:05Z");
  utimesSync(join(dir, "generated", "atlas-data.json"), then, then);

  server = spawn(process.execPath, ["scripts/serve.mjs", dir, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  base = await new Promise<string>((ok, fail) => {
    let out = "";
    server.once("exit", (code) => fail(new Error(`serve.mjs exited (${code}) before listening: ${out}`)));
    server.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (url) ok(url);
    });
  });
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((ok) => server.once("exit", ok));
    server.kill("SIGTERM");
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, base), { headers });

describe("serve.mjs caching", () => {
  it("marks content-hashed assets immutable for a year", async () => {
    const res = await get("assets/index-AbC123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-encoding")).toBe("gzip");
  });

  it("makes html and the data files revalidate, with an ETag and Last-Modified", async () => {
    for (const path of ["", "generated/atlas-data.json"]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
      expect(res.headers.get("etag"), path).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
      expect(res.headers.get("last-modified"), path).toBeTruthy();
    }
  });

  it("answers a matching If-None-Match with 304 and no body, and a stale one with the file", async () => {
    const first = await get("generated/atlas-data.json");
    const etag = first.headers.get("etag")!;
    await first.arrayBuffer();

    const again = await get("generated/atlas-data.json", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("no-cache");
    expect((await again.arrayBuffer()).byteLength).toBe(0);

    // A list with the tag in it, and the strong form of the weak tag, both match (weak comparison).
    const strong = etag.replace(/^W\//, "");
    expect((await get("generated/atlas-data.json", { "If-None-Match": `"nope", ${strong}` })).status).toBe(304);

    const stale = await get("generated/atlas-data.json", { "If-None-Match": '"0-0"' });
    expect(stale.status).toBe(200);
    expect(JSON.parse(await stale.text()).version).toBe(1);
  });

  it("answers If-Modified-Since by the file's time when no If-None-Match is sent", async () => {
    const path = "generated/atlas-data.json";
    expect((await get(path, { "If-Modified-Since": "Fri, 02 Jan 2026 03:04:05 GMT" })).status).toBe(304);
    expect((await get(path, { "If-Modified-Since": "Fri, 02 Jan 2026 03:04:04 GMT" })).status).toBe(200);
    // If-None-Match decides alone when both are sent.
    expect(
      (await get(path, { "If-None-Match": '"0-0"', "If-Modified-Since": "Fri, 02 Jan 2027 00:00:00 GMT" })).status,
    ).toBe(200);
  });
});
