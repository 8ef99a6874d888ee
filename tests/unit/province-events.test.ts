import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../src/data/atlas-types";
import { checkProvinceEvents } from "../../src/data/check-generated";
import { eventsOfProvince, provinceEventsFile } from "../../src/data/province-events";
import { GENERATED_DIR, realEvents, realIndex } from "../support/real-data";

const events = realEvents();
const index = realIndex();
const covered = index.covered;

const event = (id: string, provinceAdcode: string | null, amountOverlaps: string[] = []): EventRecord =>
  ({ ...events[0], id, provinceAdcode, amountOverlaps }) as EventRecord;

describe("a province's events file", () => {
  it("holds exactly the province's events, in the events file's order, and the events they overlap", () => {
    const all = [
      event("a", "520000", ["c"]),
      event("b", "450000"),
      event("c", "450000"),
      event("d", "520000"),
      event("e", null),
    ];
    expect(eventsOfProvince(all, "520000").map((e) => e.id)).toEqual(["a", "d", "c"]);
    expect(eventsOfProvince(all, "450000").map((e) => e.id)).toEqual(["b", "c"]);
    expect(eventsOfProvince(all, "110000")).toEqual([]);
  });

  it("is built for every covered province from the events file, and the app's check takes it", () => {
    expect(covered.length).toBe(31);
    let listed = 0;
    for (const province of covered) {
      const file: unknown = JSON.parse(readFileSync(join(GENERATED_DIR, provinceEventsFile(province.iso)), "utf8"));
      expect(checkProvinceEvents(file, province.iso, province.adcode), province.iso).toBeNull();
      const own = (file as { events: EventRecord[] }).events.filter((e) => e.provinceAdcode === province.adcode);
      expect(own).toEqual(events.filter((e) => e.provinceAdcode === province.adcode));
      listed += own.length;
    }
    // Every event with a province is in its province's file; the rest are national or unplaced.
    expect(listed).toBe(events.filter((e) => e.provinceAdcode !== null).length);
  });

  it("is refused when it is another province's, or carries an event that is not its own", () => {
    const gz = { iso: "CN-GZ", adcode: "520000", events: eventsOfProvince(events, "520000") };
    expect(checkProvinceEvents(gz, "CN-GZ", "520000")).toBeNull();
    expect(checkProvinceEvents(gz, "CN-GX", "450000")).toMatch(/not the events file of CN-GX/);
    // A file that says it is Guizhou's but carries another adcode is refused, not read as "no events".
    expect(checkProvinceEvents({ ...gz, adcode: "450000" }, "CN-GZ", "520000")).toMatch(/not the events file of CN-GZ/);
    expect(checkProvinceEvents(gz.events, "CN-GZ", "520000")).toMatch(/not the events file/);
    const stray = events.find((e) => e.provinceAdcode === "450000")!;
    expect(checkProvinceEvents({ ...gz, events: [...gz.events, stray] }, "CN-GZ", "520000")).toMatch(
      new RegExp(`"${stray.id}".*neither CN-GZ's`),
    );
    expect(checkProvinceEvents({ ...gz, events: [{ ...gz.events[0], kind: "rumour" }] }, "CN-GZ", "520000")).toMatch(
      /kind/,
    );
  });
});
