/**
 * Bond issuance by year with its annotated items (special refinancing bonds, the 2024 package)
 * and the monthly or year-to-date figures kept out of the annual bars.
 */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { formatBn } from "../../ui/format";
import { citeFigure } from "./Cite";
import { issuanceChartModule } from "./national-chart-modules";
import { periodText } from "./lib/figures";
import { ISSUANCE_LABELS, ISSUANCE_PARTS, issuance, issuanceBars } from "./lib/issuance";

const LETTERS = "ABCDEFGH";
const SUB_ANNUAL: Record<string, string> = {
  bond_issuance_total: "total",
  bond_issuance_new: "new bonds",
  bond_issuance_refinancing: "refinancing bonds",
  bond_issuance_total_ytd: "total, year to date",
};

export function IssuanceFigure({ index }: { index: AtlasIndex }) {
  const data = useMemo(() => issuance(index.data.national), [index]);
  const rows = useMemo(() => issuanceBars(data.years), [data]);
  const flags = data.annotations.map((a, k) => ({ year: a.figure.period.slice(0, 4), letter: LETTERS[k] }));
  const span = data.years.length ? `${data.years[0].year}–${data.years[data.years.length - 1].year}` : "";

  return (
    <section className="national-section" aria-labelledby="issuance-heading">
      <h3 id="issuance-heading">Bond issuance</h3>
      <ChartFigure
        id="national-issuance"
        caption={`Local government bond issuance by calendar year, ${span} (bn CNY): total beside new, refinancing and swap bonds where published`}
        summary={`For each year the published total issuance is drawn beside the published components stacked; components not published for a year are missing, not derived. ${data.annotations.length} annotated items are not annual issuance.`}
        table={
          <table>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {ISSUANCE_PARTS.map((p) => (
                  <th scope="col" key={p}>
                    {ISSUANCE_LABELS[p]}
                  </th>
                ))}
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {data.years.map((y) => {
                const figs = ISSUANCE_PARTS.flatMap((p) => (y[p] ? [{ p, f: y[p]! }] : []));
                return (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    {ISSUANCE_PARTS.map((p) => (
                      <td key={p}>{y[p] ? formatBn(y[p]!.value) : "—"}</td>
                    ))}
                    <td className="source-cell">
                      {figs.length === 0
                        ? "no annual figure in the data"
                        : figs.map(({ p, f }, k) => (
                            <span key={p}>
                              {k > 0 && "; "}
                              {p}: {citeFigure(f)}
                            </span>
                          ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        }
      >
        <LoadedChart loader={issuanceChartModule} props={{ rows, flags }} />
      </ChartFigure>
      <ul className="issuance-notes">
        {data.annotations.map((a, k) => (
          <li key={a.figure.series} className="issuance-annotation">
            <span className="issuance-letter" aria-hidden="true">
              {LETTERS[k]}
            </span>{" "}
            <strong>{a.label}</strong>: {formatBn(a.figure.value)} bn CNY, {periodText(a.figure)}. {a.caveat} Source: {citeFigure(a.figure)}.{" "}
            <span className="muted">{a.figure.note}</span>
          </li>
        ))}
      </ul>
      {data.subAnnual.length > 0 && (
        <div className="issuance-subannual">
          <h4>Monthly and year-to-date figures (not annual totals, so not in the bars)</h4>
          <ul>
            {data.subAnnual.map((f) => (
              <li key={`${f.series}-${f.period}`}>
                {periodText(f)}, {SUB_ANNUAL[f.series] ?? f.series}: {formatBn(f.value)} bn CNY. <span className="muted">{f.note}</span> Source:{" "}
                {citeFigure(f)}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="chart-note">
        Calendar-year figures as reported from MOF data. A component missing for a year is not derived from the total: it stays missing. No
        annual figure was found for {data.years.filter((y) => ISSUANCE_PARTS.every((p) => !y[p])).map((y) => y.year).join(", ") || "no year"}.
      </p>
    </section>
  );
}
