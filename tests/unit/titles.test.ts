/** What a view is called, in both languages: the tab title, the embed footer and exported images say it. */
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";
import { documentTitle, viewTitle } from "../../src/ui/titles";
import { realIndex } from "../support/real-data";

const index = realIndex();
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const gansu = index.provinceByIso.get("CN-GS")!;
const guizhou = index.provinceByIso.get("CN-GZ")!;
/** Latin words of three letters or more: interface English left in a Chinese title. */
const englishWords = (text: string) => text.match(/[A-Za-z]{3,}/g) ?? [];

describe("view titles in Chinese", () => {
  it("names the map by metric and period in Chinese (2024年末, not end-2024)", () => {
    const { title, subtitle } = viewTitle(index, view({ period: "2024" }), "zh");
    expect(title).toContain("债务余额");
    expect(title).toContain("2024年末");
    expect(subtitle).toContain("亿元");
    expect(englishWords(title + subtitle)).toEqual([]);
  });

  it("says the ratio metrics' unit as a percentage, not 亿元", () => {
    const { subtitle } = viewTitle(index, view({ metric: "debt_gdp" }), "zh");
    expect(subtitle).toContain("%");
    expect(subtitle).not.toContain("亿元");
  });

  it("gives a province chart both names, the Chinese first", () => {
    const { title } = viewTitle(index, view({ view: "region", region: "CN-GS" }), "zh");
    expect(title.startsWith(`${gansu.nameZh}（${gansu.nameEn}）`)).toBe(true);
    expect(title).toContain("地方政府债务余额");
    // English keeps its order: the English name first.
    expect(
      viewTitle(index, view({ view: "region", region: "CN-GS" }), "en").title.startsWith(
        `${gansu.nameEn} (${gansu.nameZh})`,
      ),
    ).toBe(true);
  });

  it("names a highlighted province on the map in Chinese only", () => {
    const { subtitle } = viewTitle(index, view({ region: "CN-GS" }), "zh");
    expect(subtitle).toContain(gansu.nameZh);
    expect(subtitle).not.toContain(gansu.nameEn);
  });

  it("lists compared provinces with the Chinese list comma, and counts a long list", () => {
    expect(viewTitle(index, view({ view: "compare", compare: ["CN-GS", "CN-GZ"] }), "zh").title).toContain(
      `${gansu.nameZh}、${guizhou.nameZh}`,
    );
    const many = viewTitle(index, view({ view: "compare", compare: ["CN-GS", "CN-GZ", "CN-BJ", "CN-TJ"] }), "zh").title;
    expect(many).toContain("4个省份");
    expect(englishWords(many)).toEqual([]);
  });

  it("words the Events filters in Chinese: kinds, dates as 年月, the search as typed", () => {
    const { title, subtitle } = viewTitle(
      index,
      view({
        view: "events",
        region: "CN-GS",
        eventKinds: ["asset_sale", "policy"],
        from: "2023-09",
        query: "parking",
      }),
      "zh",
    );
    expect(title).toContain(gansu.nameZh);
    expect(subtitle).toContain("资产处置、政策");
    expect(subtitle).toContain("2023年9月");
    // The reader's own search words are quoted as typed.
    expect(subtitle).toContain("“parking”");
    expect(englishWords(subtitle.replace("parking", ""))).toEqual([]);
  });

  it("has a Chinese title for every view, and the tab title ends with the atlas's Chinese name", () => {
    for (const name of ["map", "national", "compare", "events", "sources"] as const) {
      const { title, subtitle } = viewTitle(index, view({ view: name }), "zh");
      expect(englishWords(title), name).toEqual([]);
      expect(
        englishWords(subtitle).filter((w) => w !== "GDP"),
        name,
      ).toEqual([]);
    }
    expect(documentTitle(index, DEFAULT_VIEW, "zh")).toMatch(/ · 中国地方债务地图$/);
    expect(documentTitle(index, DEFAULT_VIEW)).toMatch(/ · China Local Debt Atlas$/);
  });

  it("names the province whose panel is open in the tab title, in the reader's language", () => {
    const open = view({ region: "CN-GS" });
    expect(documentTitle(index, open, "zh").startsWith(`${gansu.nameZh} · `)).toBe(true);
    expect(documentTitle(index, open, "en").startsWith(`${gansu.nameEn} · `)).toBe(true);
    // Two provinces' tabs differ, so their history entries can be told apart.
    expect(documentTitle(index, view({ region: "CN-GZ" }), "zh")).not.toBe(documentTitle(index, open, "zh"));
  });
});
