/**
 * The atlas's first view rendered to HTML at build time (scripts/prerender.ts), from the same
 * components and data the browser uses, so the built page carries the map before any script runs
 * and the browser's React adopts that markup (hydrateRoot in main.tsx) instead of drawing it anew.
 * The default view, in English: the link's own differences are handled by public/boot.js.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import type { AtlasData } from "../data/atlas-types";
import { indexAtlas } from "../data/atlas-index";
import { atlasQuery, geometryQuery } from "../data/queries";
import type { ProjectedMap } from "../geo/province-map";
import { App } from "./App";

export function renderFirstView(data: AtlasData, map: ProjectedMap): string {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(atlasQuery.queryKey, indexAtlas(data));
  client.setQueryData(geometryQuery.queryKey, map);
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={client}>
        {/* English, whatever the build machine's locale (Node 21+ has a navigator.language). */}
        <App languages={[]} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
