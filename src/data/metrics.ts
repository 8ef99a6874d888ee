/** The map's metrics. `as const` so the array is the single source of the union type. */
import type { MacroIndicator } from "./atlas-types";

export const METRIC_IDS = ["balance", "debt_gdp", "debt_revenue", "lgfv", "lgfv_gdp"] as const;
export type MetricId = (typeof METRIC_IDS)[number];
export const DEFAULT_METRIC: MetricId = "balance";

export interface MetricInfo {
  id: MetricId;
  label: string;
  short: string;
  unit: string;
  formula: string;
}

/**
 * What a metric is made of. `numerator`: the official statutory balance (debt_balance.csv) or
 * Huatai FI's LGFV debt estimate (lgfv.csv), two separate series that are never added together;
 * `denominator`: the macro indicator a ratio divides by, null for an amount.
 */
export interface MetricDef {
  numerator: "balance" | "lgfv";
  denominator: MacroIndicator | null;
}

export const METRIC_DEFS: Record<MetricId, MetricDef> = {
  balance: { numerator: "balance", denominator: null },
  debt_gdp: { numerator: "balance", denominator: "gdp" },
  debt_revenue: { numerator: "balance", denominator: "general_public_budget_revenue" },
  lgfv: { numerator: "lgfv", denominator: null },
  lgfv_gdp: { numerator: "lgfv", denominator: "gdp" },
};

/** An amount (bn CNY / 亿元), as opposed to a ratio in per cent. */
export function isAmount(metric: MetricId): boolean {
  return METRIC_DEFS[metric].denominator === null;
}

/** A metric built on Huatai FI's LGFV estimate rather than on the official balance. */
export function isLgfv(metric: MetricId): boolean {
  return METRIC_DEFS[metric].numerator === "lgfv";
}

export const METRICS: Record<MetricId, MetricInfo> = {
  balance: {
    id: "balance",
    label: "Debt balance",
    short: "Balance",
    unit: "bn CNY",
    formula: "Statutory local government debt balance (general + special), whole province",
  },
  debt_gdp: {
    id: "debt_gdp",
    label: "Debt / GDP",
    short: "Debt/GDP",
    unit: "%",
    formula: "Debt balance ÷ GDP of the same year × 100",
  },
  debt_revenue: {
    id: "debt_revenue",
    label: "Debt / budget revenue",
    short: "Debt/revenue",
    unit: "%",
    formula: "Debt balance ÷ general public budget revenue of the same year × 100",
  },
  lgfv: {
    id: "lgfv",
    label: "LGFV interest-bearing debt (Huatai FI estimate)",
    short: "LGFV debt (Huatai est.)",
    unit: "bn CNY",
    formula:
      "Interest-bearing debt of the bond-issuing financing vehicles (LGFVs, 城投) on Huatai FI's LGFV list located in the province, estimated from their financial statements by Huatai Securities' fixed-income team, as compiled in a GitHub repository. A broker's estimate, not an official statistic, and never added to the debt balance",
  },
  lgfv_gdp: {
    id: "lgfv_gdp",
    label: "LGFV debt / GDP (Huatai FI estimate)",
    short: "LGFV/GDP (Huatai est.)",
    unit: "%",
    formula: "Huatai FI's estimate of LGFV interest-bearing debt ÷ GDP of the same year × 100",
  },
};

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
