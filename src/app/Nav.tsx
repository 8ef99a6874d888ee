/** The views, as links: each has its own URL, so they open in a new tab and can be shared. */
import type { ViewName, ViewState } from "../state/view-state";
import { serialiseView } from "../state/view-state";

const ITEMS: { view: ViewName; label: string }[] = [
  { view: "map", label: "Map" },
  { view: "national", label: "National" },
  { view: "compare", label: "Compare" },
  { view: "events", label: "Events" },
  { view: "sources", label: "Sources & method" },
];

export function Nav({ view, onView }: { view: ViewState; onView: (v: ViewName) => void }) {
  const current = view.view === "region" ? "map" : view.view;
  return (
    <nav className="views-nav" aria-label="Views">
      {ITEMS.map((item) => (
        <a
          key={item.view}
          href={serialiseView({ ...view, view: item.view }) || "./"}
          aria-current={current === item.view ? "page" : undefined}
          onClick={(e) => {
            if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // let the browser open a new tab
            e.preventDefault();
            onView(item.view);
          }}
        >
          {item.label}
        </a>
      ))}
    </nav>
  );
}
