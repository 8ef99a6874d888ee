// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildProvinceTopology, type EchartsGeoJson } from "../../scripts/lib/echarts-geo";
import { labelSlots, projectedRings } from "../../scripts/lib/label-slots";
import { projectMap } from "../../scripts/lib/projected-map";
import { LABEL_HEIGHTS, labelEms, placeLabels, type LabelTarget } from "../../src/geo/map-labels";
import { projectionFrom } from "../../src/geo/projection";
import { composeSvg } from "../../src/features/export/lib/compose-svg";
import { mapSpec } from "../../src/features/export/lib/views/map";
import { exportContext, realGeometry, TEST_PALETTE } from "../support/export-fixtures";

type Ring = [number, number][];

/** Whether any point of segment a-b, walked in steps of a tenth of a unit, lies inside the rectangle. */
function segmentEnters(
  [ax, ay]: [number, number],
  [bx, by]: [number, number],
  r: { x0: number; x1: number; y0: number; y1: number },
): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 0.1));
  for (let i = 0; i <= steps; i++) {
    const [x, y] = [ax + ((bx - ax) * i) / steps, ay + ((by - ay) * i) / steps];
    if (x > r.x0 && x < r.x1 && y > r.y0 && y < r.y1) return true;
  }
  return false;
}

const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

describe("where a name fits inside a shape (build time)", () => {
  it("finds the full width of a rectangle, less a margin from its border", () => {
    const slots = labelSlots([rect(0, 0, 100, 30)], 15);
    const twelve = slots.filter(([h]) => h === 12);
    expect(twelve.length).toBeGreaterThanOrEqual(1);
    const [, x0, x1, y] = twelve[0];
    expect(x0).toBeGreaterThan(0);
    expect(x0).toBeLessThanOrEqual(3);
    expect(x1).toBeLessThan(100);
    expect(x1).toBeGreaterThanOrEqual(97);
    // The whole band inside the rectangle.
    expect(y - 6).toBeGreaterThanOrEqual(0);
    expect(y + 6).toBeLessThanOrEqual(30);
    // Taller than the shape: no band at all.
    expect(slots.some(([h]) => h > 30)).toBe(false);
  });

  it("takes the wide arm of an L, not a band that crosses the border", () => {
    // A narrow upright arm (0–20 wide) over a wide foot (0–100 wide, y 40–60).
    const l: Ring = [
      [0, 0],
      [20, 0],
      [20, 40],
      [100, 40],
      [100, 60],
      [0, 60],
    ];
    const [, x0, x1, y] = labelSlots([l], 30).find(([h]) => h === 12)!;
    expect(x1 - x0).toBeGreaterThan(90);
    // Inside the foot, with room above and below.
    expect(y - 6).toBeGreaterThan(40);
    expect(y + 6).toBeLessThan(60);
  });

  it("keeps a second band clear of the first, for when the first is taken", () => {
    const slots = labelSlots([rect(0, 0, 100, 60)], 30).filter(([h]) => h === 12);
    expect(slots).toHaveLength(2);
    const [[, , , a], [, , , b]] = slots;
    expect(Math.abs(a - b)).toBeGreaterThanOrEqual(12);
  });

  it("on the atlas's map, puts every band wholly inside its own province", () => {
    const source = JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve("echarts/map/json/china.json"), "utf8"),
    ) as EchartsGeoJson;
    const topology = buildProvinceTopology(source);
    const map = projectMap(topology);
    const projection = projectionFrom(map.projection);
    const features = feature(topology, topology.objects.provinces as GeometryCollection) as FeatureCollection<Geometry>;
    let bands = 0;
    for (const f of features.features as Feature<Geometry>[]) {
      const shape = map.shapes.find((s) => s.adcode === String(f.id))!;
      const rings = projectedRings(projection, f);
      for (const [h, x0, x1, y] of shape.labels ?? []) {
        bands++;
        // The band with a unit of room around it: a name never touches its border.
        const band = { x0: x0 - 1, x1: x1 + 1, y0: y - h / 2 - 1, y1: y + h / 2 + 1 };
        // No stretch of the province's border (any ring: islands, holes) enters it...
        for (const ring of rings)
          for (let k = 0; k < ring.length; k++) {
            const [a, b] = [ring[k], ring[(k + 1) % ring.length]];
            expect(segmentEnters(a, b, band), `${shape.adcode} band ${h} at y ${y}`).toBe(false);
          }
        // ...and its middle is in the province (d3's own spherical test): so all of it is.
        expect(geoContains(f, projection.invert!([(x0 + x1) / 2, y])!), `${shape.adcode} band ${h}`).toBe(true);
      }
    }
    // Most have room for a name at the smallest size (not the smallest: Beijing, Tianjin, Shanghai,
    // Ningxia, Taiwan, Hong Kong, Macau).
    const named = map.shapes.filter((s) => (s.labels ?? []).some(([h]) => h === LABEL_HEIGHTS[0]));
    expect(named.length).toBeGreaterThanOrEqual(27);
    expect(bands).toBeGreaterThan(60);
  });
});

describe("placing names (page, image and PowerPoint maps)", () => {
  const wide: LabelTarget = {
    adcode: "1",
    text: "Sichuan",
    centroid: [50, 20],
    slots: [
      [12, 10, 90, 20],
      [12, 10, 90, 40],
      [17, 10, 90, 22],
    ],
  };

  it("estimates Chinese characters at a full em and Latin ones narrower", () => {
    expect(labelEms("四川")).toBe(2);
    expect(labelEms("Sichuan")).toBeGreaterThan(3.5);
    expect(labelEms("Sichuan")).toBeLessThan(5);
  });

  it("writes a name in the band of its height, centred on the province's middle where it can", () => {
    const [label] = placeLabels([wide], 9); // line box 11.7 → the 12-unit bands
    expect(label).toMatchObject({ adcode: "1", text: "Sichuan", x: 50, y: 20 });
    // Off-centre middle: slid back inside the band, never out of it.
    const [slid] = placeLabels([{ ...wide, centroid: [88, 20] }], 9);
    expect(slid.x + slid.width / 2).toBeLessThanOrEqual(90);
    expect(slid.x).toBeLessThan(88);
  });

  it("leaves a name out where it does not fit, instead of crossing a border", () => {
    expect(placeLabels([{ ...wide, text: "Sichuan Province of China" }], 9)).toEqual([]);
    // Type too big for any band the build measured.
    expect(placeLabels([wide], 30)).toEqual([]);
    // A bigger size uses the taller bands.
    expect(placeLabels([wide], 12)[0]).toMatchObject({ y: 22 });
  });

  it("slides a name along its band to clear an event-count circle", () => {
    const [label] = placeLabels([wide], 9, [{ x: 70, y: 20, r: 5 }]);
    expect(label.y).toBe(20);
    expect(label.x + label.width / 2).toBeLessThanOrEqual(65);
    expect(label.x - label.width / 2).toBeGreaterThanOrEqual(10);
  });

  it("moves a name to its second band when an event-count circle leaves no room on the first, or leaves it out", () => {
    const circle = { x: 50, y: 20, r: 9 };
    expect(placeLabels([wide], 9, [circle])[0]).toMatchObject({ y: 40 });
    expect(placeLabels([wide], 9, [circle, { x: 50, y: 40, r: 9 }])).toEqual([]);
    // A circle beside the name, not on it, is no obstacle.
    expect(placeLabels([wide], 9, [{ x: 50, y: 35, r: 5 }])[0]).toMatchObject({ y: 20 });
  });

  it("skips a province with no name to write", () => {
    expect(placeLabels([{ ...wide, text: "" }], 9)).toEqual([]);
  });
});

describe("names on the map's image export", () => {
  const geometry = realGeometry();
  const shapeOf = (adcode: string) => geometry.shapes.find((s) => s.adcode === adcode)!;

  it.each([
    ["en", ["Xinjiang", "Tibet", "Sichuan", "Qinghai"]],
    ["zh", ["新疆", "西藏", "四川", "青海"]],
  ] as const)("writes the names that fit in %s, each inside its own province", (lang, expected) => {
    const spec = mapSpec(exportContext("map", lang, { period: "2024" }), geometry, TEST_PALETTE, {
      width: 1920,
      height: 1080,
    });
    const doc = new DOMParser().parseFromString(composeSvg(spec), "image/svg+xml");
    const labels = [...doc.querySelectorAll("g.map text.province-label")];
    const texts = labels.map((l) => l.textContent);
    for (const name of expected) expect(texts).toContain(name);
    // Too small for any name at this size.
    expect(texts).not.toContain(lang === "en" ? "Shanghai" : "上海");
    for (const label of labels) {
      const body = spec.body.kind === "map" ? spec.body : null;
      const shape = body!.shapes.find((b) => b.label?.text === label.textContent)!;
      const [x, y] = ["x", "y"].map((a) => Number(label.getAttribute(a)));
      // Its middle on one of the bands the build measured inside that province.
      expect(
        shapeOf(shape.label!.adcode).labels.some(([h, x0, x1, by]) => x >= x0 && x <= x1 && Math.abs(y - by) <= h / 2),
        label.textContent!,
      ).toBe(true);
    }
  });
});
