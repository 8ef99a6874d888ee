/**
 * "Add to deck" beside a view's Download menu: the view as the presenter sees it (its subject, the
 * theme and language in force) goes to the end of the deck in the URL.
 */
import { useState } from "react";
import { useLang, useMessages } from "../../i18n/context";
import type { ViewProps } from "../../state/view-props";
import { MAX_SLIDES, type SlideSubject, type Theme, type ViewState } from "../../state/view-state";
import { deckMessages } from "./messages";

interface Props {
  view: ViewState;
  setView: ViewProps["setView"];
  subject: SlideSubject;
  theme: Theme;
}

export function AddToDeck({ view, setView, subject, theme }: Props) {
  const t = useMessages(deckMessages);
  const lang = useLang();
  const [status, setStatus] = useState("");
  const full = view.deck.length >= MAX_SLIDES;
  const add = async () => {
    // The deck's code (writing a slide, reading a deck) comes with the first press: most readers never add one.
    const deck = await import("../../state/deck").catch(() => null);
    if (!deck) return setStatus(t.notLoaded);
    const next = deck.addSlide(view.deck, deck.slideOf(view, subject, theme, lang));
    if (!next) return setStatus(t.full(MAX_SLIDES));
    // Not a step in the history: the deck stays as it is on back and forward (state/use-view-state.ts).
    setView(next, "replace");
    setStatus(t.added(next.deck.length));
  };
  return (
    <span className="add-to-deck">
      <button
        type="button"
        onClick={() => void add()}
        aria-disabled={full || undefined}
        title={full ? t.full(MAX_SLIDES) : undefined}
      >
        {t.addToDeck}
      </button>
      <span className="deck-status" role="status">
        {status}
      </span>
    </span>
  );
}
