/** The prefecture balance chart's code-split module (recharts stays out of the first load). */
import { moduleLoader } from "../../ui/module-loader";

export const prefectureChartModule = moduleLoader(() => import("./PrefectureBalanceChart"));
