import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkAtlasData, checkEvents, checkProjectedMap } from "../../src/data/check-generated";

const read = (file: string) => JSON.parse(readFileSync(`public/generated/${file}`, "utf8"));

describe("checks of the generated files the app loads", () => {
  it("pass the files the build writes", () => {
    expect(checkAtlasData(read("atlas-data.json"))).toBeNull();
    expect(checkEvents(read("events.json"))).toBeNull();
    expect(checkProjectedMap(read("china-provinces.map.json"))).toBeNull();
  });

  it("name the entry and field of a damaged atlas file", () => {
    const data = read("atlas-data.json");
    data.balances[7].period = 2024;
    expect(checkAtlasData(data)).toBe("balances[7].period: expected text, found number");

    const missing = read("atlas-data.json");
    delete missing.provinces[3].nameZh;
    expect(checkAtlasData(missing)).toBe("provinces[3].nameZh: expected text, found nothing");

    const dangling = read("atlas-data.json");
    dangling.balances[2].sources = [dangling.sources.length + 5];
    expect(checkAtlasData(dangling)).toMatch(/^balances\[2\]\.sources: source \d+ does not exist/);

    expect(checkAtlasData({ version: 2 })).toMatch(/version 1/);
    expect(checkAtlasData(null)).toMatch(/version 1/);
  });

  it("name a bad event and a bad map shape", () => {
    const events = read("events.json");
    events[4].kind = "<script>";
    expect(checkEvents(events)).toMatch(/^events\[4\]\.kind: "<script>" is not a kind of event/);
    expect(checkEvents({})).toBe("events: expected a list, found object");
    const map = read("china-provinces.map.json");
    map.shapes[0].d = null;
    expect(checkProjectedMap(map)).toBe("shapes[0].d: expected text, found null");
  });
});
