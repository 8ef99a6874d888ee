/**
 * Where everything in the national balance chart goes (bars for the balance, a line for the key
 * regions' share on a right-hand axis), for a box of a given size. Pure: the chart component only
 * draws what this returns. The chart is drawn without recharts because it is part of the map page's
 * first view: it is in the built HTML and needs no chart library to be adopted or redrawn.
 */

export interface BalanceChartPoint {
  label: string;
  /** The official national balance, bn CNY; null where none was published (no bar, not a zero). */
  national: number | null;
  /** The key regions' share of the provinces' total, %; null where it is not computed (the line breaks). */
  keyShare: number | null;
}

export interface Tick {
  value: number;
  y: number;
  text: string;
}

export interface BalanceChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  balanceTicks: Tick[];
  shareTicks: Tick[];
  /** One per point with a balance, in order. */
  bars: { index: number; x: number; y: number; width: number; height: number }[];
  /** The share line, one polyline per run of consecutive points that have a share. */
  shareRuns: { index: number; x: number; y: number }[][];
  /** X-axis labels that fit without overlapping: the first, the last and evenly spaced ones between. */
  xLabels: { index: number; x: number; text: string }[];
  /** Each point's column, for hover. */
  slots: { index: number; x: number; width: number; centre: number }[];
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** The axis text's size in px: label widths are estimated from it. */
  fontSize: number;
  /** How a balance tick is written (e.g. "45,000", or 亿元 in Chinese). */
  formatBalance: (value: number) => string;
}

/** A digit or Latin letter of axis text is about this many ems wide in a sans-serif; a CJK character one em. */
const CHAR_EM = 0.62;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** Ticks from 0 to a round number at or above `max`, in `count` equal, round steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
  return Array.from({ length: count + 1 }, (_, k) => Number((k * step).toPrecision(12)));
}

export function balanceChartLayout(points: readonly BalanceChartPoint[], options: LayoutOptions): BalanceChartLayout {
  const { width, height, fontSize, formatBalance } = options;
  const textWidth = (text: string) => [...text].reduce((w, ch) => w + (CJK.test(ch) ? 1 : CHAR_EM), 0) * fontSize;
  const balances = points.flatMap((p) => (p.national === null ? [] : [p.national]));
  const shares = points.flatMap((p) => (p.keyShare === null ? [] : [p.keyShare]));
  const balanceValues = niceTicks(Math.max(0, ...balances));
  const shareMax = Math.max(50, Math.ceil(Math.max(0, ...shares) / 10) * 10);
  const shareValues = Array.from({ length: shareMax / 10 + 1 }, (_, k) => k * 10);
  const balanceTexts = balanceValues.map(formatBalance);

  const plot = {
    left: Math.ceil(Math.max(...balanceTexts.map(textWidth)) + 8),
    top: Math.ceil(fontSize * 0.7),
    right: width - Math.ceil(textWidth(`${shareMax}%`) + 8),
    bottom: height - Math.ceil(fontSize * 1.9),
  };
  const plotHeight = Math.max(1, plot.bottom - plot.top);
  const yBalance = (v: number) => plot.bottom - (v / balanceValues[balanceValues.length - 1]) * plotHeight;
  const yShare = (v: number) => plot.bottom - (v / shareMax) * plotHeight;
  const band = (plot.right - plot.left) / Math.max(1, points.length);
  const centre = (k: number) => plot.left + band * (k + 0.5);

  const bars = points.flatMap((p, index) => {
    if (p.national === null) return [];
    const y = yBalance(p.national);
    return [{ index, x: plot.left + band * (index + 0.1), y, width: band * 0.8, height: plot.bottom - y }];
  });

  const shareRuns: BalanceChartLayout["shareRuns"] = [];
  let run: BalanceChartLayout["shareRuns"][number] | null = null;
  points.forEach((p, index) => {
    if (p.keyShare === null) {
      run = null;
      return;
    }
    if (!run) shareRuns.push((run = []));
    run.push({ index, x: centre(index), y: yShare(p.keyShare) });
  });

  return {
    width,
    height,
    plot,
    balanceTicks: balanceValues.map((value, k) => ({ value, y: yBalance(value), text: balanceTexts[k] })),
    shareTicks: shareValues.map((value) => ({ value, y: yShare(value), text: `${value}%` })),
    bars,
    shareRuns,
    xLabels: pickLabels(points, centre, textWidth),
    slots: points.map((_, index) => ({ index, x: plot.left + band * index, width: band, centre: centre(index) })),
  };
}

/**
 * Every `stride`-th label from the first, with the smallest stride at which no two shown labels
 * overlap; the last label always shows, and a label too close to it gives way.
 */
function pickLabels(
  points: readonly BalanceChartPoint[],
  centre: (k: number) => number,
  textWidth: (text: string) => number,
): BalanceChartLayout["xLabels"] {
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
  return picked.map((index) => ({ index, x: centre(index), text: points[index].label }));
}
