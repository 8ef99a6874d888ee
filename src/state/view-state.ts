/**
 * The one owner of the view's URL form. Pure parse/serialise: a bad value degrades to the default
 * and is reported, never thrown. Links carry a version (`v`); older links are migrated, so links
 * made today keep working after parameters change.
 *
 * Public names: v (version), view, r (ISO 3166-2 region; on the Events view, the province filter),
 * cr (regions compared), m (metric), y (period), ix (index base period), b (base period of the
 * ranked table's change), ek (event kinds), from / to (event date range), q (event search),
 * ev (selected event), theme, lang (interface language), and the render flags embed, controls, transparent, static.
 */
import { DEFAULT_METRIC, isMetricId, type MetricId } from "../data/metrics";
import { DEFAULT_PERIOD_ID, periodById } from "../data/periods";
import { EVENT_KINDS, type EventKind } from "../data/event-kinds";
import { CURRENT_VERSION, migrate } from "./migrations";
import { LANGS, isLang, type Lang } from "../i18n/lang";

export const VIEWS = ["map", "national", "region", "compare", "events", "sources"] as const;
export type ViewName = (typeof VIEWS)[number];
export const THEMES = ["light", "dark", "projector"] as const;
export type Theme = (typeof THEMES)[number];

export interface ViewState {
  view: ViewName;
  region: string | null;
  /** Regions on the Compare chart, in the order chosen. */
  compare: string[];
  metric: MetricId;
  period: string;
  /** Compare chart indexed to this period = 100; null shows levels. */
  indexBase: string | null;
  /** The ranked table's change is measured since this period. */
  changeBase: string;
  eventKinds: EventKind[];
  /** Event date range, inclusive: YYYY, YYYY-MM or YYYY-MM-DD; null is open. */
  from: string | null;
  to: string | null;
  query: string;
  /** The selected event's id. */
  event: string | null;
  /** null: follow the reader's system preference. */
  theme: Theme | null;
  /** null: follow the reader's browser languages. */
  lang: Lang | null;
}

/** How the page renders, not what it shows: not part of a copied link. */
export interface RenderFlags {
  embed: boolean;
  controls: boolean;
  transparent: boolean;
  static: boolean;
}

export interface IgnoredParam {
  name: string;
  value: string;
  reason: string;
}

export const DEFAULT_CHANGE_BASE = "2023"; // the year the key-region list was drawn

export const DEFAULT_VIEW: ViewState = {
  view: "map",
  region: null,
  compare: [],
  metric: DEFAULT_METRIC,
  period: DEFAULT_PERIOD_ID,
  indexBase: null,
  changeBase: DEFAULT_CHANGE_BASE,
  eventKinds: [],
  from: null,
  to: null,
  query: "",
  event: null,
  theme: null,
  lang: null,
};
export const NO_FLAGS: RenderFlags = { embed: false, controls: false, transparent: false, static: false };

const FLAG_NAMES = ["embed", "controls", "transparent", "static"] as const;
const KNOWN = [
  "v",
  "view",
  "r",
  "cr",
  "m",
  "y",
  "ix",
  "b",
  "ek",
  "from",
  "to",
  "q",
  "ev",
  "theme",
  "lang",
  ...FLAG_NAMES,
] as const;
const MAX_QUERY = 100;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_SHOWN = 40;

/**
 * Characters a notice must not repeat: control characters, and the invisible bidirectional marks,
 * embeddings, overrides and isolates that would reorder the text around them (U+202E would show
 * the rest of the line backwards).
 */
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Trim what a notice repeats back: it is shown as text, but a 10 kB value helps nobody. */
export function shortValue(value: string): string {
  const clean = value.replace(UNSHOWABLE, "?");
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}

export interface ParseResult {
  view: ViewState;
  flags: RenderFlags;
  ignored: IgnoredParam[];
  /** The version the link was written in, when older than the current one. */
  migratedFrom: number | null;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * @param search the query string (with or without "?")
 * @param regions the ISO codes a region may take (the covered provinces)
 */
export function parseView(search: string, regions: ReadonlySet<string>): ParseResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      view: DEFAULT_VIEW,
      flags: NO_FLAGS,
      ignored: [{ name: "query", value: shortValue(search), reason: "unreadable" }],
      migratedFrom: null,
    };
  }
  const ignored: IgnoredParam[] = [];
  const migrated = migrate(params);
  ignored.push(...migrated.ignored.map((i) => ({ ...i, value: shortValue(i.value) })));
  params = migrated.params;

  const view: ViewState = { ...DEFAULT_VIEW };
  const flags: RenderFlags = { ...NO_FLAGS };
  const seen = new Set<string>();

  for (const [name, raw] of params) {
    const value = raw.trim();
    if (!isOneOf(KNOWN, name)) {
      ignored.push({ name: shortValue(name), value: shortValue(raw), reason: "unknown parameter" });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, value: shortValue(raw), reason: "repeated; the first value is used" });
      continue;
    }
    seen.add(name);
    const reject = (reason: string) => ignored.push({ name, value: shortValue(raw), reason });
    switch (name) {
      case "v":
        break; // handled by migrate()
      case "view":
        if (isOneOf(VIEWS, value)) view.view = value;
        else reject(`not a view (${VIEWS.join(", ")})`);
        break;
      case "r": {
        const code = value.toUpperCase();
        if (regions.has(code)) view.region = code;
        else reject("not a covered province code (e.g. CN-NM)");
        break;
      }
      case "m":
        if (isMetricId(value)) view.metric = value;
        else reject("not a metric (balance, debt_gdp, debt_revenue)");
        break;
      case "y":
        if (periodById(value)) view.period = value;
        else reject("not a period (2015–2024, 2025-06, 2025)");
        break;
      case "cr": {
        const codes = value
          .split(",")
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean);
        const bad = codes.filter((c) => !regions.has(c));
        view.compare = [...new Set(codes.filter((c) => regions.has(c)))];
        if (bad.length)
          ignored.push({
            name,
            value: shortValue(bad.join(",")),
            reason: "not covered province codes; the others are kept",
          });
        break;
      }
      case "ix":
        if (periodById(value)?.kind === "year_end") view.indexBase = value;
        else reject("not a year-end to index to (2015–2024)");
        break;
      case "b":
        if (periodById(value)?.kind === "year_end") view.changeBase = value;
        else reject("not a year-end to measure change from (2015–2024)");
        break;
      case "ek": {
        const kinds = value
          .split(",")
          .map((k) => k.trim())
          .filter(Boolean);
        const bad = kinds.filter((k) => !isOneOf(EVENT_KINDS, k));
        view.eventKinds = [...new Set(kinds.filter((k): k is EventKind => isOneOf(EVENT_KINDS, k)))];
        if (bad.length)
          ignored.push({
            name,
            value: shortValue(bad.join(",")),
            reason: `not event kinds (${EVENT_KINDS.join(", ")})`,
          });
        break;
      }
      case "from":
      case "to":
        if (PARTIAL_DATE.test(value)) view[name] = value;
        else reject("not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        break;
      case "q":
        view.query = value.slice(0, MAX_QUERY);
        if (value.length > MAX_QUERY)
          ignored.push({ name, value: shortValue(raw), reason: `shortened to ${MAX_QUERY} characters` });
        break;
      case "ev":
        if (/^[a-z0-9][a-z0-9-]{0,119}$/.test(value)) view.event = value;
        else reject("not an event id");
        break;
      case "theme":
        if (isOneOf(THEMES, value)) view.theme = value;
        else reject(`not a theme (${THEMES.join(", ")})`);
        break;
      case "lang": {
        const code = value.toLowerCase();
        if (isLang(code)) view.lang = code;
        else reject(`not a language (${LANGS.join(", ")})`);
        break;
      }
      default:
        if (value === "1") flags[name] = true;
        else if (value !== "0") reject("use 1 to turn it on");
    }
  }
  if (view.from && view.to && view.from > view.to) {
    ignored.push({ name: "from", value: `${view.from} > ${view.to}`, reason: "the range was reversed; swapped" });
    [view.from, view.to] = [view.to, view.from];
  }
  if (view.view === "region" && !view.region) {
    ignored.push({ name: "view", value: "region", reason: "needs a region (r); showing the map" });
    view.view = "map";
  }
  return { view, flags, ignored, migratedFrom: migrated.from };
}

/**
 * The canonical query string: fixed order, defaults omitted, the version first whenever anything
 * is set. "" for the default view. Flags are added only when asked for (embed links).
 */
export function serialiseView(view: ViewState, flags: RenderFlags = NO_FLAGS): string {
  const params = new URLSearchParams();
  if (view.view !== DEFAULT_VIEW.view) params.set("view", view.view);
  if (view.region) params.set("r", view.region);
  if (view.compare.length) params.set("cr", view.compare.join(","));
  if (view.metric !== DEFAULT_VIEW.metric) params.set("m", view.metric);
  if (view.period !== DEFAULT_VIEW.period) params.set("y", view.period);
  if (view.indexBase) params.set("ix", view.indexBase);
  if (view.changeBase !== DEFAULT_VIEW.changeBase) params.set("b", view.changeBase);
  if (view.eventKinds.length) params.set("ek", view.eventKinds.join(","));
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.query) params.set("q", view.query);
  if (view.event) params.set("ev", view.event);
  if (view.theme) params.set("theme", view.theme);
  if (view.lang) params.set("lang", view.lang);
  for (const f of FLAG_NAMES) if (flags[f]) params.set(f, "1");
  const s = params.toString();
  return s ? `?v=${CURRENT_VERSION}&${s}` : "";
}

/** Whether a URL asks for the embed rendering; known before the data loads, so no chrome flashes. */
export function isEmbedSearch(search: string): boolean {
  try {
    return new URLSearchParams(search).get("embed")?.trim() === "1";
  } catch {
    return false;
  }
}

export function sameView(a: ViewState, b: ViewState): boolean {
  // Every field is a primitive or an array of primitives, and the serialised form is canonical.
  return serialiseView(a) === serialiseView(b);
}
