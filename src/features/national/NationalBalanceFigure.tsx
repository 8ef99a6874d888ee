/**
 * The national balance (bars) and the key regions' share of the provinces' total (line): the
 * view's main chart, drawn in every rendering (side panel, full page, embed). The export code
 * takes this figure by its id, and its CSV (view-export.ts) lists the same series.
 */
import { useMemo } from "react";
import type { NationalPoint } from "../../data/series";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { nationalChartModule } from "../charts";
import { formatBn } from "../../ui/format";

export function NationalBalanceFigure({ series, compact }: { series: NationalPoint[]; compact: boolean }) {
  const points = useMemo(
    () => series.map((p) => ({ label: p.label, national: p.national?.value ?? null, keyShare: p.keyShare })),
    [series],
  );
  const withNational = series.filter((p) => p.national);
  return (
    <ChartFigure
      id="national-balance"
      compact={compact}
      caption="National local government debt balance (bn CNY) and the share held by the key high-debt regions (%)"
      summary={`National balance from ${withNational[0]?.label} to ${withNational[withNational.length - 1]?.label}; the key regions' share of the provinces' total is drawn as a line.`}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">National balance (bn)</th>
              <th scope="col">Source</th>
              <th scope="col">Key regions' share</th>
              <th scope="col">Regions counted</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.label}</th>
                <td>{p.national ? formatBn(p.national.value) : "—"}</td>
                <td>{p.national ? `${p.national.sourceName}, ${p.national.sourceDate}` : "not in the data"}</td>
                <td>{p.keyShare === null ? "—" : `${p.keyShare.toFixed(1)}%`}</td>
                <td>{p.keyBasis === "members" ? `${p.keyCount} listed` : "12 later listed"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <LoadedChart loader={nationalChartModule} props={{ points, height: compact ? "100%" : 260 }} />
    </ChartFigure>
  );
}
