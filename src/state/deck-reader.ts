/**
 * Reading and writing a deck's slides (url-params.ts: deck): each slide is a view's query string
 * with its subject and title, read by the same table and parser as a link. Only a page with a deck
 * needs this, so it is a chunk of its own: app/main.tsx fetches it beside the data for a link with
 * a deck, and "Add to deck" with the deck's operations (state/deck.ts). On loading it registers
 * with view-state.ts, whose parseView then checks each slide of a link's deck with it.
 */
import { shortValue, type IgnoredParam } from "./ignored";
import { isOneOf } from "./url-param";
import { FLAG_PARAMS, MAX_QUERY, MAX_SLIDES, SLIDE_SUBJECTS, VIEW_PARAMS, type SlideSubject } from "./url-params";
import { parseView, serialiseView, setDeckReader, withoutDeck, type Slide, type ViewState } from "./view-state";

/** A slide's own parameters in its query string, beside its view's. */
const SLIDE_SUBJECT = "s";
const SLIDE_TITLE = "t";
/**
 * What a slide never holds: the deck's own fields (a slide is a view, never a deck), the data
 * release (a page, and so a deck, shows one: the deck's link carries it) and the render flags.
 */
const NOT_IN_A_SLIDE: readonly string[] = [
  VIEW_PARAMS.deck.name,
  VIEW_PARAMS.deckTitle.name,
  VIEW_PARAMS.present.name,
  VIEW_PARAMS.vintage.name,
  ...Object.values(FLAG_PARAMS).map((f) => f.name),
];
const SUBJECTS_IN_A_PROVINCE: readonly SlideSubject[] = ["region", "prefectures", "prefecture"];

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
  // The release is the deck's (its link's), never a slide's.
  pairs.push(...new URLSearchParams(serialiseView({ ...withoutDeck(slide.view), vintage: null })));
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
export function checkDeck(raw: readonly string[], regions: ReadonlySet<string>, ignored: IgnoredParam[]): string[] {
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

setDeckReader({ check: checkDeck, readSlide });
