/**
 * The drill-down for one province: headline figures for the period shown, the balance over time,
 * key-region status with its sources, and the province's events.
 */
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { keyStatusAt } from "../../data/key-regions";
import { balanceCaveats } from "../../data/caveats";
import { metricValue, rankedValues } from "../../data/metric-values";
import { METRIC_IDS } from "../../data/metrics";
import { periodById } from "../../data/periods";
import { provinceBalanceSeries } from "../../data/series";
import { ChartFigure } from "../../ui/ChartFigure";
import { SourceList } from "../../ui/SourceList";
import { amountUnit, formatBn, formatMetric, formatPartialDate, safeHref } from "../../ui/format";
import { useLang, useMessages } from "../../i18n/context";
import { metricInfo, provinceName, provinceNames } from "../../i18n/domain";
import { keyStatusText } from "../map/MapTooltip";
import { dataLang } from "../../i18n/data-lang";
import { regionMessages } from "./messages";
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
  const lang = useLang();
  const t = useMessages(regionMessages);
  const province = index.provinceByAdcode.get(adcode);
  const period = periodById(periodId);
  const points = useMemo(() => provinceBalanceSeries(index, adcode, lang), [index, adcode, lang]);
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
  const name = provinceNames(province, lang);
  // English names say the Chinese after the English; Chinese names, the English after the Chinese.
  const landmark = lang === "zh" ? name : `${province.nameEn} ${province.nameZh}`;
  const known = points.filter((p) => p.total !== null);
  const first = known[0];
  const last = known[known.length - 1];
  const caveats = balanceCaveats(index.balance(adcode, periodId), lang);
  const summed = index.balance(adcode, periodId)?.scope !== "as reported";
  const chart = (
    <ChartFigure
      id="region-balance"
      compact={compact}
      caption={t.caption(name, amountUnit(lang))}
      summary={
        first && last
          ? t.summary(periodById(first.period)!, first.total!, periodById(last.period)!, last.total!)
          : t.noBalances
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t.period}</th>
              <th scope="col">{t.general}</th>
              <th scope="col">{t.special}</th>
              <th scope="col">{t.total}</th>
              <th scope="col">{t.limit}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.period}>
                <th scope="row">{p.label}</th>
                {[p.general, p.special, p.total, p.limit].map((v, k) => (
                  <td key={k}>{v === null ? t.missing : formatBn(v, lang)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <LoadedChart
        loader={balanceChartModule}
        props={{ points, height: compact ? "100%" : 260, events: chartEvents }}
      />
    </ChartFigure>
  );
  if (compact) {
    return (
      <section className="region-panel compact" aria-label={t.balanceSection(landmark)}>
        {chart}
      </section>
    );
  }

  return (
    <aside ref={panelRef} className="region-panel" aria-label={t.details(landmark)}>
      <header className="panel-head">
        {lang === "zh" ? (
          <h2>
            {province.nameZhFull}（
            <span lang="en" className="in-parens">
              {province.nameEn}
            </span>
            ）
          </h2>
        ) : (
          <h2>
            {province.nameEn} <span lang="zh-CN">{province.nameZhFull}</span>
          </h2>
        )}
        {actions}
        {onClose && (
          <button ref={closeRef} className="close" onClick={onClose} aria-label={t.close}>
            ×
          </button>
        )}
      </header>

      <dl className="headlines">
        {headlines.map(({ metric, result, rank, withData }) => (
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

      {caveats.length > 0 && (
        <ul className="caveats" aria-label={t.caveats}>
          {caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}

      <section className="key-status" aria-label={t.keyStatus}>
        <h3>{t.keyStatus}</h3>
        <p className={status.kind === "listed" ? "tt-key" : ""}>{keyStatusText(status, lang)}</p>
        {record ? (
          <ul className="key-history">
            <li>
              {t.listedOn(formatPartialDate(record.listedDate, lang))}
              <span lang={dataLang(record.listedDocument, lang)}>{record.listedDocument}</span>
              {t.sentenceEnd}
              <SourceLink name={record.listedSource.name} url={record.listedSource.url} />
            </li>
            {record.change && (
              <li>
                <span lang={dataLang(record.change.kind, lang)}>{t.changeKind(record.change.kind)}</span>
                {t.changeOn(formatPartialDate(record.change.date, lang))}{" "}
                <SourceLink name={record.change.source.name} url={record.change.source.url} />
                <blockquote lang={dataLang(record.change.source.quote, lang)}>{record.change.source.quote}</blockquote>
              </li>
            )}
          </ul>
        ) : (
          <p className="muted">{t.notListed}</p>
        )}
      </section>

      {chart}
      <p className="chart-note">{t.chartNote(summed)}</p>

      <PrefectureMap index={index} adcode={adcode} />

      <section className="region-events" aria-label={t.eventsIn(provinceName(province, lang))}>
        <h3>{t.events}</h3>
        <EventsList
          adcode={adcode}
          name={provinceName(province, lang)}
          index={index}
          iso={province.iso}
          view={view}
          setView={setView}
        />
      </section>
    </aside>
  );
}

/** A source named in the data: its name as written, linked when the URL is http(s). */
function SourceLink({ name, url }: { name: string; url: string }) {
  const lang = useLang();
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" lang={dataLang(name, lang)}>
      {name}
    </a>
  ) : (
    <span lang={dataLang(name, lang)}>{name}</span>
  );
}
