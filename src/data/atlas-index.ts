/**
 * Lookup tables over the loaded model, built once per load. Everything the map and panels derive
 * goes through these, so no component scans the raw arrays.
 */
import type { AtlasData, BalanceFigure, LgfvFigure, MacroFigure, MacroIndicator, ProvinceInfo } from "./atlas-types";
import { PERIODS } from "./periods";

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
  /** Huatai FI's LGFV debt estimate for the province at the period (lgfv.csv), if the data has one. */
  lgfv(adcode: string, periodId: string): LgfvFigure | undefined;
  /** The periods lgfv.csv has any figure for, in the atlas's order (year-ends 2019–2024). */
  lgfvPeriods: string[];
}

export function indexAtlas(data: AtlasData): AtlasIndex {
  const balances = new Map(data.balances.map((b) => [`${b.adcode}|${b.period}`, b]));
  const unreported = new Set(data.unreported.map((u) => `${u.adcode}|${u.period}`));
  const macro = new Map(data.macro.map((m) => [`${m.adcode}|${m.year}|${m.indicator}`, m]));
  const lgfv = new Map(data.lgfv.map((f) => [`${f.adcode}|${f.period}`, f]));
  const lgfvPeriods = new Set(data.lgfv.map((f) => f.period));
  return {
    data,
    covered: data.provinces.filter((p) => p.inScope),
    provinceByAdcode: new Map(data.provinces.map((p) => [p.adcode, p])),
    provinceByIso: new Map(data.provinces.map((p) => [p.iso, p])),
    balance: (adcode, periodId) => balances.get(`${adcode}|${periodId}`),
    unreported: (adcode, periodId) => unreported.has(`${adcode}|${periodId}`),
    macro: (adcode, year, indicator) => macro.get(`${adcode}|${year}|${indicator}`),
    lgfv: (adcode, periodId) => lgfv.get(`${adcode}|${periodId}`),
    lgfvPeriods: PERIODS.filter((p) => lgfvPeriods.has(p.id)).map((p) => p.id),
  };
}
