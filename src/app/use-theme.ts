/**
 * The theme in force: the link's choice, else the reader's system preference. Written to
 * <html data-theme> so CSS variables switch everywhere, exports included.
 */
import { useEffect, useSyncExternalStore } from "react";
import type { Theme } from "../state/view-state";

const query = () => window.matchMedia?.("(prefers-color-scheme: dark)");
function subscribe(onChange: () => void) {
  const mq = query();
  mq?.addEventListener("change", onChange);
  return () => mq?.removeEventListener("change", onChange);
}
const prefersDark = () => query()?.matches ?? false;

export function useTheme(chosen: Theme | null, transparent: boolean): Theme {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  const theme: Theme = chosen ?? (dark ? "dark" : "light");
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    if (transparent) root.dataset.transparent = "true";
    else delete root.dataset.transparent;
  }, [theme, transparent]);
  return theme;
}
