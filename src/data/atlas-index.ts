/**
 * Lookup tables over the loaded model, built once per load. Everything the map and panels derive
 * goes through these, so no component scans the raw arrays.
 */
import type { AtlasData, BalanceFigure, MacroFigure, MacroIndicator, ProvinceInfo } from "./atlas-types";

export interface AtlasIndex {
  data: AtlasData;
  /** The 31 mainland provinces, in the data's order. */
  covered: ProvinceInfo[];
  provinceByAdcode: Map<string, ProvinceInfo>;
  provinceByIso: Map<string, ProvinceInfo>;
  balance(adcode: string, periodId: string): BalanceFigure | undefined;
  /** True where the source had not yet reported the province's figure for that period when read. */
  unreported(adcode: string, periodId: string): boolean;
  macro(adcode: string, year: number, indicator: MacroIndicator): MacroFigure | undefined;
}

export function indexAtlas(data: AtlasData): AtlasIndex {
  const balances = new Map(data.balances.map((b) => [`${b.adcode}|${b.period}`, b]));
  const unreported = new Set(data.unreported.map((u) => `${u.adcode}|${u.period}`));
  const macro = new Map(data.macro.map((m) => [`${m.adcode}|${m.year}|${m.indicator}`, m]));
  return {
    data,
    covered: data.provinces.filter((p) => p.inScope),
    provinceByAdcode: new Map(data.provinces.map((p) => [p.adcode, p])),
    provinceByIso: new Map(data.provinces.map((p) => [p.iso, p])),
    balance: (adcode, periodId) => balances.get(`${adcode}|${periodId}`),
    unreported: (adcode, periodId) => unreported.has(`${adcode}|${periodId}`),
    macro: (adcode, year, indicator) => macro.get(`${adcode}|${year}|${indicator}`),
  };
}
