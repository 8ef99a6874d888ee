/**
 * What a first click needs, fetched ahead of it: the province panel's code (its balance chart is
 * plain SVG inside it, so no chart library is needed). The app preloads it once the map is on
 * screen, so opening a province draws at once without waiting for the network, and the first paint
 * never waits for it. Each feature keeps its own loaders; this is only the list.
 */
import { moduleLoader } from "../ui/module-loader";

export const regionPanelModule = moduleLoader(() =>
  import("../features/region/RegionPanel").then((m) => ({ default: m.RegionPanel })),
);

/** Settles once the code is in (or failed to come). */
export function preloadFirstClick(): Promise<void> {
  return regionPanelModule.preload();
}
