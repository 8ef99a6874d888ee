import { describe, expect, it } from "vitest";
import { browserLang, langFromSearch } from "../../src/i18n/lang";
import { formatAmount, formatBn, formatExactBn, formatPartialDate, ordinalRank } from "../../src/ui/format";
import { periodById } from "../../src/data/periods";
import { periodLabel, periodPhrase } from "../../src/data/series";

describe("language choice", () => {
  it("follows the first browser language the atlas speaks", () => {
    expect(browserLang(["zh-CN", "en"])).toBe("zh");
    expect(browserLang(["zh-TW"])).toBe("zh");
    expect(browserLang(["fr-FR", "zh"])).toBe("zh");
    expect(browserLang(["de", "en-GB", "zh"])).toBe("en");
    expect(browserLang(["fr"])).toBe("en");
    expect(browserLang([])).toBe("en");
  });

  it("lets the link's lang win over the browser, and ignores a bad one", () => {
    expect(langFromSearch("?lang=zh", ["en-US"])).toBe("zh");
    expect(langFromSearch("?lang=en", ["zh-CN"])).toBe("en");
    expect(langFromSearch("?lang=xx", ["zh-CN"])).toBe("zh");
    expect(langFromSearch("", ["en-US"])).toBe("en");
  });
});

describe("numbers in each reader's convention", () => {
  it("says amounts in bn CNY in English and in 亿/万亿 in Chinese", () => {
    // 1 bn = 10 亿; 1,000 bn = 1 万亿
    expect(formatAmount(1512, "en")).toBe("1,512.0 bn CNY");
    expect(formatAmount(1512, "zh")).toBe("1.51万亿元");
    expect(formatAmount(151.2, "zh")).toBe("1512亿元");
    expect(formatAmount(0.94, "zh")).toBe("9.4亿元");
    expect(formatAmount(47540, "en")).toBe("47,540 bn CNY");
    expect(formatAmount(47540, "zh")).toBe("47.54万亿元");
  });

  it("keeps recorded amounts exact", () => {
    expect(formatExactBn(30.41, "en")).toBe("30.41 bn CNY");
    expect(formatExactBn(30.41, "zh")).toBe("304.1亿元");
    expect(formatExactBn(56.957, "zh")).toBe("569.57亿元");
    // Under a billion, in millions (under 1亿, in 万元), every recorded digit kept, no binary noise.
    expect(formatExactBn(0.005012, "en")).toBe("5.012 mn CNY");
    expect(formatExactBn(0.005012, "zh")).toBe("501.2万元");
    expect(formatExactBn(0.94, "en")).toBe("940 mn CNY");
    expect(formatExactBn(0.2580633, "zh")).toBe("2.580633亿元");
    expect(formatExactBn(0.1 + 0.2, "en")).toBe("300 mn CNY");
  });

  it("gives table numbers in the unit the table states", () => {
    expect(formatBn(1007.3, "en")).toBe("1,007.3");
    expect(formatBn(1007.3, "zh")).toBe("10,073");
    expect(formatBn(0.94, "zh")).toBe("9.4");
  });

  it("localises dates and ranks", () => {
    expect(formatPartialDate("2023-09-27", "zh")).toBe("2023年9月27日");
    expect(formatPartialDate("2025-08", "zh")).toBe("2025年8月");
    expect(formatPartialDate("2025-08", "en")).toBe("Aug 2025");
    expect(formatPartialDate(null, "zh")).toBe("日期不详");
    expect(ordinalRank(3, 31, "zh")).toBe("第3位（共31个）");
    expect(periodPhrase(periodById("2024")!, "zh")).toBe("2024年末");
    expect(periodPhrase(periodById("2025-06")!, "zh")).toBe("2025年6月末");
  });

  it("names every month-end as a month-end, in both languages", () => {
    const say = (id: string) => {
      const p = periodById(id)!;
      return [periodLabel(p), periodPhrase(p), periodLabel(p, "zh"), periodPhrase(p, "zh")];
    };
    expect(say("2025-06")).toEqual(["Mid-2025", "mid-2025", "2025年6月", "2025年6月末"]);
    expect(say("2025")).toEqual(["2025 (prelim.)", "end-2025 (preliminary)", "2025（初步）", "2025年末（初步）"]);
    expect(say("2026-06")).toEqual(["Mid-2026", "mid-2026", "2026年6月", "2026年6月末"]);
    expect(say("2026-07")).toEqual(["Jul 2026", "end-July 2026", "2026年7月", "2026年7月末"]);
    expect(say("2026-08")).toEqual(["Aug 2026", "end-August 2026", "2026年8月", "2026年8月末"]);
  });
});
