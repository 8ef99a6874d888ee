/**
 * The top of the prefecture league as horizontal bars, highest first. A figure read off a chart in
 * its source is drawn lighter and labelled with "≈"; doubtful figures never reach this chart (the
 * league does not rank them). Lazy-loaded with recharts.
 */
import { useTypeScale } from "../../ui/type-scale";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { PrefectureMetric } from "../../data/prefecture-types";
import { useLang } from "../../i18n/context";
import { formatAxis } from "../../ui/format";
import { LEAGUE_BAR_OPACITY } from "./lib/palette";

export interface LeagueBar {
  id: string;
  /** The axis label: rank and name in the reader's language. */
  name: string;
  value: number;
  /** The value as the table says it ("≈ 81.3"). */
  label: string;
  approx: boolean;
}

export interface LeagueChartProps {
  bars: LeagueBar[];
  metric: PrefectureMetric;
}

const BAR_HEIGHT = 22;

export default function LeagueChart({ bars, metric }: LeagueChartProps) {
  const lang = useLang();
  const height = bars.length * BAR_HEIGHT + 40;
  const tick = (v: number) => (metric === "balance" ? formatAxis(v, lang) : `${Math.round(v)}%`);
  // Type grows with an embed's or a slide's frame and the projector theme (ui/type-scale.ts).
  const [probe, scale] = useTypeScale();
  const AXIS = { fontSize: 11 * scale, fill: "var(--muted)" };
  return (
    <>
      <span ref={probe} className="type-scale-probe" hidden />
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: 56 * scale, bottom: 4, left: 4 }}
          barCategoryGap={3}
          // The chart box is aria-hidden (the figure's table is the accessible form): no tab stop inside it.
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="var(--grid)" />
          <XAxis type="number" tick={AXIS} tickFormatter={tick} domain={[0, "auto"]} />
          <YAxis type="category" dataKey="name" tick={AXIS} width={136 * scale} interval={0} />
          <Bar dataKey="value" isAnimationActive={false}>
            {bars.map((b) => (
              <Cell
                key={b.id}
                className={b.approx ? "league-bar approx" : "league-bar"}
                fill="var(--accent)"
                fillOpacity={b.approx ? LEAGUE_BAR_OPACITY.approx : LEAGUE_BAR_OPACITY.sound}
              />
            ))}
            <LabelList dataKey="label" position="right" style={{ fontSize: 11 * scale, fill: "var(--text)" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}
