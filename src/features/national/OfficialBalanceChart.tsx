/**
 * The official balance over time (general and special stacked where published, else the total),
 * the debt limit as a line with gaps where no limit is published, and the policy timeline on top.
 * Lazy-loaded with recharts. The x axis is time: the end of year Y sits at x = Y.
 */
import { useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BalanceBar } from "./lib/official-balance";
import type { TimelineMarker } from "./lib/timeline";
import { formatAmount, formatAxis } from "../../ui/format";
import { useLang, useMessages } from "../../i18n/context";
import { nationalPageMessages } from "./page-messages";
import { TimelineLayer, type CalloutPlace } from "./TimelineLayer";
import { MarkerCallout } from "./MarkerCallout";

interface Props {
  bars: BalanceBar[];
  markers: TimelineMarker[];
  activeId: string | null;
  onActive: (id: string | null) => void;
  height?: number;
}

const LANE = 18;

/** Always the published total, also in the years drawn as components (they may not add up exactly). */
function BalanceTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: BalanceBar }[] }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  const bn = (v: number | null) => (v === null ? t.notInData : formatAmount(v, lang));
  const line = (name: string, v: number | null) => (
    <div>
      {name}
      {t.colon}
      {bn(v)}
    </div>
  );
  return (
    <div className="chart-tooltip">
      <strong>{bar.label}</strong>
      {line(t.tipBalance, bar.published)}
      {bar.general !== null && line(t.tipGeneral, bar.general)}
      {bar.special !== null && line(t.tipSpecial, bar.special)}
      {line(t.tipLimit, bar.limit)}
    </div>
  );
}

export default function OfficialBalanceChart({ bars, markers, activeId, onActive, height = 340 }: Props) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const [place, setPlace] = useState<CalloutPlace | null>(null);
  const years = bars.map((b) => b.x);
  const xs = [...years, ...markers.map((m) => m.span.at)];
  const domain: [number, number] = [Math.min(...xs) - 0.6, Math.max(...xs) + 0.6];
  // Room above the plot for up to three rows of marker heads.
  const top = markers.length > 0 ? 14 + 3 * LANE : 8;
  const active = markers.find((m) => m.id === activeId) ?? null;
  return (
    <div className="official-chart">
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
        <ComposedChart
          data={bars}
          margin={{ top, right: 12, bottom: 0, left: 0 }}
          barCategoryGap="20%"
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis
            type="number"
            dataKey="x"
            domain={domain}
            ticks={years}
            allowDecimals={false}
            tickFormatter={(y: number) => String(y)}
            tick={{ fontSize: 11, fill: "var(--muted)" }}
          />
          <YAxis
            tickFormatter={(v: number) => formatAxis(v, lang)}
            tick={{ fontSize: 11, fill: "var(--muted)" }}
            width={56}
          />
          <Tooltip
            content={(props) => (
              <BalanceTooltip active={props.active} payload={props.payload as readonly { payload?: BalanceBar }[]} />
            )}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="general"
            name={t.seriesGeneral}
            stackId="debt"
            fill="var(--general)"
            isAnimationActive={false}
          />
          <Bar
            dataKey="special"
            name={t.seriesSpecial}
            stackId="debt"
            fill="var(--special)"
            isAnimationActive={false}
          />
          <Bar dataKey="total" name={t.seriesTotal} stackId="debt" fill="var(--total-bar)" isAnimationActive={false} />
          <Line
            dataKey="limit"
            name={t.seriesLimit}
            stroke="var(--limit)"
            strokeWidth={2}
            dot={{ r: 3, fill: "var(--limit)" }}
            connectNulls={false}
            isAnimationActive={false}
          />
          {markers.length > 0 && (
            <TimelineLayer markers={markers} activeId={activeId} onActive={onActive} onPlace={setPlace} lane={LANE} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
      {active && place && <MarkerCallout marker={active} place={place} />}
    </div>
  );
}
