/**
 * The map's name size in map units: the type size names are read at (0.7 of the map's
 * own font size, which the theme and an embed's or slide's frame scale), divided by how many CSS
 * pixels one map unit takes where the map is drawn. null until the map has been measured (the built
 * page and the first render draw no names), and again whenever its size or the theme changes.
 */
import { useEffect, useState, type RefObject } from "react";
import { MAP_HEIGHT, MAP_WIDTH } from "../../geo/map-size";
import { observeSizeAndTheme } from "../../ui/observe-size";

/** Names at 0.7 of the map's type size: 11.2 px on a page set at 16 px. */
const LABEL_SHARE = 0.7;

export interface LabelSize {
  /** The names' type size in map units. */
  font: number;
  /** The event-count circles' radius as drawn (a phone draws them larger: events.css), in map units. */
  circle: number;
}

export function useLabelSize(svgRef: RefObject<SVGSVGElement | null>, circleR: number): LabelSize | null {
  const [size, setSize] = useState<LabelSize | null>(null);
  // After the page is painted, not in the commit: a forced layout while the app adopts the page would
  // hold up a first tap, and the names can come a frame later.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const read = () => {
      const box = svg.getBoundingClientRect();
      // The drawing keeps its aspect ratio inside the box (preserveAspectRatio's default, "meet").
      const pxPerUnit = Math.min(box.width / MAP_WIDTH, box.height / MAP_HEIGHT);
      const fontPx = parseFloat(getComputedStyle(svg).fontSize) * LABEL_SHARE;
      const units = pxPerUnit > 0 && fontPx > 0 ? fontPx / pxPerUnit : null;
      const circle = svg.querySelector(".event-count-circle");
      const drawnR = circle ? parseFloat(getComputedStyle(circle).getPropertyValue("r")) : NaN;
      const r = Number.isFinite(drawnR) && drawnR > 0 ? drawnR : circleR;
      // Rounded, so a pixel's change in width does not lay the names out again.
      setSize((old) => {
        if (units === null) return null;
        const next = { font: Math.round(units * 4) / 4, circle: r };
        return old && old.font === next.font && old.circle === next.circle ? old : next;
      });
    };
    return observeSizeAndTheme(svg, read);
  }, [svgRef, circleR]);
  return size;
}
