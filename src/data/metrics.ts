/** The map's metrics. `as const` so the array is the single source of the union type. */
export const METRIC_IDS = ["balance", "debt_gdp", "debt_revenue"] as const;
export type MetricId = (typeof METRIC_IDS)[number];
export const DEFAULT_METRIC: MetricId = "balance";

export interface MetricInfo {
  id: MetricId;
  label: string;
  short: string;
  unit: string;
  formula: string;
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
};

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
