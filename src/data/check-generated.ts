/**
 * Structural checks of the generated files the app loads, so a damaged or hand-edited file is
 * reported as "which file, which entry, what is wrong" instead of failing somewhere deep in a view.
 * Pure; cheap (one pass over each list). Returns the first problem found, in English, or null.
 */
import { EVENT_KINDS } from "./event-kinds";
import { AMOUNT_MEASURES, isAmountMeasure } from "./amount-measures";
import { isSourceStrength, SOURCE_STRENGTHS } from "./source-strength";
import { provinceEventsProblem, type ProvinceEventsFile } from "./province-events";

type Kind = "text" | "number" | "boolean" | "list" | "text|null" | "number|null";
type Spec = Record<string, Kind>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "string" ? "text" : typeof v;
}

function fits(v: unknown, kind: Kind): boolean {
  switch (kind) {
    case "text":
      return typeof v === "string";
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "boolean":
      return typeof v === "boolean";
    case "list":
      return Array.isArray(v);
    case "text|null":
      return v === null || typeof v === "string";
    case "number|null":
      return v === null || (typeof v === "number" && Number.isFinite(v));
  }
}

const WORD: Record<Kind, string> = {
  text: "text",
  number: "a number",
  boolean: "true or false",
  list: "a list",
  "text|null": "text or null",
  "number|null": "a number or null",
};

/** The first entry of `list` (named `name`) that lacks a field of `spec`, as "name[3].field: …". */
export function checkList(list: unknown, name: string, spec: Spec): string | null {
  if (!Array.isArray(list)) return `${name}: expected a list, found ${describe(list)}`;
  const fields = Object.entries(spec);
  for (let k = 0; k < list.length; k++) {
    const entry = list[k];
    if (!isObject(entry)) return `${name}[${k}]: expected a record, found ${describe(entry)}`;
    for (const [field, kind] of fields) {
      if (!fits(entry[field], kind)) return `${name}[${k}].${field}: expected ${WORD[kind]}, found ${describe(entry[field])}`;
    }
  }
  return null;
}

/** generated/atlas-data.json */
export function checkAtlasData(v: unknown): string | null {
  if (!isObject(v) || v.version !== 1) return "not an atlas data file (version 1)";
  if (typeof v.dataAsOf !== "string") return `dataAsOf: expected text, found ${describe(v.dataAsOf)}`;
  if (v.release !== undefined && typeof v.release !== "string") return `release: expected text, found ${describe(v.release)}`;
  const problem =
    checkList(v.sources, "sources", { text: "text", label: "text", labelZh: "text", note: "text", noteZh: "text", licence: "text" }) ??
    checkList(v.provinces, "provinces", { adcode: "text", iso: "text", nameEn: "text", nameZh: "text", nameZhFull: "text", nameLatin: "text", inScope: "boolean" }) ??
    checkList(v.balances, "balances", { adcode: "text", period: "text", total: "number|null", general: "number|null", special: "number|null", limit: "number|null", sources: "list", flags: "list", scope: "text" }) ??
    checkList(v.unreported, "unreported", { adcode: "text", period: "text" }) ??
    checkList(v.macro, "macro", { adcode: "text", year: "number", indicator: "text", value: "number", source: "number", flags: "list" }) ??
    checkList(v.lgfv, "lgfv", { adcode: "text", period: "text", value: "number", source: "number", quote: "text" }) ??
    checkList(v.national, "national", { series: "text", period: "text", value: "number", note: "text", noteZh: "text", sourceStrength: "text|null" }) ??
    checkList(v.keyRegions, "keyRegions", { adcode: "text", nameEn: "text", listedDate: "text", listedDocument: "text", listedDocumentZh: "text" });
  if (problem) return problem;
  // Every citation must point at a source that exists.
  const count = (v.sources as unknown[]).length;
  const bad = (i: unknown) => !Number.isInteger(i) || (i as number) < 0 || (i as number) >= count;
  const balances = v.balances as { sources: unknown[] }[];
  for (let k = 0; k < balances.length; k++) {
    const i = balances[k].sources.find(bad);
    if (i !== undefined) return `balances[${k}].sources: source ${String(i)} does not exist (there are ${count})`;
  }
  const macro = v.macro as { source: unknown }[];
  for (let k = 0; k < macro.length; k++) if (bad(macro[k].source)) return `macro[${k}].source: source ${String(macro[k].source)} does not exist (there are ${count})`;
  const lgfv = v.lgfv as { source: unknown }[];
  for (let k = 0; k < lgfv.length; k++) if (bad(lgfv[k].source)) return `lgfv[${k}].source: source ${String(lgfv[k].source)} does not exist (there are ${count})`;
  return null;
}

/** generated/events.json */
export function checkEvents(v: unknown): string | null {
  const problem = checkList(v, "events", {
    id: "text",
    date: "text|null",
    scope: "text",
    provinceAdcode: "text|null",
    placeZh: "text",
    placeEn: "text",
    placeAdcode: "text|null",
    kind: "text",
    titleEn: "text",
    titleZh: "text",
    summaryEn: "text",
    summaryZh: "text",
    amountBn: "number|null",
    amountMeasure: "text|null",
    amountOverlaps: "list",
    sourceName: "text",
    sourceUrl: "text",
    sourceStrength: "text|null",
  });
  if (problem) return problem;
  const events = v as { kind: string; amountBn: number | null; amountMeasure: string | null; sourceStrength: string | null }[];
  const kinds: readonly string[] = EVENT_KINDS;
  const k = events.findIndex((e) => !kinds.includes(e.kind));
  if (k >= 0) return `events[${k}].kind: "${events[k].kind.slice(0, 40)}" is not a kind of event (${EVENT_KINDS.join(", ")})`;
  // An amount always says what it measures, in a known code; no measure without an amount.
  const m = events.findIndex((e) => (e.amountBn === null ? e.amountMeasure !== null : e.amountMeasure === null || !isAmountMeasure(e.amountMeasure)));
  if (m >= 0) {
    const e = events[m];
    return e.amountBn === null
      ? `events[${m}].amountMeasure: set without an amount`
      : `events[${m}].amountMeasure: ${e.amountMeasure === null ? "missing for an amount" : `"${e.amountMeasure.slice(0, 40)}" is not a measure (${AMOUNT_MEASURES.length} codes in amount-measures.ts)`}`;
  }
  const s = events.findIndex((e) => e.sourceStrength !== null && !isSourceStrength(e.sourceStrength));
  if (s >= 0) return `events[${s}].sourceStrength: "${events[s].sourceStrength!.slice(0, 40)}" is not ${SOURCE_STRENGTHS.join(", ")} or null`;
  return null;
}

/** generated/china-provinces.map.json */
export function checkProjectedMap(v: unknown): string | null {
  if (!isObject(v) || !isObject(v.projection)) return "not the projected province map";
  if (!fits(v.width, "number") || !fits(v.height, "number")) return "width and height: expected numbers";
  const problem = checkList(v.shapes, "shapes", { adcode: "text", d: "text", centroid: "list" });
  if (problem) return problem;
  // Where names fit: optional (a file from before names has none), four numbers a band.
  const shapes = v.shapes as { labels?: unknown }[];
  const k = shapes.findIndex(
    (s) =>
      s.labels !== undefined &&
      !(Array.isArray(s.labels) && s.labels.every((b) => Array.isArray(b) && b.length === 4 && b.every((n) => fits(n, "number")))),
  );
  return k < 0 ? null : `shapes[${k}].labels: expected bands of four numbers`;
}

/** generated/events/<ISO code>.json: that province's events file (data/province-events.ts). */
export function checkProvinceEvents(v: unknown, iso: string, adcode: string): string | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return `not the events file of ${iso}`;
  const file = v as { iso: unknown; adcode: unknown; events: unknown };
  return checkEvents(file.events) ?? provinceEventsProblem(file as ProvinceEventsFile, iso, adcode);
}

/** generated/prefecture-data/<adcode>.json: the shape the panel reads, and every citation resolves. */
export function checkPrefectureData(v: unknown, adcode: string): string | null {
  if (!isObject(v) || v.version !== 1) return "not a prefecture data file (version 1)";
  if (v.province !== adcode) return `not the prefecture data of ${adcode}`;
  const problem =
    checkList(v.units, "units", { code: "text", adcode: "text", nameZh: "text", nameEn: "text", municipality: "boolean" }) ??
    checkList(v.debt, "debt", { code: "text", year: "number", total: "number|null", grade: "text", origin: "text", qa: "text", flags: "list", sources: "list" }) ??
    checkList(v.macro, "macro", { code: "text", year: "number", indicator: "text", value: "number", grade: "text", sources: "list" }) ??
    checkList(v.sources, "sources", { id: "text", publisher: "text", url: "text", grade: "text" });
  if (problem) return problem;
  if (!isObject(v.breaks)) return `breaks: expected an object, found ${describe(v.breaks)}`;
  const count = (v.sources as unknown[]).length;
  for (const [list, rows] of [["debt", v.debt], ["macro", v.macro]] as const) {
    const items = rows as { sources: unknown[] }[];
    for (let k = 0; k < items.length; k++) {
      const bad = items[k].sources.find((i) => !Number.isInteger(i) || (i as number) < 0 || (i as number) >= count);
      if (bad !== undefined) return `${list}[${k}].sources: source ${String(bad)} does not exist (there are ${count})`;
    }
  }
  return null;
}
