/**
 * Sources & method: every source with what it supplied, its reliability and licence; each metric's
 * formula and where its denominator comes from; the caveats. Built from the loaded data.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { METRIC_IDS, METRICS } from "../../data/metrics";
import { eventsQuery } from "../../data/queries";
import { formatPartialDate, safeHref } from "../../ui/format";
import type { ViewProps } from "../view-props";
import { Caveats } from "./Caveats";
import { denominatorSources, reportedSources, statisticalSources, yearRanges } from "./lib/inventory";
import "./sources.css";

const DENOMINATOR = { debt_gdp: "gdp", debt_revenue: "general_public_budget_revenue" } as const;

export function SourcesView({ index }: ViewProps) {
  const events = useQuery(eventsQuery);
  const statistical = useMemo(() => statisticalSources(index), [index]);
  const reported = useMemo(() => reportedSources(index, events.data ?? []), [index, events.data]);
  const macroSource = index.data.macroRegionSource;
  const macroHref = macroSource ? safeHref(macroSource.url) : null;

  return (
    <article className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources &amp; method</h2>
      <p className="lead">
        Every figure in the atlas comes from a row in the project's <code>data/</code> folder that names its source and, where possible, quotes
        it. Nothing is estimated, interpolated or filled in: a missing figure stays missing and is shown as missing, with the reason. Data as of{" "}
        {formatPartialDate(index.data.dataAsOf)} (the newest source date in the data).
      </p>

      <section aria-labelledby="method-metrics">
        <h3 id="method-metrics">Metrics</h3>
        <div className="table-scroll">
        <table className="sources-table">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Formula</th>
              <th scope="col">Denominator's sources (years)</th>
            </tr>
          </thead>
          <tbody>
            {METRIC_IDS.map((id) => (
              <tr key={id}>
                <th scope="row">
                  {METRICS[id].label} ({METRICS[id].unit})
                </th>
                <td>{METRICS[id].formula}. A ratio is computed only where both sides exist for that province and year.</td>
                <td>
                  {id === "balance"
                    ? "—"
                    : denominatorSources(index, DENOMINATOR[id]).map((d) => (
                        <div key={d.label}>
                          {d.label}: {yearRanges(d.years)}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>

      <Caveats />

      <section aria-labelledby="sources-official">
        <h3 id="sources-official">Official and statistical sources</h3>
        <ul className="source-cards">
          {statistical.map((s) => (
            <li key={s.label}>
              <h4>{s.label}</h4>
              <ul className="supplied">
                {s.supplied.map((x) => (
                  <li key={`${x.file}|${x.what}`}>
                    {x.what}: {x.rows} rows in <code>{x.file}</code>, {x.from === x.to ? x.from : `${x.from}–${x.to}`}
                  </li>
                ))}
              </ul>
              {s.note && <p>Reliability: {s.note}.</p>}
              {s.licence && <p>Licence and attribution: {s.licence}.</p>}
              <details>
                <summary>
                  {s.citations.length} full citation{s.citations.length > 1 ? "s" : ""}
                </summary>
                <ul>
                  {s.citations.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources-reported">
        <h3 id="sources-reported">Reported facts: national series, events, key-region changes</h3>
        <p>
          National totals, bond issuance, estimates, events and the key-region list come from official statements as reported by state media,
          the financial press and, flagged in each row, aggregators and machine translations. Reliability, best first: official data via state
          media; financial press (Yicai, Caixin, SCMP, Reuters…); aggregators and AI summaries (flagged in the row's notes); politically hostile
          outlets, used only for specific checkable facts. Each row quotes its source.
        </p>
        {events.isError && <p className="error">The events file could not be loaded, so its sources are not listed.</p>}
        <div className="table-scroll">
        <table className="sources-table">
          <caption>{reported.length} sources</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Rows</th>
              <th scope="col">Published</th>
            </tr>
          </thead>
          <tbody>
            {reported.map((s) => (
              <tr key={s.name}>
                <th scope="row">{s.name}</th>
                <td>{s.files.map((f) => `${f.rows} in ${f.file}`).join("; ")}</td>
                <td>{s.from ? (s.from === s.to ? formatPartialDate(s.from) : `${formatPartialDate(s.from)} – ${formatPartialDate(s.to)}`) : "date not printed"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </section>

      <section aria-labelledby="sources-reference">
        <h3 id="sources-reference">Reference data and map</h3>
        <ul>
          <li>Province codes and names: GB/T 2260 codes (airyland/china-area-data, MIT) and ISO 3166-2:CN codes and names (turbanisch/chinautils, MIT).</li>
          <li>
            Macro-regions (East, Central, West, Northeast):{" "}
            {macroSource && macroHref ? (
              <a href={macroHref} target="_blank" rel="noopener noreferrer">
                {macroSource.name}
              </a>
            ) : (
              macroSource?.name
            )}
            {macroSource ? `, ${formatPartialDate(macroSource.date)}` : ""}.
          </li>
          <li>
            Key high-debt regions: the 12 named for Document No. 47 (list first drawn Sept 2023), with exits as reported (key_regions.csv); the
            document itself is not public.
          </li>
          <li>
            Map: province and prefecture outlines derived from Apache ECharts 4.9 (Apache-2.0, © The Apache Software Foundation). Hong Kong, Macau
            and Taiwan are drawn but not covered; the South China Sea islands are not drawn.
          </li>
        </ul>
      </section>
    </article>
  );
}
