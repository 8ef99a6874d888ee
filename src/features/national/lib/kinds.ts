/**
 * The National page's kinds of figure, named once: who made an estimate and what status it has,
 * the parts of a year's bond issuance, and how precisely a date is known. The page's catalogue
 * words each of them, and the figure modules compute with them; both import these names from here,
 * so neither imports the other's module.
 */
export type EstimateStatus = "official, outside the statutory balance" | "estimate";

export type EstimateBy = "mof" | "goldman" | "imf";

export const ISSUANCE_PARTS = ["total", "new", "refinancing", "swap"] as const;
export type IssuancePart = (typeof ISSUANCE_PARTS)[number];

export type Precision = "day" | "month" | "year";
