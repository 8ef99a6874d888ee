/**
 * The one owner of the view's URL form. Pure parse/serialise over the table of parameters
 * (url-params.ts): a bad value degrades to the default and is reported, never thrown. Links carry
 * a version (`v`); older links are migrated, so links made today keep working after parameters
 * change.
 */
import { type IgnoredParam, shortValue } from "./ignored";
import { CURRENT_VERSION, migrate } from "./migrations";
import type { ParamSlot } from "./url-param";
import {
  DEFAULT_VIEW,
  FLAG_PARAMS,
  NO_FLAGS,
  PARAM_NAMES,
  PARAM_SLOTS,
  VERSION_PARAM,
  VIEW_PARAMS,
  VIEW_RULES,
  type RenderFlags,
  type SlideSubject,
  type ViewName,
  type ViewState,
} from "./url-params";

// The view's shapes are defined by the table; components import them from here, with the parser.
export {
  COMPARE_LEVELS,
  DEFAULT_CHANGE_BASE,
  DEFAULT_VIEW,
  GRADE_FLOORS,
  KEY_REGIONS_SCOPE,
  MAX_SLIDES,
  NO_FLAGS,
  SLIDE_SUBJECTS,
  THEMES,
  VIEWS,
} from "./url-params";
export type { CompareLevel, GradeFloor, RenderFlags, SlideSubject, Theme, ViewName, ViewState } from "./url-params";
export { shortValue, type IgnoredParam } from "./ignored";

export interface ParseResult {
  view: ViewState;
  flags: RenderFlags;
  ignored: IgnoredParam[];
  /** The version the link was written in, when older than the current one. */
  migratedFrom: number | null;
}

const KNOWN: ReadonlySet<string> = new Set(PARAM_NAMES);
const SLOT_BY_NAME = new Map(PARAM_SLOTS.map((s) => [s.name, s]));

/** The object a slot's field lives in. A view and the flags are plain records of their fields. */
const holder = (slot: ParamSlot, view: ViewState, flags: RenderFlags): Record<string, unknown> =>
  slot.target === "view" ? view : flags;

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
    if (!KNOWN.has(name)) {
      ignored.push({ name: shortValue(name), value: shortValue(raw), reason: "unknown" });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, value: shortValue(raw), reason: "repeated" });
      continue;
    }
    seen.add(name);
    const slot = SLOT_BY_NAME.get(name);
    if (!slot) continue; // the version: read by migrate()
    const reading = slot.param.parse(raw.trim(), { regions });
    if (reading.ok) holder(slot, view, flags)[slot.field] = reading.value;
    if (reading.problem)
      ignored.push({ name, value: shortValue(reading.problem.shown ?? raw), reason: reading.problem.reason });
  }
  // Unread until the reader's code is in (app/main.tsx fetches it first for a link with a deck).
  if (view.deck.length > 0 && deckReader) view.deck = deckReader.check(view.deck, regions, ignored);
  for (const rule of VIEW_RULES) {
    const said = rule(view);
    if (said) ignored.push(said);
  }
  return { view, flags, ignored, migratedFrom: migrated.from };
}

const PROVINCE_CODE_SHAPE = /^CN-[A-Z]{2}$/;

/**
 * The province a link opens (its ISO code), read before the data that lists the provinces is in, so
 * the panel's code and files can be fetched beside it; null if it opens none. A region shaped like
 * a province's ISO code (CN-GZ) is taken as a covered one here; the parse with the covered
 * provinces decides what is drawn.
 */
export function linkedRegion(search: string): string | null {
  let linked: string | null;
  try {
    linked = migrate(new URLSearchParams(search)).params.get(VIEW_PARAMS.region.name);
  } catch {
    return null;
  }
  const code = linked?.trim().toUpperCase() ?? "";
  if (!PROVINCE_CODE_SHAPE.test(code)) return null;
  const { view } = parseView(search, new Set([code]));
  // Only the map (and the region view) open the panel; the Events view, say, keeps `r` as a filter.
  return view.view === "map" || view.view === "region" ? view.region : null;
}

/**
 * Whether a link's page shows the national summary, read before the data is in (so its code can
 * be fetched beside it): the National view, or the full atlas's map with no province open.
 */
export function showsNationalSummary(search: string): boolean {
  let name: ViewName;
  try {
    name = parseView(search, new Set()).view.view;
  } catch {
    return false;
  }
  if (name === "national") return true;
  return !isEmbedSearch(search) && (name === "map" || name === "region") && linkedRegion(search) === null;
}

/**
 * The canonical query string: the table's order, defaults omitted, the version first whenever
 * anything is set. "" for the default view. Flags are added only when asked for (embed links).
 */
export function serialiseView(view: ViewState, flags: RenderFlags = NO_FLAGS): string {
  const params = new URLSearchParams();
  for (const slot of PARAM_SLOTS) {
    const written = slot.param.write(holder(slot, view, flags)[slot.field]);
    if (written !== "" && written !== slot.param.write(slot.param.default)) params.set(slot.name, written);
  }
  const s = params.toString();
  return s ? `?${VERSION_PARAM}=${CURRENT_VERSION}&${s}` : "";
}

/** Whether a URL asks for the embed rendering; known before the data loads, so no chrome flashes. */
export function isEmbedSearch(search: string): boolean {
  try {
    return new URLSearchParams(search).get(FLAG_PARAMS.embed.name)?.trim() === "1";
  } catch {
    return false;
  }
}

export function sameView(a: ViewState, b: ViewState): boolean {
  // Every field is a primitive or an array of primitives, and the serialised form is canonical.
  return serialiseView(a) === serialiseView(b);
}

/** A deck's slide: what it shows, the view it shows it in, and the presenter's title for it ("": the view's own). */
export interface Slide {
  subject: SlideSubject;
  view: ViewState;
  title: string;
}

/**
 * What reads a deck's slides (state/deck-reader.ts): code only a page with a deck needs, so it is a
 * chunk of its own, fetched beside the data when a link has a deck (app/main.tsx) and with "Add to
 * deck"; it registers itself here when it loads, and parseView then checks each slide with it.
 */
export interface DeckReader {
  /** The deck's slides in canonical form; what was dropped is named in `ignored`. */
  check(raw: readonly string[], regions: ReadonlySet<string>, ignored: IgnoredParam[]): string[];
  readSlide(raw: string, regions: ReadonlySet<string>): { slide: Slide | null; ignored: IgnoredParam[] };
}
let deckReader: DeckReader | null = null;
export const setDeckReader = (reader: DeckReader) => void (deckReader = reader);
/** The reader once its code is in; null before (a page without a deck never loads it). */
export const loadedDeckReader = () => deckReader;

/** Whether a link has a deck: its slides are read with code fetched for them (state/deck-reader.ts). */
export function linkHasDeck(search: string): boolean {
  try {
    return migrate(new URLSearchParams(search)).params.has(VIEW_PARAMS.deck.name);
  } catch {
    return false;
  }
}

/** The view without the deck it was seen with: what a slide, a shared link or an export holds. */
export const withoutDeck = (view: ViewState): ViewState => ({ ...view, deck: [], deckTitle: "", present: null });
