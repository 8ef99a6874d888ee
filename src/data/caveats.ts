/**
 * Scope caveats the figures carry, worded once in each language. Each restates a note in
 * data/README.md (the debt_balance section, "Structure"), so the UI can show it beside the number
 * it qualifies.
 */
import type { BalanceFigure } from "./atlas-types";
import type { Lang } from "../i18n/lang";

const XPCC = "新疆生产建设兵团";
const DERIVED = "DERIVED SUM of reported totals: ";

const WORDS = {
  en: {
    /** `parts` is the data's own list of what was summed, e.g. "辽宁省 + 大连市". */
    wholeRegion: (parts: string) => `Whole region: sum of the platform's reported totals for ${parts}.`,
    wholeRegionOther: (scope: string) => `Whole region: ${scope}.`,
    xpcc:
      "Xinjiang's whole-region figure adds the Xinjiang Production and Construction Corps. The platform says its Xinjiang limit excludes the Corps but does not say so for the balance; if the balance already included it, this sum double-counts.",
    localStatistics: "2015–2017 year-end balances are local statistics that include non-bond debt such as bank loans (platform note).",
    exceedsLimit: "The balance exceeds its limit in the source; kept as published.",
  },
  zh: {
    wholeRegion: (parts: string) => `全区口径：${parts}，为平台公布的各自合计数之和。`,
    wholeRegionOther: (scope: string) => `全区口径：${scope}。`,
    xpcc:
      "新疆的全区数字加入了新疆生产建设兵团。平台说明其新疆债务限额不含兵团，但未就债务余额作同样说明；如果余额已包含兵团，此合计即为重复计算。",
    localStatistics: "2015–2017年末余额为地方统计数，包含银行贷款等非债券债务（平台注明）。",
    exceedsLimit: "来源中的债务余额超过其债务限额；按公布数保留。",
  },
} satisfies Record<Lang, unknown>;

export function balanceCaveats(b: BalanceFigure | undefined, lang: Lang = "en"): string[] {
  if (!b) return [];
  const t = WORDS[lang];
  const out: string[] = [];
  if (b.scope !== "as reported") out.push(b.scope.startsWith(DERIVED) ? t.wholeRegion(b.scope.slice(DERIVED.length)) : t.wholeRegionOther(b.scope));
  if (b.scope.includes(XPCC)) out.push(t.xpcc);
  if (b.flags.some((f) => f.startsWith("2015-2017_LOCAL_STATISTICAL"))) out.push(t.localStatistics);
  if (b.flags.some((f) => f.includes("EXCEEDS") && f.includes("LIMIT"))) out.push(t.exceedsLimit);
  return out;
}
