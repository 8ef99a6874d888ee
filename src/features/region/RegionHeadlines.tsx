/**
 * A province's headline figures for the period shown: each metric's value with its rank among the
 * provinces and its sources, or the reason it is missing (data/metric-values.ts words both). The
 * official figures come first; Huatai FI's LGFV estimate follows apart, with its caveats, and is
 * never added to them.
 */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { lgfvCaveats } from "../../data/caveats";
import { metricValue, rankedValues } from "../../data/metric-values";
import { isLgfv, METRIC_IDS, type MetricId } from "../../data/metrics";
import type { Period } from "../../data/periods";
import { useLang, useMessages } from "../../i18n/context";
import { metricInfo } from "../../i18n/domain";
import { formatMetric } from "../../ui/format";
import { SourceList } from "../../ui/SourceList";
import { regionMessages } from "./messages";

export function RegionHeadlines({ index, adcode, period }: { index: AtlasIndex; adcode: string; period: Period }) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const periodId = period.id;
  const headlines = useMemo(
    () =>
      METRIC_IDS.map((metric) => {
        const ranked = rankedValues(index, metric, periodId, lang);
        return {
          metric,
          result: metricValue(index, adcode, metric, periodId, lang),
          rank: ranked.rows.find((r) => r.adcode === adcode)?.rank ?? null,
          withData: ranked.withData,
        };
      }),
    [index, adcode, periodId, lang],
  );
  const list = (which: (m: MetricId) => boolean) => (
    <dl className="headlines">
      {headlines
        .filter(({ metric }) => which(metric))
        .map(({ metric, result, rank, withData }) => (
          <div key={metric} className="headline">
            <dt>{t.headline(metricInfo(metric, lang).label, period)}</dt>
            <dd>
              {result.ok ? (
                <>
                  <span className="headline-value">{formatMetric(metric, result.value, lang)}</span>
                  {result.provisional && <span className="badge">{t.provisional}</span>}
                  {rank !== null && (
                    <span className="headline-rank">{t.rank(rank, index.covered.length, withData)}</span>
                  )}
                </>
              ) : (
                <span className="headline-missing">{result.reason}</span>
              )}
              <SourceList citations={result.citations} />
            </dd>
          </div>
        ))}
    </dl>
  );
  return (
    <>
      {list((m) => !isLgfv(m))}
      <section className="headlines-estimate" aria-label={t.estimateSection}>
        {list(isLgfv)}
        <ul className="estimate-caveats">
          {lgfvCaveats(lang).map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
