/** The Events feature's wording for a Chinese reader, and a search that finds events in either language. */
import { describe, expect, it } from "vitest";
import { boundProblem, eventPeriodBucket } from "../../src/features/events/lib/event-dates";
import {
  eventDateLabel,
  rangeLabel,
  unplacedReason,
  unplacedSummary,
} from "../../src/features/events/lib/event-format";
import { dataLang, textLang } from "../../src/i18n/data-lang";
import { filterEvents, NO_EVENT_FILTER } from "../../src/features/events/lib/filter-events";
import { placeNamesOf } from "../../src/features/events/lib/event-view";
import { realEvents, realIndex } from "../support/real-data";

const index = realIndex();
const events = realEvents();
const search = (query: string) =>
  filterEvents(events, { ...NO_EVENT_FILTER, query }, placeNamesOf(index))
    .events.map((e) => e.id)
    .sort();

describe("event wording in Chinese", () => {
  it("dates and ranges as 年月日", () => {
    expect(eventDateLabel({ date: "2023-09-27", precision: "day" }, "zh")).toBe("2023年9月27日");
    expect(eventDateLabel({ date: "2023-09-27", precision: "month" }, "zh")).toBe("2023年9月");
    expect(eventDateLabel({ date: null, precision: null }, "zh")).toBe("日期不详");
    expect(rangeLabel("2023-09", "2025", "zh")).toBe("2023年9月–2025年");
    expect(rangeLabel("2023-09", null, "zh")).toBe("2023年9月起");
    expect(rangeLabel(null, "2020-06-30", "zh")).toBe("截至2020年6月30日");
    expect(rangeLabel(null, null, "zh")).toBe("");
  });

  it("says why an event is not on a chart, naming the bars as the Chinese axis does", () => {
    const bucket = eventPeriodBucket({ date: "2025", precision: "year" });
    if (bucket.period !== null) throw new Error("expected no bar");
    const reason = unplacedReason(bucket, "zh");
    expect(reason).toContain("2025年6月");
    expect(reason).not.toMatch(/[A-Za-z]/);
    const summary = unplacedSummary(
      [
        { bucket: { period: null, reason: "undated" } },
        { bucket: { period: null, reason: "undated" } },
        { bucket: { period: null, reason: "before-periods" } },
      ],
      "zh",
    );
    expect(summary).toContain("2条日期不详");
    expect(summary).toContain("1条早于2015年");
    expect(summary).not.toMatch(/[A-Za-z]/);
  });

  it("refuses a bad date bound with a reason in Chinese", () => {
    expect(boundProblem("from", "2023-13", null, "zh")).toMatch(/YYYY-MM-DD/);
    expect(boundProblem("from", "2023-13", null, "zh")).toMatch(/请使用/);
    expect(boundProblem("from", "2025", "2024", "zh")).toBe("起始日期晚于截止日期。");
    expect(boundProblem("to", "2024", "2025", "zh")).toBe("截止日期早于起始日期。");
    expect(boundProblem("from", "2024", "2025", "zh")).toBeNull();
  });
});

describe("the language of data text", () => {
  it("tells Chinese from English by which script dominates", () => {
    expect(textLang("砸锅卖铁，盘活资产")).toBe("zh-CN");
    expect(textLang("Lanzhou sells parking rights")).toBe("en");
    expect(textLang("Beijing News 新京报 (黄鑫宇)")).toBe("en");
    expect(textLang("新京报 (Beijing News)")).toBe("en");
    expect(textLang("新京报记者黄鑫宇 (BJN)")).toBe("zh-CN");
  });

  it("marks a text only where it differs from the page", () => {
    expect(dataLang("Lanzhou sells parking rights", "zh")).toBe("en");
    expect(dataLang("Lanzhou sells parking rights", "en")).toBeUndefined();
    expect(dataLang("砸锅卖铁", "en")).toBe("zh-CN");
    expect(dataLang("砸锅卖铁", "zh")).toBeUndefined();
    expect(dataLang("", "zh")).toBeUndefined();
  });
});

describe("the search finds events in either language", () => {
  it("a province by its Chinese or its English name finds every event in it", () => {
    const gansu = index.provinceByIso.get("CN-GS")!;
    const inGansu = events.filter((e) => e.provinceAdcode === gansu.adcode).map((e) => e.id);
    expect(inGansu.length).toBeGreaterThan(0);
    // English titles may also mention the province elsewhere, so the English search can find more.
    expect(search(gansu.nameZh)).toEqual(expect.arrayContaining(inGansu));
    expect(search(gansu.nameEn)).toEqual(expect.arrayContaining(inGansu));
  });

  it("a place by its Chinese name finds the events its English name does", () => {
    const place = events.find((e) => e.scope === "prefecture" && e.placeZh && e.placeEn)!;
    const zh = search(place.placeZh);
    expect(zh).toContain(place.id);
    for (const id of search(place.placeEn)) expect(zh).toContain(id);
  });

  it("a Chinese phrase from a source's quote finds it", () => {
    const quoted = events.filter((e) => e.quote.includes("砸锅卖铁"));
    expect(quoted.length).toBeGreaterThan(0);
    expect(search("砸锅卖铁")).toEqual(expect.arrayContaining(quoted.map((e) => e.id)));
  });
});
