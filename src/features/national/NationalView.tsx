/** The national view (no province selected): the national balance and the key regions' share. */
import { useMemo, type ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { nationalSeries } from "../../data/series";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { nationalChartModule } from "../charts";
import { formatBn, formatPartialDate, safeHref } from "../../ui/format";


interface Props {
  index: AtlasIndex;
  periodId: string;
  compact?: boolean;
  actions?: ReactNode;
}

export function NationalView({ index, periodId, compact = false, actions }: Props) {
  const series = useMemo(() => nationalSeries(index), [index]);
  const points = useMemo(
    () => series.map((p) => ({ label: p.label, national: p.national?.value ?? null, keyShare: p.keyShare })),
    [series],
  );
  const current = series.find((p) => p.period === periodId);
  const withNational = series.filter((p) => p.national);
  const chart = (
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
  if (compact) {
    return (
      <section className="national-view compact" aria-label="National view">
        {chart}
      </section>
    );
  }

  return (
    <section className="national-view" aria-label="National view">
      <div className="panel-head">
        <h2>China: local government debt</h2>
        {actions}
      </div>
      {current && (
        <dl className="headlines">
          <div className="headline">
            <dt>National balance, {current.label}</dt>
            <dd>
              {current.national ? (
                <span className="headline-value">{formatBn(current.national.value)} bn CNY</span>
              ) : (
                <span className="headline-missing">No official national figure for this date in the data</span>
              )}
            </dd>
          </div>
          <div className="headline">
            <dt>Held by the key regions, {current.label}</dt>
            <dd>
              {current.keyShare !== null ? (
                <>
                  <span className="headline-value">{current.keyShare.toFixed(1)}%</span>
                  <span className="headline-rank">
                    {formatBn(current.keyTotal!)} of {formatBn(current.provincesTotal!)} bn CNY,{" "}
                    {current.keyBasis === "members" ? `${current.keyCount} regions listed at that date` : `the 12 regions later listed (the list dates from Sept 2023)`}
                  </span>
                </>
              ) : (
                <span className="headline-missing">No data</span>
              )}
            </dd>
          </div>
        </dl>
      )}
      {chart}
      <details className="source-list">
        <summary>Sources</summary>
        <ul>
          {withNational.map((p) => {
            const n = p.national!;
            const href = safeHref(n.sourceUrl);
            return (
              <li key={p.period}>
                <strong>{p.label}:</strong>{" "}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {n.sourceName}
                  </a>
                ) : (
                  n.sourceName
                )}
                , {formatPartialDate(n.sourceDate)}. <blockquote>{n.quote}</blockquote>
              </li>
            );
          })}
          <li>
            Key regions' share: sum of the key regions' whole-province balances over the sum of all 31 (MoF local bond disclosure platform);
            membership from key_regions.csv (Inner Mongolia exited Aug 2025).
          </li>
        </ul>
      </details>
      <p className="chart-note">
        The national balance is the official figure as reported; no end-2015 national figure was found, so that bar is missing. Click a
        province on the map for its own figures.
      </p>
    </section>
  );
}
