/** The kinds of event in events.csv; `as const` so the list is the source of the union type. */
export const EVENT_KINDS = ["asset_sale", "policy", "risk_list", "financial_risk", "other"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  asset_sale: "Asset sale",
  policy: "Policy",
  risk_list: "Risk list",
  financial_risk: "Financial risk",
  other: "Other",
};
