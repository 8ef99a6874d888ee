/**
 * The frame every map tooltip shares: placed at the pointer (flipped near the map's edges), the
 * province's names with the reader's language first, and, when pinned by a tap, Details and Close.
 * On a phone the map is narrower than pointer + tooltip, so the frame measures itself and stays
 * inside the map sideways: a tooltip past the screen's edge widened the page and hid its buttons.
 */
import { useCallback, useLayoutEffect, useRef, type ReactNode } from "react";
import { useLang, useMessages } from "../../i18n/context";
import type { MapCell } from "./lib/map-model";
import { mapMessages } from "./messages";
import { provinceName } from "../../i18n/domain";
import { BothNames } from "../../ui/BothNames";

interface Props {
  cell: Pick<MapCell, "nameEn" | "nameZh">;
  x: number;
  y: number;
  /** Open to the left / above the pointer, so the tooltip stays inside the map near its edges. */
  flipX: boolean;
  flipY: boolean;
  className?: string;
  /**
   * Opened by a tap (touch has no hover): it stays until closed, and offers the province's details.
   * `onDetails` is absent where there is nothing to open (not covered, or an embed).
   */
  pinned?: { onClose: () => void; onDetails?: () => void };
  children: ReactNode;
}

export function TooltipFrame({ cell, x, y, flipX, flipY, className = "", pinned, children }: Props) {
  const lang = useLang();
  const t = useMessages(mapMessages);
  const ref = useRef<HTMLDivElement>(null);
  // Placed from the frame's and the map box's widths as last laid out, not by reading the layout on
  // every render: a read there made the browser lay out the whole page in the middle of a click's
  // update (the hover's frame re-rendering while the province's panel was inserted). Where there is
  // no layout, the CSS offset (--tt-dx) places the frame. Its width does not depend on where it is
  // (styles.css: width: max-content), so it can be measured anywhere.
  const place = useRef({ x, flipX });
  place.current = { x, flipX };
  const widths = useRef<{ frame: number; box: number } | null>(null);
  const apply = useCallback(() => {
    const frame = ref.current;
    if (!frame || !widths.current) return;
    const { x, flipX } = place.current;
    frame.style.setProperty("--tt-dx", "0px");
    frame.style.left = `${tooltipLeft(x, widths.current.frame, widths.current.box, flipX)}px`;
  }, []);
  useLayoutEffect(apply);
  // When the frame appears it is measured at once (the page around it is already laid out: a
  // tooltip appears on a hover or a tap, not with a panel), so it is placed before anything reads or
  // paints it; from then on a ResizeObserver reports its widths, after the browser's own layout.
  useLayoutEffect(() => {
    const frame = ref.current;
    const box = frame?.parentElement;
    if (!frame || !box) return;
    widths.current = { frame: frame.offsetWidth, box: box.clientWidth };
    apply();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      // Read in the observer's callback, after layout: nothing is laid out again for it.
      widths.current = { frame: frame.offsetWidth, box: box.clientWidth };
      apply();
    });
    observer.observe(frame);
    observer.observe(box);
    return () => observer.disconnect();
  }, [apply]);
  return (
    <div
      ref={ref}
      className={`map-tooltip${className ? ` ${className}` : ""}${flipX ? " flip-x" : ""}${flipY ? " flip-y" : ""}${pinned ? " pinned" : ""}`}
      role={pinned ? "group" : "tooltip"}
      aria-label={pinned ? provinceName(cell, lang) : undefined}
      style={{ left: x, top: y }}
    >
      <div className="tt-name">
        <BothNames en={cell.nameEn} zh={cell.nameZh} />
      </div>
      {children}
      {pinned && (
        <div className="tt-actions">
          {pinned.onDetails && (
            <button type="button" className="tt-details" onClick={pinned.onDetails}>
              {t.tooltipDetails} ›
            </button>
          )}
          <button type="button" className="tt-close" onClick={pinned.onClose}>
            {t.tooltipClose}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Where a tooltip `width` wide starts, for a pointer at `x` in a box `boxWidth` wide: beside the
 * pointer (before it when flipped), kept 4 px inside the box, and at the box's left when wider.
 */
export function tooltipLeft(x: number, width: number, boxWidth: number, flipX: boolean): number {
  const GAP = 12;
  const EDGE = 4;
  const beside = flipX ? x - GAP - width : x + GAP;
  return Math.max(EDGE, Math.min(beside, boxWidth - EDGE - width));
}
