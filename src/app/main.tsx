import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { checkProjectedMap } from "../data/check-generated";
import { atlasQuery, geometryQuery, pinRelease, provinceEventsQuery } from "../data/queries";
import { linkedRelease } from "../data/release-link";
import { MAP_META_ID, mapFromPage } from "../geo/map-seed";
import { MAP_EVENT_SEED_ID, parseMapEventSeed } from "../features/events/lib/map-event-seed";
import { MapEventSeedContext } from "../features/events/seed-context";
import { DEFAULT_LANG, langFromSearch } from "../i18n/lang";
import { loadWords } from "../i18n/messages";
import { currentSearch } from "../state/address";
import { isEmbedSearch, linkedRegion, linkHasDeck, showsNationalSummary } from "../state/view-state";
import { App } from "./App";
import { regionPanelModule } from "./chart-modules";
import { showCodeLoadFailed } from "./code-load-failed";
import { embedPart } from "./embed-part";
import { nationalPart } from "./national-part";

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
// A link pinned to a data release reads that release's files (data/queries.ts), before any is fetched.
const pinned = linkedRelease(currentSearch());
pinRelease(pinned);
/** The text of one of the built page's inert <template> blocks (scripts/prerender.ts), or null. */
const templateText = (id: string) => {
  const block = document.getElementById(id);
  return block instanceof HTMLTemplateElement ? block.content.textContent : null;
};
// The built page draws the province map with the map file's own paths and carries the rest of the
// file beside them (geo/map-seed.ts): put together and checked like a download, it is the map's data.
const drawnPaths = new Map<string, string>();
for (const path of document.querySelectorAll<SVGPathElement>("#root svg.china-map path.province[data-adcode]"))
  if (!drawnPaths.has(path.dataset.adcode!)) drawnPaths.set(path.dataset.adcode!, path.getAttribute("d") ?? "");
const drawnMap = mapFromPage(templateText(MAP_META_ID), drawnPaths);
if (drawnMap && checkProjectedMap(drawnMap) === null) queryClient.setQueryData(geometryQuery.queryKey, drawnMap);
// Start both downloads (the map's only if the page did not carry it) before React renders: the map needs both.
const loaded = Promise.all([queryClient.prefetchQuery(atlasQuery), queryClient.prefetchQuery(geometryQuery)]);
// A link that opens a province draws its panel as soon as the data is in: the panel's code is
// fetched now, beside the data, and the province's events file as soon as the data says the
// province is one the atlas covers (a made-up code must not cost a request that fails).
const linked = linkedRegion(currentSearch());
if (linked) {
  regionPanelModule.preload();
  void loaded.then(() => {
    const province = queryClient.getQueryData(atlasQuery.queryKey)?.provinceByIso.get(linked);
    if (province?.inScope) void queryClient.prefetchQuery(provinceEventsQuery(linked, province.adcode));
  });
}

const root = document.getElementById("root")!;
const drawn = root.hasAttribute("data-prerendered");
const prepaint = (document.documentElement.dataset.prepaint ?? "").split(" ").filter(Boolean);
const search = currentSearch();
/**
 * All of the drawn page is this link's (public/boot.js), and the app's first render here is the
 * build's (that render reads no query and takes the browser's language): the app adopts the page
 * rather than drawing it anew.
 */
const adopting = drawn && prepaint.length === 0 && langFromSearch("") === DEFAULT_LANG;
/**
 * ...and nothing draws the page again at once after adopting it (no query to apply, the theme the
 * build drew): then the drawn national summary may wait for its code until the map works. Anything
 * that re-renders it before its code is in would swap it for a placeholder (React cannot adopt a
 * part whose code it does not have), so otherwise its code comes first.
 */
const steady = adopting && search === "" && document.documentElement.dataset.theme === "light";
// Code split from this chunk that this link's page shows (national-part.ts, embed-part.ts): the
// national summary after the map works where the page is adopted as drawn, else beside the data;
// the embed's shell.
let nationalCode: Promise<void> = Promise.resolve();
if (steady) nationalPart.hold();
else if (showsNationalSummary(search)) nationalCode = nationalPart.fetchNow();
if (isEmbedSearch(search)) embedPart.fetchNow();
// A link with a deck: the code that reads its slides (state/deck-reader.ts), beside the data; the
// app parses the link once it is in.
const deckCode: Promise<unknown> = linkHasDeck(search) ? import("../state/deck-reader") : Promise.resolve();
// The event counts the built page draws (scripts/prerender.ts), the current release's; null if
// absent or malformed, or where the link is pinned to a release.
const seed = pinned ? null : parseMapEventSeed(templateText(MAP_EVENT_SEED_ID));
const app = (prerendered: string | null) => (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <MapEventSeedContext.Provider value={seed}>
        <App prerendered={prerendered} />
      </MapEventSeedContext.Provider>
    </QueryClientProvider>
  </StrictMode>
);

/**
 * How long the drawn page waits for its data to be adopted; then the app starts without adopting it
 * (keeping it on screen), so a slow download gets the app's note and retry over it.
 */
const HYDRATE_WITHIN_MS = 5000;

/**
 * The built page carries the default view already drawn (scripts/prerender.ts); public/boot.js said
 * how much of it is this link's (<html data-prepaint>). When all of it is, the app adopts that
 * markup once its data is in (hydration: the same nodes, nothing redrawn). Otherwise, or when the
 * data is slow or fails, the app renders at once, keeping the drawn page on screen while it waits
 * (App's loading state), and draws its own view over it when the data is in.
 */
async function start() {
  // A page in Chinese waits for its words (English is in this chunk; i18n/messages.ts).
  try {
    await Promise.all([loadWords(langFromSearch(currentSearch())), deckCode]);
  } catch {
    showCodeLoadFailed();
    return;
  }
  if (adopting) {
    const timeout = new Promise<"slow">((resolve) => setTimeout(() => resolve("slow"), HYDRATE_WITHIN_MS));
    const outcome = await Promise.race([Promise.all([loaded, nationalCode]).then(() => "loaded" as const), timeout]);
    const ready = queryClient.getQueryData(atlasQuery.queryKey) && queryClient.getQueryData(geometryQuery.queryKey);
    if (outcome === "loaded" && ready) {
      // As a transition, React adopts the page in slices of a few ms, yielding to the browser
      // between them, instead of in one long task that would hold up a reader's first tap.
      startTransition(() => {
        hydrateRoot(root, app(null));
      });
      return;
    }
    // Drawn anew: the summary's code is waited for like the data.
    if (steady) nationalPart.fetchNow();
  }
  const prerendered = drawn && !prepaint.includes("none") ? root.innerHTML : null;
  // A transition here too: a province link draws its panel and chart in slices, not one long task.
  startTransition(() => {
    createRoot(root).render(app(prerendered));
  });
}
void start();
