/**
 * Scope caveats the figures carry, worded once. Each restates a note in data/README.md (the
 * debt_balance section, "Structure"), so the UI can show it beside the number it qualifies.
 */
import type { BalanceFigure } from "./atlas-types";

const XPCC = "新疆生产建设兵团";

export function balanceCaveats(b: BalanceFigure | undefined): string[] {
  if (!b) return [];
  const out: string[] = [];
  if (b.scope !== "as reported") out.push(`Whole region: ${b.scope.replace("DERIVED SUM of reported totals: ", "sum of the platform's reported totals for ")}.`);
  if (b.scope.includes(XPCC)) {
    out.push(
      "Xinjiang's whole-region figure adds the Xinjiang Production and Construction Corps. The platform says its Xinjiang limit excludes the Corps but does not say so for the balance; if the balance already included it, this sum double-counts.",
    );
  }
  if (b.flags.some((f) => f.startsWith("2015-2017_LOCAL_STATISTICAL"))) {
    out.push("2015–2017 year-end balances are local statistics that include non-bond debt such as bank loans (platform note).");
  }
  if (b.flags.some((f) => f.includes("EXCEEDS") && f.includes("LIMIT"))) {
    out.push("The balance exceeds its limit in the source; kept as published.");
  }
  return out;
}
