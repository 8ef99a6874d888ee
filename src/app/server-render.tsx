/**
 * The atlas's first view rendered to HTML at build time (scripts/prerender.ts), from the same
 * components and data the browser uses, so the built page carries the map before any script runs
 * and the browser's React adopts that markup (hydrateRoot in main.tsx) instead of drawing it anew.
 * The default view, in English: the link's own differences are handled by public/boot.js.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import type { AtlasData, EventRecord } from "../data/atlas-types";
import { indexAtlas } from "../data/atlas-index";
import { atlasQuery, geometryQuery } from "../data/queries";
import type { ProjectedMap } from "../geo/province-map";
import { mapEventSeed, type MapEventSeed } from "../features/events/lib/map-event-seed";

export { MAP_EVENT_SEED_ID } from "../features/events/lib/map-event-seed";
export { MAP_META_ID, mapMetaOf } from "../geo/map-seed";
import { MapEventSeedContext } from "../features/events/seed-context";
import { App } from "./App";

/** The first view's markup, and the event counts it draws (the page carries them for the app). */
export function renderFirstView(
  data: AtlasData,
  map: ProjectedMap,
  events: EventRecord[],
): { markup: string; seed: MapEventSeed } {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const index = indexAtlas(data);
  client.setQueryData(atlasQuery.queryKey, index);
  client.setQueryData(geometryQuery.queryKey, map);
  const seed = mapEventSeed(events, index);
  const markup = renderToString(
    <StrictMode>
      <QueryClientProvider client={client}>
        <MapEventSeedContext.Provider value={seed}>
          {/* English, whatever the build machine's locale (Node 21+ has a navigator.language). */}
          <App languages={[]} />
        </MapEventSeedContext.Provider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { markup, seed };
}
