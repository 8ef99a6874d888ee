/**
 * The views, as links: each has its own URL, so they open in a new tab and can be shared. On a
 * phone the row scrolls sideways, and a fade with a chevron at its edge says more views are there.
 */
import type { ViewName, ViewState } from "../state/view-state";
import { serialiseView } from "../state/view-state";
import { useMessages } from "../i18n/context";
import { appMessages } from "./messages";
import { useScrollCue } from "./use-scroll-cue";

const ITEMS: ViewName[] = ["map", "national", "compare", "events", "sources"];

export function Nav({ view, onView }: { view: ViewState; onView: (v: ViewName) => void }) {
  const current = view.view === "region" ? "map" : view.view;
  const t = useMessages(appMessages);
  const cue = useScrollCue<HTMLDivElement>(current);
  return (
    <nav className="views-nav" aria-label={t.viewsLabel} data-more={cue.more}>
      <div className="scroll-row" ref={cue.ref}>
        {ITEMS.map((item) => (
          <a
            key={item}
            href={serialiseView({ ...view, view: item }) || "./"}
            aria-current={current === item ? "page" : undefined}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // let the browser open a new tab
              e.preventDefault();
              onView(item);
            }}
          >
            {t.views[item]}
          </a>
        ))}
      </div>
    </nav>
  );
}
