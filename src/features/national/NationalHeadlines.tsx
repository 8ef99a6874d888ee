/** The national view's headline figures for the chosen period, and the sources of the main chart. */
import type { NationalPoint } from "../../data/series";
import { formatBn, formatPartialDate, safeHref } from "../../ui/format";

export function NationalHeadlines({ point }: { point: NationalPoint }) {
  return (
    <dl className="headlines">
      <div className="headline">
        <dt>National balance, {point.label}</dt>
        <dd>
          {point.national ? (
            <span className="headline-value">{formatBn(point.national.value)} bn CNY</span>
          ) : (
            <span className="headline-missing">No official national figure for this date in the data</span>
          )}
        </dd>
      </div>
      <div className="headline">
        <dt>Held by the key regions, {point.label}</dt>
        <dd>
          {point.keyShare !== null ? (
            <>
              <span className="headline-value">{point.keyShare.toFixed(1)}%</span>
              <span className="headline-rank">
                {formatBn(point.keyTotal!)} of {formatBn(point.provincesTotal!)} bn CNY,{" "}
                {point.keyBasis === "members" ? `${point.keyCount} regions listed at that date` : `the 12 regions later listed (the list dates from Sept 2023)`}
              </span>
            </>
          ) : (
            <span className="headline-missing">No data</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function NationalSources({ series, full }: { series: NationalPoint[]; full: boolean }) {
  const withNational = series.filter((p) => p.national);
  return (
    <details className="source-list">
      <summary>Sources{full ? " of the national balance and key-region share" : ""}</summary>
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
  );
}
