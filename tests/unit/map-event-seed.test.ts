import { describe, expect, it } from "vitest";
import { parseMapEventSeed } from "../../src/features/events/lib/map-event-seed";
import { mapEventSeed } from "../../src/features/events/lib/map-event-seed-build";
import { realEvents, realIndex } from "../support/real-data";

describe("the event counts the built page carries", () => {
  it("round-trips through the page's data block", () => {
    const seed = mapEventSeed(realEvents(), realIndex());
    expect(parseMapEventSeed(JSON.stringify(seed))).toEqual(seed);
  });

  it("counts every event once: by province, national, or undated", () => {
    const events = realEvents();
    const seed = mapEventSeed(events, realIndex());
    const placed = Object.values(seed.counts).reduce((a, b) => a + b, 0);
    expect(placed + seed.national + seed.undated).toBe(events.length);
    expect(seed.undated).toBe(events.filter((e) => !e.date).length);
  });

  it("is ignored, never half-read, when the block is missing or not what the build writes", () => {
    const good = { counts: { "520000": 28 }, national: 44, undated: 19 };
    expect(parseMapEventSeed(JSON.stringify(good))).toEqual(good);
    for (const bad of [
      null,
      "",
      "not json",
      "null",
      "[]",
      "42",
      JSON.stringify({ ...good, counts: [] }),
      JSON.stringify({ ...good, counts: { "520000": -1 } }),
      JSON.stringify({ ...good, counts: { "520000": 1.5 } }),
      JSON.stringify({ ...good, counts: { "<img src=x>": 1 } }),
      JSON.stringify({ ...good, counts: { "520000": "28" } }),
      JSON.stringify({ ...good, national: "44" }),
      JSON.stringify({ counts: good.counts, national: 44 }),
    ])
      expect(parseMapEventSeed(bad), String(bad)).toBeNull();
  });
});
