#!/usr/bin/env node
/**
 * Tiny static server for the Vite build, behaving like a plain static host (GitHub Pages, S3...):
 *   node scripts/serve.mjs <dir> <port> [--base /sub/path/]
 * - gzip when the client accepts it (compressed once, cached in memory by path+mtime+size)
 * - caching like a CDN in front of a Vite build: content-hashed files under assets/ are
 *   `public, max-age=31536000, immutable` (a repeat visit does not even ask); everything else (html,
 *   the data and map files under generated/, fonts, the manifest) is `no-cache`: reused only after a
 *   conditional request, answered 304 with no body when the file has not changed
 * - every file has a weak ETag (mtime and size) and Last-Modified; If-None-Match (which wins when
 *   both are sent) or If-Modified-Since that still matches gets 304 Not Modified
 * - 404 for missing files, no SPA fallback (the app only uses query strings)
 * - a directory serves its index.html (redirecting /dir to /dir/ so relative URLs resolve)
 * - binds 127.0.0.1 only; port 0 picks a free port, and the printed URL says which
 * - no X-Frame-Options / frame-ancestors: the atlas is meant to be embeddable
 * No dependencies, so it runs before or without `npm install`.
 */
import { createServer } from "node:http";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};
// Already-compressed formats (png, woff2...) are sent as they are, like real hosts do.
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".map",
  ".webmanifest",
  ".svg",
  ".ico",
  ".txt",
  ".csv",
]);

function usage(msg) {
  console.error(`${msg}\nusage: node scripts/serve.mjs <dir> <port> [--base /sub/path/]`);
  process.exit(2);
}

const argv = process.argv.slice(2);
let base = "/";
const baseAt = argv.indexOf("--base");
if (baseAt !== -1) {
  base = argv[baseAt + 1] ?? usage("--base needs a value");
  argv.splice(baseAt, 2);
  base = `/${base}/`.replace(/\/{2,}/g, "/");
}
const [dirArg, portArg] = argv;
if (!dirArg || portArg === undefined) usage("missing <dir> or <port>");
const port = Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`bad port: ${portArg}`);

const root = await realpath(resolve(dirArg)).catch(() => usage(`no such directory: ${dirArg}`));
const gzipCache = new Map(); // file path -> { key, body }

function send(res, status, text, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache", ...headers });
  res.end(res.req.method === "HEAD" ? undefined : `${text}\n`);
}

/** URL path -> path relative to root, or null for anything that tries to leave it. */
function toRelative(rawPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null; // malformed %-escapes
  }
  // Check segments after decoding so %2e%2e and %2f.. are caught; backslashes and NUL never belong.
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  if (decoded.split("/").some((seg) => seg === "..")) return null;
  return decoded.slice(base.length);
}

/**
 * RFC 9110 13.1: If-None-Match, when sent, decides alone (weak comparison, "*" matches any file);
 * otherwise If-Modified-Since matches when the file is not newer than it, to the second.
 */
function notModified(req, etag, mtime) {
  const noneMatch = req.headers["if-none-match"];
  if (noneMatch !== undefined) {
    const opaque = (tag) => tag.trim().replace(/^W\//, "");
    return noneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
  }
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

async function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD")
    return send(res, 405, "method not allowed", { Allow: "GET, HEAD" });
  const [rawPath, query = ""] = (req.url ?? "/").split(/\?(.*)/s);
  // "/sub/path" without its slash: redirect, so the page's relative asset URLs resolve.
  if (`${rawPath}/` === base) return send(res, 301, "moved", { Location: base + (query ? `?${query}` : "") });
  if (!rawPath.startsWith(base)) return send(res, 404, "not found");
  const rel = toRelative(rawPath);
  if (rel === null) return send(res, 400, "bad path");

  let file = join(root, rel);
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!rawPath.endsWith("/")) return send(res, 301, "moved", { Location: `${rawPath}/${query ? `?${query}` : ""}` });
    file = join(file, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, "not found");
  // Symlinks must not lead outside the served directory either.
  const real = await realpath(file);
  if (real !== root && !real.startsWith(root + sep)) return send(res, 404, "not found");

  const ext = extname(file).toLowerCase();
  const headers = {
    "Content-Type": TYPES[ext] ?? "application/octet-stream",
    "Cache-Control": rel.startsWith("assets/") && ext !== ".html" ? "public, max-age=31536000, immutable" : "no-cache",
    // Weak: the gzip and identity bodies differ byte for byte but are the same file.
    ETag: `W/"${Math.trunc(info.mtimeMs).toString(16)}-${info.size.toString(16)}"`,
    "Last-Modified": info.mtime.toUTCString(),
    "X-Content-Type-Options": "nosniff",
  };
  if (COMPRESSIBLE.has(ext)) headers.Vary = "Accept-Encoding";
  if (notModified(req, headers.ETag, info.mtime)) {
    // RFC 9110 15.4.5: a 304 carries the validators and caching headers, not the body's metadata.
    const { "Content-Type": _type, "X-Content-Type-Options": _nosniff, ...validators } = headers;
    res.writeHead(304, validators);
    return res.end();
  }
  let body;
  const wantsGzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  if (COMPRESSIBLE.has(ext)) {
    if (wantsGzip) {
      const key = `${info.mtimeMs}:${info.size}`;
      let hit = gzipCache.get(real);
      if (hit?.key !== key) {
        hit = { key, body: gzipSync(await readFile(real)) }; // zlib's default level 6, as typical hosts use
        gzipCache.set(real, hit);
      }
      body = hit.body;
      headers["Content-Encoding"] = "gzip";
    }
  }
  body ??= await readFile(real);
  headers["Content-Length"] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

const server = createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) send(res, 500, "internal error");
    else res.destroy();
  });
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${dirArg} at http://127.0.0.1:${server.address().port}${base}`);
});
server.on("error", (err) => {
  console.error(`serve: ${err.message}`);
  process.exit(1);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
  });
}
