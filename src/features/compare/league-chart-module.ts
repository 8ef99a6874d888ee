/** The prefecture league's bar chart as its own code-split chunk, so recharts stays out of the initial bundle. */
import { moduleLoader } from "../../ui/module-loader";

export const leagueChartModule = moduleLoader(() => import("./LeagueChart"));
