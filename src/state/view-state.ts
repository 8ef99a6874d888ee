/**
 * The one owner of the view's URL form. Pure parse/serialise over the table of parameters
 * (url-params.ts): a bad value degrades to the default and is reported, never thrown. Links carry
 * a version (`v`); older links are migrated, so links made today keep working after parameters
 * change.
 */
import { type IgnoredParam, shortValue } from "./ignored";
import { CURRENT_VERSION, migrate } from "./migrations";
import type { ParamSlot } from "./url-param";
import { isOneOf } from "./url-param";
import {
  DEFAULT_VIEW,
  FLAG_PARAMS,
  MAX_QUERY,
  MAX_SLIDES,
  SLIDE_SUBJECTS,
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
  if (view.deck.length > 0) view.deck = checkDeck(view.deck, regions, ignored);
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

/** A slide's own parameters in its query string, beside its view's. */
const SLIDE_SUBJECT = "s";
const SLIDE_TITLE = "t";
/** What a slide never holds: the deck's own fields (a slide is a view, never a deck) and the render flags. */
const NOT_IN_A_SLIDE: readonly string[] = [
  VIEW_PARAMS.deck.name,
  VIEW_PARAMS.deckTitle.name,
  VIEW_PARAMS.present.name,
  ...Object.values(FLAG_PARAMS).map((f) => f.name),
];
const SUBJECTS_IN_A_PROVINCE: readonly SlideSubject[] = ["region", "prefectures", "prefecture"];

/** The view without the deck it was seen with: what a slide, a shared link or an export holds. */
export const withoutDeck = (view: ViewState): ViewState => ({ ...view, deck: [], deckTitle: "", present: null });

/**
 * A slide's text inside the deck parameter: `name=value` pairs joined by `&`, with only the four
 * characters that would break it escaped (% & , =). The link escapes the rest once, so a Chinese
 * title costs 9 characters a character, not the 15 of a query string escaped twice.
 */
const SLIDE_ESCAPES = /[%&,=]/g;
const escapeSlideText = (text: string) =>
  text.replace(SLIDE_ESCAPES, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescapeSlideText = (text: string) =>
  text.replace(/%(25|26|2C|3D)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A slide as the deck parameter holds it: its subject and title, then its view's canonical parameters. */
export function writeSlide(slide: Slide): string {
  const pairs: [string, string][] = [[SLIDE_SUBJECT, slide.subject]];
  if (slide.title) pairs.push([SLIDE_TITLE, slide.title]);
  pairs.push(...new URLSearchParams(serialiseView(withoutDeck(slide.view))));
  return pairs.map(([name, value]) => `${escapeSlideText(name)}=${escapeSlideText(value)}`).join("&");
}

/** A slide's text read back into parameters (escapeSlideText's pairs). */
function slideParams(raw: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const pair of raw.split("&")) {
    if (pair === "") continue;
    const at = pair.indexOf("=");
    const [name, value] = at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)];
    params.append(unescapeSlideText(name), unescapeSlideText(value));
  }
  return params;
}

/**
 * Reads one slide of a deck, as leniently as a link: its view's bad values are dropped and named.
 * No slide (null) when it does not say what it shows, or shows a province's figures without one.
 */
export function readSlide(raw: string, regions: ReadonlySet<string>): { slide: Slide | null; ignored: IgnoredParam[] } {
  const params = slideParams(raw);
  const ignored: IgnoredParam[] = [];
  // The slide's own parameters: the first of each is used, as in a link, and a second one is named.
  const own = (name: string) => {
    const [first = "", ...more] = params.getAll(name);
    for (const value of more) ignored.push({ name, value: shortValue(value), reason: "repeated" });
    params.delete(name);
    return first.trim();
  };
  const subject = own(SLIDE_SUBJECT);
  const title = own(SLIDE_TITLE);
  // A slide is a view: a deck of its own or a way of rendering (embed, static...) is not for it.
  for (const name of NOT_IN_A_SLIDE) {
    for (const value of params.getAll(name)) ignored.push({ name, value: shortValue(value), reason: "not_in_slide" });
    params.delete(name);
  }
  const parsed = parseView(params.toString(), regions);
  ignored.push(...parsed.ignored);
  if (!isOneOf(SLIDE_SUBJECTS, subject)) return { slide: null, ignored };
  if (SUBJECTS_IN_A_PROVINCE.includes(subject) && !parsed.view.region) return { slide: null, ignored };
  if (subject === "prefecture" && !parsed.view.prefecture) return { slide: null, ignored };
  // Cut between characters, never inside one (a character beyond the basic plane is two code units).
  const chars = [...title];
  if (chars.length > MAX_QUERY) ignored.push({ name: SLIDE_TITLE, value: shortValue(title), reason: "shortened" });
  return { slide: { subject, view: parsed.view, title: chars.slice(0, MAX_QUERY).join("") }, ignored };
}

/** The deck's slides read and written back in canonical form; what was dropped is named with its slide's number. */
function checkDeck(raw: readonly string[], regions: ReadonlySet<string>, ignored: IgnoredParam[]): string[] {
  const kept: string[] = [];
  raw.slice(0, MAX_SLIDES).forEach((text, k) => {
    const { slide, ignored: inSlide } = readSlide(text, regions);
    const at = `${VIEW_PARAMS.deck.name} ${k + 1}`;
    if (!slide) return void ignored.push({ name: at, value: shortValue(text), reason: "not_slide" });
    for (const i of inSlide) ignored.push({ ...i, name: shortValue(`${at}: ${i.name}`) });
    kept.push(writeSlide(slide));
  });
  return kept;
}

/** The deck's slides, read (each was checked when the link was read). */
export function deckSlides(view: ViewState, regions: ReadonlySet<string>): Slide[] {
  return view.deck.flatMap((text) => readSlide(text, regions).slide ?? []);
}
