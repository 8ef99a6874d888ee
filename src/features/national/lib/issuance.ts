/**
 * Bond issuance by calendar year: the published total, new and refinancing bonds, and the 2015–18
 * swap-programme bonds, each only where a row gives that year's full-year figure. A missing
 * component is not derived as total minus the other: it stays missing. Monthly and year-to-date
 * flows are kept out of the annual bars and listed apart; the special refinancing bonds and the
 * 2024 package are not a year's issuance, so they are annotations.
 */
import type { NationalFigure } from "../../../data/atlas-types";
import { isAnnualFlow, yearOf } from "./figures";

export const ISSUANCE_PARTS = ["total", "new", "refinancing", "swap"] as const;
export type IssuancePart = (typeof ISSUANCE_PARTS)[number];

export const ISSUANCE_LABELS: Record<IssuancePart, string> = {
  total: "Total issued",
  new: "New bonds",
  refinancing: "Refinancing bonds",
  swap: "Swap bonds (2015–18 programme)",
};

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

const ISSUANCE_SERIES = new Set(["bond_issuance_total", "bond_issuance_new", "bond_issuance_refinancing", "bond_issuance_swap", "bond_issuance_total_ytd"]);

const ANNOTATED: Record<string, { label: string; caveat: string }> = {
  special_refinancing_bonds: {
    label: "Special refinancing bonds (hidden-debt swap, from Sept 2023)",
    caveat: "Issued and planned as announced by mid-November 2023; a programme total, not a calendar-year figure.",
  },
  debt_swap_package: {
    label: "November 2024 debt-swap package",
    caveat: "Debt-relief resources announced on that date (ceiling rise plus special bonds over several years), not bonds issued in 2024.",
  },
};

export function issuance(national: NationalFigure[]): Issuance {
  const annual = national.filter((f) => ISSUANCE_SERIES.has(f.series) && isAnnualFlow(f));
  const years: IssuanceYear[] = [];
  if (annual.length > 0) {
    const ys = annual.map((f) => yearOf(f.period));
    for (let y = Math.min(...ys); y <= Math.max(...ys); y++) {
      const get = (part: IssuancePart) => annual.find((f) => f.series === `bond_issuance_${part}` && yearOf(f.period) === y) ?? null;
      years.push({ year: y, total: get("total"), new: get("new"), refinancing: get("refinancing"), swap: get("swap") });
    }
  }
  return {
    years,
    subAnnual: national.filter((f) => ISSUANCE_SERIES.has(f.series) && !isAnnualFlow(f)).sort((a, b) => a.period.localeCompare(b.period)),
    annotations: national
      .filter((f) => f.series in ANNOTATED)
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((figure) => ({ figure, ...ANNOTATED[figure.series] })),
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
