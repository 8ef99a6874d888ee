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
import { nationalPageMessages } from "../page-messages";

export const reasonFor = (f: NationalFigure, lang: Lang = "en") => {
  const t = nationalPageMessages[lang];
  return t.notChartedReason[f.series] ?? (/^bond_issuance_/.test(f.series) ? t.partYear : t.notCharted);
};

const pct = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A row's value with its unit. A percent of GDP is not an amount, so it never goes through the 亿 conversion. */
export function figureValueText(f: Pick<NationalFigure, "value" | "unit">, lang: Lang = "en"): string {
  if (f.unit === "pct_gdp") return nationalPageMessages[lang].pctOfGdp(pct.format(f.value));
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
