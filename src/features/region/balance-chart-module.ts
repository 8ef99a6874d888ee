/**
 * The province balance chart's code-split module: recharts lives only in chart chunks, so the
 * first paint never waits for it. The panel renders it; the app preloads it once the map is on
 * screen (app/chart-modules.ts), so opening a province draws its chart at once.
 */
import { moduleLoader } from "../../ui/module-loader";

export const balanceChartModule = moduleLoader(() => import("./BalanceChart"));
