/**
 * How a choropleth answers pointer, touch and keyboard: the one model every map of the atlas uses
 * (the atlas's map and the reader's own data). Transient state only; the selection itself comes
 * from the URL through `selected`.
 *
 * - A mouse hovers for the tooltip and clicks to open.
 * - Touch has no hover: a tap pins the tooltip (with Details and Close) instead of opening at
 *   once; a second tap on the same province, or Details, opens it. A pinned tooltip ignores hover
 *   until closed by Close, Escape or a tap on the sea.
 * - The keyboard moves focus (announced in a live region); the tooltip sits at the centroid.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { HoverTarget } from "./ChinaMap";
import type { MapGeometry } from "../../geo/map-geometry";

interface Options {
  geometry: MapGeometry;
  selected: string | null;
  /** The province focus starts on when none is selected. */
  firstFocus: string;
  /** Whether a province can be opened (covered ones can). */
  canOpen: (adcode: string) => boolean;
  onSelect: (adcode: string) => void;
}

export interface MapPointer {
  boxRef: RefObject<HTMLDivElement | null>;
  /** Props for the element around the map (the tooltip's positioning box). */
  boxProps: {
    onPointerDown: (e: { pointerType: string }) => void;
    onKeyDownCapture: () => void;
    onClick: (e: { target: EventTarget }) => void;
  };
  /** The tooltip to show: the pinned one, else the hovered or focused one. */
  shown: HoverTarget | null;
  pinned: boolean;
  unpin: () => void;
  focused: string;
  /** The province a keyboard user last moved to (null until they do). */
  announced: string | null;
  onFocusChange: (adcode: string) => void;
  onHover: (target: HoverTarget | null) => void;
  select: (adcode: string) => void;
}

export function useMapPointer({ geometry, selected, firstFocus, canOpen, onSelect }: Options): MapPointer {
  const boxRef = useRef<HTMLDivElement>(null);
  const pointer = useRef("mouse");
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const [pinned, setPinned] = useState<HoverTarget | null>(null);
  const [focused, setFocused] = useState<string>(selected ?? firstFocus);
  const [announced, setAnnounced] = useState<string | null>(null);

  useEffect(() => {
    if (selected) setFocused(selected);
  }, [selected]);

  const onFocusChange = useCallback((adcode: string) => {
    setFocused(adcode);
    setAnnounced(adcode);
  }, []);

  const unpin = useCallback(() => {
    setPinned(null);
    setHover(null);
  }, []);

  /** Where a tooltip for `target` sits: at the pointer, or (keyboard, tap) at the province's centroid. */
  const anchor = useCallback(
    (target: HoverTarget): HoverTarget | null => {
      if (target.x >= 0) return target;
      const shape = geometry.shapes.find((s) => s.adcode === target.adcode);
      const svg = boxRef.current?.querySelector("svg");
      const ctm = svg?.getScreenCTM();
      const box = boxRef.current?.getBoundingClientRect();
      if (!shape || !svg || !ctm || !box) return null;
      const p = new DOMPoint(shape.centroid[0], shape.centroid[1]).matrixTransform(ctm);
      return { adcode: target.adcode, x: p.x - box.left, y: p.y - box.top };
    },
    [geometry],
  );

  const onHover = useCallback((target: HoverTarget | null) => setHover(target ? anchor(target) : null), [anchor]);

  const select = useCallback(
    (adcode: string) => {
      if (pointer.current === "touch" && pinned?.adcode !== adcode) {
        // At the tap (the browser's synthetic mouse move put the hover there), else the centroid.
        setPinned(hover?.adcode === adcode ? hover : anchor({ adcode, x: -1, y: -1 }));
        return;
      }
      if (pinned) unpin();
      if (canOpen(adcode)) onSelect(adcode);
    },
    [canOpen, onSelect, pinned, hover, anchor, unpin],
  );

  useEffect(() => {
    if (!pinned) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && unpin();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [pinned, unpin]);

  return {
    boxRef,
    boxProps: {
      onPointerDown: (e) => (pointer.current = e.pointerType),
      onKeyDownCapture: () => (pointer.current = "keyboard"),
      // A tap on the sea closes a pinned tooltip.
      onClick: (e) => {
        if (pinned && !(e.target as Element).closest("[data-adcode], .map-tooltip")) unpin();
      },
    },
    shown: pinned ?? hover,
    pinned: pinned !== null,
    unpin,
    focused,
    announced,
    onFocusChange,
    onHover,
    select,
  };
}
