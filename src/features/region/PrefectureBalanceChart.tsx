/**
 * A prefecture's debt balance by year-end: general and special debt stacked where the source splits
 * them, the total as one bar (its own colour) where it does not, the limit as a line where known.
 * Chart readings (≈) are drawn lighter; doubtful figures are not drawn (prefecture-points.ts).
 * Code-split with recharts, like the province chart.
 */
import { useTypeScale } from "../../ui/type-scale";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatAmount, formatAxis } from "../../ui/format";
import { lightBar } from "../../ui/light-bar";
import { useLang, useMessages } from "../../i18n/context";
import type { PrefecturePoint } from "./lib/prefecture-points";
import { prefectureMessages } from "./prefecture-messages";
import { regionMessages } from "./messages";

interface Props {
  points: PrefecturePoint[];
  height?: number | `${number}%`;
}

export default function PrefectureBalanceChart({ points, height = 240 }: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const tp = useMessages(prefectureMessages);
  // A chart reading says so in the tooltip too ("≈ 57.7 bn CNY").
  const tooltipValue = (v: unknown, _name: unknown, item: { payload?: PrefecturePoint }) =>
    typeof v === "number" ? `${item.payload?.approx ? "≈ " : ""}${formatAmount(v, lang)}` : t.noData;
  const hasSplit = points.some((p) => p.general !== null);
  const hasTotalOnly = points.some((p) => p.totalOnly !== null);
  const hasLimit = points.some((p) => p.limit !== null);
  // Type grows with an embed's or a slide's frame and the projector theme (ui/type-scale.ts).
  const [probe, scale] = useTypeScale();
  return (
    <>
      <span ref={probe} className="type-scale-probe" hidden />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 420, height: 240 }}>
        <ComposedChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          {/* Every year-end labelled: eight fit side by side down to a phone's panel at this size. */}
          <XAxis dataKey="label" tick={{ fontSize: 10 * scale, fill: "var(--muted)" }} interval={0} />
          <YAxis
            tickFormatter={(v: number) => formatAxis(v, lang)}
            tick={{ fontSize: 11 * scale, fill: "var(--muted)" }}
            width={44 * scale}
          />
          <Tooltip formatter={tooltipValue} contentStyle={{ fontSize: 12 }} />
          <Legend wrapperStyle={{ fontSize: 12 * scale }} />
          {hasSplit && (
            <Bar
              dataKey="general"
              name={t.generalDebt}
              stackId="debt"
              fill="var(--general)"
              isAnimationActive={false}
              shape={ApproxBar}
            />
          )}
          {hasSplit && (
            <Bar
              dataKey="special"
              name={t.specialDebt}
              stackId="debt"
              fill="var(--special)"
              isAnimationActive={false}
              shape={ApproxBar}
            />
          )}
          {hasTotalOnly && (
            <Bar
              dataKey="totalOnly"
              name={tp.totalOnly}
              stackId="debt"
              fill="var(--total-only)"
              isAnimationActive={false}
              shape={ApproxBar}
            />
          )}
          {hasLimit && (
            <Line
              dataKey="limit"
              name={t.debtLimit}
              stroke="var(--limit)"
              strokeWidth={2}
              dot={{ r: 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </>
  );
}

/** A chart reading is drawn light with a dashed edge, so it does not read as a printed figure. */
const ApproxBar = lightBar((p: PrefecturePoint) => p.approx);
