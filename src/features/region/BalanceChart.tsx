/**
 * A province's debt balance over time: general and special debt stacked, the limit as a line where
 * known, provisional periods drawn lighter. Loaded lazily: recharts is not in the initial bundle.
 */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BalancePoint } from "../../data/series";
import { formatAxis, formatBn } from "../../ui/format";

const tick = (v: number) => formatAxis(v);
const tooltipValue = (v: unknown) => (typeof v === "number" ? `${formatBn(v)} bn CNY` : "no data");

export default function BalanceChart({ points, height = 260 }: { points: BalancePoint[]; height?: number | `${number}%` }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 420, height: 260 }}>
      <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="var(--grid)" />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "var(--muted)" }} interval="preserveStartEnd" />
        <YAxis tickFormatter={tick} tick={{ fontSize: 11, fill: "var(--muted)" }} width={56} />
        <Tooltip formatter={tooltipValue} contentStyle={{ fontSize: 12 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="general" name="General debt" stackId="debt" fill="var(--general)" isAnimationActive={false} shape={ProvisionalBar} />
        <Bar dataKey="special" name="Special debt" stackId="debt" fill="var(--special)" isAnimationActive={false} shape={ProvisionalBar} />
        <Line dataKey="limit" name="Debt limit" stroke="var(--limit)" strokeWidth={2} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: BalancePoint;
}

/** Provisional periods (mid-2025, preliminary 2025) are drawn hatched-light so they read as such. */
function ProvisionalBar({ x = 0, y = 0, width = 0, height = 0, fill, payload }: BarShapeProps) {
  const provisional = payload?.provisional;
  return (
    <rect
      className="recharts-bar-rectangle"
      x={x}
      y={y}
      width={width}
      height={Math.max(0, height)}
      fill={fill}
      fillOpacity={provisional ? 0.45 : 1}
      stroke={provisional ? fill : "none"}
      strokeDasharray={provisional ? "3 2" : undefined}
    />
  );
}
