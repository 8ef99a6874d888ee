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

export const ISSUANCE_PARTS = ["total", "new", "refinancing", "swap"] as const;
export type IssuancePart = (typeof ISSUANCE_PARTS)[number];

const LABELS: Record<Lang, Record<IssuancePart, string>> = {
  en: {
    total: "Total issued",
    new: "New bonds",
    refinancing: "Refinancing bonds",
    swap: "Swap bonds (2015–18 programme)",
  },
  zh: { total: "发行总额", new: "新增债券", refinancing: "再融资债券", swap: "置换债券（2015—2018年置换计划）" },
};

/** A component's name in the chart's legend and the table's header. */
export const issuanceLabel = (part: IssuancePart, lang: Lang = "en") => LABELS[lang][part];

/** Which component a source belongs to, said briefly in the table's sources cell. */
export const issuancePartShort = (part: IssuancePart, lang: Lang = "en") =>
  lang === "zh" ? { total: "总额", new: "新增", refinancing: "再融资", swap: "置换" }[part] : part;

const SUB_ANNUAL: Record<Lang, Record<string, string>> = {
  en: {
    bond_issuance_total: "total",
    bond_issuance_new: "new bonds",
    bond_issuance_refinancing: "refinancing bonds",
    bond_issuance_total_ytd: "total, year to date",
  },
  zh: {
    bond_issuance_total: "发行总额",
    bond_issuance_new: "新增债券",
    bond_issuance_refinancing: "再融资债券",
    bond_issuance_total_ytd: "发行总额（年初至今）",
  },
};

/** What a monthly or year-to-date row counts; an unknown series is shown by its id. */
export const subAnnualLabel = (series: string, lang: Lang = "en") => SUB_ANNUAL[lang][series] ?? series;

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

const ANNOTATED: Record<string, Record<Lang, { label: string; caveat: string }>> = {
  special_refinancing_bonds: {
    en: {
      label: "Special refinancing bonds (hidden-debt swap, from Sept 2023)",
      caveat: "Issued and planned as announced by mid-November 2023; a programme total, not a calendar-year figure.",
    },
    zh: {
      label: "特殊再融资债券（置换隐性债务，2023年9月起）",
      caveat: "截至2023年11月中旬公布的已发行和计划发行规模；为计划总额，而非某一年度的数字。",
    },
  },
  debt_swap_package: {
    en: {
      label: "November 2024 debt-swap package",
      caveat:
        "Debt-relief resources announced on that date (ceiling rise plus special bonds over several years), not bonds issued in 2024.",
    },
    zh: {
      label: "2024年11月化债一揽子方案",
      caveat: "当日宣布的化债资源（提高债务限额，加上分数年安排的专项债券），并非2024年发行的债券。",
    },
  },
};

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
      .filter((f) => f.series in ANNOTATED)
      .sort((a, b) => a.period.localeCompare(b.period))
      .map((figure) => ({ figure, ...ANNOTATED[figure.series][lang] })),
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
