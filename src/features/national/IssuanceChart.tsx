/**
 * Local government bond issuance by calendar year: the published total beside the published
 * components (new, refinancing, 2015–18 swap bonds) stacked, so a year with only some components
 * shows a shorter stack next to its total rather than a guessed remainder. Annotated items (not
 * annual issuance) get a lettered flag over their year. Lazy-loaded with recharts.
 */
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
} from "recharts";
import { useLang, useMessages } from "../../i18n/context";
import { formatAmount, formatAxis } from "../../ui/format";
import { issuanceLabel } from "./lib/issuance";
import { nationalPageMessages } from "./page-messages";

export interface IssuanceRow {
  label: string;
  total: number | null;
  new: number | null;
  refinancing: number | null;
  swap: number | null;
}

export interface IssuanceFlag {
  year: string;
  letter: string;
}

function Flags({ flags }: { flags: IssuanceFlag[] }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  return (
    <g className="issuance-flags">
      {flags.map((f, k) => {
        const x = scale(f.year, { position: "middle" });
        if (x === undefined) return null;
        // Two flags in one year sit side by side.
        const dx = (k > 0 && flags[k - 1].year === f.year ? 1 : 0) * 20;
        return (
          <g key={f.letter} className="issuance-flag" data-flag={f.letter}>
            <circle cx={x + dx} cy={plot.y - 12} r={9} />
            <text x={x + dx} y={plot.y - 12} dy="0.35em" textAnchor="middle">
              {f.letter}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export default function IssuanceChart({
  rows,
  flags,
  height = 280,
}: {
  rows: IssuanceRow[];
  flags: IssuanceFlag[];
  height?: number;
}) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const tooltipValue = (v: unknown, name: unknown) => [
    typeof v === "number" ? formatAmount(v, lang) : t.notInData,
    String(name),
  ];
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      <ComposedChart
        data={rows}
        margin={{ top: 30, right: 8, bottom: 0, left: 0 }}
        barGap={2}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke="var(--grid)" />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "var(--muted)" }} />
        <YAxis
          tickFormatter={(v: number) => formatAxis(v, lang)}
          tick={{ fontSize: 11, fill: "var(--muted)" }}
          width={56}
        />
        <Tooltip formatter={tooltipValue} contentStyle={{ fontSize: 12 }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="total" name={issuanceLabel("total", lang)} fill="var(--total-bar)" isAnimationActive={false} />
        <Bar
          dataKey="new"
          name={issuanceLabel("new", lang)}
          stackId="parts"
          fill="var(--general)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="refinancing"
          name={issuanceLabel("refinancing", lang)}
          stackId="parts"
          fill="var(--special)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="swap"
          name={issuanceLabel("swap", lang)}
          stackId="parts"
          fill="var(--limit)"
          isAnimationActive={false}
        />
        <Flags flags={flags} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
