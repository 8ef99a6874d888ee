import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../src/data/atlas-types";
import { layoutTimeline, yearsCovered } from "../../src/features/events/lib/timeline";
import { spreadMarkers } from "../../src/features/events/lib/marker-layout";
import { realEvents } from "../support/real-data";

const ev = (id: string, date: string | null, precision: EventRecord["precision"]) =>
  ({ id, date, precision }) as EventRecord;

describe("the timeline layout", () => {
  const events = [
    ev("a", "2024-08-26", "day"),
    ev("b", "2024-08", "month"),
    ev("c", "2024", "year"),
    ev("d", null, null),
    ev("e", "2014-01-02", "day"),
  ];

  it("places day and month dates in their month, stacked oldest first", () => {
    const layout = layoutTimeline(events, 2014, 2026);
    expect(layout.months).toBe(13 * 12);
    expect(layout.monthMarks.map((m) => [m.event.id, m.month, m.stack])).toEqual([
      ["e", 0, 0],
      ["b", 10 * 12 + 7, 0],
      ["a", 10 * 12 + 7, 1],
    ]);
    expect(layout.maxStack).toBe(2);
  });

  it("gives a year-only date its whole year, never a month, and leaves undated events off", () => {
    const layout = layoutTimeline(events, 2014, 2026);
    expect(layout.yearMarks.map((m) => [m.event.id, m.year])).toEqual([["c", 10]]);
    expect([...layout.monthMarks, ...layout.yearMarks].some((m) => m.event.id === "d")).toBe(false);
  });

  it("the real events cover 2014 to 2026", () => {
    expect(yearsCovered(realEvents())).toEqual({ firstYear: 2014, lastYear: 2026 });
    expect(yearsCovered([ev("d", null, null)])).toBeNull();
  });
});

describe("spreading count markers", () => {
  it("leaves markers that are far enough apart where they are", () => {
    const markers = [
      { id: "a", x: 0, y: 0 },
      { id: "b", x: 30, y: 0 },
    ];
    expect(spreadMarkers(markers, 20)).toEqual(markers);
  });

  it("pushes close neighbours apart symmetrically until they no longer overlap", () => {
    const [a, b] = spreadMarkers(
      [
        { id: "bj", x: 100, y: 100 },
        { id: "tj", x: 106, y: 108 },
      ],
      20,
    );
    expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeCloseTo(20, 6);
    expect((a.x + b.x) / 2).toBeCloseTo(103, 6);
    expect((a.y + b.y) / 2).toBeCloseTo(104, 6);
  });

  it("separates markers on the same point", () => {
    const [a, b] = spreadMarkers(
      [
        { id: "a", x: 5, y: 5 },
        { id: "b", x: 5, y: 5 },
      ],
      10,
    );
    expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeCloseTo(10, 6);
  });
});
