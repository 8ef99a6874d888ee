/**
 * The React side of the view state: reads the URL, writes it on change, and follows back/forward.
 * Components get { view, setView } and never touch `location` themselves.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { atlasPath, currentSearch } from "./address";
import { VIEW_PARAMS } from "./url-params";
import { parseView, sameView, serialiseView, type IgnoredParam, type RenderFlags, type ViewState } from "./view-state";

// Our own pushState/replaceState do not fire popstate, so they notify subscribers through this.
const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("popstate", onChange);
  };
}

/** The deck's parameters as the page last wrote them (what back and forward keep). */
interface DeckParams {
  deck: string | null;
  title: string | null;
}
let keptDeck: DeckParams | null = null;
function deckOf(search: string): DeckParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  return { deck: params.get(VIEW_PARAMS.deck.name), title: params.get(VIEW_PARAMS.deckTitle.name) };
}
const sameDeck = (a: DeckParams, b: DeckParams) => a.deck === b.deck && a.title === b.title;

function writeUrl(search: string, mode: "push" | "replace") {
  keptDeck = deckOf(search);
  const url = `${atlasPath()}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(window.history.state, "", url);
  listeners.forEach((l) => l());
}

/** The live query string, for the few readers that need it before the view is parsed (the language). */
/**
 * The address's query string. Rendered ahead of time (the built page's first view,
 * app/server-render.tsx) and adopted by the browser (hydration), the first render reads the default
 * view's ("" ): the same markup on both sides; the link's own then follows at once.
 */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch, serverSearch);
}
const serverSearch = () => "";

export interface ViewStateApi {
  view: ViewState;
  flags: RenderFlags;
  /**
   * Change the view. Discrete navigation pushes a history entry; continuous input (a slider being
   * dragged) passes "replace" so back does not step through every intermediate value.
   */
  setView: (next: Partial<ViewState>, history?: "push" | "replace") => void;
  /** Parameters the last opened link carried that were dropped; empty once dismissed. */
  ignored: IgnoredParam[];
  dismissIgnored: () => void;
}

export function useViewState(regions: ReadonlySet<string>): ViewStateApi {
  const search = useSearch();
  const parsed = useMemo(() => parseView(search, regions), [search, regions]);
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);

  // The presenter's deck is not a step in the history: back and forward walk the views and keep the
  // deck as it is now (it would otherwise lose every slide added since the entry they return to).
  useEffect(() => {
    keptDeck ??= deckOf(currentSearch());
    const onPop = () => {
      const popped = new URLSearchParams(currentSearch());
      const kept = keptDeck;
      if (!kept || sameDeck(deckOf(currentSearch()), kept)) return;
      for (const [name, value] of [
        [VIEW_PARAMS.deck.name, kept.deck],
        [VIEW_PARAMS.deckTitle.name, kept.title],
      ] as const) {
        if (value === null) popped.delete(name);
        else popped.set(name, value);
      }
      const { view, flags } = parseView(popped.toString(), regions);
      // (The popped entry's `present` stays, within the deck: back from a presentation leaves it.)
      writeUrl(serialiseView(view, flags), "replace");
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [regions]);

  // A link with ignored, old-version or non-canonical parameters: remember what was dropped (for
  // the notice), then show the canonical URL of the view actually displayed. Not a new history step.
  useEffect(() => {
    if (parsed.ignored.length > 0) setIgnored(parsed.ignored);
    const canonical = serialiseView(parsed.view, parsed.flags);
    if (canonical !== search) writeUrl(canonical, "replace");
  }, [parsed, search]);

  const setView = useCallback(
    (next: Partial<ViewState>, history: "push" | "replace" = "push") => {
      // Merged into the view the address holds now, not the one the caller's render saw: a change
      // made after a wait (Add to deck fetches its code first) must not undo one made meanwhile
      // (the reader switching language before the code arrived did once).
      const now = parseView(currentSearch(), regions);
      const merged = { ...now.view, ...next };
      // A prefecture belongs to its province: another province (or none) drops it.
      if (merged.region !== now.view.region && !("prefecture" in next)) merged.prefecture = null;
      if (!merged.region) merged.prefecture = null;
      if (merged.view === "region" && !merged.region) merged.view = "map";
      if (!sameView(merged, now.view)) writeUrl(serialiseView(merged, now.flags), history);
    },
    [regions],
  );

  return {
    view: parsed.view,
    flags: parsed.flags,
    setView,
    ignored,
    dismissIgnored: useCallback(() => setIgnored([]), []),
  };
}
