/**
 * The choropleth's classes. Breaks are fixed per metric across all periods, so a colour means the
 * same amount in every year and moving the year slider shows change, not re-scaling.
 */
import type { AtlasIndex } from "./atlas-index";
import { metricValue } from "./metric-values";
import type { MetricId } from "./metrics";
import { PERIODS } from "./periods";

/** The light theme's ramp, lowest class first: yellow-green to indigo, lightness falling class by class. */
const LIGHT_RAMP = ["#f0f3b0", "#b9e38d", "#62d0a4", "#27afbc", "#2486c5", "#3859b4", "#2f3489"];

/**
 * What each class is painted with: the theme's colour (styles.css --ramp-0 … --ramp-6, where in
 * every theme a higher class stands further from the background), or the light theme's where no
 * stylesheet applies. Monotonic in lightness, so colour-blind safe; tests/unit/contrast.test.ts
 * checks that and the contrast of its ends.
 */
export const RAMP: readonly string[] = LIGHT_RAMP.map((hex, k) => `var(--ramp-${k}, ${hex})`);

export interface Scale {
  /** Upper-exclusive break points; classes are [-inf,b0), [b0,b1), … [bn,inf). */
  breaks: number[];
  colours: readonly string[];
}

/** Round to 2 significant digits so legend labels read cleanly. */
export function niceNumber(x: number): number {
  if (x <= 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / p) * p;
}

export function quantileBreaks(values: number[], classes: number): number[] {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const b = niceNumber(sorted[Math.floor((k * sorted.length) / classes)]);
    if (b > (breaks[breaks.length - 1] ?? -Infinity)) breaks.push(b);
  }
  return breaks;
}

export function scaleFor(index: AtlasIndex, metric: MetricId): Scale {
  const values: number[] = [];
  for (const period of PERIODS) {
    for (const p of index.covered) {
      const v = metricValue(index, p.adcode, metric, period.id);
      if (v.ok) values.push(v.value);
    }
  }
  const breaks = quantileBreaks(values, RAMP.length);
  return { breaks, colours: RAMP.slice(0, breaks.length + 1) };
}

export function classOf(scale: Scale, value: number): number {
  let k = 0;
  while (k < scale.breaks.length && value >= scale.breaks[k]) k++;
  return k;
}
