/**
 * The national balance chart's code-split module (recharts stays out of the initial bundle). Every
 * national rendering draws it, so the app preloads it once the map is on screen
 * (app/chart-modules.ts); the full page's other charts load with the page (national-chart-modules.ts).
 */
import { moduleLoader } from "../../ui/module-loader";

export const nationalChartModule = moduleLoader(() => import("./NationalChart"));
