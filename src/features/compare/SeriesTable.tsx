/** The chart's data as a table: one row per province, one column per period; gaps say "n/a" and why. */
import { PERIODS } from "../../data/periods";
import { periodLabel } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { citationTitle } from "./lib/ranked-table";
import type { CompareSeries } from "./lib/series";
import { compareMessages } from "./messages";

export function SeriesTable({ series, fmt }: { series: CompareSeries[]; fmt: (v: number) => string }) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  return (
    <div className="compare-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t.colProvince}</th>
            {PERIODS.map((p) => (
              <th key={p.id} scope="col">
                {periodLabel(p, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.iso}>
              <th scope="row">{s.name}</th>
              {s.points.map((p) => (
                <td key={p.period} title={p.value === null ? (p.reason ?? "") : citationTitle(p.citations, lang)}>
                  {p.value === null ? t.notAvailable : fmt(p.value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
