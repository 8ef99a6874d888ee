/**
 * Sources & method: every source with what it supplied, its reliability and licence; each metric's
 * formula and where its denominator comes from; the caveats. Built from the loaded data.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { dataMessages } from "../../data/messages";
import { isLgfv, METRIC_DEFS, METRIC_IDS } from "../../data/metrics";
import { eventsQuery } from "../../data/queries";
import { useLang, useMessages } from "../../i18n/context";
import { metricInfo } from "../../i18n/domain";
import { formatPartialDate } from "../../ui/format";
import { SourceLink } from "../../ui/SourceLink";
import type { ViewProps } from "../../state/view-props";
import { Caveats } from "./Caveats";
import { PrefectureSources } from "./PrefectureSources";
import { ReleaseList } from "../releases/ReleaseList";
import {
  denominatorSources,
  estimateSources,
  reportedSources,
  statisticalSources,
  yearRanges,
  type StatisticalSource,
} from "./lib/inventory";
import { sourcesMessages } from "./messages";
import "./sources.css";
import { LoadError } from "../../ui/LoadError";

/** One source's card: what it supplied, its reliability and licence, and its full citations. */
function SourceCard({ source: s }: { source: StatisticalSource }) {
  const t = useMessages(sourcesMessages);
  return (
    <li>
      <h4 lang={s.name.lang}>{s.name.text}</h4>
      <ul className="supplied">
        {s.supplied.map((x) => {
          const when =
            x.from === x.to ? t.coveredPeriod(x.from) : `${t.coveredPeriod(x.from)}–${t.coveredPeriod(x.to)}`;
          const line = t.supplied(x.what, x.rows, x.file, when);
          return (
            <li key={`${x.file}|${x.what}`}>
              {line.before}
              <code>{line.file}</code>
              {line.after}
            </li>
          );
        })}
      </ul>
      {s.note && (
        <p>
          {t.reliability.before}
          <span lang={s.note.lang}>{s.note.text}</span>
          {t.reliability.after}
        </p>
      )}
      {s.licence && <p>{t.licence(s.licence)}</p>}
      <details>
        <summary>{t.citations(s.citations.length)}</summary>
        <ul>
          {s.citations.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </details>
    </li>
  );
}

export function SourcesView({ index, view }: ViewProps) {
  const lang = useLang();
  const t = useMessages(sourcesMessages);
  const events = useQuery(eventsQuery);
  const statistical = useMemo(() => statisticalSources(index, lang), [index, lang]);
  const estimates = useMemo(() => estimateSources(index, lang), [index, lang]);
  const reported = useMemo(() => reportedSources(index, events.data ?? []), [index, events.data]);
  const macroSource = index.data.macroRegionSource;
  const [first, last] = [index.lgfvPeriods[0], index.lgfvPeriods.at(-1)];
  const lgfvCovers = first && last ? dataMessages[lang].lgfvNotCovered(first, last) : null;

  return (
    <article className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">{t.title}</h2>
      <p className="lead">
        {t.leadBefore}
        <code>data/</code>
        {t.leadAfter(formatPartialDate(index.data.dataAsOf, lang))}
      </p>

      <section aria-labelledby="method-metrics">
        <h3 id="method-metrics">{t.metrics}</h3>
        <div className="table-scroll">
          <table className="sources-table">
            <thead>
              <tr>
                <th scope="col">{t.colMetric}</th>
                <th scope="col">{t.colFormula}</th>
                <th scope="col">{t.colDenominator}</th>
              </tr>
            </thead>
            <tbody>
              {METRIC_IDS.map((id) => {
                const info = metricInfo(id, lang);
                const denominator = METRIC_DEFS[id].denominator;
                return (
                  <tr key={id}>
                    <th scope="row">{t.metricName(info.label, info.unit)}</th>
                    <td>
                      {info.formula}
                      {denominator === null ? t.stop : t.ratioRule}
                      {isLgfv(id) && lgfvCovers && t.coverage(lgfvCovers)}
                    </td>
                    <td>
                      {denominator === null
                        ? "—"
                        : denominatorSources(index, denominator, lang).map((d) => (
                            <div key={d.label}>
                              <span lang={d.name.lang}>{d.name.text}</span>
                              {t.colon}
                              {yearRanges(d.years, lang)}
                            </div>
                          ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <Caveats />

      <section aria-labelledby="sources-official">
        <h3 id="sources-official">{t.official}</h3>
        <ul className="source-cards">
          {statistical.map((s) => (
            <SourceCard key={s.label} source={s} />
          ))}
        </ul>
      </section>

      {estimates.length > 0 && (
        <section aria-labelledby="sources-estimates">
          <h3 id="sources-estimates">{t.estimates}</h3>
          <p>{t.estimatesLead}</p>
          <ul className="source-cards">
            {estimates.map((s) => (
              <SourceCard key={s.label} source={s} />
            ))}
          </ul>
        </section>
      )}

      <PrefectureSources />

      <section aria-labelledby="sources-reported">
        <h3 id="sources-reported">{t.reported}</h3>
        <p>{t.reportedLead}</p>
        {events.isError && <LoadError lead={t.eventsFailed} error={events.error} onRetry={() => events.refetch()} />}
        <div className="table-scroll">
          <table className="sources-table">
            <caption>{t.sourceCount(reported.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colSource}</th>
                <th scope="col">{t.colRows}</th>
                <th scope="col">{t.colPublished}</th>
              </tr>
            </thead>
            <tbody>
              {reported.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{s.files.map((f) => t.rowsIn(f.rows, f.file)).join(t.rowsSeparator)}</td>
                  <td>
                    {s.from
                      ? s.from === s.to
                        ? formatPartialDate(s.from, lang)
                        : `${formatPartialDate(s.from, lang)} – ${formatPartialDate(s.to, lang)}`
                      : t.dateNotPrinted}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <ReleaseList index={index} view={view} />

      <section aria-labelledby="sources-reference">
        <h3 id="sources-reference">{t.reference}</h3>
        <ul>
          <li>{t.provinceCodes}</li>
          <li>
            {t.macroRegions}
            {macroSource && <SourceLink name={macroSource.name} url={macroSource.url} date={macroSource.date} />}
            {t.stop}
          </li>
          <li>{t.keyRegions}</li>
          <li>{t.map}</li>
        </ul>
      </section>
    </article>
  );
}
