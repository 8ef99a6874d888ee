import { describe, expect, it } from "vitest";
import { allProvinces, keyRegionPreset, macroRegionMembers } from "../../src/features/compare/lib/presets";
import { realIndex } from "../support/real-data";
import { KEY_REGIONS_2023 } from "../support/key-regions";

const index = realIndex();
const KEY_12: readonly string[] = KEY_REGIONS_2023;

describe("macro-region presets (NBS 2011)", () => {
  // Written out from the NBS text, not from the data, so the data is checked too.
  it.each([
    ["east", ["CN-BJ", "CN-TJ", "CN-HE", "CN-SH", "CN-JS", "CN-ZJ", "CN-FJ", "CN-SD", "CN-GD", "CN-HI"]],
    ["central", ["CN-SX", "CN-AH", "CN-JX", "CN-HA", "CN-HB", "CN-HN"]],
    [
      "west",
      ["CN-NM", "CN-GX", "CN-CQ", "CN-SC", "CN-GZ", "CN-YN", "CN-XZ", "CN-SN", "CN-GS", "CN-QH", "CN-NX", "CN-XJ"],
    ],
    ["northeast", ["CN-LN", "CN-JL", "CN-HL"]],
  ] as const)("%s", (region, expected) => {
    expect(macroRegionMembers(index.covered, region)).toEqual(expected);
  });

  it("the four regions cover the 31 provinces exactly once", () => {
    const all = (["east", "central", "west", "northeast"] as const).flatMap((r) =>
      macroRegionMembers(index.covered, r),
    );
    expect(all.sort()).toEqual(allProvinces(index.covered).sort());
    expect(all).toHaveLength(31);
  });
});

describe("key-region preset at a date", () => {
  it.each([
    ["end-2024: all twelve listed", "2024-12-31", KEY_12, "members"],
    ["the listing month", "2023-09-01", KEY_12, "members"],
    [
      "end-2025: Inner Mongolia exited in Aug 2025; Jilin's exit came in Jan 2026",
      "2025-12-31",
      KEY_12.filter((c) => c !== "CN-NM"),
      "members",
    ],
    ["Ningxia only applied to exit, so it stays", "2025-06-30", KEY_12, "members"],
    ["before the list existed: the twelve as first listed", "2020-12-31", KEY_12, "as-listed"],
  ])("%s", (_case, date, codes, basis) => {
    const preset = keyRegionPreset(index.covered, index.data.keyRegions, date);
    expect(preset.codes).toEqual(codes);
    expect(preset.basis).toBe(basis);
  });

  it("with no list in the data, the preset is empty rather than invented", () => {
    expect(keyRegionPreset(index.covered, [], "2024-12-31")).toEqual({
      codes: [],
      basis: "as-listed",
      listedFrom: null,
    });
  });
});

describe("All 31", () => {
  it("is every covered province, not Hong Kong, Macau or Taiwan", () => {
    const all = allProvinces(index.covered);
    expect(all).toHaveLength(31);
    expect(all).not.toContain("CN-TW");
  });
});
