/**
 * The prefecture build on the real ECharts province files: every covered province comes out,
 * non-empty and inside its box; the source's quirks (an uncoded district, a province split in
 * two features, plain coordinates in one file, far-flung islands) are handled; output is small
 * and deterministic.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  buildPrefectureMap,
  decodePrefectures,
  labelPoint,
  PREFECTURE_SOURCES,
  validatePrefectureMap,
  type ProvinceSource,
} from "../../scripts/lib/prefectures";
import { matchEvent } from "../../src/features/region/lib/prefecture-markers";
import type { EventRecord } from "../../src/data/atlas-types";

const require = createRequire(import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`echarts/map/json/province/${file}.json`), "utf8")) as ProvinceSource;
const sources = new Map(PREFECTURE_SOURCES.map(({ adcode, file }) => [adcode, read(file)]));
const maps = new Map(
  PREFECTURE_SOURCES.map(({ adcode }) => [
    adcode,
    buildPrefectureMap(adcode, decodePrefectures(sources.get(adcode)!, adcode)),
  ]),
);
const shape = (province: string, code: string) => maps.get(province)!.shapes.find((s) => s.code === code);

/** Bounds of a compact path (absolute M, relative l). */
function pathBounds(d: string): [number, number, number, number] {
  let [x, y] = [0, 0];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, cmd, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const n = (args.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (cmd === "M") [x, y] = n;
    if (cmd === "l") [x, y] = [x + n[0], y + n[1]];
    xs.push(x);
    ys.push(y);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe("the prefecture maps built from echarts/map/json/province", () => {
  it("covers the 31 provinces (not Hong Kong, Macau or Taiwan), each with shapes and no problems", () => {
    expect(maps.size).toBe(31);
    expect([...maps.keys()]).not.toContain("710000");
    expect([...maps.keys()]).not.toContain("810000");
    expect([...maps.keys()]).not.toContain("820000");
    for (const [adcode, map] of maps) {
      expect(map.province).toBe(adcode);
      expect(map.shapes.length, adcode).toBeGreaterThanOrEqual(5);
      expect(validatePrefectureMap(map), adcode).toEqual([]);
      for (const s of map.shapes) expect(s.code.slice(0, 2), `${adcode} ${s.code}`).toBe(adcode.slice(0, 2));
    }
  });

  it("has Lanzhou in Gansu, Wuhai in Inner Mongolia and Bishan in Chongqing", () => {
    expect(shape("620000", "620100")?.name).toBe("兰州市");
    expect(shape("150000", "150300")?.name).toBe("乌海市");
    expect(shape("500000", "500120")?.name).toBe("璧山区");
  });

  it("can place a Bishan event, by its modern code and by name under an unknown code", () => {
    const shapes = maps.get("500000")!.shapes;
    const event = {
      scope: "county",
      provinceAdcode: "500000",
      placeZh: "重庆市璧山区",
      placeEn: "Bishan District, Chongqing",
    } as EventRecord;
    expect(matchEvent({ ...event, placeAdcode: "500120" }, "500000", shapes, ["重庆市", "重庆"])).toMatchObject({
      shape: { code: "500120" },
      by: "code",
    });
    // The county-era code (璧山县 500227) is not on the map: the name finds it.
    expect(matchEvent({ ...event, placeAdcode: "500227" }, "500000", shapes, ["重庆市", "重庆"])).toMatchObject({
      shape: { code: "500120" },
      by: "name",
    });
  });

  it("gives Chongming, which the source left uncoded, its code, and joins Tibet's two 山南市 pieces", () => {
    expect(shape("310000", "310151")?.name).toBe("崇明区");
    const tibet = maps.get("540000")!;
    expect(tibet.shapes.map((s) => s.name).filter((n) => n === "山南市")).toHaveLength(1);
    expect(shape("540000", "540500")?.d.length).toBeGreaterThan(100);
  });

  it("fits each province to the same box, every path and marker point inside it", () => {
    for (const [adcode, map] of maps) {
      expect([map.width, map.height]).toEqual([400, 320]);
      const all = map.shapes.map((s) => pathBounds(s.d));
      const [x0, y0, x1, y1] = [
        Math.min(...all.map((b) => b[0])),
        Math.min(...all.map((b) => b[1])),
        Math.max(...all.map((b) => b[2])),
        Math.max(...all.map((b) => b[3])),
      ];
      expect(x0, adcode).toBeGreaterThanOrEqual(7.5);
      expect(y0, adcode).toBeGreaterThanOrEqual(7.5);
      expect(x1, adcode).toBeLessThanOrEqual(392.5);
      expect(y1, adcode).toBeLessThanOrEqual(312.5);
      // Fitted: the province fills the box along at least one axis.
      expect(Math.max((x1 - x0) / 384, (y1 - y0) / 304), adcode).toBeGreaterThan(0.98);
    }
  });

  it("frames Hainan on its island and says Sansha is not drawn", () => {
    const hainan = maps.get("460000")!;
    expect(hainan.shapes.find((s) => s.code === "460300")).toBeUndefined();
    expect(hainan.omitted).toEqual([expect.objectContaining({ code: "460300", name: "三沙市", nameEn: "Sansha" })]);
    expect(shape("460000", "460100")?.name).toBe("海口市");
  });

  it("stays small: under 300 KB gzip for all 31, no file over 16 KB gzip", () => {
    const sizes = [...maps.values()].map((m) => gzipSync(JSON.stringify(m), { level: 9 }).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(300 * 1024);
    expect(Math.max(...sizes)).toBeLessThan(16 * 1024);
  });

  it("is deterministic", () => {
    const again = buildPrefectureMap("620000", decodePrefectures(read("gansu"), "620000"));
    expect(JSON.stringify(again)).toBe(JSON.stringify(maps.get("620000")));
  });
});

describe("decodePrefectures refuses a source it cannot trust", () => {
  const gansu = sources.get("620000")!;
  const cases: [string, ProvinceSource, string, RegExp][] = [
    ["no features", { ...gansu, features: [] }, "620000", /no features/],
    ["the wrong province's file", gansu, "630000", /not a prefecture code of 630000/],
    [
      "a feature with no code",
      { ...gansu, features: [{ ...gansu.features[0], id: undefined, properties: { name: "某市" } }] },
      "620000",
      /某市 has no code/,
    ],
    [
      "a feature with no geometry",
      { ...gansu, features: [{ ...gansu.features[0], geometry: { type: "Polygon", coordinates: [] } }] },
      "620000",
      /no geometry/,
    ],
  ];
  it.each(cases)("%s", (_, source, province, message) => {
    expect(() => decodePrefectures(source, province)).toThrow(message);
  });
});

describe("labelPoint", () => {
  it("puts the marker inside a crescent, whose centroid lies outside it", () => {
    // A C shape opening to the right: its centroid falls in the gap.
    const c: [number, number][] = [
      [0, 0],
      [100, 0],
      [100, 20],
      [20, 20],
      [20, 80],
      [100, 80],
      [100, 100],
      [0, 100],
      [0, 0],
    ];
    const [x, y] = labelPoint([c]);
    const inside = (x > 0 && x < 20 && y > 0 && y < 100) || (y > 0 && y < 20) || (y > 80 && y < 100);
    expect(inside).toBe(true);
  });

  it("keeps the centroid of a convex shape", () => {
    const square: [number, number][] = [
      [0, 0],
      [40, 0],
      [40, 40],
      [0, 40],
      [0, 0],
    ];
    const [x, y] = labelPoint([square]);
    expect(x).toBeCloseTo(20, 5);
    expect(y).toBeCloseTo(20, 5);
  });
});
