/** The sources inventory in Chinese: the atlas's words translated, the counts and the sources' own labels unchanged. */
import { describe, expect, it } from "vitest";
import { statisticalSources, yearRanges } from "../../src/features/sources/lib/inventory";
import { realIndex } from "../support/real-data";

const index = realIndex();

describe("the sources inventory in Chinese", () => {
  const en = statisticalSources(index);
  const zh = statisticalSources(index, "zh");

  it("lists the same sources, files, rows and years, under the data's own labels", () => {
    const shape = (list: typeof en) =>
      list.map((s) => [s.label, s.note, s.licence, s.citations, s.supplied.map((x) => [x.file, x.rows, x.from, x.to])]);
    expect(shape(zh)).toEqual(shape(en));
  });

  it("says what each file supplied in Chinese", () => {
    const what = new Set(zh.flatMap((s) => s.supplied.map((x) => x.what)));
    expect(what).toEqual(new Set(["债务余额和债务限额", "地区生产总值（GDP）", "一般公共预算收入"]));
  });

  it("joins year ranges with the Chinese enumeration comma", () => {
    expect(yearRanges([2014, 2015, 2016, 2018, 2020, 2021], "zh")).toBe("2014–2016、2018、2020–2021");
  });
});
