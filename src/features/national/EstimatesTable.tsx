/** The estimates panel's data table: each figure, whose, for when, its source, and the official balance beside it. */
import { formatBn } from "../../ui/format";
import { citeFigure } from "./Cite";
import type { EstimateRow } from "./lib/estimates";
import { periodText } from "./lib/figures";

export function EstimatesTable({ rows }: { rows: EstimateRow[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Whose, what</th>
          <th scope="col">Refers to</th>
          <th scope="col">Value (bn)</th>
          <th scope="col">Status</th>
          <th scope="col">Reported by</th>
          <th scope="col">Official balance beside it (bn)</th>
          <th scope="col">Its source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.figure.series}-${r.figure.period}`}>
            <th scope="row">
              {r.whose}: {r.what}
            </th>
            <td>{periodText(r.figure)}</td>
            <td>{formatBn(r.figure.value)}</td>
            <td>{r.status}</td>
            <td className="source-cell">{citeFigure(r.figure)}</td>
            <td>{r.official ? `${formatBn(r.official.figure.value)} (${periodText(r.official.figure)})` : "none within six months"}</td>
            <td className="source-cell">{r.official ? citeFigure(r.official.figure) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
