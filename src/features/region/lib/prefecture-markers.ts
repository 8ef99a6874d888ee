/**
 * Which event goes on which prefecture of a province's map, and what its marker says. Pure (no
 * React): the PrefectureMap component only draws what `planMarkers` returns.
 *
 * Matching, in order: the event's place code; then, outside the four municipalities, the
 * prefecture that contains a county code (XXXX00); then the place's Chinese name, for codes that
 * changed since the map's source was drawn (e.g. 梁平县 500228 became 梁平区 500155).
 */
import type { EventRecord } from "../../../data/atlas-types";
import type { Lang } from "../../../i18n/lang";
import { localName } from "../../../i18n/domain";
import { eventTitle } from "../../../i18n/data-lang";
import { regionMessages } from "../messages";

// ---------------------------------------------------------------------------------------------
// Matching

/** Beijing, Tianjin, Shanghai, Chongqing: their maps show districts and counties, not prefectures. */
const MUNICIPALITY_PREFIXES = new Set(["11", "12", "31", "50"]);

export const isMunicipality = (province: string) => MUNICIPALITY_PREFIXES.has(province.slice(0, 2));

/** The shape codes a place code can land on, best first. */
export function candidateCodes(placeAdcode: string, province: string): string[] {
  if (!/^\d{6}$/.test(placeAdcode) || placeAdcode === province) return [];
  // Direct-administered county-level cities (Hainan's 469xxx, Hubei's 429xxx, Xinjiang's
  // 659xxx) are shapes of their own, so the full code is tried first everywhere.
  if (isMunicipality(province)) return [placeAdcode];
  const prefecture = `${placeAdcode.slice(0, 4)}00`;
  return prefecture === placeAdcode ? [placeAdcode] : [placeAdcode, prefecture];
}

/**
 * Ethnic groups that appear in autonomous prefecture and county names, so that 海西蒙古族藏族
 * 自治州 can be found as 海西 in a place written the short way (海西州).
 */
const ETHNIC_GROUPS = [
  "蒙古",
  "藏",
  "回",
  "维吾尔",
  "苗",
  "彝",
  "壮",
  "布依",
  "朝鲜",
  "满",
  "侗",
  "瑶",
  "白",
  "土家",
  "哈尼",
  "哈萨克",
  "傣",
  "黎",
  "傈僳",
  "佤",
  "畲",
  "拉祜",
  "水",
  "纳西",
  "景颇",
  "柯尔克孜",
  "土",
  "达斡尔",
  "羌",
  "撒拉",
  "毛南",
  "仡佬",
  "锡伯",
  "普米",
  "怒",
  "独龙",
  "鄂温克",
  "鄂伦春",
  "裕固",
  "保安",
  "东乡",
  "仫佬",
  "塔吉克",
  "各",
];
const ADMIN_SUFFIXES = ["自治州", "自治县", "自治旗", "地区", "林区", "新区", "盟", "市", "区", "县", "旗"];

/** The distinctive part of a name: 兰州市 -> 兰州, 黔南布依族苗族自治州 -> 黔南. null if too short to trust. */
export function coreName(name: string): string | null {
  let core = name;
  const suffix = ADMIN_SUFFIXES.find((s) => core.endsWith(s));
  if (suffix) core = core.slice(0, -suffix.length);
  const cuts = ETHNIC_GROUPS.map((g) => core.indexOf(`${g}族`)).filter((i) => i > 0);
  if (cuts.length > 0) core = core.slice(0, Math.min(...cuts));
  // One character (忠县 -> 忠) would match far too much.
  return core.length >= 2 && core !== name ? core : null;
}

/** The place's Chinese name without the province in front (吉林省吉林市 -> 吉林市), so 吉林 cannot match the province. */
function placeWithinProvince(placeZh: string, provinceNames: string[]): string {
  const prefix = [...provinceNames].sort((a, b) => b.length - a.length).find((n) => n && placeZh.startsWith(n));
  return prefix ? placeZh.slice(prefix.length) : placeZh;
}

export interface ShapeRef {
  code: string;
  name: string;
}

/** The shape whose name appears first in the place (the prefecture precedes the county); null if none. */
export function matchByName<S extends ShapeRef>(placeZh: string, shapes: S[], provinceNames: string[]): S | null {
  const place = placeWithinProvince(placeZh, provinceNames);
  let best: { shape: S; at: number; length: number } | null = null;
  for (const shape of shapes) {
    for (const name of [shape.name, coreName(shape.name)]) {
      if (!name) continue;
      const at = place.indexOf(name);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && name.length > best.length))
        best = { shape, at, length: name.length };
      break; // the full name found: its core adds nothing
    }
  }
  return best?.shape ?? null;
}

export type MatchKind = "code" | "prefecture" | "name";

/** The shape an event belongs on, or null. Only prefecture- and county-scope events are placed. */
export function matchEvent<S extends ShapeRef>(
  event: EventRecord,
  province: string,
  shapes: S[],
  provinceNames: string[],
): { shape: S; by: MatchKind } | null {
  if (event.scope !== "prefecture" && event.scope !== "county") return null;
  const byCode = new Map(shapes.map((s) => [s.code, s]));
  const codes = event.placeAdcode ? candidateCodes(event.placeAdcode, province) : [];
  for (const [k, code] of codes.entries()) {
    const shape = byCode.get(code);
    if (shape) return { shape, by: k === 0 ? "code" : "prefecture" };
  }
  const named = event.placeZh ? matchByName(event.placeZh, shapes, provinceNames) : null;
  return named ? { shape: named, by: "name" } : null;
}

// ---------------------------------------------------------------------------------------------
// Markers

export interface PrefectureMarker {
  code: string;
  nameZh: string;
  /** English name taken from the events' place (e.g. "Bishan District"); the Chinese name if none. */
  nameEn: string;
  x: number;
  y: number;
  /** Newest first, undated last. */
  events: EventRecord[];
}

export interface MarkerPlan {
  markers: PrefectureMarker[];
  /** The province's events about the whole province (or national events filed under it). */
  provinceWide: EventRecord[];
  /** Prefecture- or county-scope events whose place is on none of the map's shapes. */
  unplaced: EventRecord[];
}

/** "Ulanqab" from "Zhuozi County, Ulanqab, Inner Mongolia" when the event landed on its prefecture. */
function englishName(event: EventRecord, by: MatchKind, shapeName: string, province: string): string | null {
  const parts = event.placeEn
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  // A county placed on its prefecture: the English names the prefecture second to last.
  const onPrefecture = by === "prefecture" || (by === "name" && event.scope === "county" && !isMunicipality(province));
  if (onPrefecture) return parts.length >= 3 ? parts[parts.length - 2] : null;
  // 天津港保税区(滨海新区) on the 滨海新区 shape: the English gives the district in brackets too.
  const bracketed = /\(([^)]+)\)$/.exec(parts[0]);
  if (bracketed && (event.placeZh.includes(`(${shapeName})`) || event.placeZh.includes(`（${shapeName}）`)))
    return bracketed[1];
  return parts[0];
}

const newestFirst = (a: EventRecord, b: EventRecord) =>
  a.date === b.date ? a.id.localeCompare(b.id) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;

/**
 * One marker per shape with events, at the shape's label point, in reading order (top to bottom,
 * then left to right) so tabbing through them follows the map.
 */
export function planMarkers(
  events: EventRecord[],
  province: string,
  shapes: (ShapeRef & { centroid: [number, number] })[],
  provinceNames: string[],
): MarkerPlan {
  const plan: MarkerPlan = { markers: [], provinceWide: [], unplaced: [] };
  const byShape = new Map<
    string,
    { shape: (typeof shapes)[number]; events: EventRecord[]; names: { name: string; rank: number }[] }
  >();
  for (const event of events) {
    if (event.provinceAdcode !== province) continue;
    if (event.scope === "national" || event.scope === "province") {
      plan.provinceWide.push(event);
      continue;
    }
    const match = matchEvent(event, province, shapes, provinceNames);
    if (!match) {
      plan.unplaced.push(event);
      continue;
    }
    const entry = byShape.get(match.shape.code) ?? { shape: match.shape, events: [], names: [] };
    entry.events.push(event);
    const en = englishName(event, match.by, match.shape.name, province);
    // Prefer a name the event gives for exactly this shape over one read off a county's place.
    if (en) entry.names.push({ name: en, rank: match.by === "code" ? 0 : 1 });
    byShape.set(match.shape.code, entry);
  }
  plan.markers = [...byShape.values()]
    .map(({ shape, events: list, names }) => ({
      code: shape.code,
      nameZh: shape.name,
      nameEn: [...names].sort((a, b) => a.rank - b.rank)[0]?.name ?? shape.name,
      x: shape.centroid[0],
      y: shape.centroid[1],
      events: [...list].sort(newestFirst),
    }))
    .sort((a, b) => a.y - b.y || a.x - b.x || a.code.localeCompare(b.code));
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Keeping markers apart

/** Marker diameter in CSS px: 24 (a comfortable touch target) for one event, growing to 34. */
export const markerSize = (count: number) => Math.min(24 + 3 * (count - 1), 34);

/**
 * CSS px per map unit where the map is drawn narrowest (about 300 px wide on a phone).
 * Separating markers for that width keeps them apart at every width.
 */
const NARROWEST_PX_PER_UNIT = 300 / 400;
const GAP_UNITS = 3;

export interface PlacedMarker extends PrefectureMarker {
  /** Where the button is drawn (map units): the place itself unless a neighbour's marker was in the way. */
  mx: number;
  my: number;
}

/**
 * Neighbouring places (Bishan and Shapingba in Chongqing) would put buttons on top of each other.
 * Push overlapping markers apart along the line between them, equally, until none overlap or
 * the rounds run out; the component draws a leader line back to each moved marker's place.
 * Deterministic: fixed order, fixed rounds, coincident points split along a fixed direction.
 */
export function separateMarkers(markers: PrefectureMarker[], box: { width: number; height: number }): PlacedMarker[] {
  const placed = markers.map((m) => ({ ...m, mx: m.x, my: m.y }));
  const radius = (m: PrefectureMarker) => markerSize(m.events.length) / 2 / NARROWEST_PX_PER_UNIT;
  for (let round = 0; round < 100; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i], placed[j]];
        const need = radius(a) + radius(b) + GAP_UNITS;
        let [dx, dy] = [b.mx - a.mx, b.my - a.my];
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) [dx, dy, d] = [1, 0, 1];
        const push = (need - d) / 2 + 0.01;
        [a.mx, a.my] = [a.mx - (dx / d) * push, a.my - (dy / d) * push];
        [b.mx, b.my] = [b.mx + (dx / d) * push, b.my + (dy / d) * push];
        moved = true;
      }
    }
    for (const m of placed) {
      const r = radius(m);
      m.mx = Math.min(Math.max(m.mx, r), box.width - r);
      m.my = Math.min(Math.max(m.my, r), box.height - r);
    }
    if (!moved) break;
  }
  return placed.map((m) => ({ ...m, mx: Math.round(m.mx * 10) / 10, my: Math.round(m.my * 10) / 10 }));
}

/** "2 events" / "2个事件" */
export const countLabel = (n: number, lang: Lang = "en") => regionMessages[lang].eventCount(n);

/** The place's name for a reader: English "Bishan District", Chinese the map's own "璧山区". */
export const placeName = (m: Pick<PrefectureMarker, "nameEn" | "nameZh">, lang: Lang = "en") =>
  localName(m.nameEn, m.nameZh, lang);

/** The marker's accessible name: "Bishan District: 2 events" / "璧山区：2个事件". */
export const markerLabel = (m: PrefectureMarker, lang: Lang = "en") =>
  regionMessages[lang].placeCount(placeName(m, lang), m.events.length);

/** The marker's tooltip: its name (English readers get the Chinese too), then one line per event title in the reader's language. */
export const markerTitle = (m: PrefectureMarker, lang: Lang = "en") =>
  [
    regionMessages[lang].placeCount(regionMessages[lang].placeTitleName(m.nameEn, m.nameZh), m.events.length),
    ...m.events.map((e) => `• ${eventTitle(e, lang).text}`),
  ].join("\n");
