/**
 * The atlas's first view rendered to HTML at build time (scripts/prerender.ts), from the same
 * components and data the browser uses, so the built page carries the map before any script runs
 * and the browser's React adopts that markup (hydrateRoot in main.tsx) instead of drawing it anew.
 * The default view, in English: the link's own differences are handled by public/boot.js.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import type { AtlasData, EventRecord } from "../data/atlas-types";
import { indexAtlas } from "../data/atlas-index";
import { atlasQuery, geometryQuery } from "../data/queries";
import type { ProjectedMap } from "../geo/province-map";
import { mapEventSeed } from "../features/events/lib/map-event-seed-build";
import type { MapEventSeed } from "../features/events/lib/map-event-seed";

export { MAP_EVENT_SEED_ID } from "../features/events/lib/map-event-seed";
export { MAP_META_ID, mapMetaOf } from "../geo/map-seed";
import { MapEventSeedContext } from "../features/events/seed-context";
import { App } from "./App";

/**
 * The first view's markup, and the event counts it draws (the page carries them for the app).
 * Rendered to completion: parts whose code the app loads apart (the national summary,
 * app/national-part.ts) are drawn, each inside its Suspense boundary, as the browser adopts them.
 */
export async function renderFirstView(
  data: AtlasData,
  map: ProjectedMap,
  events: EventRecord[],
): Promise<{ markup: string; seed: MapEventSeed }> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const index = indexAtlas(data);
  client.setQueryData(atlasQuery.queryKey, index);
  client.setQueryData(geometryQuery.queryKey, map);
  const seed = mapEventSeed(events, index);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={client}>
        <MapEventSeedContext.Provider value={seed}>
          {/* English, whatever the build machine's locale (Node 21+ has a navigator.language). */}
          <App languages={[]} />
        </MapEventSeedContext.Provider>
      </QueryClientProvider>
    </StrictMode>,
    // Every boundary inline, in place: the page may run no inline script, so nothing may be
    // streamed out of order for a script to move (React outlines large boundaries otherwise).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let markup = "";
  for await (const chunk of prelude) markup += String(chunk);
  return { markup, seed };
}
