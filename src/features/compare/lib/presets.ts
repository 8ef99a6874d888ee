/**
 * The Compare presets: which provinces each button puts on the chart. Pure; the codes are ISO
 * 3166-2 (the URL's `cr`) in the data's province order, so a preset always yields the same link.
 */
import type { KeyRegionRecord, MacroRegion, ProvinceInfo } from "../../../data/atlas-types";
import { isKeyAt, listStart } from "../../../data/key-regions";
import type { Lang } from "../../../i18n/lang";
import { compareMessages } from "../messages";

/** The macro-region presets, in button order (their names are in ../messages.ts). */
export const MACRO_REGIONS: { id: MacroRegion }[] = [
  { id: "east" },
  { id: "central" },
  { id: "west" },
  { id: "northeast" },
];

/** A macro-region's name on its preset button: "East" / "东部". */
export function macroRegionLabel(region: MacroRegion, lang: Lang = "en"): string {
  return compareMessages[lang].macroRegion[region];
}

export function allProvinces(covered: ProvinceInfo[]): string[] {
  return covered.map((p) => p.iso);
}

export function macroRegionMembers(covered: ProvinceInfo[], region: MacroRegion): string[] {
  return covered.filter((p) => p.macroRegion === region).map((p) => p.iso);
}

export interface KeyRegionPreset {
  codes: string[];
  /**
   * "members": on the list at the date. "as-listed": the date predates the list, so the preset
   * takes every region the list ever named; an empty preset for 2015–2022 would help nobody, and
   * the caption says which it is.
   */
  basis: "members" | "as-listed";
  listedFrom: string | null;
}

export function keyRegionPreset(covered: ProvinceInfo[], records: KeyRegionRecord[], date: string): KeyRegionPreset {
  const start = listStart(records);
  const named = new Set(records.map((r) => r.adcode));
  if (start === null || date < start) {
    return {
      codes: covered.filter((p) => named.has(p.adcode)).map((p) => p.iso),
      basis: "as-listed",
      listedFrom: start,
    };
  }
  return {
    codes: covered.filter((p) => isKeyAt(records, p.adcode, date)).map((p) => p.iso),
    basis: "members",
    listedFrom: start,
  };
}
