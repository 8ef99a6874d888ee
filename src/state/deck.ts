/**
 * The presenter's deck as the URL holds it (url-params.ts: deck, dt, present): adding, moving,
 * removing and retitling slides, each a change to the view the page then writes into its address.
 * Pure: every function takes the view's fields and returns the fields to set.
 */
import type { Lang } from "../i18n/lang";
import { MAX_SLIDES } from "./url-params";
import { readSlide, writeSlide } from "./deck-reader";
import {
  DEFAULT_VIEW,
  serialiseView,
  withoutDeck,
  type Slide,
  type SlideSubject,
  type Theme,
  type ViewState,
} from "./view-state";

export { MAX_SLIDES };

/** A link longer than this is refused by some servers (nginx's default 8 kB request line) and cut by some apps. */
export const LONG_LINK = 8000;

/**
 * The slide a view's "Add to deck" makes: the view as the presenter sees it, with the theme and
 * language in force written in (a link that left them to the reader's system would not say).
 */
export function slideOf(view: ViewState, subject: SlideSubject, theme: Theme, lang: Lang): Slide {
  return { subject, view: { ...withoutDeck(view), theme, lang }, title: "" };
}

/** The deck with the slide at its end; null when the deck is full. */
export function addSlide(deck: readonly string[], slide: Slide): Pick<ViewState, "deck"> | null {
  return deck.length >= MAX_SLIDES ? null : { deck: [...deck, writeSlide(slide)] };
}

/** The deck with slide `from` (0-based) moved to `to`; the deck unchanged when either is outside it. */
export function moveSlide(deck: readonly string[], from: number, to: number): Pick<ViewState, "deck"> {
  if (from === to || from < 0 || to < 0 || from >= deck.length || to >= deck.length) return { deck: [...deck] };
  const next = [...deck];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return { deck: next };
}

/**
 * The deck without slide `at`; presenting stays on the slide that was showing when it remains (or
 * the one that takes the removed one's place), and stops when the deck is empty.
 */
export function removeSlide(
  view: Pick<ViewState, "deck" | "present">,
  at: number,
): Pick<ViewState, "deck" | "present"> {
  const deck = view.deck.filter((_, k) => k !== at);
  const present =
    view.present === null || deck.length === 0
      ? null
      : Math.min(deck.length, view.present > at + 1 ? view.present - 1 : view.present);
  return { deck, present };
}

/** The deck with slide `at` retitled ("" gives it back its view's own title). */
export function retitleSlide(
  deck: readonly string[],
  at: number,
  title: string,
  regions: ReadonlySet<string>,
): Pick<ViewState, "deck"> {
  const slide = deck[at] === undefined ? null : readSlide(deck[at], regions).slide;
  if (!slide) return { deck: [...deck] };
  return { deck: deck.map((s, k) => (k === at ? writeSlide({ ...slide, title: title.trim() }) : s)) };
}

/**
 * The view a slide draws, set for its subject: the map as a map, a province's chart as the region
 * view (a prefecture's with its `p`, the province's without), the prefecture map as the region view
 * with no prefecture open.
 */
export function slideView(slide: Slide): ViewState {
  const { view } = slide;
  switch (slide.subject) {
    case "map":
      return { ...view, view: "map" };
    case "region":
    case "prefectures":
      return { ...view, view: "region", prefecture: null };
    case "prefecture":
      return { ...view, view: "region" };
    case "national":
      return { ...view, view: "national" };
    case "compare":
      return { ...view, view: "compare" };
    case "events":
      return { ...view, view: "events" };
  }
}

/**
 * The link a presenter shares: the deck, presented from its first slide, in the sender's language
 * (the slides keep their own), with the data release the page is pinned to (a deck shows one).
 * Opening it shows the deck as the sender left it.
 */
export function deckLink(base: string, view: Pick<ViewState, "deck" | "deckTitle" | "vintage">, lang: Lang): string {
  const { deck, deckTitle, vintage } = view;
  return `${base}${serialiseView({ ...DEFAULT_VIEW, deck: [...deck], deckTitle, vintage, present: 1, lang })}`;
}
