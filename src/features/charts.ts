/**
 * The code-split chart modules (recharts lives only in these chunks). Preloaded once the map is
 * on screen, so opening a province draws its chart without waiting for the network.
 */
import { moduleLoader } from "../ui/module-loader";

export const balanceChartModule = moduleLoader(() => import("./region/BalanceChart"));
export const nationalChartModule = moduleLoader(() => import("./national/NationalChart"));

export function preloadCharts() {
  balanceChartModule.preload();
  nationalChartModule.preload();
}
