import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkProjectedMap } from "../../src/data/check-generated";
import { mapFromPage, mapMetaOf } from "../../src/geo/map-seed";
import type { ProjectedMap } from "../../src/geo/province-map";
import { GENERATED_DIR } from "../support/real-data";

const map = JSON.parse(readFileSync(join(GENERATED_DIR, "china-provinces.map.json"), "utf8")) as ProjectedMap;
const drawn = new Map(map.shapes.map((s) => [s.adcode, s.d]));
const metaText = JSON.stringify(mapMetaOf(map));

describe("the province map put back together from the built page", () => {
  it("is the map file itself: the template's size, projection, centroids and arrow-key moves with the drawn paths", () => {
    const rebuilt = mapFromPage(metaText, drawn);
    expect(rebuilt).toEqual(map);
    expect(checkProjectedMap(rebuilt)).toBeNull();
    // The template leaves the paths to the drawing: a small part of the file.
    expect(metaText.length).toBeLessThan(JSON.stringify(map).length / 10);
    expect(metaText).not.toContain('"d"');
  });

  it("is null when the template is missing or malformed, or a province is not drawn", () => {
    expect(mapFromPage(null, drawn)).toBeNull();
    expect(mapFromPage("", drawn)).toBeNull();
    expect(mapFromPage("{not json", drawn)).toBeNull();
    expect(mapFromPage("[]", drawn)).toBeNull();
    expect(mapFromPage('{"shapes":[null]}', drawn)).toBeNull();
    const withoutGuizhou = new Map(drawn);
    withoutGuizhou.delete("520000");
    expect(mapFromPage(metaText, withoutGuizhou)).toBeNull();
    expect(mapFromPage(metaText, new Map([...drawn].map(([a, d]) => [a, a === "520000" ? "" : d])))).toBeNull();
  });
});
