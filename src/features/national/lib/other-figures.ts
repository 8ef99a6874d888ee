/**
 * Every national.csv row the page does not chart, with the reason, so nothing in the data is
 * silently dropped: a reader can still find (and cite) each one.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import type { Lang } from "../../../i18n/lang";
import { formatAmount } from "../../../ui/format";
import { estimates } from "./estimates";
import { issuance } from "./issuance";
import { officialBalance, pointFigures } from "./official-balance";

const REASONS: Record<Lang, Record<string, string>> = {
  en: {
    local_gov_debt_balance: "Official balance at a month-end or mid-year, not a year-end: the bars are year-ends.",
    local_gov_special_debt_limit: "The special-debt ceiling alone, not the total debt limit drawn on the chart.",
    central_gov_debt_balance: "Central government debt: not local debt.",
    total_gov_debt_incl_hidden:
      "MOF's own total of central, statutory local and hidden debt, as published: not added up here.",
    local_gov_direct_debt_nao:
      "2013 National Audit Office audit: a different concept from the post-2015 statutory balance.",
    local_gov_debt_incl_contingent_nao:
      "2013 National Audit Office audit, including contingent debt: a different concept.",
    nontax_revenue_national: "National non-tax revenue: a revenue figure, not debt.",
    bond_issuance_total_ytd: "Year-to-date issuance: not a calendar-year total.",
  },
  zh: {
    local_gov_debt_balance: "月末或年中的官方债务余额，而非年末数字：柱状图只显示年末数字。",
    local_gov_special_debt_limit: "仅为专项债务限额，而非图中所绘的债务总限额。",
    central_gov_debt_balance: "中央政府债务：不属于地方债务。",
    total_gov_debt_incl_hidden: "财政部公布的中央债务、地方法定债务和隐性债务合计，按公布原样列出：本页不作加总。",
    local_gov_direct_debt_nao: "2013年审计署审计：与2015年后的法定债务余额口径不同。",
    local_gov_debt_incl_contingent_nao: "2013年审计署审计，含或有债务：口径不同。",
    nontax_revenue_national: "全国非税收入：为收入数字，而非债务。",
    bond_issuance_total_ytd: "年初至今发行额：并非全年合计。",
  },
};

const PART_YEAR: Record<Lang, string> = {
  en: "Monthly or part-year issuance: not a calendar-year total.",
  zh: "月度或部分年度发行额：并非全年合计。",
};
const NOT_CHARTED: Record<Lang, string> = { en: "Not charted on this page.", zh: "未在本页绘图。" };

export const reasonFor = (f: NationalFigure, lang: Lang = "en") =>
  REASONS[lang][f.series] ?? (/^bond_issuance_/.test(f.series) ? PART_YEAR[lang] : NOT_CHARTED[lang]);

const pct = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A row's value with its unit. A percent of GDP is not an amount, so it never goes through the 亿 conversion. */
export function figureValueText(f: Pick<NationalFigure, "value" | "unit">, lang: Lang = "en"): string {
  if (f.unit === "pct_gdp") return lang === "zh" ? `占GDP的${pct.format(f.value)}%` : `${pct.format(f.value)}% of GDP`;
  return formatAmount(f.value, lang);
}

/** The rows each part of the page uses (balance chart, estimates panel, issuance chart and notes). */
export function chartedFigures(national: NationalFigure[]): Set<NationalFigure> {
  const used = new Set<NationalFigure>();
  officialBalance(national).points.forEach((p) => pointFigures(p).forEach((f) => used.add(f)));
  const est = estimates(national);
  [...est.inBn, ...est.pctGdp].forEach((r) => used.add(r.figure));
  const iss = issuance(national);
  iss.years.forEach((y) => [y.total, y.new, y.refinancing, y.swap].forEach((f) => f && used.add(f)));
  iss.annotations.forEach((a) => used.add(a.figure));
  return used;
}

/** The rest, oldest first. Monthly issuance is also listed under the issuance chart. */
export function otherFigures(national: NationalFigure[]): NationalFigure[] {
  const used = chartedFigures(national);
  return national
    .filter((f) => !used.has(f))
    .sort((a, b) => a.period.localeCompare(b.period) || a.series.localeCompare(b.series));
}
