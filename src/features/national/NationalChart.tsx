/**
 * National picture: the official national balance (bars) and the share held by the key regions
 * (line, right axis). Plain SVG (ui/BarLineChart.tsx), not recharts: it is in the map page's first
 * view, so it is in the built HTML and is adopted with the map.
 */
import { useMemo } from "react";
import { useLang, useMessages } from "../../i18n/context";
import { BarLineChart, type ChartSeries } from "../../ui/BarLineChart";
import type { ChartPoint } from "../../ui/chart-layout";
import { formatAmount, formatAxis } from "../../ui/format";
import { nationalMessages } from "./messages";

export interface NationalChartPoint {
  label: string;
  national: number | null;
  keyShare: number | null;
  /** The first period of the key-region list (end-2023): labelled on every width. */
  keepLabel?: boolean;
}

export function NationalChart({ points, height }: { points: NationalChartPoint[]; height: number | "fill" }) {
  const lang = useLang();
  const t = useMessages(nationalMessages);
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        key: "national",
        kind: "bar",
        name: t.balanceSeries,
        colour: "var(--general)",
        format: (v) => formatAmount(v, lang),
      },
      {
        key: "keyShare",
        kind: "line",
        axis: "right",
        name: t.shareSeries,
        colour: "var(--key)",
        dot: 3,
        // The share is a percentage, not an amount: it never goes through the amount formatter.
        format: (v) => `${v.toFixed(1)}%`,
      },
    ],
    [t, lang],
  );
  const chartPoints = useMemo<ChartPoint[]>(
    () =>
      points.map((p) => ({
        label: p.label,
        values: { national: p.national, keyShare: p.keyShare },
        keepLabel: p.keepLabel,
      })),
    [points],
  );
  const formatLeft = useMemo(() => (v: number) => formatAxis(v, lang), [lang]);
  return (
    <BarLineChart
      points={chartPoints}
      series={series}
      height={height}
      xLabels="fit"
      formatLeft={formatLeft}
      noData={t.noData}
    />
  );
}
