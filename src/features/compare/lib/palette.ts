/**
 * Series styles for the Compare chart. Up to 12 series get a colour-blind-safe categorical style:
 * the six Okabe–Ito hues that keep 3:1 or better against the dark theme's background (black and
 * yellow are left out: each vanishes on one of the themes), the first six solid and the next six
 * dashed, so no two series differ by hue alone. Beyond 12, hues stop being tellable apart, so every
 * line is neutral and the one in focus is drawn in the accent colour on top.
 */

export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;
export const DASH = "6 3";
export const MAX_CATEGORICAL = PALETTE.length * 2;

export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined;
  width: number;
  opacity: number;
  /** Drawn last (on top) when in focus. */
  emphasised: boolean;
}

/**
 * @param position the series' place in the compare list (its colour stays with it)
 * @param count how many series are drawn
 * @param focus the series in focus (hovered or pinned), if any
 */
export function seriesStyle(code: string, position: number, count: number, focus: string | null): SeriesStyle {
  const focused = focus === code;
  const dimmed = focus !== null && !focused;
  if (count <= MAX_CATEGORICAL) {
    return {
      colour: PALETTE[position % PALETTE.length],
      dash: position >= PALETTE.length ? DASH : undefined,
      width: focused ? 3.5 : 2,
      opacity: dimmed ? 0.2 : 1,
      emphasised: focused,
    };
  }
  return {
    colour: focused ? "var(--accent)" : "var(--muted)",
    dash: undefined,
    width: focused ? 3.5 : 1.25,
    opacity: focused ? 1 : dimmed ? 0.25 : 0.6,
    emphasised: focused,
  };
}

/**
 * The prefecture league's bars, in the accent colour: a figure as published nearly solid, a figure
 * read off a chart in its source lighter. The image legend mixes the same opacities.
 */
export const LEAGUE_BAR_OPACITY = { sound: 0.9, approx: 0.45 } as const;
