/**
 * Every national.csv row the page does not chart, with the reason, so nothing in the data is
 * silently dropped: a reader can still find (and cite) each one.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import { estimates } from "./estimates";
import { issuance } from "./issuance";
import { officialBalance, pointFigures } from "./official-balance";

const REASONS: Record<string, string> = {
  local_gov_debt_balance: "Official balance at a month-end or mid-year, not a year-end: the bars are year-ends.",
  local_gov_special_debt_limit: "The special-debt ceiling alone, not the total debt limit drawn on the chart.",
  central_gov_debt_balance: "Central government debt: not local debt.",
  total_gov_debt_incl_hidden: "MOF's own total of central, statutory local and hidden debt, as published: not added up here.",
  local_gov_direct_debt_nao: "2013 National Audit Office audit: a different concept from the post-2015 statutory balance.",
  local_gov_debt_incl_contingent_nao: "2013 National Audit Office audit, including contingent debt: a different concept.",
  nontax_revenue_national: "National non-tax revenue: a revenue figure, not debt.",
  bond_issuance_total_ytd: "Year-to-date issuance: not a calendar-year total.",
};

export const reasonFor = (f: NationalFigure) =>
  REASONS[f.series] ?? (/^bond_issuance_/.test(f.series) ? "Monthly or part-year issuance: not a calendar-year total." : "Not charted on this page.");

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
  return national.filter((f) => !used.has(f)).sort((a, b) => a.period.localeCompare(b.period) || a.series.localeCompare(b.series));
}
