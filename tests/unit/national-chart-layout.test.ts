import { describe, expect, it } from "vitest";
import {
  balanceChartLayout,
  niceTicks,
  type BalanceChartPoint,
} from "../../src/features/national/lib/balance-chart-layout";
import { nationalSeries } from "../../src/data/series";
import { atlasPeriodLabel } from "../../src/features/national/lib/figures";
import { realIndex } from "../support/real-data";

const en = (v: number) => v.toLocaleString("en-US");

describe("the national chart's layout", () => {
  it("puts the balance axis on round steps from zero to at least the largest bar", () => {
    expect(niceTicks(59_800)).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(niceTicks(47_540)).toEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(niceTicks(9)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  const points: BalanceChartPoint[] = [
    { label: "2015", national: null, keyShare: 32 },
    { label: "2016", national: 15_300, keyShare: 33 },
    { label: "2017", national: 16_500, keyShare: null },
    { label: "2018", national: 18_400, keyShare: 31 },
    { label: "2019", national: 21_300, keyShare: 30 },
  ];
  const layout = balanceChartLayout(points, { width: 480, height: 260, fontSize: 11, formatBalance: en });

  it("draws no bar where no balance was published, and no zero in its place", () => {
    expect(layout.bars.map((b) => b.index)).toEqual([1, 2, 3, 4]);
    const tallest = layout.bars.find((b) => b.index === 4)!;
    // Four steps of 6,000 are the first round steps to reach 21,300: it fills 88.75% of the plot's height.
    expect(layout.balanceTicks.map((t) => t.text)).toEqual(["0", "6,000", "12,000", "18,000", "24,000"]);
    expect(tallest.height / (layout.plot.bottom - layout.plot.top)).toBeCloseTo(21_300 / 24_000, 5);
  });

  it("breaks the share line where the share is not computed instead of joining across the gap", () => {
    expect(layout.shareRuns.map((run) => run.map((p) => p.index))).toEqual([
      [0, 1],
      [3, 4],
    ]);
    // 30% on the 0-50% axis sits 60% of the way down from the top.
    const p30 = layout.shareRuns[1][1];
    expect((layout.plot.bottom - p30.y) / (layout.plot.bottom - layout.plot.top)).toBeCloseTo(0.6, 5);
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

  for (const lang of ["en", "zh"] as const)
    for (const width of [300, 480, 900])
      it(`labels the first and last periods of the real series, never overlapping (${lang}, ${width} px)`, () => {
        const series = nationalSeries(realIndex());
        const real = series.map((p) => ({
          label: atlasPeriodLabel(p.period, lang),
          national: p.national?.value ?? null,
          keyShare: p.keyShare,
        }));
        const l = balanceChartLayout(real, { width, height: 260, fontSize: 11, formatBalance: en });
        expect(l.xLabels[0].index).toBe(0);
        expect(l.xLabels.at(-1)!.index).toBe(real.length - 1);
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
