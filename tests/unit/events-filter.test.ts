import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../src/data/atlas-types";
import { EVENT_KINDS } from "../../src/data/event-kinds";
import {
  countByProvince,
  filterEvents,
  foldText,
  NO_EVENT_FILTER,
  searchTokens,
  type EventFilter,
} from "../../src/features/events/lib/filter-events";
import { filterOfView, placeNamesOf, toggleKind } from "../../src/features/events/lib/event-view";
import { DEFAULT_VIEW } from "../../src/state/view-state";
import { realEvents, realIndex } from "../support/real-data";

function event(id: string, patch: Partial<EventRecord> = {}): EventRecord {
  return {
    id,
    date: "2024-01-15",
    precision: "day",
    dateBasis: "event date",
    scope: "province",
    provinceAdcode: "620000",
    placeZh: "甘肃省",
    placeEn: "Gansu",
    placeAdcode: "620000",
    kind: "asset_sale",
    titleEn: `Event ${id}`,
    titleZh: `事件${id}`,
    summaryEn: "",
    summaryZh: "",
    amountBn: null,
    amountMeasure: null,
    amountOverlaps: [],
    sourceStrength: null,
    sourceName: "Some Daily",
    sourceDate: "2024-01-16",
    sourceUrl: "https://example.org/",
    quote: "",
    notes: "",
    ...patch,
  };
}

const ids = (events: EventRecord[]) => events.map((e) => e.id);
const filter = (patch: Partial<EventFilter>): EventFilter => ({ ...NO_EVENT_FILTER, ...patch });

const FIXTURE = [
  event("gs-day", {
    date: "2024-08-26",
    titleEn: "Lanzhou sells parking rights",
    titleZh: "兰州出让停车经营权",
    placeEn: "Lanzhou",
    placeZh: "兰州市",
    scope: "prefecture",
  }),
  event("gs-month", { date: "2024-08", precision: "month", kind: "policy", titleEn: "Gansu budget report" }),
  event("gs-year", {
    date: "2024",
    precision: "year",
    summaryEn: "Pledge to sell the pot and iron",
    summaryZh: "承诺盘活存量资产",
  }),
  event("gz-undated", {
    date: null,
    precision: null,
    provinceAdcode: "520000",
    placeEn: "Guizhou",
    placeZh: "贵州省",
    quote: "砸锅卖铁，盘活资产",
  }),
  event("cn-national", {
    date: "2023-09",
    precision: "month",
    scope: "national",
    provinceAdcode: null,
    placeEn: "National",
    placeZh: "全国",
    kind: "risk_list",
    sourceName: "Caixin",
  }),
  event("gz-old", {
    date: "2016-09-12",
    provinceAdcode: "520000",
    kind: "financial_risk",
    titleEn: "Zunyi road and bridge loans restructured",
  }),
];

describe("filterEvents", () => {
  it("with no filter lists every event, newest first, undated last", () => {
    const r = filterEvents(FIXTURE, NO_EVENT_FILTER);
    expect(ids(r.events)).toEqual(["gs-day", "gs-month", "gs-year", "cn-national", "gz-old", "gz-undated"]);
    expect(ids(r.undated)).toEqual(["gz-undated"]);
    expect(r.undatedExcluded).toBe(0);
  });

  it.each([
    ["one kind", filter({ kinds: ["policy"] }), ["gs-month"]],
    ["two kinds", filter({ kinds: ["policy", "risk_list"] }), ["gs-month", "cn-national"]],
    // A province includes its prefecture and county events; national events only without a province.
    ["a province", filter({ province: "620000" }), ["gs-day", "gs-month", "gs-year"]],
    ["another province", filter({ province: "520000" }), ["gz-old", "gz-undated"]],
    ["a province with no events", filter({ province: "460000" }), []],
    // Overlap: the month and the year-only event may lie in August as much as the dated day does.
    ["August 2024", filter({ from: "2024-08", to: "2024-08" }), ["gs-day", "gs-month", "gs-year"]],
    ["from September 2024", filter({ from: "2024-09" }), ["gs-year"]],
    ["up to 2023", filter({ to: "2023" }), ["cn-national", "gz-old"]],
    ["a day range", filter({ from: "2016-09-12", to: "2016-09-12" }), ["gz-old"]],
    [
      "kinds, province and dates together",
      filter({ kinds: ["asset_sale"], province: "620000", from: "2024-08-27" }),
      ["gs-year"],
    ],
  ])("%s", (_, f, expected) => {
    expect(ids(filterEvents(FIXTURE, f).events)).toEqual(expected);
  });

  it("a date range leaves undated events out and counts them", () => {
    const r = filterEvents(FIXTURE, filter({ from: "2000" }));
    expect(ids(r.undated)).toEqual([]);
    expect(r.undatedExcluded).toBe(1);
    expect(filterEvents(FIXTURE, filter({ from: "2000", kinds: ["policy"] })).undatedExcluded).toBe(0);
  });

  it("counts matches per kind under the other filters, so each toggle shows what it would give", () => {
    const r = filterEvents(FIXTURE, filter({ kinds: ["policy"], province: "620000" }));
    expect(r.kindCounts).toEqual({ asset_sale: 2, policy: 1, risk_list: 0, financial_risk: 0, other: 0 });
  });
});

describe("text search", () => {
  it.each([
    ["a word in the title, any case", "LANZHOU", ["gs-day"]],
    ["words ANDed, in any order", "parking lanzhou", ["gs-day"]],
    ["words ANDed: one missing matches nothing", "parking guizhou", []],
    ["the summary", "pot", ["gs-year"]],
    ["Chinese, in the quote of an undated event", "砸锅卖铁", ["gz-undated"]],
    ["Chinese place name", "兰州", ["gs-day"]],
    // Titles and summaries are searched in both languages, whichever the page speaks.
    ["the Chinese title", "停车经营权", ["gs-day"]],
    ["the Chinese summary", "盘活存量", ["gs-year"]],
    ["an English word and a Chinese one together", "parking 出让", ["gs-day"]],
    ["full-width letters fold to ASCII", "ＬＡＮＺＨＯＵ", ["gs-day"]],
    ["the source name", "caixin", ["cn-national"]],
    ["blank is no search", "   ", ["gs-day", "gs-month", "gs-year", "cn-national", "gz-old", "gz-undated"]],
  ])("finds by %s: %s", (_, query, expected) => {
    expect(ids(filterEvents(FIXTURE, filter({ query })).events)).toEqual(expected);
  });

  it("finds a city's event by its province's name when given the names", () => {
    const names = placeNamesOf(realIndex());
    expect(ids(filterEvents(FIXTURE, filter({ query: "gansu lanzhou" }), names).events)).toEqual(["gs-day"]);
    expect(ids(filterEvents(FIXTURE, filter({ query: "甘肃 parking" }), names).events)).toEqual(["gs-day"]);
  });

  it("folds accents and splits on any white space", () => {
    expect(foldText("Nèi Mǒnggǔ")).toBe("nei monggu");
    expect(searchTokens(" sell\tthe  pot ")).toEqual(["sell", "the", "pot"]);
  });
});

describe("on the real events", () => {
  const events = realEvents();
  const index = realIndex();

  it("the Events view's province filter is Gansu's own events, prefectures and counties included", () => {
    const f = filterOfView({ ...DEFAULT_VIEW, eventKinds: ["asset_sale"] }, index, "CN-GS");
    const got = filterEvents(events, f).events;
    const expected = events.filter((e) => e.provinceAdcode === "620000" && e.kind === "asset_sale");
    expect(ids(got).sort()).toEqual(ids(expected).sort());
    expect(got.length).toBeGreaterThan(0);
  });

  it("searching 砸锅卖铁 finds only events that carry the phrase", () => {
    const got = filterEvents(events, filter({ query: "砸锅卖铁" })).events;
    expect(got.length).toBeGreaterThan(0);
    for (const e of got)
      expect([e.titleEn, e.titleZh, e.summaryEn, e.summaryZh, e.quote, e.placeZh].join(" ")).toContain("砸锅卖铁");
  });

  it("undated events are listed without a filter and never inside a date range", () => {
    const undated = events.filter((e) => e.date === null);
    expect(undated.length).toBeGreaterThan(0);
    expect(filterEvents(events, NO_EVENT_FILTER).undated).toHaveLength(undated.length);
    const ranged = filterEvents(events, filter({ from: "1900", to: "2100" }));
    expect(ranged.events).toHaveLength(events.length - undated.length);
    expect(ranged.undatedExcluded).toBe(undated.length);
  });

  it("the per-kind counts add up to the events shown when no kind is chosen", () => {
    const r = filterEvents(events, NO_EVENT_FILTER);
    expect(EVENT_KINDS.reduce((sum, k) => sum + r.kindCounts[k], 0)).toBe(events.length);
  });
});

describe("helpers", () => {
  it("counts events per province, national events in none", () => {
    expect([...countByProvince(FIXTURE)].sort()).toEqual([
      ["520000", 2],
      ["620000", 3],
    ]);
  });

  it("toggles a kind and keeps the canonical order", () => {
    expect(toggleKind(["risk_list"], "asset_sale")).toEqual(["asset_sale", "risk_list"]);
    expect(toggleKind(["asset_sale", "risk_list"], "asset_sale")).toEqual(["risk_list"]);
  });

  it("an unknown region code filters nothing by province", () => {
    expect(filterOfView(DEFAULT_VIEW, realIndex(), "CN-XX").province).toBeNull();
  });
});
