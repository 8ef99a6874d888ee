/**
 * Bond issuance by calendar year: the published total, new and refinancing bonds, and the 2015–18
 * swap-programme bonds, each only where a row gives that year's full-year figure. A missing
 * component is not derived as total minus the other: it stays missing. Monthly and year-to-date
 * flows are kept out of the annual bars and listed apart; the special refinancing bonds and the
 * 2024 package are not a year's issuance, so they are annotations.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import type { Lang } from "../../../i18n/lang";
import { isAnnualFlow, yearOf } from "./figures";
import { nationalPageMessages } from "../page-messages";
import { ISSUANCE_PARTS, type IssuancePart } from "./kinds";

export { ISSUANCE_PARTS, type IssuancePart };

/** A component's name in the chart's legend and the table's header. */
export const issuanceLabel = (part: IssuancePart, lang: Lang = "en") => nationalPageMessages[lang].issuancePart[part];

/** Which component a source belongs to, said briefly in the table's sources cell. */
export const issuancePartShort = (part: IssuancePart, lang: Lang = "en") =>
  nationalPageMessages[lang].issuancePartShort[part];

/** What a monthly or year-to-date row counts; an unknown series is shown by its id. */
export const subAnnualLabel = (series: string, lang: Lang = "en") =>
  nationalPageMessages[lang].subAnnual[series] ?? series;

export type IssuanceYear = { year: number } & Record<IssuancePart, NationalFigure | null>;

export interface IssuanceAnnotation {
  figure: NationalFigure;
  label: string;
  /** Why it is not an annual bar. */
  caveat: string;
}

export interface Issuance {
  years: IssuanceYear[];
  subAnnual: NationalFigure[];
  annotations: IssuanceAnnotation[];
}

const ISSUANCE_SERIES = new Set([
  "bond_issuance_total",
  "bond_issuance_new",
  "bond_issuance_refinancing",
  "bond_issuance_swap",
  "bond_issuance_total_ytd",
]);

export function issuance(national: NationalFigure[], lang: Lang = "en"): Issuance {
  const annual = national.filter((f) => ISSUANCE_SERIES.has(f.series) && isAnnualFlow(f));
  const years: IssuanceYear[] = [];
  if (annual.length > 0) {
    const ys = annual.map((f) => yearOf(f.period));
    for (let y = Math.min(...ys); y <= Math.max(...ys); y++) {
      const get = (part: IssuancePart) =>
        annual.find((f) => f.series === `bond_issuance_${part}` && yearOf(f.period) === y) ?? null;
      years.push({ year: y, total: get("total"), new: get("new"), refinancing: get("refinancing"), swap: get("swap") });
    }
  }
  return {
    years,
    subAnnual: national
      .filter((f) => ISSUANCE_SERIES.has(f.series) && !isAnnualFlow(f))
      .sort((a, b) => a.period.localeCompare(b.period)),
    annotations: national
      .filter((f) => f.series in nationalPageMessages.en.annotated)
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((figure) => ({ figure, ...nationalPageMessages[lang].annotated[figure.series] })),
  };
}

/** The chart's rows: one per year, numbers exactly as published, null where nothing is. */
export function issuanceBars(years: IssuanceYear[]) {
  return years.map((y) => ({
    label: String(y.year),
    total: y.total?.value ?? null,
    new: y.new?.value ?? null,
    refinancing: y.refinancing?.value ?? null,
    swap: y.swap?.value ?? null,
  }));
}
