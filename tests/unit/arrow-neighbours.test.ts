/**
 * The arrow keys on the province map, as the geometry build works them out from the real map
 * (ECharts' China geometry through the same pipeline as scripts/build-geo.ts). The checks are
 * facts about the map: directions agree with where the provinces lie, every province can be
 * reached, and well-known borders are honoured.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { buildProvinceTopology, type EchartsGeoJson } from "../../scripts/lib/echarts-geo";
import { arrowNeighbours, DIRECTION_VECTORS, sharedBorders } from "../../scripts/lib/arrow-neighbours";
import { projectMap } from "../../scripts/lib/projected-map";
import { DIRECTIONS, type Direction } from "../../src/geo/province-map";
import { buildGeometry, neighbourInDirection } from "../../src/geo/map-geometry";

const source = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("echarts/map/json/china.json"), "utf8"),
) as EchartsGeoJson;
const topology = buildProvinceTopology(source);
const map = projectMap(topology);
const geometry = buildGeometry(map);
const borders = sharedBorders(topology);
const shape = (adcode: string) => map.shapes.find((s) => s.adcode === adcode)!;
const move = (from: string, direction: Direction) => neighbourInDirection(geometry.shapes, from, direction);

const BEIJING = "110000";
const TIANJIN = "120000";
const HEBEI = "130000";
const GUANGDONG = "440000";
const GUANGXI = "450000";
const HAINAN = "460000";
const FUJIAN = "350000";
const GANSU = "620000";
const QINGHAI = "630000";
const XINJIANG = "650000";
const TAIWAN = "710000";

/** Where `to`'s centroid lies from `from`'s: distance along the direction and the angle off it. */
function bearing(from: string, to: string, direction: Direction) {
  const [vx, vy] = DIRECTION_VECTORS[direction];
  const a = shape(from).centroid;
  const b = shape(to).centroid;
  const along = (b[0] - a[0]) * vx + (b[1] - a[1]) * vy;
  const across = Math.abs((b[0] - a[0]) * vy - (b[1] - a[1]) * vx);
  return { along, angle: Math.atan2(across, along) };
}

/** Every province reachable from `start` by pressing arrows. */
function reachable(start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const d of DIRECTIONS) {
      const to = move(from, d);
      if (to && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

describe("arrow keys on the real province map", () => {
  it("never lead backwards: each target's centroid lies on the side of the arrow pressed", () => {
    for (const s of map.shapes) {
      for (const d of DIRECTIONS) {
        const to = move(s.adcode, d);
        if (to) expect(bearing(s.adcode, to, d).along, `${s.adcode} ${d} -> ${to}`).toBeGreaterThan(0);
      }
    }
  });

  it("reach every province from every province (the arrow graph is strongly connected)", () => {
    const all = map.shapes.map((s) => s.adcode);
    expect(all).toHaveLength(34);
    for (const start of all) expect([...reachable(start)].sort(), `from ${start}`).toEqual([...all].sort());
  });

  it("do not skip a bordering province lying straight ahead (within 30° of the arrow)", () => {
    for (const s of map.shapes) {
      for (const d of DIRECTIONS) {
        const straightAhead = [...borders.get(s.adcode)!].filter((b) => {
          const { along, angle } = bearing(s.adcode, b, d);
          return along > 0 && angle <= Math.PI / 6;
        });
        if (straightAhead.length > 0)
          expect(borders.get(s.adcode)!.has(move(s.adcode, d)!), `${s.adcode} ${d}`).toBe(true);
      }
    }
  });

  it("take Right from Xinjiang to a province on its eastern border, not past Gansu and Qinghai", () => {
    expect([GANSU, QINGHAI]).toContain(move(XINJIANG, "right"));
  });

  it("move between Beijing and the two provinces around it, Hebei and Tianjin, both ways", () => {
    expect([...borders.get(BEIJING)!].sort()).toEqual([TIANJIN, HEBEI].sort());
    const fromBeijing = DIRECTIONS.map((d) => move(BEIJING, d));
    expect(fromBeijing).toContain(HEBEI);
    expect(fromBeijing).toContain(TIANJIN);
    expect(DIRECTIONS.map((d) => move(HEBEI, d))).toContain(BEIJING);
    expect(DIRECTIONS.map((d) => move(TIANJIN, d))).toContain(BEIJING);
  });

  it("cross the straits to and from the islands, which border nothing", () => {
    expect(borders.get(HAINAN)!.size).toBe(0);
    expect(borders.get(TAIWAN)!.size).toBe(0);
    expect([GUANGDONG, GUANGXI]).toContain(move(HAINAN, "up"));
    expect(move(TAIWAN, "left")).toBe(FUJIAN);
    expect(DIRECTIONS.map((d) => move(FUJIAN, d))).toContain(TAIWAN);
    expect([GUANGDONG, GUANGXI].flatMap((p) => DIRECTIONS.map((d) => move(p, d)))).toContain(HAINAN);
  });

  it("stop at the map's edge: nothing lies left of Xinjiang", () => {
    const westOfXinjiang = map.shapes.filter(
      (s) => s.adcode !== XINJIANG && bearing(XINJIANG, s.adcode, "left").along > 0,
    );
    expect(westOfXinjiang).toEqual([]);
    expect(move(XINJIANG, "left")).toBeNull();
  });
});

describe("the neighbour rule", () => {
  //  A ---- M ---- B      A and B share a border; M (just below the line) and the island I border nothing.
  //  |
  //  I
  const nodes = [
    { adcode: "A", centroid: [0, 0] as [number, number] },
    { adcode: "M", centroid: [15, 1] as [number, number] },
    { adcode: "B", centroid: [30, 0] as [number, number] },
    { adcode: "I", centroid: [0, 30] as [number, number] },
  ];
  const arrows = arrowNeighbours(
    nodes,
    new Map([
      ["A", new Set(["B"])],
      ["B", new Set(["A"])],
    ]),
  );

  it("takes a bordering province over a nearer one that does not border", () => {
    expect(arrows.get("A")!.right).toBe("B");
    expect(arrows.get("B")!.left).toBe("A");
  });

  it("falls back to the nearest province that way when nothing borders in that direction", () => {
    expect(arrows.get("I")!.up).toBe("A");
    expect(arrows.get("M")!.right).toBe("B");
    expect(arrows.get("A")!.down).toBe("I");
  });

  it("gives nothing at the edge, and nothing more than 60° off the arrow", () => {
    expect(arrows.get("B")!.right).toBeNull();
    expect(arrows.get("A")!.up).toBeNull();
    const offAxis = arrowNeighbours(
      [
        { adcode: "P", centroid: [0, 0] },
        { adcode: "Q", centroid: [10, 20] },
      ],
      new Map(),
    );
    expect(offAxis.get("P")!.right).toBeNull(); // 63° off
    expect(offAxis.get("P")!.down).toBe("Q"); // 27° off
  });
});
