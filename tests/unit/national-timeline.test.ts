/**
 * The policy timeline: where a dated event goes on the year-end time axis (as wide as its
 * precision, never a guessed day), which events become markers, and that undated ones never do.
 */
import { describe, expect, it } from "vitest";
import type { EventRecord, KeyRegionRecord } from "../../src/data/atlas-types";
import { MILESTONES, otherNationalEvents, timelineMarkers } from "../../src/features/national/lib/timeline";
import { assignLanes, spanOf } from "../../src/features/national/lib/time-axis";
import { realEvents, realIndex } from "../support/real-data";

const events = realEvents();
const keyRegions = realIndex().data.keyRegions;

function event(over: Partial<EventRecord>): EventRecord {
  return {
    id: "e",
    date: "2024-03",
    precision: "month",
    dateBasis: "",
    scope: "national",
    provinceAdcode: null,
    placeAdcode: null,
    placeZh: "",
    placeEn: "",
    kind: "policy",
    titleEn: "t",
    titleZh: "标题",
    summaryEn: "s",
    summaryZh: "摘要",
    amountBn: null,
    sourceName: "src",
    sourceDate: "2024-04-01",
    sourceUrl: "https://example.org/",
    quote: "q",
    notes: "",
    ...over,
  } as EventRecord;
}

describe("a date's span on the time axis (end of year Y at x = Y)", () => {
  it("puts the last day of a year at Y and its first day just after Y - 1", () => {
    expect(spanOf("2024-12-31", "day")!.end).toBeCloseTo(2024, 10);
    expect(spanOf("2024-01-01", "day")!.start).toBeCloseTo(2023, 10);
  });

  it("spans a whole month for month precision and a whole year for year precision", () => {
    const sep = spanOf("2023-09", "month")!;
    expect(sep.precision).toBe("month");
    expect(sep.start).toBeCloseTo(2022 + 243 / 365, 10); // 1 Sep 2023 is day 244
    expect(sep.end).toBeCloseTo(2022 + 273 / 365, 10); // 30 Sep is day 273
    expect(sep.at).toBeCloseTo((sep.start + sep.end) / 2, 10);
    expect(spanOf("2024", "year")).toEqual({ start: 2023, end: 2024, at: 2023.5, precision: "year" });
  });

  it("never claims more precision than the source: the coarser of the stated and written precision wins", () => {
    expect(spanOf("2023-11-15", "month")).toEqual(spanOf("2023-11", "month"));
    expect(spanOf("2024-05-20", "year")).toEqual(spanOf("2024", "year"));
    expect(spanOf("2025-08", "day")).toEqual(spanOf("2025-08", "month"));
  });

  it("places no undated or malformed date", () => {
    expect(spanOf(null, null)).toBeNull();
    expect(spanOf("2024-03", null)).toBeNull();
    expect(spanOf("2023-02-30", "day")).toBeNull();
    expect(spanOf("2023-13", "month")).toBeNull();
    expect(spanOf("sometime in 2023", "year")).toBeNull();
  });

  it("handles leap years", () => {
    expect(spanOf("2024-02", "month")!.end - spanOf("2024-02", "month")!.start).toBeCloseTo(29 / 366, 10);
  });
});

describe("the markers", () => {
  const markers = timelineMarkers(events, keyRegions);
  const byId = new Map(markers.map((m) => [m.id, m]));

  it("marks the named milestones and both exits, numbered in date order", () => {
    expect(markers.map((m) => m.id)).toEqual([
      "nx-swap-bonds-private-placement-2015-07",
      "cn-12-provinces-listed-2023-09",
      "cn-special-refinancing-bonds-start-2023-09",
      "cn-document-47-2023-12",
      "cn-npc-6trn-debt-swap-2024-11",
      "exit-150000",
      "exit-220000",
    ]);
    expect(markers.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps each marker's precision: Document 47 and Inner Mongolia's exit are months, Jilin's a day", () => {
    expect(byId.get("cn-document-47-2023-12")!.span).toEqual(spanOf("2023-12", "month"));
    const nm = byId.get("exit-150000")!;
    expect(nm).toMatchObject({ date: "2025-08", tone: "risk", short: "Inner Mongolia exits" });
    expect(nm.span.precision).toBe("month");
    // key_regions.csv's exit source: Yicai Global since the 2026-12 source upgrade (SCMP's repost is the alternative).
    expect(nm.source.name).toMatch(/Yicai Global/);
    expect(byId.get("exit-220000")).toMatchObject({ date: "2026-01-27", span: { precision: "day" } });
  });

  it("carries the event's title and summary in the reader's language, and its source unchanged", () => {
    const e = events.find((x) => x.id === "cn-npc-6trn-debt-swap-2024-11")!;
    expect(byId.get(e.id)).toMatchObject({
      title: { text: e.titleEn, lang: "en" },
      summary: { text: e.summaryEn, lang: "en" },
      source: { name: e.sourceName, date: e.sourceDate, url: e.sourceUrl },
    });
    const zh = timelineMarkers(events, keyRegions, [], "zh").find((m) => m.id === e.id)!;
    expect(zh).toMatchObject({
      title: { text: e.titleZh, lang: "zh-CN" },
      summary: { text: e.summaryZh, lang: "zh-CN" },
      source: { name: e.sourceName, date: e.sourceDate, url: e.sourceUrl },
    });
  });

  it("never places an undated milestone", () => {
    const undated = events.map((e) => (e.id === "cn-document-47-2023-12" ? { ...e, date: null, precision: null } : e));
    expect(timelineMarkers(undated, keyRegions).map((m) => m.id)).not.toContain("cn-document-47-2023-12");
    expect(MILESTONES.some((m) => m.id === "cn-document-47-2023-12")).toBe(true);
  });

  it("takes exits from key_regions.csv, with its own source when no event row matches", () => {
    const source = { name: "Paper", date: "2026-05-01", url: "https://example.org/", quote: "q", strength: null };
    const region: KeyRegionRecord = {
      adcode: "999999",
      nameEn: "Somewhere",
      status: "exited",
      listedDate: "2023-09",
      listedDocument: "",
      listedDocumentZh: "",
      listedBasis: "",
      listedSource: source,
      change: { kind: "exit (third of 12)", kindZh: "", isExit: true, date: "2026-04", precision: "month", source },
      notes: "",
    };
    const pending = { ...region, adcode: "888888", change: { ...region.change!, isExit: false } };
    const [m] = timelineMarkers([], [region, pending]);
    expect(m).toMatchObject({
      id: "exit-999999",
      date: "2026-04",
      source,
      summary: { text: "exit (third of 12)", lang: "en" },
      span: { precision: "month" },
    });
    // Without the change's kind in Chinese, a Chinese reader gets the English, marked as English.
    expect(timelineMarkers([], [region], [], "zh")[0].summary).toEqual({ text: "exit (third of 12)", lang: "en" });
    const written = { ...region, change: { ...region.change!, kindZh: "退出（12个中的第三个）" } };
    expect(timelineMarkers([], [written], [], "zh")[0].summary).toEqual({
      text: "退出（12个中的第三个）",
      lang: "zh-CN",
    });
    expect(timelineMarkers([], [region, pending])).toHaveLength(1);
  });
});

describe("lanes and the rest of the events", () => {
  it("puts marker heads closer than the gap in separate rows and reuses a row once clear", () => {
    const at = (x: number) => ({ span: { start: x, end: x, at: x, precision: "day" as const } });
    expect(assignLanes([at(0), at(0.1), at(0.2), at(0.5), at(0.55)], 0.3).map((m) => m.lane)).toEqual([0, 1, 2, 0, 1]);
  });

  it("lists other national policy and risk-list events, dated by date, undated last, none twice", () => {
    const list = otherNationalEvents(
      [
        event({ id: "b", date: null, precision: null }),
        event({ id: "a", date: "2025-01" }),
        event({ id: "c", date: "2024-02-01", precision: "day", kind: "risk_list" }),
        event({ id: "d", kind: "asset_sale" }),
        event({ id: "p", scope: "province" }),
        event({ id: "m" }),
      ],
      new Set(["m"]),
    );
    expect(list.map((e) => e.id)).toEqual(["c", "a", "b"]);
  });
});
