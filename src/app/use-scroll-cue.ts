/**
 * A row that scrolls sideways on narrow screens (the views, the metric buttons) says so: `more`
 * tells which ends hide items, for the CSS to draw a fade and a chevron there. The chosen item is
 * kept in view when `active` changes (a link to the LGFV metric on a phone shows that button, not
 * the first three). No ResizeObserver (jsdom): the row then simply shows no cue.
 */
import { useEffect, useRef, useState } from "react";

export type ScrollMore = "start" | "end" | "both" | undefined;

export function useScrollCue<T extends HTMLElement>(active?: unknown) {
  const ref = useRef<T>(null);
  const [more, setMore] = useState<ScrollMore>(undefined);

  useEffect(() => {
    const row = ref.current;
    if (!row || typeof ResizeObserver === "undefined") return;
    const update = () => {
      const hidden = row.scrollWidth - row.clientWidth;
      const start = row.scrollLeft > 1;
      const end = row.scrollLeft < hidden - 1;
      setMore(start && end ? "both" : start ? "start" : end ? "end" : undefined);
    };
    update();
    row.addEventListener("scroll", update, { passive: true });
    // The row's own size, and its items' (a late font changes their width, not the row's).
    const observer = new ResizeObserver(update);
    observer.observe(row);
    for (const item of row.children) observer.observe(item);
    return () => {
      row.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    const row = ref.current;
    const item = row?.querySelector(":checked")?.closest("label") ?? row?.querySelector('[aria-current="page"]');
    if (!row || !item || row.scrollWidth <= row.clientWidth) return;
    // Scrolls the row only, never the page (scrollIntoView would move the page too).
    const r = row.getBoundingClientRect();
    const i = item.getBoundingClientRect();
    const margin = 32; // clear of the fade at the edge
    if (i.right > r.right - margin) row.scrollLeft += i.right - r.right + margin;
    else if (i.left < r.left + margin) row.scrollLeft -= r.left + margin - i.left;
  }, [active]);

  return { ref, more };
}
