/**
 * The sources inventory in Chinese: the atlas's words translated, the counts and citations unchanged,
 * the sources' labels and notes in Chinese where data/source_labels.csv has them (else in English).
 */
import { describe, expect, it } from "vitest";
import { statisticalSources, yearRanges } from "../../src/features/sources/lib/inventory";
import { realIndex } from "../support/real-data";

const index = realIndex();

describe("the sources inventory in Chinese", () => {
  const en = statisticalSources(index);
  const zh = statisticalSources(index, "zh");

  it("lists the same sources, files, rows and years, with the same citations and licences", () => {
    const shape = (list: typeof en) =>
      list.map((s) => [s.label, s.licence, s.citations, s.supplied.map((x) => [x.file, x.rows, x.from, x.to])]);
    expect(shape(zh)).toEqual(shape(en));
  });

  it("names each source and its reliability in Chinese where the data has them, else in English, marked", () => {
    for (const [k, s] of zh.entries()) {
      const ref = index.data.sources.find((r) => r.label === s.label)!;
      expect(en[k].name).toEqual({ text: ref.label, lang: "en" });
      expect(s.name).toEqual(ref.labelZh ? { text: ref.labelZh, lang: "zh-CN" } : { text: ref.label, lang: "en" });
      expect(s.note).toEqual(
        ref.note === "" ? null : ref.noteZh ? { text: ref.noteZh, lang: "zh-CN" } : { text: ref.note, lang: "en" },
      );
    }
    expect(zh.some((s) => s.name.text.includes("中国地方政府债券信息公开平台"))).toBe(true);
  });

  it("says what each file supplied in Chinese", () => {
    const what = new Set(zh.flatMap((s) => s.supplied.map((x) => x.what)));
    expect(what).toEqual(new Set(["债务余额和债务限额", "地区生产总值（GDP）", "一般公共预算收入"]));
  });

  it("joins year ranges with the Chinese enumeration comma", () => {
    expect(yearRanges([2014, 2015, 2016, 2018, 2020, 2021], "zh")).toBe("2014–2016、2018、2020–2021");
  });
});
