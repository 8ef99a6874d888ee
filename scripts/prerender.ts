/**
 * Puts the map in the HTML: after `vite build`, renders the atlas's first view (the default view,
 * in English, light theme) to HTML with the app's own components and the generated data
 * (src/app/server-render.tsx, built for Node by Vite's SSR build), and writes it into
 * dist/index.html's #root. A reader's browser paints the map before any script has run; when the
 * link is the default view, the app adopts that markup (hydrateRoot in src/app/main.tsx: the same
 * nodes, so nothing is redrawn, shifted or reported as a new largest paint). public/boot.js decides,
 * from the link, how much of this first paint is the linked view's; for any other link the app
 * draws its own view over it.
 *   tsx scripts/prerender.ts [dist]
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";
import type { AtlasData, EventRecord } from "../src/data/atlas-types";
import type { ProjectedMap } from "../src/geo/province-map";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = resolve(ROOT, process.argv[2] ?? "dist");
// Inside node_modules, so Node resolves the bundle's imports (react, react-dom/server...) from the project.
const SSR_OUT = join(ROOT, "node_modules", ".atlas-server-render");
const ROOT_TAG = '<div id="root"></div>';
const PRERENDER_ATTR = "data-prerendered";

async function main() {
  const file = join(DIST, "index.html");
  const html = readFileSync(file, "utf8");
  if (!html.includes(ROOT_TAG)) {
    if (html.includes(PRERENDER_ATTR)) throw new Error(`${file} is already prerendered: build again first`);
    throw new Error(`${file} has no empty ${ROOT_TAG} to fill`);
  }
  // The drawn page must be styled in its first frame: every style of the first view is in the
  // stylesheet the page links (src/app/entry.ts imports them). A stylesheet of the app's own chunk
  // would only arrive after that frame, with the app's code.
  const late = readdirSync(join(DIST, "assets")).filter((f) => /^main-[\w-]+\.css$/.test(f));
  if (late.length > 0)
    throw new Error(
      `${late.join(", ")}: styles of the first view load with the app's code, after the drawn page paints; import them in src/app/entry.ts`,
    );
  rmSync(SSR_OUT, { recursive: true, force: true });
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: {
      ssr: join(ROOT, "src/app/server-render.tsx"),
      outDir: SSR_OUT,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        // The server render counts the map's events at once (map-event-seed-build.ts) with the code
        // the browser fetches later (MapEvents.tsx); Node needs no chunks, so that is no warning.
        onwarn(warning, warn) {
          if (warning.code !== "INEFFECTIVE_DYNAMIC_IMPORT") warn(warning);
        },
      },
    },
  });
  const { renderFirstView, MAP_EVENT_SEED_ID, MAP_META_ID, mapMetaOf } = (await import(
    pathToFileURL(join(SSR_OUT, "server-render.js")).href
  )) as {
    renderFirstView: (
      data: AtlasData,
      map: ProjectedMap,
      events: EventRecord[],
    ) => Promise<{ markup: string; seed: unknown }>;
    MAP_EVENT_SEED_ID: string;
    MAP_META_ID: string;
    mapMetaOf: (map: ProjectedMap) => unknown;
  };
  const generated = (name: string) => JSON.parse(readFileSync(join(DIST, "generated", name), "utf8")) as unknown;
  const map = generated("china-provinces.map.json") as ProjectedMap;
  const { markup, seed } = await renderFirstView(
    generated("atlas-data.json") as AtlasData,
    map,
    generated("events.json") as EventRecord[],
  );
  // The event counts the drawing shows, for the app to adopt it before the events file arrives: JSON
  // in an inert <template> (neither shown nor run: the page has no inline script), with "<" and "&"
  // escaped so no value can end the element or read as markup.
  const inert = (id: string, value: unknown) =>
    `<template id="${id}">${JSON.stringify(value).replace(/</g, "\\u003c").replace(/&/g, "\\u0026")}</template>`;
  // Likewise the map file without its paths, which the drawing carries: the app puts the file back
  // together from the page instead of downloading it again (src/geo/map-seed.ts).
  const seedBlock = inert(MAP_EVENT_SEED_ID, seed) + inert(MAP_META_ID, mapMetaOf(map));
  const shapes = markup.match(/data-region="/g)?.length ?? 0;
  if (shapes < 34) throw new Error(`the first view has ${shapes} province shapes, not 34`);
  // The national summary's code loads apart (src/app/national-part.ts): drawn, not its placeholder.
  if (!markup.includes('class="national-view"') || markup.includes("<!--$?-->") || markup.includes("<script"))
    throw new Error("the first view does not draw the national summary in place");
  writeFileSync(file, html.replace(ROOT_TAG, `<div id="root" ${PRERENDER_ATTR}="map">${markup}</div>${seedBlock}`));
  rmSync(SSR_OUT, { recursive: true, force: true });
  console.log(`prerendered the map into ${file}: ${shapes} shapes, ${(markup.length / 1024).toFixed(0)} KiB of markup`);
}

main().catch((err) => {
  console.error(`prerender: ${(err as Error).message}`);
  process.exit(1);
});
