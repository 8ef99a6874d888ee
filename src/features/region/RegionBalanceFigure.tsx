/**
 * A province's balance over time: the chart (with the events marked when the panel
 * follows the URL's event filters) and the same figures as a table, in one ChartFigure. Drawn by
 * the panel and, alone, by the embed (`compact`: the chart fills its box).
 */
import { useMemo } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { periodById } from "../../data/periods";
import { provinceBalanceSeries } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import type { ViewProps } from "../../state/view-props";
import type { ViewState } from "../../state/view-state";
import { ChartFigure } from "../../ui/ChartFigure";
import { amountUnit, formatBn } from "../../ui/format";
import { useChartEvents } from "./EventsList";
import { regionMessages } from "./messages";
import { RegionBalanceChart } from "./RegionBalanceChart";

interface Props {
  index: AtlasIndex;
  adcode: string;
  /** The province's name as the caption says it. */
  name: string;
  compact: boolean;
  view?: ViewState;
  setView?: ViewProps["setView"];
}

export function RegionBalanceFigure({ index, adcode, name, compact, view, setView }: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const points = useMemo(() => provinceBalanceSeries(index, adcode, lang), [index, adcode, lang]);
  // The embed shows the chart alone, so it marks no events.
  const chartEvents = useChartEvents(adcode, index, compact ? undefined : view, setView);
  const known = points.filter((p) => p.total !== null);
  const first = known[0];
  const last = known[known.length - 1];
  return (
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
      <RegionBalanceChart points={points} height={compact ? "fill" : 260} events={chartEvents} />
    </ChartFigure>
  );
}
