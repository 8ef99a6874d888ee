/**
 * A province's debt balance over time: general and special debt stacked, the limit as a line where
 * known, provisional periods drawn lighter, every period labelled (slanted; none silently dropped).
 * Plain SVG (ui/BarLineChart.tsx), not recharts: a click on a province draws it at once, without
 * waiting for a chart library or paying for its first run.
 * With `events`, each column also carries the number of the province's events in the span it
 * closes, and a click on a column selects that span for the events list.
 */
import { useMemo } from "react";
import type { BalancePoint } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { BarLineChart, type ChartSeries } from "../../ui/BarLineChart";
import type { ChartLayout, ChartPoint } from "../../ui/chart-layout";
import { amountUnit, formatAmount, formatAxis } from "../../ui/format";
import { regionMessages } from "./messages";

export interface ChartEvents {
  /** Events per period bucket (see events/lib/event-dates: eventPeriodBucket). */
  counts: Readonly<Record<string, number>>;
  /** The period whose span filters the events list, or null. */
  selectedPeriod: string | null;
  /** The bar the selected event belongs to, or null (none selected, or it has no single bar). */
  highlight: string | null;
  onPeriod: (period: string) => void;
}

interface Props {
  points: BalancePoint[];
  height: number | "fill";
  events?: ChartEvents;
}

/** Room above the bars for the event counts. */
const MARKS_ROOM = 24;

export function RegionBalanceChart({ points, height, events }: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const series = useMemo<ChartSeries[]>(() => {
    const amount = (v: number) => formatAmount(v, lang);
    return [
      { key: "general", kind: "bar", name: t.generalDebt, colour: "var(--general)", format: amount },
      { key: "special", kind: "bar", name: t.specialDebt, colour: "var(--special)", format: amount },
      { key: "limit", kind: "line", name: t.debtLimit, colour: "var(--limit)", dot: 2, format: amount },
    ];
  }, [t, lang]);
  const chartPoints = useMemo<ChartPoint[]>(
    () =>
      points.map((p) => ({
        label: p.label,
        values: { general: p.general, special: p.special, limit: p.limit },
        light: p.provisional,
      })),
    [points],
  );
  // Axis ticks are plain numbers in the caption's unit (bn CNY / 亿元); the readout says the unit.
  const formatLeft = useMemo(() => (v: number) => formatAxis(v, lang), [lang]);
  const overlay = useMemo(
    () => (events ? (layout: ChartLayout) => eventMarks(layout, points, events) : undefined),
    [events, points],
  );
  return (
    <BarLineChart
      points={chartPoints}
      series={series}
      height={height}
      xLabels="all"
      formatLeft={formatLeft}
      noData={t.noData}
      topMargin={events ? MARKS_ROOM : 0}
      overlay={overlay}
      unit={t.unit(amountUnit(lang))}
    />
  );
}

/**
 * Count markers above the bars, the selected period shaded (under the bars), the selected event's
 * bar ringed, and each column a click target over every mark (so a short, missing or provisional bar
 * is as easy to pick).
 */
function eventMarks(layout: ChartLayout, points: BalancePoint[], events: ChartEvents) {
  const { plot } = layout;
  const top = plot.top - 4;
  return {
    below: (
      <g className="chart-period-bands">
        {layout.slots.map((slot) =>
          events.selectedPeriod === points[slot.index].period ? (
            <rect
              key={slot.index}
              className="chart-period-band"
              x={slot.x}
              y={plot.top}
              width={slot.width}
              height={plot.bottom - plot.top}
            />
          ) : null,
        )}
      </g>
    ),
    above: (
      <g className="chart-event-marks">
        {layout.slots.map((slot) => {
          const p = points[slot.index];
          const count = events.counts[p.period] ?? 0;
          const mid = slot.centre;
          return (
            <g key={p.period} data-period={p.period} data-event-count={count}>
              <rect
                className="chart-period-hit"
                x={slot.x}
                y={0}
                width={slot.width}
                height={plot.bottom}
                onClick={() => events.onPeriod(p.period)}
              />
              {count > 0 && (
                <>
                  {events.highlight === p.period && (
                    <circle className="chart-event-ring" cx={mid} cy={top - 12} r={9} />
                  )}
                  <text
                    className="chart-event-count"
                    x={mid}
                    y={top - 12}
                    textAnchor="middle"
                    dominantBaseline="central"
                  >
                    {count}
                  </text>
                  <path
                    className={`chart-event-mark${events.highlight === p.period ? " selected" : ""}`}
                    d={`M${mid - 4},${top - 5}h8l-4,5z`}
                  />
                </>
              )}
            </g>
          );
        })}
      </g>
    ),
  };
}
