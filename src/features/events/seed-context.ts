/**
 * The built page's event counts (lib/map-event-seed.ts), given by the page's entry and the build's
 * server render; null elsewhere (tests, a page built without them), where the map simply waits for
 * the events file as before.
 */
import { createContext } from "react";
import type { MapEventSeed } from "./lib/map-event-seed";

export const MapEventSeedContext = createContext<MapEventSeed | null>(null);
