/**
 * How much a chart's type grows where it is drawn: the embed's or slide's frame (`--frame`, one
 * pixel of a 960x540 design) times the theme's type scale (`--type-scale`: projector 1.35). 1 on a
 * page in the light or dark theme. For charts whose sizes are props, not CSS (recharts' axes, which
 * it lays out by the font size it is given): read off the element the ref is put on, whose CSS font
 * size is 16 px times that factor (styles.css, .type-scale-probe), and again whenever the window's
 * size or the theme changes.
 */
import { useLayoutEffect, useRef, useState } from "react";
import { observeSizeAndTheme } from "./observe-size";

/** Put the ref on a hidden element beside the chart: `<span ref={probe} className="type-scale-probe" hidden />`. */

export function useTypeScale() {
  const ref = useRef<HTMLSpanElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px > 0) setScale(Math.round((px / 16) * 100) / 100);
    };
    return observeSizeAndTheme(document.documentElement, read);
  }, []);
  return [ref, scale] as const;
}
