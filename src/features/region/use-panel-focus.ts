/**
 * Where focus and scroll go when a province's panel opens: to its Close button, so Escape and Tab
 * start from the panel, and, on a narrow screen where the panel sits below the map, the panel
 * scrolled into view. Not in the embed (`compact`), which must never move its host page.
 */
import { useEffect, useRef } from "react";

export function usePanelFocus(adcode: string, compact: boolean) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (compact) return;
    closeRef.current?.focus({ preventScroll: true });
    // On a narrow screen the panel sits below the map: bring it into view.
    if (window.matchMedia?.("(max-width: 900px)").matches) panelRef.current?.scrollIntoView({ block: "start" });
  }, [adcode, compact]);
  return { closeRef, panelRef };
}
