/**
 * Several provinces' series on one line chart. Gaps stay gaps (connectNulls off, and a lone point
 * between gaps still gets its dot); provisional points are hollow and the provisional periods
 * shaded. Lazy-loaded with recharts.
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from "recharts";
import type { MetricId } from "../../data/metrics";
import { useTypeScale } from "../../ui/type-scale";
import { useLang, useMessages } from "../../i18n/context";
import { formatMetricShort } from "../../ui/format";
import { compareMessages } from "./messages";
import type { SeriesStyle } from "./lib/palette";
import type { ChartRow } from "./lib/series";
import { formatSeriesValue } from "./lib/labels";

export interface CompareLine {
  iso: string;
  name: string;
  style: SeriesStyle;
}

export interface CompareChartProps {
  rows: ChartRow[];
  lines: CompareLine[];
  metric: MetricId;
  indexed: boolean;
  /** The period the legend and table read (a vertical marker). */
  periodLabel: string;
  /** The first and last label of the provisional periods, shaded; null when there are none. */
  provisionalSpan: [string, string] | null;
  height?: number;
}

const axis = (scale: number) => ({ fontSize: 11 * scale, fill: "var(--muted)" });

export default function CompareChart({
  rows,
  lines,
  metric,
  indexed,
  periodLabel,
  provisionalSpan,
  height = 340,
}: CompareChartProps) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  // The line in focus is drawn last so it sits on top of the others.
  const ordered = [...lines].sort((a, b) => Number(a.style.emphasised) - Number(b.style.emphasised));
  const many = lines.length > 12;
  // Axis type grows with an embed's or a slide's frame and the projector theme, and the axis with it.
  const [probe, scale] = useTypeScale();
  const AXIS = axis(scale);
  return (
    <>
      <span ref={probe} className="type-scale-probe" hidden />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        {/* The chart box is aria-hidden (the figure's table is the accessible form): no tab stop inside it. */}
        <LineChart data={rows} margin={{ top: 16, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          {provisionalSpan && (
            <ReferenceArea
              x1={provisionalSpan[0]}
              x2={provisionalSpan[1]}
              fill="var(--warn-bg)"
              fillOpacity={0.8}
              label={{
                value: t.provisionalBand,
                position: "insideTopRight",
                fontSize: 11 * scale,
                fill: "var(--muted)",
              }}
            />
          )}
          <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" />
          <YAxis
            tick={AXIS}
            width={56 * scale}
            domain={["auto", "auto"]}
            tickFormatter={(v: number) => (indexed ? String(Math.round(v)) : formatMetricShort(metric, v, lang))}
          />
          {indexed && <ReferenceLine y={100} stroke="var(--text)" strokeDasharray="2 3" />}
          <ReferenceLine x={periodLabel} stroke="var(--accent)" strokeOpacity={0.5} />
          <Tooltip content={(props) => <CompareTooltip {...props} lines={lines} metric={metric} indexed={indexed} />} />
          {ordered.map(({ iso, name, style }) => (
            <Line
              key={iso}
              dataKey={iso}
              name={name}
              stroke={style.colour}
              strokeWidth={style.width}
              strokeDasharray={style.dash}
              strokeOpacity={style.opacity}
              connectNulls={false}
              isAnimationActive={false}
              dot={(props: DotItemDotProps) => (
                <PointDot key={`${iso}-${props.index}`} {...props} style={style} small={many && !style.emphasised} />
              )}
              activeDot={{ r: 4 }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </>
  );
}

function PointDot({
  cx,
  cy,
  payload,
  dataKey,
  style,
  small,
}: DotItemDotProps & { style: SeriesStyle; small: boolean }) {
  if (typeof cx !== "number" || typeof cy !== "number" || payload?.[String(dataKey)] == null) return null;
  const provisional = (payload as ChartRow).provisional.includes(String(dataKey));
  return (
    <circle
      className={provisional ? "compare-dot provisional" : "compare-dot"}
      cx={cx}
      cy={cy}
      r={small ? 1.6 : 3}
      fill={provisional ? "var(--surface)" : style.colour}
      stroke={style.colour}
      strokeWidth={provisional ? 1.5 : 0}
      opacity={style.opacity}
    />
  );
}

function CompareTooltip({
  active,
  payload,
  label,
  lines,
  metric,
  indexed,
}: TooltipContentProps & { lines: CompareLine[]; metric: MetricId; indexed: boolean }) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  if (!active || !payload?.length) return null;
  const row = payload[0].payload as ChartRow;
  const entries = lines
    .map((l) => ({ ...l, value: row[l.iso] as number | null }))
    .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : b.value - a.value));
  return (
    <div className={`compare-tooltip${entries.length > 12 ? " many" : ""}`}>
      <div className="compare-tooltip-title">
        {label}
        {indexed ? t.tooltipIndex : ""}
      </div>
      <ol>
        {entries.map((e) => (
          <li key={e.iso} className={e.style.emphasised ? "focused" : undefined}>
            <span className="compare-swatch" style={{ background: e.style.colour }} aria-hidden="true" />
            <span>{e.name}</span>
            <span className="compare-tooltip-value">
              {e.value === null ? t.notAvailable : formatSeriesValue(metric, e.value, indexed, lang)}
              {e.value !== null && row.provisional.includes(e.iso) ? t.provisionalMark : ""}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
