/**
 * The code-split modules a first click needs: the charts (recharts lives only in these chunks) and
 * the province panel. Preloaded once the map is on screen, so opening a province draws at once
 * without waiting for the network, and the first paint never waits for them.
 */
import { moduleLoader } from "../ui/module-loader";

export const balanceChartModule = moduleLoader(() => import("./region/BalanceChart"));
export const nationalChartModule = moduleLoader(() => import("./national/NationalChart"));
export const regionPanelModule = moduleLoader(() =>
  import("./region/RegionPanel").then((m) => ({ default: m.RegionPanel })),
);

export function preloadCharts() {
  regionPanelModule.preload();
  balanceChartModule.preload();
  nationalChartModule.preload();
}
