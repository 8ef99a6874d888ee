/**
 * Scope caveats the figures carry, worded once in each language (in ./messages.ts). Each restates a note in
 * data/README.md (the debt_balance section, "Structure"), so the UI can show it beside the number
 * it qualifies.
 */
import type { BalanceFigure } from "./atlas-types";
import type { Lang } from "../i18n/lang";
import { dataMessages } from "./messages";

const XPCC = "新疆生产建设兵团";
const DERIVED = "DERIVED SUM of reported totals: ";

export function balanceCaveats(b: BalanceFigure | undefined, lang: Lang = "en"): string[] {
  if (!b) return [];
  const t = dataMessages[lang];
  const out: string[] = [];
  if (b.scope !== "as reported") out.push(b.scope.startsWith(DERIVED) ? t.wholeRegion(b.scope.slice(DERIVED.length)) : t.wholeRegionOther(b.scope));
  if (b.scope.includes(XPCC)) out.push(t.xpcc);
  if (b.flags.some((f) => f.startsWith("2015-2017_LOCAL_STATISTICAL"))) out.push(t.localStatistics);
  if (b.flags.some((f) => f.includes("EXCEEDS") && f.includes("LIMIT"))) out.push(t.exceedsLimit);
  return out;
}

/**
 * What every view of Huatai FI's LGFV estimate says beside it (data/README.md, lgfv.csv): whose
 * estimate it is, that its LGFV list changes over time, and that the scope of the separately
 * listed cities is not stated.
 */
export function lgfvCaveats(lang: Lang = "en"): string[] {
  const t = dataMessages[lang];
  return [t.lgfvEstimate, t.lgfvListChanges, t.lgfvListedCities];
}

/** The same caveats in one sentence, where space is short (an exported image's source line). */
export function lgfvCaveatsBrief(lang: Lang = "en"): string {
  return dataMessages[lang].lgfvBrief;
}
