/**
 * National picture: the official national balance (bars) and the share held by the key regions
 * (line, right axis). Lazy-loaded with recharts.
 */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLang, useMessages } from "../../i18n/context";
import { formatAmount, formatAxis } from "../../ui/format";
import { nationalMessages } from "./messages";

export interface NationalChartPoint {
  label: string;
  national: number | null;
  keyShare: number | null;
}

export default function NationalChart({
  points,
  height = 260,
}: {
  points: NationalChartPoint[];
  height?: number | `${number}%`;
}) {
  const lang = useLang();
  const t = useMessages(nationalMessages);
  // The share is a percentage, not an amount: it never goes through the amount formatter.
  const tooltipValue = (v: unknown, _name: unknown, item: { dataKey?: unknown }) =>
    typeof v !== "number" ? t.noData : item?.dataKey === "keyShare" ? `${v.toFixed(1)}%` : formatAmount(v, lang);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 420, height: 260 }}>
      <ComposedChart data={points} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--grid)" />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "var(--muted)" }} interval="preserveStartEnd" />
        <YAxis
          yAxisId="bn"
          tickFormatter={(v: number) => formatAxis(v, lang)}
          tick={{ fontSize: 11, fill: "var(--muted)" }}
          width={56}
        />
        <YAxis
          yAxisId="pct"
          orientation="right"
          domain={[0, 50]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: 11, fill: "var(--muted)" }}
          width={40}
        />
        <Tooltip formatter={tooltipValue} contentStyle={{ fontSize: 12 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="bn" dataKey="national" name={t.balanceSeries} fill="var(--general)" isAnimationActive={false} />
        <Line
          yAxisId="pct"
          dataKey="keyShare"
          name={t.shareSeries}
          stroke="var(--key)"
          strokeWidth={2}
          dot={{ r: 3 }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
