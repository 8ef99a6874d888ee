/**
 * The chart as a figure: caption, the lines, a legend ordered by the value at the period shown (the
 * quick answer to "who grew most"), what is missing and why, and the data table.
 */
import { METRICS, type MetricId } from "../../data/metrics";
import { PERIODS, periodById } from "../../data/periods";
import { periodLabel, periodPhrase } from "../../data/series";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { compareChartModule } from "./compare-chart-module";
import { formatSeriesValue } from "./lib/labels";
import { missingSummary } from "./lib/missing";
import { MAX_CATEGORICAL, type SeriesStyle } from "./lib/palette";
import { chartRows, orderAt, type CompareSeries } from "./lib/series";
import { CompareLegend } from "./CompareLegend";
import { SeriesTable } from "./SeriesTable";

interface Props {
  series: CompareSeries[];
  styles: Map<string, SeriesStyle>;
  metric: MetricId;
  indexBase: string | null;
  periodId: string;
  pinned: string | null;
  onHover: (iso: string | null) => void;
  onPin: (iso: string | null) => void;
}

const PROVISIONAL = PERIODS.filter((p) => p.kind !== "year_end").map((p) => periodLabel(p));

export function CompareFigure({ series, styles, metric, indexBase, periodId, pinned, onHover, onPin }: Props) {
  const indexed = indexBase !== null;
  const period = periodById(periodId);
  const when = period ? periodPhrase(period) : periodId;
  const info = METRICS[metric];
  const scale = indexed ? `indexed, end-${indexBase} = 100` : info.unit;
  const missing = missingSummary(series);
  const ranked = orderAt(series, periodId);
  const fmt = (v: number) => formatSeriesValue(metric, v, indexed);
  const present = ranked.filter((r) => r.point?.value != null);
  const lines = series.map((s) => ({ iso: s.iso, name: s.name, style: styles.get(s.iso)! }));
  return (
    <div className={series.length > MAX_CATEGORICAL ? "compare-figure many" : "compare-figure"}>
      <ChartFigure
        id="compare"
        caption={`${info.label} (${scale}), 2015–2025: ${series.length} province${series.length === 1 ? "" : "s"}`}
        summary={
          present.length
            ? `At ${when}, highest: ${present[0].series.name} (${fmt(present[0].point!.value!)}); lowest: ${present[present.length - 1].series.name} (${fmt(present[present.length - 1].point!.value!)}). ${missing.missing} of ${missing.total} points missing.`
            : `No values at ${when}.`
        }
        table={<SeriesTable series={series} fmt={fmt} />}
      >
        <LoadedChart
          loader={compareChartModule}
          props={{ rows: chartRows(series), lines, metric, indexed, periodLabel: period ? periodLabel(period) : periodId, provisionalSpan: [PROVISIONAL[0], PROVISIONAL[PROVISIONAL.length - 1]] }}
        />
      </ChartFigure>
      {/* Outside the figure's drawing, which is aria-hidden: the legend is read and used by keyboard. */}
      <CompareLegend ranked={ranked} styles={styles} heading={`At ${when}${indexed ? `, end-${indexBase} = 100` : ` (${info.unit})`}, highest first:`} fmt={fmt} pinned={pinned} onHover={onHover} onPin={onPin} />
      <div className="compare-notes">
        <p>
          Hollow dots and the shaded band: provisional (mid-2025 from the monthly table; end-2025 preliminary). Gaps are missing values, never filled.
          2015–2017 balances are local statistics that include bank loans (platform note).
        </p>
        {missing.missing > 0 && (
          <>
            <p className="compare-missing-count">
              {missing.missing} of {missing.total} points missing:
            </p>
            <ul>
              {missing.groups.map((g) => (
                <li key={g.reason}>
                  {g.reason}: {g.where}.
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
