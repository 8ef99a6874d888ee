/**
 * The prefecture league table's sort (compare/lib/league-sort.ts) and its URL parameter `ls`. The
 * rows are a small hand-made league; every expected order below is worked out by hand from the
 * figures and names in the fixture (pinyin: an, bai, he, qi, xing, zun; gui, hei, ji, nei).
 */
import { describe, expect, it } from "vitest";
import type { ProvinceInfo } from "../../src/data/atlas-types";
import type { PrefectureUnit } from "../../src/data/prefecture-types";
import { nextSort, readSort, sortLeague, type LeagueSort } from "../../src/features/compare/lib/league-sort";
import type { LeagueRow } from "../../src/features/compare/lib/prefecture-league";
import { reasonMessages } from "../../src/state/reason-messages";
import { LEAGUE_SORTS } from "../../src/state/url-params";
import { DEFAULT_VIEW, parseView, serialiseView, type ViewState } from "../../src/state/view-state";

const province = (iso: string, nameEn: string, nameZh: string) =>
  ({
    adcode: "",
    iso,
    nameEn,
    nameZh,
    nameZhFull: nameZh,
    nameLatin: nameEn,
    inScope: true,
    macroRegion: null,
  }) as ProvinceInfo;
const HL = province("CN-HL", "Heilongjiang", "黑龙江");
const GZ = province("CN-GZ", "Guizhou", "贵州");
const NM = province("CN-NM", "Inner Mongolia", "内蒙古");
const JL = province("CN-JL", "Jilin", "吉林");

/** A ranked row: only what the sort reads is real (name, province, value, change). */
function row(id: string, nameEn: string, nameZh: string, p: ProvinceInfo, value: number, change: number | null) {
  const unit: PrefectureUnit = {
    code: id,
    adcode: id,
    nameZh,
    nameZhShort: nameZh.replace(/市$/, ""),
    nameEn,
    nameEnFull: nameEn,
    municipality: false,
  };
  return {
    id,
    province: p,
    unit,
    status: "ranked",
    rank: null,
    value: { ok: true, value, debt: null as never, denominator: null, approx: false, doubtful: false },
    change:
      change === null
        ? { ok: false, problem: "base_missing", baseReason: null, baseGrade: null }
        : { ok: true, value: change, unit: "pp", base: value - change, baseApprox: false, approx: false },
    sources: [],
    denominatorSources: [],
  } satisfies LeagueRow as LeagueRow;
}

// The league's order: by value, highest first; Zunyi before Anshun (a tie) as the data lists them.
const LEAGUE = [
  row("230900", "Qitaihe", "七台河市", HL, 88.9, 10),
  row("230400", "Hegang", "鹤岗市", HL, 70, null),
  row("520300", "Zunyi", "遵义市", GZ, 60, -5),
  row("520400", "Anshun", "安顺市", GZ, 60, 10),
  row("152200", "Hinggan League", "兴安盟", NM, 40, 2.5),
  row("220600", "Baishan", "白山市", JL, 20, 0),
];
LEAGUE.forEach((r, k) => (r.rank = [1, 2, 3, 3, 5, 6][k]));
const ids = (rows: LeagueRow[]) => rows.map((r) => r.unit.nameEn);
const sorted = (sort: LeagueSort, lang: "en" | "zh" = "en") => ids(sortLeague(LEAGUE, sort, lang));

describe("sorting the league's ranked rows", () => {
  it("by value: the default is the league's own order; ascending keeps tied rows in the league's order", () => {
    expect(DEFAULT_VIEW.leagueSort).toBe("-value");
    expect(sorted("-value")).toEqual(["Qitaihe", "Hegang", "Zunyi", "Anshun", "Hinggan League", "Baishan"]);
    expect(sorted("value")).toEqual(["Baishan", "Hinggan League", "Zunyi", "Anshun", "Hegang", "Qitaihe"]);
  });

  it("by change: a row without a change goes last either way; ties keep the league's order", () => {
    expect(sorted("-change")).toEqual(["Qitaihe", "Anshun", "Hinggan League", "Baishan", "Zunyi", "Hegang"]);
    expect(sorted("change")).toEqual(["Zunyi", "Baishan", "Hinggan League", "Qitaihe", "Anshun", "Hegang"]);
  });

  it("by name: A to Z in English, by pinyin in Chinese (兴安盟 is xing, after 七台河 qi)", () => {
    expect(sorted("name")).toEqual(["Anshun", "Baishan", "Hegang", "Hinggan League", "Qitaihe", "Zunyi"]);
    expect(sorted("-name")).toEqual(["Zunyi", "Qitaihe", "Hinggan League", "Hegang", "Baishan", "Anshun"]);
    expect(sorted("name", "zh")).toEqual(["Anshun", "Baishan", "Hegang", "Qitaihe", "Hinggan League", "Zunyi"]);
    expect(sorted("-name", "zh")).toEqual(["Zunyi", "Hinggan League", "Qitaihe", "Hegang", "Baishan", "Anshun"]);
  });

  it("by province: grouped by the province's name, each group in the league's order (both directions)", () => {
    // Guizhou, Heilongjiang, Inner Mongolia, Jilin; 贵州 gui, 黑龙江 hei, 吉林 ji, 内蒙古 nei.
    expect(sorted("province")).toEqual(["Zunyi", "Anshun", "Qitaihe", "Hegang", "Hinggan League", "Baishan"]);
    expect(sorted("-province")).toEqual(["Baishan", "Hinggan League", "Qitaihe", "Hegang", "Zunyi", "Anshun"]);
    expect(sorted("province", "zh")).toEqual(["Zunyi", "Anshun", "Qitaihe", "Hegang", "Baishan", "Hinggan League"]);
  });

  it("reorders only: the ranks stay the league's, and the league's list is left as it was", () => {
    const before = ids(LEAGUE);
    const rows = sortLeague(LEAGUE, "name");
    expect(rows.map((r) => r.rank)).toEqual([3, 6, 2, 5, 1, 3]);
    expect(ids(LEAGUE)).toEqual(before);
    expect(rows).not.toBe(LEAGUE);
  });
});

describe("clicking a column's heading", () => {
  it("reverses the sorted column, and starts another with figures highest first, names A to Z", () => {
    expect(nextSort("-value", "value")).toBe("value");
    expect(nextSort("value", "value")).toBe("-value");
    expect(nextSort("-value", "change")).toBe("-change");
    expect(nextSort("-change", "change")).toBe("change");
    expect(nextSort("change", "name")).toBe("name");
    expect(nextSort("name", "name")).toBe("-name");
    expect(nextSort("-name", "province")).toBe("province");
    expect(nextSort("province", "value")).toBe("-value");
    expect(readSort("-province")).toEqual({ column: "province", dir: "desc" });
    expect(readSort("change")).toEqual({ column: "change", dir: "asc" });
  });
});

describe("the link's ls", () => {
  const REGIONS = new Set(["CN-GZ"]);
  const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

  it("reads every column both ways, writes it after the league's other parameters, and leaves the default out", () => {
    expect(LEAGUE_SORTS).toEqual(["value", "-value", "change", "-change", "name", "-name", "province", "-province"]);
    for (const ls of ["value", "change", "-change", "name", "-name", "province", "-province"] as const) {
      const r = parseView(`?v=2&view=compare&cl=prefectures&pp=key&ls=${ls}`, REGIONS);
      expect(r.ignored).toEqual([]);
      expect(r.view).toEqual(
        view({ view: "compare", compareLevel: "prefectures", prefectureScope: "key", leagueSort: ls }),
      );
      expect(serialiseView(r.view)).toBe(`?v=2&view=compare&cl=prefectures&pp=key&ls=${ls}`);
    }
    // The league's own order is the default: a link that spells it out is read, and written without it.
    const r = parseView("?v=2&view=compare&cl=prefectures&ls=-value", REGIONS);
    expect(r.ignored).toEqual([]);
    expect(r.view.leagueSort).toBe("-value");
    expect(serialiseView(r.view)).toBe("?v=2&view=compare&cl=prefectures");
  });

  it.each(["rank", "VALUE", "--value", "value,name", ""])(
    "ls=%s falls back to the league's order and says why",
    (ls) => {
      const r = parseView(`?v=2&view=compare&cl=prefectures&ls=${ls}`, REGIONS);
      expect(r.view).toEqual(view({ view: "compare", compareLevel: "prefectures" }));
      expect(r.ignored).toEqual([{ name: "ls", value: ls, reason: "not_league_sort" }]);
    },
  );

  it("words the rejection in both languages, listing the values", () => {
    expect(reasonMessages.en.not_league_sort).toBe(
      "not a league sort (value, -value, change, -change, name, -name, province, -province)",
    );
    expect(reasonMessages.zh.not_league_sort).toBe(
      "不是有效的排名表排序方式（value、-value、change、-change、name、-name、province、-province）",
    );
  });
});
