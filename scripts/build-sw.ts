/**
 * The service worker (Workbox's generateSW), written into the finished build, after
 * scripts/prerender.ts has drawn the map into index.html (so the page it precaches is the page
 * served). After one visit the atlas needs no network:
 * - precached (fetched once the first visit's map works, then served from the cache): the page,
 *   its boot script, the code of every view (every chunk under assets/), the province map, and the
 *   current data release's files (atlas-data.json, events.json, events/, prefecture-data/,
 *   releases.json, and what it revised in each older release);
 * - cached as they are used: the prefecture maps, the Chinese font's slices, older releases' files;
 * - a navigation to the atlas's page (any query) gets the precached page, so links open offline.
 * A new build's worker waits until the reader takes it ("New version available: reload",
 * app/offline.ts); until then the page, its code and its data stay one build's.
 *   npx tsx scripts/build-sw.ts [--dist DIR]
 */
import { resolve } from "node:path";
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { generateSW, getManifest } from "workbox-build";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dist = resolve(arg("--dist", "dist"));

/** What the precache holds, relative to the build (the worker's folder). */
export const PRECACHE_GLOBS = [
  "index.html",
  "boot.js",
  "assets/**/*.{js,css}",
  "generated/china-provinces.map.json",
  "generated/atlas-data.json",
  "generated/events.json",
  "generated/events/*.json",
  "generated/prefecture-data/*.json",
  "generated/releases.json",
];
// What the current release revised in each older one (none with one release): small, and must be this build's.
const REVISIONS_GLOB = "generated/releases/*.revisions.json";

const revisions = existsSync(resolve(dist, "generated/releases")) ? [REVISIONS_GLOB] : [];
const files = {
  globDirectory: dist,
  globPatterns: [...PRECACHE_GLOBS, ...revisions],
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
};
const result = await generateSW({
  ...files,
  swDest: resolve(dist, "sw.js"),
  mode: "production",
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // Hashed file names need no cache-busting request when precached.
  dontCacheBustURLsMatching: /^assets\//,
  // A link's query is the view, not another page: every navigation to the page gets the page.
  navigateFallback: "index.html",
  // Matched against the path and the query: the page's path, with any query.
  navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
  ignoreURLParametersMatching: [/.*/],
  cleanupOutdatedCaches: true,
  // A new worker takes over when the reader says so (app/offline.ts posts SKIP_WAITING), never
  // under a page drawn by the old one; the first one takes the page it was installed from at once.
  skipWaiting: false,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Content-hashed names: a file never changes.
      urlPattern: /\/generated\/fonts\//,
      handler: "CacheFirst",
      options: { cacheName: "atlas-fonts", expiration: { maxEntries: 400 } },
    },
    {
      urlPattern: /\/generated\/prefectures\//,
      handler: "StaleWhileRevalidate",
      options: { cacheName: "atlas-prefecture-maps", expiration: { maxEntries: 40 } },
    },
    {
      // An older release's files: named by their content, so a file never changes.
      urlPattern: /\/generated\/releases\/files\//,
      handler: "CacheFirst",
      options: { cacheName: "atlas-releases", expiration: { maxEntries: 200 } },
    },
  ],
});

for (const warning of result.warnings) console.warn(`service worker: ${warning}`);
// What a first visit downloads for the precache: served gzipped, as a static host does.
let gzip = 0;
for (const entry of (await getManifest(files)).manifestEntries ?? []) {
  const file = resolve(dist, entry.url);
  gzip += gzipSync(readFileSync(file)).length;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `service worker: sw.js ${kb(statSync(resolve(dist, "sw.js")).size)}; precache ${result.count} files, ` +
    `${kb(result.size)} (${kb(gzip)} gzip)`,
);
