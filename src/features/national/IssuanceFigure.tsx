/**
 * Bond issuance by year with its annotated items (special refinancing bonds, the 2024 package)
 * and the monthly or year-to-date figures kept out of the annual bars.
 */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { useLang, useMessages } from "../../i18n/context";
import { listJoin } from "../../i18n/domain";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { formatAmount, formatBn, formatYearRange } from "../../ui/format";
import { citeFigure } from "./Cite";
import { FigureNote } from "./FigureNote";
import { issuanceChartModule } from "./national-chart-modules";
import { periodText } from "./lib/figures";
import {
  ISSUANCE_PARTS,
  issuance,
  issuanceBars,
  issuanceLabel,
  issuancePartShort,
  subAnnualLabel,
} from "./lib/issuance";
import { nationalPageMessages } from "./page-messages";

const LETTERS = "ABCDEFGH";

export function IssuanceFigure({ index }: { index: AtlasIndex }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const data = useMemo(() => issuance(index.data.national, lang), [index, lang]);
  const rows = useMemo(() => issuanceBars(data.years), [data]);
  const flags = data.annotations.map((a, k) => ({ year: a.figure.period.slice(0, 4), letter: LETTERS[k] }));
  const span = data.years.length
    ? formatYearRange(data.years[0].year, data.years[data.years.length - 1].year, lang)
    : "";
  const noAnnual = data.years.filter((y) => ISSUANCE_PARTS.every((p) => !y[p])).map((y) => String(y.year));

  return (
    <section className="national-section" aria-labelledby="issuance-heading">
      <h3 id="issuance-heading">{t.issuanceHeading}</h3>
      <ChartFigure
        id="national-issuance"
        caption={t.issuanceCaption(span)}
        summary={t.issuanceSummary(data.annotations.length)}
        table={
          <table>
            <thead>
              <tr>
                <th scope="col">{t.colYear}</th>
                {ISSUANCE_PARTS.map((p) => (
                  <th scope="col" key={p}>
                    {issuanceLabel(p, lang)}
                  </th>
                ))}
                <th scope="col">{t.colSources}</th>
              </tr>
            </thead>
            <tbody>
              {data.years.map((y) => {
                const figs = ISSUANCE_PARTS.flatMap((p) => (y[p] ? [{ p, f: y[p]! }] : []));
                return (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    {ISSUANCE_PARTS.map((p) => (
                      <td key={p}>{y[p] ? formatBn(y[p]!.value, lang) : "—"}</td>
                    ))}
                    <td className="source-cell">
                      {figs.length === 0
                        ? t.noAnnualFigure
                        : figs.map(({ p, f }, k) => (
                            <span key={p}>
                              {k > 0 && t.listSeparator}
                              {issuancePartShort(p, lang)}
                              {t.colon}
                              {citeFigure(f)}
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
            <strong>{a.label}</strong>
            {t.colon}
            {formatAmount(a.figure.value, lang)}
            {t.comma}
            {periodText(a.figure, lang)}
            {t.stop}
            {a.caveat}
            {t.sourceAfter}
            {citeFigure(a.figure)}
            {t.stop}
            <FigureNote className="muted" figure={a.figure} />
          </li>
        ))}
      </ul>
      {data.subAnnual.length > 0 && (
        <div className="issuance-subannual">
          <h4>{t.subAnnualHeading}</h4>
          <ul>
            {data.subAnnual.map((f) => (
              <li key={`${f.series}-${f.period}`}>
                {periodText(f, lang)}
                {t.comma}
                {subAnnualLabel(f.series, lang)}
                {t.colon}
                {formatAmount(f.value, lang)}
                {t.stop}
                <FigureNote className="muted" figure={f} /> {t.sourceLabel}
                {citeFigure(f)}
                {t.stop.trimEnd()}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="chart-note">{t.issuanceNote(noAnnual.length ? listJoin(noAnnual, lang) : t.noYear)}</p>
    </section>
  );
}
