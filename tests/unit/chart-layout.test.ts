import { describe, expect, it } from "vitest";
import { chartLayout, niceTicks, type ChartPoint, type SeriesSpec } from "../../src/ui/chart-layout";
import { nationalSeries, provinceBalanceSeries } from "../../src/data/series";
import { atlasPeriodLabel } from "../../src/features/national/lib/figures";
import { realIndex } from "../support/real-data";

const en = (v: number) => v.toLocaleString("en-US");
const NATIONAL: SeriesSpec[] = [
  { key: "national", kind: "bar" },
  { key: "keyShare", kind: "line", axis: "right" },
];
const REGION: SeriesSpec[] = [
  { key: "general", kind: "bar" },
  { key: "special", kind: "bar" },
  { key: "limit", kind: "line" },
];
const plotHeight = (l: { plot: { top: number; bottom: number } }) => l.plot.bottom - l.plot.top;

describe("a bar-and-line chart's layout", () => {
  it("puts the left axis on round steps from zero to at least the largest stack", () => {
    expect(niceTicks(59_800)).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(niceTicks(47_540)).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(niceTicks(9)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  const national: ChartPoint[] = [
    { label: "2015", values: { national: null, keyShare: 32 } },
    { label: "2016", values: { national: 15_300, keyShare: 33 } },
    { label: "2017", values: { national: 16_500, keyShare: null } },
    { label: "2018", values: { national: 18_400, keyShare: 31 } },
    { label: "2019", values: { national: 21_300, keyShare: 30 } },
  ];
  const layout = chartLayout(national, NATIONAL, {
    width: 480,
    height: 260,
    fontSize: 11,
    formatLeft: en,
    xLabels: "fit",
  });

  it("draws no bar where there is no value, and no zero in its place", () => {
    expect(layout.bars.map((b) => b.index)).toEqual([1, 2, 3, 4]);
    const tallest = layout.bars.find((b) => b.index === 4)!;
    // Four steps of 6,000 are the first round steps to reach 21,300: it fills 88.75% of the plot's height.
    expect(layout.leftTicks.map((t) => t.text)).toEqual(["0", "6,000", "12,000", "18,000", "24,000"]);
    expect(tallest.height / plotHeight(layout)).toBeCloseTo(21_300 / 24_000, 5);
  });

  it("breaks a line where its value is missing instead of joining across the gap, on its own axis", () => {
    const share = layout.lines.find((l) => l.key === "keyShare")!;
    expect(share.runs.map((run) => run.map((p) => p.index))).toEqual([
      [0, 1],
      [3, 4],
    ]);
    // 30% on the 0-50% right axis sits 60% of the way down from the top.
    expect((layout.plot.bottom - share.runs[1][1].y) / plotHeight(layout)).toBeCloseTo(0.6, 5);
    expect(layout.rightTicks.map((t) => t.text)).toEqual(["0%", "10%", "20%", "30%", "40%", "50%"]);
  });

  it("stacks bars in the order given and scales the left axis to the stack or the line, whichever is higher", () => {
    const points: ChartPoint[] = [
      { label: "2023", values: { general: 400, special: 600, limit: 1_100 } },
      { label: "2024", values: { general: 500, special: 700, limit: null }, light: true },
    ];
    const l = chartLayout(points, REGION, { width: 480, height: 260, fontSize: 11, formatLeft: en, xLabels: "all" });
    expect(l.rightTicks).toEqual([]);
    expect(l.leftTicks.at(-1)!.value).toBeGreaterThanOrEqual(1_200);
    const [general, special] = l.bars.filter((b) => b.index === 1);
    expect([general.key, special.key]).toEqual(["general", "special"]);
    // The special segment sits on top of the general one, and both are drawn light.
    expect(special.y + special.height).toBeCloseTo(general.y, 6);
    expect(general.light && special.light).toBe(true);
    expect(l.bars.filter((b) => b.index === 0).every((b) => !b.light)).toBe(true);
  });

  it("leaves room for the widest axis labels in a wide sans-serif, at the projector's type size", () => {
    // DejaVu Sans: digits 0.636 em, "%" 0.95 em, "," 0.318 em; the labels start 5 px from the plot.
    const font = 11 * 1.35;
    const l = chartLayout(national, NATIONAL, {
      width: 900,
      height: 500,
      fontSize: font,
      formatLeft: en,
      xLabels: "fit",
    });
    const dejavu = (t: string) =>
      [...t].reduce((w, ch) => w + (ch === "%" ? 0.95 : ch === "," ? 0.318 : 0.636), 0) * font;
    for (const tick of l.rightTicks) expect(l.plot.right + 5 + dejavu(tick.text)).toBeLessThanOrEqual(900);
    for (const tick of l.leftTicks) expect(l.plot.left - 5 - dejavu(tick.text)).toBeGreaterThanOrEqual(0);
  });

  it("keeps every mark inside the box", () => {
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(layout.plot.right);
      expect(b.y).toBeGreaterThanOrEqual(layout.plot.top);
    }
    expect(layout.plot.left).toBeGreaterThan(0);
    expect(layout.plot.right).toBeLessThan(480);
    expect(layout.plot.bottom).toBeLessThan(260);
  });

  it("labels every period of a province's real series, slanted, with room below the plot for the longest", () => {
    for (const lang of ["en", "zh"] as const) {
      const points = provinceBalanceSeries(realIndex(), "520000", lang).map((p) => ({
        label: p.label,
        values: { general: p.general, special: p.special, limit: p.limit },
      }));
      const l = chartLayout(points, REGION, { width: 420, height: 260, fontSize: 11, formatLeft: en, xLabels: "all" });
      expect(l.slanted).toBe(true);
      expect(l.xLabels.map((x) => x.text)).toEqual(points.map((p) => p.label));
      const longest = Math.max(...points.map((p) => p.label.length));
      // A slanted label of n characters needs about n * 0.62 em * sin 40° below the axis.
      expect(260 - l.plot.bottom).toBeGreaterThan(longest * 11 * 0.55 * Math.sin((40 * Math.PI) / 180));
      expect(plotHeight(l)).toBeGreaterThan(100);
    }
  });

  it("gives a label that must show its place only where it fits beside the first, the last and each other", () => {
    const points: ChartPoint[] = Array.from({ length: 15 }, (_, k) => ({
      label: `Label ${2010 + k}`,
      values: { national: 10 + k, keyShare: 20 },
      // One right beside the last, two beside each other.
      keepLabel: k === 13 || k === 6 || k === 7,
    }));
    const l = chartLayout(points, NATIONAL, { width: 320, height: 200, fontSize: 11, formatLeft: en, xLabels: "fit" });
    const shown = l.xLabels.map((x) => x.index);
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(14);
    expect(shown).toContain(6);
    expect(shown).not.toContain(13);
    const w = (t: string) => t.length * 11 * 0.55;
    for (let i = 1; i < l.xLabels.length; i++) {
      const [a, b] = [l.xLabels[i - 1], l.xLabels[i]];
      expect(b.x - a.x, `${a.text} / ${b.text}`).toBeGreaterThan((w(a.text) + w(b.text)) / 2);
    }
  });

  for (const lang of ["en", "zh"] as const)
    for (const width of [300, 480, 900])
      it(`labels the first and last periods of the national series and the year the list was drawn, never overlapping (${lang}, ${width} px)`, () => {
        const series = nationalSeries(realIndex());
        const real: ChartPoint[] = series.map((p, k) => ({
          label: atlasPeriodLabel(p.period, lang),
          values: { national: p.national?.value ?? null, keyShare: p.keyShare },
          keepLabel: p.keyBasis === "members" && series[k - 1]?.keyBasis === "later-listed",
        }));
        const l = chartLayout(real, NATIONAL, { width, height: 260, fontSize: 11, formatLeft: en, xLabels: "fit" });
        expect(l.xLabels[0].index).toBe(0);
        expect(l.xLabels.at(-1)!.index).toBe(real.length - 1);
        // End-2023, the list's first year-end (State Council Document No. 47), on a phone's width too.
        expect(l.xLabels.map((x) => x.text)).toContain("2023");
        const cjk = /[\u2e80-\u9fff]/;
        const w = (t: string) => [...t].reduce((s, ch) => s + (cjk.test(ch) ? 11 : 11 * 0.55), 0);
        for (let i = 1; i < l.xLabels.length; i++) {
          const [a, b] = [l.xLabels[i - 1], l.xLabels[i]];
          expect(b.x - a.x, `${a.text} / ${b.text}`).toBeGreaterThan((w(a.text) + w(b.text)) / 2);
        }
        // More than the two ends wherever there is room for them.
        if (width >= 480) expect(l.xLabels.length).toBeGreaterThan(3);
      });
});
