import { describe, expect, it } from "vitest";
import { fold, searchProvinces } from "../../src/features/compare/lib/search";
import { realIndex } from "../support/real-data";

const provinces = realIndex().covered;
const isoOf = (query: string) => searchProvinces(provinces, query).map((p) => p.iso);

describe("province search", () => {
  it.each([
    ["English prefix", "inner", "CN-NM"],
    ["ISO romanised name", "nei", "CN-NM"],
    ["a later word of the romanised name", "mongol", "CN-NM"],
    ["short Chinese name, partial", "内蒙", "CN-NM"],
    ["full Chinese name", "贵州省", "CN-GZ"],
    ["romanised, no tone marks", "Xizang", "CN-XZ"],
    ["romanised, with tone marks", "Xīzàng", "CN-XZ"],
    ["English exonym", "tibet", "CN-XZ"],
    ["upper case", "TIBET", "CN-XZ"],
    ["punctuation and spacing ignored", "inner-mongolia", "CN-NM"],
    ["run together", "innermongolia", "CN-NM"],
    ["the ethnic part of an autonomous region's name", "zhuangzu", "CN-GX"],
    ["ISO code", "CN-GZ", "CN-GZ"],
  ])("%s: %s finds %s first", (_case, query, iso) => {
    expect(isoOf(query)[0]).toBe(iso);
  });

  it("ranks prefix matches before substring matches", () => {
    // "hai" starts Hainan and sits inside Shanghai and Qinghai.
    expect(isoOf("hai")).toEqual(["CN-HI", "CN-SH", "CN-QH"]);
  });

  it("lists several prefix matches in the data's order", () => {
    expect(isoOf("guang")).toEqual(["CN-GD", "CN-GX"]);
    // Shaanxi is spelt with a double a, so it is not a "shan" prefix.
    expect(isoOf("shan")).toEqual(["CN-SX", "CN-SH", "CN-SD"]);
  });

  it.each([[""], ["   "], ["zzz"], ["台湾"]])("finds nothing for %j", (query) => {
    expect(isoOf(query)).toEqual([]);
  });

  it("folds case, accents and punctuation", () => {
    expect(fold("  Xīzàng-Zìzhìqū ")).toBe("xizang zizhiqu");
    expect(fold("内蒙古")).toBe("内蒙古");
  });
});
