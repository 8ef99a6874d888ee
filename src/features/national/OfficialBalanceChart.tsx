/**
 * The official balance over time (general and special stacked where published, else the total),
 * the debt limit as a line with gaps where no limit is published, and the policy timeline on top.
 * Lazy-loaded with recharts. The x axis is time: the end of year Y sits at x = Y.
 */
import { useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BalanceBar } from "./lib/official-balance";
import type { TimelineMarker } from "./lib/timeline";
import { formatAxis, formatBn } from "../../ui/format";
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

const bn = (v: number | null) => (v === null ? "not in the data" : `${formatBn(v)} bn CNY`);

/** Always the published total, also in the years drawn as components (they may not add up exactly). */
function BalanceTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: BalanceBar }[] }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip">
      <strong>{bar.label}</strong>
      <div>Balance: {bn(bar.published)}</div>
      {bar.general !== null && <div>General: {bn(bar.general)}</div>}
      {bar.special !== null && <div>Special: {bn(bar.special)}</div>}
      <div>Limit: {bn(bar.limit)}</div>
    </div>
  );
}

export default function OfficialBalanceChart({ bars, markers, activeId, onActive, height = 340 }: Props) {
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
        <ComposedChart data={bars} margin={{ top, right: 12, bottom: 0, left: 0 }} barCategoryGap="20%" accessibilityLayer={false}>
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
          <YAxis tickFormatter={(v: number) => formatAxis(v)} tick={{ fontSize: 11, fill: "var(--muted)" }} width={56} />
          <Tooltip content={BalanceTooltip} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="general" name="General debt" stackId="debt" fill="var(--general)" isAnimationActive={false} />
          <Bar dataKey="special" name="Special debt" stackId="debt" fill="var(--special)" isAnimationActive={false} />
          <Bar dataKey="total" name="Total (split not published)" stackId="debt" fill="var(--total-bar)" isAnimationActive={false} />
          <Line dataKey="limit" name="Debt limit (NPC)" stroke="var(--limit)" strokeWidth={2} dot={{ r: 3, fill: "var(--limit)" }} connectNulls={false} isAnimationActive={false} />
          {markers.length > 0 && <TimelineLayer markers={markers} activeId={activeId} onActive={onActive} onPlace={setPlace} lane={LANE} />}
        </ComposedChart>
      </ResponsiveContainer>
      {active && place && <MarkerCallout marker={active} place={place} />}
    </div>
  );
}
