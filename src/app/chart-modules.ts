/**
 * What a first click needs, fetched ahead of it: the province panel and its balance chart (recharts
 * lives only in chart chunks; the national chart on the map page is plain SVG and needs none). The app preloads them once the
 * map is on screen, so opening a province draws at once without waiting for the network, and the
 * first paint never waits for them. Each feature keeps its own loaders; this is only the list.
 */
import { moduleLoader } from "../ui/module-loader";
import { balanceChartModule } from "../features/region/balance-chart-module";

export const regionPanelModule = moduleLoader(() =>
  import("../features/region/RegionPanel").then((m) => ({ default: m.RegionPanel })),
);

export function preloadCharts() {
  regionPanelModule.preload();
  balanceChartModule.preload();
}
