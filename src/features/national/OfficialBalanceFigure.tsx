/**
 * The official balance chart with the policy timeline: the figure (chart, caption, data table
 * with sources) and the timeline list under it. Events load with the page; until they arrive the
 * chart is drawn without markers.
 */
import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { eventsQuery } from "../../data/queries";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { formatBn } from "../../ui/format";
import { citeFigure } from "./Cite";
import { officialBalanceChartModule } from "./national-chart-modules";
import { balanceBars, officialBalance, pointFigures, type YearEndPoint } from "./lib/official-balance";
import { otherNationalEvents, timelineMarkers } from "./lib/timeline";
import { TimelineList } from "./TimelineList";

const cell = (f: { value: number } | null) => (f ? formatBn(f.value) : "—");
const SHORT: Record<string, string> = {
  local_gov_debt_balance: "balance",
  local_gov_debt_balance_general: "general",
  local_gov_debt_balance_special: "special",
  local_gov_debt_limit: "limit",
};
const labels = (ps: { label: string }[]) => (ps.length ? ps.map((p) => p.label).join(", ") : "none");

/** Years with no figure between a series' first and last published year (before the first is not "missing"). */
function gaps(points: YearEndPoint[], has: (p: YearEndPoint) => boolean) {
  const first = points.findIndex(has);
  const last = points.findLastIndex(has);
  return first === -1 ? [] : points.slice(first, last + 1).filter((p) => !has(p));
}

export function OfficialBalanceFigure({ index }: { index: AtlasIndex }) {
  const balance = useMemo(() => officialBalance(index.data.national), [index]);
  const bars = useMemo(() => balanceBars(balance.points), [balance]);
  const events = useQuery(eventsQuery);
  const markers = useMemo(() => (events.data ? timelineMarkers(events.data, index.data.keyRegions) : []), [events.data, index]);
  const others = useMemo(() => (events.data ? otherNationalEvents(events.data, new Set(markers.map((m) => m.id))) : []), [events.data, markers]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const withBalance = balance.points.filter((p) => p.balance);
  const first = withBalance[0]?.label;
  const last = withBalance[withBalance.length - 1]?.label;

  return (
    <section className="national-section" aria-labelledby="official-heading">
      <h3 id="official-heading">Official debt and the policy timeline</h3>
      <ChartFigure
        id="national-official"
        caption="Official local government debt balance (bn CNY): general and special debt where the split is published, the debt limit, and policy milestones"
        summary={`MOF year-end statutory balance from ${first} to ${last}, general and special debt stacked for the years national.csv splits, the NPC debt limit as a line with gaps where none is published, and ${markers.length} numbered policy markers listed below the chart.`}
        table={
          <table>
            <thead>
              <tr>
                <th scope="col">Year-end</th>
                <th scope="col">Balance (bn)</th>
                <th scope="col">General</th>
                <th scope="col">Special</th>
                <th scope="col">Limit</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {balance.points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.label}</th>
                  <td>{cell(p.balance)}</td>
                  <td>{cell(p.general)}</td>
                  <td>{cell(p.special)}</td>
                  <td>{cell(p.limit)}</td>
                  <td className="source-cell">
                    {pointFigures(p).length === 0
                      ? "no national figure in the data"
                      : pointFigures(p).map((f, k) => (
                          <span key={f.series}>
                            {k > 0 && "; "}
                            {SHORT[f.series]}: {citeFigure(f)}
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <LoadedChart loader={officialBalanceChartModule} props={{ bars, markers, activeId, onActive: setActiveId }} />
      </ChartFigure>
      <p className="chart-note">
        National figures only (national.csv: MOF data as reported). The general/special split is published there for{" "}
        {labels(balance.points.filter((p) => p.general && p.special))}; other years show the total, and province sums are not used to fill
        the split. Components are drawn as published and may differ from the total by rounding (the tooltip gives the total). Not found,
        left empty: balance for {labels(gaps(balance.points, (p) => !!p.balance))}; total limit for {labels(gaps(balance.points, (p) => !!p.limit))}
        {balance.partialLimits.length > 0 && " (a special-debt ceiling alone is listed under the other figures)"}. Bars are year-ends; a marker
        sits at its date, over the whole month or year when the source gives only that.
      </p>
      {events.isPending && <p className="muted">Loading the policy timeline…</p>}
      {events.isError && (
        <p className="error" role="alert">
          The events could not be loaded, so the timeline is missing. <button onClick={() => events.refetch()}>Retry</button>
        </p>
      )}
      {events.data && <TimelineList markers={markers} others={others} activeId={activeId} onActive={setActiveId} />}
    </section>
  );
}
