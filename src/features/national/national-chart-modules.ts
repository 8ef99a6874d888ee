/**
 * The national page's own code-split chart modules (recharts stays out of the initial bundle: the
 * national chart every rendering draws is plain SVG). Only the full national page renders these, so
 * they load when it opens.
 */
import { moduleLoader } from "../../ui/module-loader";

export const officialBalanceChartModule = moduleLoader(() => import("./OfficialBalanceChart"));
export const issuanceChartModule = moduleLoader(() => import("./IssuanceChart"));
