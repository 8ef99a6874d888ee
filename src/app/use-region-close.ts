/**
 * Closing the province panel: back to the map with no region, and focus returned to the province
 * that was open so keyboard users keep their place. Escape (when no dialog is open) and Home (when
 * not typing) close it too, but only where the panel exists: the map view.
 */
import { useCallback, useEffect } from "react";
import type { ViewProps } from "../state/view-props";
import type { ViewState } from "../state/view-state";

export function useRegionClose(view: ViewState, setView: ViewProps["setView"], selected: string | null) {
  const close = useCallback(() => {
    setView({ region: null, view: "map" });
    // Return focus to the province that was open, so keyboard users keep their place.
    if (selected)
      (document.querySelector(`[data-adcode="${selected}"]`) as SVGElement | null)?.focus({ preventScroll: true });
  }, [setView, selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape and Home close the province panel, which only the map view has.
      if (!view.region || (view.view !== "map" && view.view !== "region")) return;
      const typing =
        e.target instanceof HTMLInputElement ||
        e.target instanceof HTMLSelectElement ||
        e.target instanceof HTMLTextAreaElement;
      if (e.key === "Escape" && !document.querySelector("dialog[open]")) close();
      else if (e.key === "Home" && !typing) close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [close, view.region, view.view]);

  return close;
}
