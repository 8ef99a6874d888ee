/**
 * What every top-level view receives: the data, the view from the URL, and the way to change it
 * (the [view, setView] pair state/ owns). Here, below the features, so every view and the shell
 * share one definition.
 */
import type { ReactNode } from "react";
import type { AtlasIndex } from "../data/atlas-index";
import type { Theme, ViewState } from "./view-state";

export interface ViewProps {
  index: AtlasIndex;
  view: ViewState;
  /** Discrete changes push a history entry; pass "replace" for continuous input (typing, dragging). */
  setView: (next: Partial<ViewState>, history?: "push" | "replace") => void;
  /** View-level actions from the shell (the Download menu), shown beside the view's heading. */
  actions?: ReactNode;
  /** The theme in force, for views that build their own exports. */
  theme?: Theme;
}
