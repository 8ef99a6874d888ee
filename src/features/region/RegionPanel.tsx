/**
 * The drill-down for one province: headline figures for the period shown, the balance over time,
 * key-region status with its sources, and the province's events.
 */
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { keyStatusAt } from "../../data/key-regions";
import { balanceCaveats } from "../../data/caveats";
import { metricValue, rankedValues } from "../../data/metric-values";
import { METRIC_IDS, METRICS } from "../../data/metrics";
import { periodById } from "../../data/periods";
import { periodLabel, provinceBalanceSeries } from "../../data/series";
import { ChartFigure } from "../../ui/ChartFigure";
import { SourceList } from "../../ui/SourceList";
import { formatBn, formatMetric, formatPartialDate, safeHref } from "../../ui/format";
import { keyStatusText } from "../map/MapTooltip";
import { EventsList, useChartEvents } from "./EventsList";
import type { ViewProps } from "../view-props";
import type { ViewState } from "../../state/view-state";
import { PrefectureMap } from "./PrefectureMap";
import { balanceChartModule } from "../charts";
import { LoadedChart } from "../../ui/LoadedChart";


interface Props {
  index: AtlasIndex;
  adcode: string;
  periodId: string;
  onClose?: () => void;
  /** Embed layout: only the chart, filling its box. */
  compact?: boolean;
  actions?: ReactNode;
  /** With both, the events list follows and sets the URL's event filters and the chart marks events. */
  view?: ViewState;
  setView?: ViewProps["setView"];
}

export function RegionPanel({ index, adcode, periodId, onClose, compact = false, actions, view, setView }: Props) {
  const province = index.provinceByAdcode.get(adcode);
  const period = periodById(periodId);
  const points = useMemo(() => provinceBalanceSeries(index, adcode), [index, adcode]);
  const headlines = useMemo(
    () =>
      METRIC_IDS.map((metric) => {
        const ranked = rankedValues(index, metric, periodId);
        return { metric, result: metricValue(index, adcode, metric, periodId), rank: ranked.rows.find((r) => r.adcode === adcode)?.rank ?? null, withData: ranked.withData };
      }),
    [index, adcode, periodId],
  );
  const closeRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const chartEvents = useChartEvents(adcode, index, compact ? undefined : view, setView);
  useEffect(() => {
    if (compact) return;
    closeRef.current?.focus({ preventScroll: true });
    // On a narrow screen the panel sits below the map: bring it into view.
    if (window.matchMedia?.("(max-width: 900px)").matches) panelRef.current?.scrollIntoView({ block: "start" });
  }, [adcode, compact]);

  if (!province || !period) return null;
  const record = index.data.keyRegions.find((r) => r.adcode === adcode);
  const status = keyStatusAt(index.data.keyRegions, adcode, period.date);
  const name = `${province.nameEn} (${province.nameZh})`;
  const label = periodLabel(period);
  const known = points.filter((p) => p.total !== null);
  const caveats = balanceCaveats(index.balance(adcode, periodId));
  const chart = (
    <ChartFigure
        id="region-balance"
        compact={compact}
        caption={`${name}: local government debt balance, bn CNY`}
        summary={
          known.length > 0
            ? `Debt balance from ${known[0].label} (${formatBn(known[0].total!)} bn) to ${known[known.length - 1].label} (${formatBn(known[known.length - 1].total!)} bn). Lighter bars are provisional.`
            : "No balance figures."
        }
        table={
          <table>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">General</th>
                <th scope="col">Special</th>
                <th scope="col">Total</th>
                <th scope="col">Limit</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.label}</th>
                  {[p.general, p.special, p.total, p.limit].map((v, k) => (
                    <td key={k}>{v === null ? "—" : formatBn(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <LoadedChart loader={balanceChartModule} props={{ points, height: compact ? "100%" : 260, events: chartEvents }} />
      </ChartFigure>
  );
  if (compact) {
    return (
      <section className="region-panel compact" aria-label={`${province.nameEn} ${province.nameZh}: debt balance`}>
        {chart}
      </section>
    );
  }

  return (
    <aside ref={panelRef} className="region-panel" aria-label={`${province.nameEn} ${province.nameZh}: region details`}>
      <header className="panel-head">
        <h2>
          {province.nameEn} <span lang="zh-CN">{province.nameZhFull}</span>
        </h2>
        {actions}
        {onClose && (
          <button ref={closeRef} className="close" onClick={onClose} aria-label="Close region details (Escape)">
            ×
          </button>
        )}
      </header>

      <dl className="headlines">
        {headlines.map(({ metric, result, rank, withData }) => (
          <div key={metric} className="headline">
            <dt>
              {METRICS[metric].label}, {label}
            </dt>
            <dd>
              {result.ok ? (
                <>
                  <span className="headline-value">{formatMetric(metric, result.value)}</span>
                  {result.provisional && <span className="badge">provisional</span>}
                  {rank !== null && (
                    <span className="headline-rank">
                      rank {rank} of {index.covered.length}
                      {withData < index.covered.length ? ` (${withData} with data)` : ""}
                    </span>
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

      {caveats.length > 0 && (
        <ul className="caveats" aria-label="Caveats">
          {caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}

      <section className="key-status" aria-label="Key high-debt region status">
        <h3>Key high-debt region status</h3>
        <p className={status.kind === "listed" ? "tt-key" : ""}>{keyStatusText(status)}</p>
        {record ? (
          <ul className="key-history">
            <li>
              Listed {formatPartialDate(record.listedDate)}: {record.listedDocument}. <SourceLink name={record.listedSource.name} url={record.listedSource.url} />
            </li>
            {record.change && (
              <li>
                {record.change.kind[0].toUpperCase() + record.change.kind.slice(1)}, {formatPartialDate(record.change.date)}.{" "}
                <SourceLink name={record.change.source.name} url={record.change.source.url} />
                <blockquote>{record.change.source.quote}</blockquote>
              </li>
            )}
          </ul>
        ) : (
          <p className="muted">Not among the 12 regions named in 2023.</p>
        )}
      </section>

      {chart}
      <p className="chart-note">
        Source: MoF local bond disclosure platform (celma). Whole province{index.balance(adcode, periodId)?.scope !== "as reported" ? " (sum with the separately listed city or the XPCC)" : ""}. 2015–2017
        are local statistics including bank loans; 2025 points are provisional; — means not in the data.
      </p>

      <PrefectureMap index={index} adcode={adcode} />

      <section className="region-events" aria-label={`Events in ${province.nameEn}`}>
        <h3>Events</h3>
        <EventsList adcode={adcode} name={province.nameEn} index={index} iso={province.iso} view={view} setView={setView} />
      </section>
    </aside>
  );
}

function SourceLink({ name, url }: { name: string; url: string }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <span>{name}</span>
  );
}
