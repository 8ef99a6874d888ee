/** The chart's data as a table: one row per province, one column per period; gaps say "n/a" and why. */
import { PERIODS } from "../../data/periods";
import { periodLabel } from "../../data/series";
import { citationTitle } from "./lib/ranked-table";
import type { CompareSeries } from "./lib/series";

export function SeriesTable({ series, fmt }: { series: CompareSeries[]; fmt: (v: number) => string }) {
  return (
    <div className="compare-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Province</th>
            {PERIODS.map((p) => (
              <th key={p.id} scope="col">
                {periodLabel(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.iso}>
              <th scope="row">{s.name}</th>
              {s.points.map((p) => (
                <td key={p.period} title={p.value === null ? (p.reason ?? "") : citationTitle(p.citations)}>
                  {p.value === null ? "n/a" : fmt(p.value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
