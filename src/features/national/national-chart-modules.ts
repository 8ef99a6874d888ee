/**
 * The national page's own code-split chart modules (recharts stays out of the initial bundle, as
 * in balance-chart-module.ts). Only the full national page renders them, so they load when it opens.
 */
import { moduleLoader } from "../../ui/module-loader";

export const officialBalanceChartModule = moduleLoader(() => import("./OfficialBalanceChart"));
export const issuanceChartModule = moduleLoader(() => import("./IssuanceChart"));
