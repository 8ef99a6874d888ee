/**
 * A province's debt balance over time: general and special debt stacked, the limit as a line where
 * known, provisional periods drawn lighter. Loaded lazily: recharts is not in the initial bundle.
 * With `events`, each bar also carries the number of the province's events in the span it closes,
 * and a click on a period selects that span for the events list.
 */
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
  DefaultZIndexes,
} from "recharts";
import type { BalancePoint } from "../../data/series";
import { formatAmount, formatAxis } from "../../ui/format";
import { lightBar } from "../../ui/light-bar";
import { useLang, useMessages } from "../../i18n/context";
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
  height?: number | `${number}%`;
  events?: ChartEvents;
}

export default function BalanceChart({ points, height = 260, events }: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  // Axis ticks are plain numbers in the caption's unit (bn CNY / 亿元); the tooltip says the unit.
  const tick = (v: number) => formatAxis(v, lang);
  const tooltipValue = (v: unknown) => (typeof v === "number" ? formatAmount(v, lang) : t.noData);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 420, height: 260 }}>
      <ComposedChart
        // The chart box is aria-hidden (the figure's table is the accessible form): no tab stop inside it.
        accessibilityLayer={false}
        data={points}
        // Room above the plot for the event markers.
        margin={{ top: events ? 28 : 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke="var(--grid)" />
        {/* Every period is labelled (none silently dropped): 15 labels do not fit side by side in a panel, so they slant. */}
        <XAxis
          dataKey="label"
          tick={{ fontSize: 11, fill: "var(--muted)" }}
          interval={0}
          angle={-40}
          textAnchor="end"
          height={68}
        />
        <YAxis tickFormatter={tick} tick={{ fontSize: 11, fill: "var(--muted)" }} width={56} />
        <Tooltip formatter={tooltipValue} contentStyle={{ fontSize: 12 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar
          dataKey="general"
          name={t.generalDebt}
          stackId="debt"
          fill="var(--general)"
          isAnimationActive={false}
          shape={ProvisionalBar}
        />
        <Bar
          dataKey="special"
          name={t.specialDebt}
          stackId="debt"
          fill="var(--special)"
          isAnimationActive={false}
          shape={ProvisionalBar}
        />
        <Line
          dataKey="limit"
          name={t.debtLimit}
          stroke="var(--limit)"
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        {events && <ChartEventMarks points={points} events={events} />}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Provisional periods (month-ends, preliminary 2025) are drawn light so they read as such. */
const ProvisionalBar = lightBar((p: BalancePoint) => p.provisional);

/**
 * Count markers above the bars, the selected period shaded, the selected event's bar ringed. Three
 * recharts z-layers: the shading behind the bars, the click targets above every mark (so a click on a
 * bar reaches them; hover still reaches the tooltip, which listens on the chart), the markers on top.
 */
function ChartEventMarks({ points, events }: { points: BalancePoint[]; events: ChartEvents }) {
  const x = useXAxisScale();
  const plot = usePlotArea();
  if (!x || !plot) return null;
  const bands = points.flatMap((p) => {
    const left = x(p.label, { position: "start" });
    const right = x(p.label, { position: "end" });
    return left === undefined || right === undefined
      ? []
      : [{ p, left, width: right - left, mid: (left + right) / 2, count: events.counts[p.period] ?? 0 }];
  });
  const top = plot.y - 4;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
        {bands.map(({ p, left, width }) =>
          events.selectedPeriod === p.period ? (
            <rect key={p.period} className="chart-period-band" x={left} y={plot.y} width={width} height={plot.height} />
          ) : null,
        )}
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.activeDot + 1}>
        <g className="chart-event-marks">
          {bands.map(({ p, left, width, mid, count }) => (
            <g key={p.period} data-period={p.period} data-event-count={count}>
              {/* The whole band is the click target, so a short, missing or provisional bar is as easy to pick. The
                  chart's own onClick is not used: its active index lags a click that comes without a prior hover. */}
              <rect
                className="chart-period-hit"
                x={left}
                y={0}
                width={width}
                height={plot.y + plot.height}
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
          ))}
        </g>
      </ZIndexLayer>
    </>
  );
}
