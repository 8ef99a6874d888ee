/**
 * Which event lands on which prefecture shape: the matching rules on small hand-made maps, then
 * the real events against the generated-at-test-time maps of a few provinces.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../src/data/atlas-types";
import {
  candidateCodes,
  coreName,
  markerLabel,
  markerTitle,
  matchByName,
  matchEvent,
  markerSize,
  planMarkers,
  separateMarkers,
  type PrefectureMarker,
} from "../../src/features/region/lib/prefecture-markers";
import { buildPrefectureMap, decodePrefectures, type ProvinceSource } from "../../scripts/lib/prefectures";
import { realEvents } from "../support/real-data";

function event(id: string, patch: Partial<EventRecord>): EventRecord {
  return {
    id,
    date: "2024-01-15",
    precision: "day",
    dateBasis: "event date",
    scope: "prefecture",
    provinceAdcode: "620000",
    placeZh: "",
    placeEn: "",
    placeAdcode: null,
    kind: "other",
    titleEn: `Event ${id}`,
    titleZh: `事件${id}`,
    summaryEn: "",
    summaryZh: "",
    amountBn: null,
    amountMeasure: null,
    amountOverlaps: [],
    sourceStrength: null,
    sourceName: "test",
    sourceDate: "2024-01-15",
    sourceUrl: "https://example.org/",
    quote: "q",
    notes: "",
    ...patch,
  };
}

const at = (code: string, name: string, x = 10, y = 10) => ({ code, name, centroid: [x, y] as [number, number] });

const GANSU = [
  at("620100", "兰州市"),
  at("620200", "嘉峪关市"),
  at("621100", "定西市"),
  at("622900", "临夏回族自治州"),
];
const CHONGQING = [at("500106", "沙坪坝区"), at("500120", "璧山区"), at("500228", "梁平县"), at("500101", "万州区")];
const HAINAN = [at("460100", "海口市"), at("460200", "三亚市"), at("469002", "琼海市")];
const QINGHAI = [at("630100", "西宁市"), at("632800", "海西蒙古族藏族自治州")];
const JILIN = [at("220100", "长春市"), at("220200", "吉林市"), at("220400", "辽源市")];
const NAMES: Record<string, string[]> = {
  "620000": ["甘肃省", "甘肃"],
  "500000": ["重庆市", "重庆"],
  "460000": ["海南省", "海南"],
  "630000": ["青海省", "青海"],
  "220000": ["吉林省", "吉林"],
};

describe("matchEvent", () => {
  const cases: [string, string, typeof GANSU, Partial<EventRecord>, string | null, string | null][] = [
    // label, province, shapes, event, expected shape code, expected match kind
    ["a prefecture by its code", "620000", GANSU, { placeAdcode: "620100", placeZh: "甘肃省兰州市" }, "620100", "code"],
    [
      "a county on its prefecture (XXXX00)",
      "620000",
      GANSU,
      { scope: "county", placeAdcode: "620102", placeZh: "甘肃省兰州市城关区" },
      "620100",
      "prefecture",
    ],
    [
      "a municipality's district by its full code",
      "500000",
      CHONGQING,
      { scope: "county", provinceAdcode: "500000", placeAdcode: "500120", placeZh: "重庆市璧山区" },
      "500120",
      "code",
    ],
    [
      "a municipality's district never rounded to XXXX00",
      "500000",
      CHONGQING,
      { scope: "county", provinceAdcode: "500000", placeAdcode: "500199", placeZh: "重庆市某区" },
      null,
      null,
    ],
    [
      "a changed code, matched by name (梁平县 -> 梁平区 500155)",
      "500000",
      CHONGQING,
      { scope: "county", provinceAdcode: "500000", placeAdcode: "500155", placeZh: "重庆市梁平区" },
      "500228",
      "name",
    ],
    [
      "a direct-administered county-level city by its own code",
      "460000",
      HAINAN,
      { scope: "county", provinceAdcode: "460000", placeAdcode: "469002", placeZh: "海南省琼海市" },
      "469002",
      "code",
    ],
    [
      "an autonomous prefecture written the short way, no code",
      "630000",
      QINGHAI,
      { scope: "county", provinceAdcode: "630000", placeZh: "青海省海西州德令哈市" },
      "632800",
      "name",
    ],
    [
      "吉林市, not the province's 吉林, for a stale code",
      "220000",
      JILIN,
      { provinceAdcode: "220000", placeAdcode: "229900", placeZh: "吉林省吉林市" },
      "220200",
      "name",
    ],
    [
      "辽源, not 吉林, in a Jilin province place",
      "220000",
      JILIN,
      { provinceAdcode: "220000", placeAdcode: "229900", placeZh: "吉林省辽源市" },
      "220400",
      "name",
    ],
    [
      "a province-wide event is never placed",
      "620000",
      GANSU,
      { scope: "province", placeAdcode: "620000", placeZh: "甘肃省" },
      null,
      null,
    ],
    [
      "a province-wide event naming a city is still not placed",
      "620000",
      GANSU,
      { scope: "province", placeAdcode: "620100", placeZh: "甘肃省兰州市" },
      null,
      null,
    ],
    [
      "a national event is never placed",
      "620000",
      GANSU,
      { scope: "national", provinceAdcode: null, placeAdcode: null, placeZh: "全国" },
      null,
      null,
    ],
    [
      "a prefecture-scope event giving only the province code",
      "620000",
      GANSU,
      { placeAdcode: "620000", placeZh: "甘肃省" },
      null,
      null,
    ],
    ["no code and no recognisable name", "620000", GANSU, { placeAdcode: null, placeZh: "某地" }, null, null],
  ];
  it.each(cases)("%s", (_, province, shapes, patch, code, by) => {
    const match = matchEvent(event("e", patch), province, shapes, NAMES[province]);
    expect(match?.shape.code ?? null).toBe(code);
    expect(match?.by ?? null).toBe(by);
  });
});

describe("the pieces", () => {
  it.each([
    ["620102", "620000", ["620102", "620100"]],
    ["620100", "620000", ["620100"]],
    ["500120", "500000", ["500120"]],
    ["110102", "110000", ["110102"]],
    ["620000", "620000", []],
    ["62", "620000", []],
  ])("candidateCodes(%s, %s)", (code, province, expected) => {
    expect(candidateCodes(code, province)).toEqual(expected);
  });

  it.each([
    ["兰州市", "兰州"],
    ["海西蒙古族藏族自治州", "海西"],
    ["黔南布依族苗族自治州", "黔南"],
    ["石柱土家族自治县", "石柱"],
    ["临夏回族自治州", "临夏"],
    ["梁平县", "梁平"],
    ["忠县", null],
    ["大兴安岭地区", "大兴安岭"],
  ])("coreName(%s)", (name, core) => {
    expect(coreName(name)).toBe(core);
  });

  it("prefers the place named first: the prefecture before the county", () => {
    const shapes = [at("320600", "南通市"), at("320100", "南京市")];
    expect(matchByName("江苏省南通市通州区", shapes, ["江苏省"])?.code).toBe("320600");
  });
});

describe("planMarkers", () => {
  const events = [
    event("a", { placeAdcode: "620100", placeZh: "甘肃省兰州市", placeEn: "Lanzhou, Gansu", date: "2023-05-01" }),
    event("b", {
      scope: "county",
      placeAdcode: "620102",
      placeZh: "甘肃省兰州市城关区",
      placeEn: "Chengguan District, Lanzhou, Gansu",
      date: "2024-02-01",
    }),
    event("c", {
      scope: "county",
      placeAdcode: "621121",
      placeZh: "甘肃省定西市通渭县",
      placeEn: "Tongwei County, Dingxi, Gansu",
      date: null,
    }),
    event("d", { scope: "province", placeAdcode: "620000", placeZh: "甘肃省", placeEn: "Gansu" }),
    event("e", { scope: "prefecture", placeAdcode: null, placeZh: "某地", placeEn: "Somewhere" }),
    event("f", { scope: "prefecture", provinceAdcode: "630000", placeAdcode: "630100", placeZh: "青海省西宁市" }),
  ];
  const shapes = [at("620100", "兰州市", 200, 150), at("621100", "定西市", 220, 180), at("620200", "嘉峪关市", 50, 40)];
  const plan = planMarkers(events, "620000", shapes, NAMES["620000"]);

  it("puts one marker per place with its count, in reading order, newest event first", () => {
    expect(plan.markers.map((m) => [m.code, m.events.map((e) => e.id)])).toEqual([
      ["620100", ["b", "a"]],
      ["621100", ["c"]],
    ]);
    expect(plan.markers[0]).toMatchObject({ x: 200, y: 150 });
  });

  it("names a marker in English from its events: the prefecture's own place first, a county's prefecture otherwise", () => {
    expect(plan.markers.map((m) => m.nameEn)).toEqual(["Lanzhou", "Dingxi"]);
    expect(markerLabel(plan.markers[0])).toBe("Lanzhou: 2 events");
    expect(markerLabel(plan.markers[1])).toBe("Dingxi: 1 event");
    expect(markerTitle(plan.markers[0])).toBe("Lanzhou (兰州市): 2 events\n• Event b\n• Event a");
  });

  it("keeps province-wide and unplaceable events off the map, and other provinces' events out", () => {
    expect(plan.provinceWide.map((e) => e.id)).toEqual(["d"]);
    expect(plan.unplaced.map((e) => e.id)).toEqual(["e"]);
  });
});

describe("separateMarkers", () => {
  const marker = (code: string, x: number, y: number, n = 1) =>
    ({
      code,
      nameZh: code,
      nameEn: code,
      x,
      y,
      events: Array.from({ length: n }, (_, k) => event(`${code}-${k}`, {})),
    }) as PrefectureMarker;
  const box = { width: 400, height: 320 };
  // Radii as the module sizes them, for a map drawn 300 px wide.
  const need = (a: PrefectureMarker, b: PrefectureMarker) =>
    (markerSize(a.events.length) + markerSize(b.events.length)) / 2 / 0.75;

  it("leaves markers that are apart where they are", () => {
    const placed = separateMarkers([marker("a", 100, 100), marker("b", 300, 200)], box);
    expect(placed.map((m) => [m.mx, m.my])).toEqual([
      [100, 100],
      [300, 200],
    ]);
  });

  it.each([
    ["neighbours", [marker("a", 200, 150), marker("b", 210, 155, 3)]],
    ["the same point", [marker("a", 200, 150), marker("b", 200, 150)]],
    ["a cluster of three at the box's edge", [marker("a", 2, 2), marker("b", 8, 4), marker("c", 4, 9, 5)]],
  ])("pushes %s apart, keeps them in the box and remembers each place", (_, markers) => {
    const placed = separateMarkers(markers, box);
    for (let i = 0; i < placed.length; i++) {
      expect([placed[i].x, placed[i].y]).toEqual([markers[i].x, markers[i].y]);
      expect(placed[i].mx).toBeGreaterThanOrEqual(0);
      expect(placed[i].my).toBeGreaterThanOrEqual(0);
      for (let j = i + 1; j < placed.length; j++) {
        expect(Math.hypot(placed[i].mx - placed[j].mx, placed[i].my - placed[j].my)).toBeGreaterThanOrEqual(
          need(placed[i], placed[j]),
        );
      }
    }
    expect(separateMarkers(markers, box)).toEqual(placed);
  });
});

describe("the real events on the real maps", () => {
  const require = createRequire(import.meta.url);
  const FILES: Record<string, [string, string[]]> = {
    "620000": ["gansu", ["甘肃省", "甘肃"]],
    "500000": ["chongqing", ["重庆市", "重庆"]],
    "150000": ["neimenggu", ["内蒙古自治区", "内蒙古"]],
    "120000": ["tianjin", ["天津市", "天津"]],
  };
  const planFor = (province: string) => {
    const [file, names] = FILES[province];
    const source = JSON.parse(
      readFileSync(require.resolve(`echarts/map/json/province/${file}.json`), "utf8"),
    ) as ProvinceSource;
    const map = buildPrefectureMap(province, decodePrefectures(source, province));
    return planMarkers(realEvents(), province, map.shapes, names);
  };

  it.each([
    ["620000", "620100", "Lanzhou"],
    ["500000", "500120", "Bishan District"],
    ["150000", "150300", "Wuhai"],
    ["120000", "120116", "Binhai New Area"],
  ])("%s has a marker on %s (%s)", (province, code, nameEn) => {
    const plan = planFor(province);
    const marker = plan.markers.find((m) => m.code === code);
    expect(marker?.nameEn).toBe(nameEn);
    // Only events that give no place below the province (the municipality's own code, e.g.
    // Chongqing rows whose district the source does not state) are left off the map.
    expect(plan.unplaced.filter((e) => e.placeAdcode !== province)).toEqual([]);
  });
});
