/** The estimates panel's data table: each figure, whose, for when, its source, and the official balance beside it. */
import { useLang, useMessages } from "../../i18n/context";
import { formatBn } from "../../ui/format";
import { citeFigure } from "./Cite";
import { estimateStatusLabel, type EstimateRow } from "./lib/estimates";
import { periodText } from "./lib/figures";
import { nationalPageMessages } from "./page-messages";

export function EstimatesTable({ rows }: { rows: EstimateRow[] }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.colWhoseWhat}</th>
          <th scope="col">{t.colRefersTo}</th>
          <th scope="col">{t.colValue}</th>
          <th scope="col">{t.colStatus}</th>
          <th scope="col">{t.colReportedBy}</th>
          <th scope="col">{t.colOfficialBeside}</th>
          <th scope="col">{t.colItsSource}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.figure.series}-${r.figure.period}`}>
            <th scope="row">{t.whoseWhat(r.whose, r.what)}</th>
            <td>{periodText(r.figure, lang)}</td>
            <td>{formatBn(r.figure.value, lang)}</td>
            <td>{estimateStatusLabel(r.status, lang)}</td>
            <td className="source-cell">{citeFigure(r.figure)}</td>
            <td>
              {r.official
                ? t.valueAt(formatBn(r.official.figure.value, lang), periodText(r.official.figure, lang))
                : t.noneWithinSixMonths}
            </td>
            <td className="source-cell">{r.official ? citeFigure(r.official.figure) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
