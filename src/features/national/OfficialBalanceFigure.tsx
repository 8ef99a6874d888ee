/**
 * The official balance chart with the policy timeline: the figure (chart, caption, data table
 * with sources) and the timeline list under it. Events load with the page; until they arrive the
 * chart is drawn without markers.
 */
import { useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { eventsQuery } from "../../data/queries";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { formatBn } from "../../ui/format";
import { useLang, useMessages } from "../../i18n/context";
import { listJoin } from "../../i18n/domain";
import type { Lang } from "../../i18n/lang";
import { nationalPageMessages } from "./page-messages";
import { citeFigure } from "./Cite";
import { officialBalanceChartModule } from "./national-chart-modules";
import { balanceBars, officialBalance, pointFigures, type YearEndPoint } from "./lib/official-balance";
import { otherNationalEvents, timelineMarkers } from "./lib/timeline";
import { TimelineList } from "./TimelineList";
import { LoadError } from "../../ui/LoadError";

const cell = (f: { value: number } | null, lang: Lang) => (f ? formatBn(f.value, lang) : "—");
const labels = (ps: { label: string }[], none: string, lang: Lang) =>
  ps.length
    ? listJoin(
        ps.map((p) => p.label),
        lang,
      )
    : none;

/** Years with no figure between a series' first and last published year (before the first is not "missing"). */
function gaps(points: YearEndPoint[], has: (p: YearEndPoint) => boolean) {
  const first = points.findIndex(has);
  const last = points.findLastIndex(has);
  return first === -1 ? [] : points.slice(first, last + 1).filter((p) => !has(p));
}

export function OfficialBalanceFigure({ index }: { index: AtlasIndex }) {
  const lang = useLang();
  const t = useMessages(nationalPageMessages);
  const balance = useMemo(() => officialBalance(index.data.national, lang), [index, lang]);
  const bars = useMemo(() => balanceBars(balance.points), [balance]);
  const events = useQuery(eventsQuery);
  const markers = useMemo(
    () => (events.data ? timelineMarkers(events.data, index.data.keyRegions, index.data.provinces, lang) : []),
    [events.data, index, lang],
  );
  const others = useMemo(
    () => (events.data ? otherNationalEvents(events.data, new Set(markers.map((m) => m.id))) : []),
    [events.data, markers],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const withBalance = balance.points.filter((p) => p.balance);
  const first = withBalance[0]?.label;
  const last = withBalance[withBalance.length - 1]?.label;

  const none = t.none;
  return (
    <section className="national-section" aria-labelledby="official-heading">
      <h3 id="official-heading">{t.officialHeading}</h3>
      <ChartFigure
        id="national-official"
        caption={t.officialCaption}
        summary={t.officialSummary(first ?? "", last ?? "", markers.length)}
        table={
          <table>
            <thead>
              <tr>
                <th scope="col">{t.colYearEnd}</th>
                <th scope="col">{t.colBalance}</th>
                <th scope="col">{t.colGeneral}</th>
                <th scope="col">{t.colSpecial}</th>
                <th scope="col">{t.colLimit}</th>
                <th scope="col">{t.colSources}</th>
              </tr>
            </thead>
            <tbody>
              {balance.points.map((p) => (
                <tr key={p.year}>
                  <th scope="row">{p.label}</th>
                  <td>{cell(p.balance, lang)}</td>
                  <td>{cell(p.general, lang)}</td>
                  <td>{cell(p.special, lang)}</td>
                  <td>{cell(p.limit, lang)}</td>
                  <td className="source-cell">
                    {pointFigures(p).length === 0
                      ? t.noNationalFigure
                      : pointFigures(p).map((f, k) => (
                          <span key={f.series}>
                            {k > 0 && t.listSeparator}
                            {t.shortSeries[f.series] ?? f.series}
                            {t.colon}
                            {citeFigure(f)}
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <LoadedChart loader={officialBalanceChartModule} props={{ bars, markers, activeId, onActive: setActiveId }} />
      </ChartFigure>
      <p className="chart-note">
        {t.officialNote(
          labels(
            balance.points.filter((p) => p.general && p.special),
            none,
            lang,
          ),
          labels(
            gaps(balance.points, (p) => !!p.balance),
            none,
            lang,
          ),
          labels(
            gaps(balance.points, (p) => !!p.limit),
            none,
            lang,
          ),
          balance.partialLimits.length > 0,
        )}
      </p>
      {events.isPending && <p className="muted">{t.loadingTimeline}</p>}
      {events.isError && <LoadError lead={t.timelineFailed} error={events.error} onRetry={() => events.refetch()} />}
      {events.data && <TimelineList markers={markers} others={others} activeId={activeId} onActive={setActiveId} />}
    </section>
  );
}
