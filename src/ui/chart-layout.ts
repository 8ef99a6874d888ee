/**
 * Where everything in a bar-and-line chart goes (stacked bars and lines on a left axis, optionally
 * lines on a right-hand percentage axis), for a box of a given size. Pure: ui/BarLineChart.tsx only
 * draws what this returns. The charts a first view or a first click draws (the national balance on
 * the map page, a province's balance in its panel) use it instead of recharts, so neither waits for
 * a chart library nor pays for its first run.
 */

export interface ChartPoint {
  label: string;
  /** Each series' value at this point; null or absent draws nothing there (never a zero). */
  values: Readonly<Record<string, number | null | undefined>>;
  /** Drawn light (a provisional figure, a chart reading): it should not read as a firm one. */
  light?: boolean;
  /** Labelled even where the labels are thinned to fit (the year the key-region list was drawn). */
  keepLabel?: boolean;
}

export interface SeriesSpec {
  key: string;
  kind: "bar" | "line";
  /** Lines only: which axis; bars are always on the left and stacked in the order given. */
  axis?: "left" | "right";
}

export interface Tick {
  value: number;
  y: number;
  text: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  leftTicks: Tick[];
  /** Empty when no line is on the right axis. */
  rightTicks: Tick[];
  /** One rectangle per point and bar series with a value, bottom of the stack first. */
  bars: { index: number; key: string; x: number; y: number; width: number; height: number; light: boolean }[];
  /** Each line series as polylines, one per run of consecutive points that have a value. */
  lines: { key: string; runs: { index: number; x: number; y: number }[][] }[];
  /** X-axis labels: every one slanted, or the ones that fit level (the first, the last, evenly between). */
  xLabels: { index: number; x: number; text: string }[];
  slanted: boolean;
  /** Each point's column, for hover and clicks. */
  slots: { index: number; x: number; width: number; centre: number }[];
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** The axis text's size in px: label widths are estimated from it. */
  fontSize: number;
  /** How a left-axis tick is written (e.g. "45,000", or 亿元 figures in Chinese). */
  formatLeft: (value: number) => string;
  /** "all": every period labelled, slanted (none silently dropped); "fit": the labels that fit level. */
  xLabels: "all" | "fit";
  /** Extra room above the plot (for marks drawn over the bars). */
  topMargin?: number;
}

/**
 * How wide a character of axis text is, in ems, erring wide (the widest common sans-serifs, e.g.
 * DejaVu Sans, set digits at 0.64 em and "%" at 0.95): a CJK character one em.
 */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const charEm = (ch: string) => (CJK.test(ch) ? 1 : ch === "%" ? 0.95 : ch === "," || ch === "." ? 0.36 : 0.66);
const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
/** Slanted labels' angle, in degrees below the horizontal. */
export const SLANT = 40;

/** Ticks from 0 to a round number at or above `max`, in `count` equal, round steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
  return Array.from({ length: count + 1 }, (_, k) => Number((k * step).toPrecision(12)));
}

const num = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

export function chartLayout(
  points: readonly ChartPoint[],
  series: readonly SeriesSpec[],
  options: LayoutOptions,
): ChartLayout {
  const { width, height, fontSize, formatLeft } = options;
  const textWidth = (text: string) => [...text].reduce((w, ch) => w + charEm(ch), 0) * fontSize;
  const bars = series.filter((s) => s.kind === "bar");
  const leftLines = series.filter((s) => s.kind === "line" && s.axis !== "right");
  const rightLines = series.filter((s) => s.kind === "line" && s.axis === "right");

  const leftMax = Math.max(
    0,
    ...points.map((p) => bars.reduce((sum, s) => sum + (num(p.values[s.key]) ? (p.values[s.key] as number) : 0), 0)),
    ...points.flatMap((p) => leftLines.map((s) => p.values[s.key]).filter(num)),
  );
  const leftValues = niceTicks(leftMax);
  const leftTexts = leftValues.map(formatLeft);
  const rightMaxData = Math.max(0, ...points.flatMap((p) => rightLines.map((s) => p.values[s.key]).filter(num)));
  const rightMax = rightLines.length ? Math.max(50, Math.ceil(rightMaxData / 10) * 10) : 0;
  const rightValues = rightLines.length ? Array.from({ length: rightMax / 10 + 1 }, (_, k) => k * 10) : [];

  const slanted = options.xLabels === "all";
  const widest = Math.max(0, ...points.map((p) => textWidth(p.label)));
  const rad = (SLANT * Math.PI) / 180;
  const bottomRoom = slanted ? widest * Math.sin(rad) + fontSize * Math.cos(rad) + 8 : fontSize * 1.9;
  const plot = {
    left: Math.ceil(Math.max(...leftTexts.map(textWidth)) + 8),
    // Half the top tick label's height above the plot, and a little air.
    top: Math.ceil(fontSize * 0.7 + 3 + (options.topMargin ?? 0)),
    right: width - (rightLines.length ? Math.ceil(textWidth(`${rightMax}%`) + 8) : 8),
    bottom: height - Math.ceil(bottomRoom),
  };
  // The first slanted label reaches left of its column: the plot starts far enough right for it.
  if (slanted && points.length) plot.left = Math.max(plot.left, Math.ceil(textWidth(points[0].label) * Math.cos(rad)));
  const plotHeight = Math.max(1, plot.bottom - plot.top);
  const yLeft = (v: number) => plot.bottom - (v / leftValues[leftValues.length - 1]) * plotHeight;
  const yRight = (v: number) => plot.bottom - (v / (rightMax || 1)) * plotHeight;
  const band = (plot.right - plot.left) / Math.max(1, points.length);
  const centre = (k: number) => plot.left + band * (k + 0.5);

  const barRects: ChartLayout["bars"] = [];
  points.forEach((p, index) => {
    let base = 0;
    for (const s of bars) {
      const v = p.values[s.key];
      if (!num(v)) continue;
      const y0 = yLeft(base);
      const y1 = yLeft(base + v);
      base += v;
      barRects.push({
        index,
        key: s.key,
        x: plot.left + band * (index + 0.1),
        y: Math.min(y0, y1),
        width: band * 0.8,
        height: Math.abs(y0 - y1),
        light: !!p.light,
      });
    }
  });

  const lines = series
    .filter((s) => s.kind === "line")
    .map((s) => {
      const y = s.axis === "right" ? yRight : yLeft;
      const runs: ChartLayout["lines"][number]["runs"] = [];
      let run: ChartLayout["lines"][number]["runs"][number] | null = null;
      points.forEach((p, index) => {
        const v = p.values[s.key];
        if (!num(v)) {
          run = null;
          return;
        }
        if (!run) runs.push((run = []));
        run.push({ index, x: centre(index), y: y(v) });
      });
      return { key: s.key, runs };
    });

  return {
    width,
    height,
    plot,
    leftTicks: leftValues.map((value, k) => ({ value, y: yLeft(value), text: leftTexts[k] })),
    rightTicks: rightValues.map((value) => ({ value, y: yRight(value), text: `${value}%` })),
    bars: barRects,
    lines,
    xLabels: slanted
      ? points.map((p, index) => ({ index, x: centre(index), text: p.label }))
      : fittingLabels(points, centre, textWidth),
    slanted,
    slots: points.map((_, index) => ({ index, x: plot.left + band * index, width: band, centre: centre(index) })),
  };
}

/**
 * Every `stride`-th label from the first, with the smallest stride at which no two shown labels
 * overlap; the last label always shows, and a label too close to it gives way.
 */
function fittingLabels(
  points: readonly ChartPoint[],
  centre: (k: number) => number,
  textWidth: (text: string) => number,
): ChartLayout["xLabels"] {
  if (points.length === 0) return [];
  const gap = textWidth("  ");
  const last = points.length - 1;
  const fits = (a: number, b: number) =>
    Math.abs(centre(a) - centre(b)) >= (textWidth(points[a].label) + textWidth(points[b].label)) / 2 + gap;
  const withStride = (stride: number) => {
    const picked: number[] = [];
    for (let k = 0; k < last; k += stride) if (fits(k, last)) picked.push(k);
    picked.push(last);
    return picked;
  };
  let picked = [last];
  for (let stride = 1; stride <= points.length; stride++) {
    picked = withStride(stride);
    if (picked.every((k, i) => i === 0 || fits(picked[i - 1], k))) break;
  }
  // A label that must show takes its place where it fits beside the first, the last and the other
  // labels that must show; the thinned ones too close to it give way.
  const fixed = picked.filter((k) => k === 0 || k === last);
  const near = (a: number, b: number) => !fits(Math.min(a, b), Math.max(a, b));
  for (const [k, point] of points.entries()) {
    if (!point.keepLabel) continue;
    if (picked.includes(k)) fixed.push(k);
    if (picked.includes(k) || fixed.some((f) => near(f, k))) continue;
    picked = [...picked.filter((p) => fixed.includes(p) || !near(p, k)), k].sort((a, b) => a - b);
    fixed.push(k);
  }
  return picked.map((index) => ({ index, x: centre(index), text: points[index].label }));
}
