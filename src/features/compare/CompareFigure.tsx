/**
 * The chart as a figure: caption, the lines, a legend ordered by the value at the period shown (the
 * quick answer to "who grew most"), what is missing and why, and the data table.
 */
import type { MetricId } from "../../data/metrics";
import { PERIODS, periodById } from "../../data/periods";
import { periodLabel, periodPhrase } from "../../data/series";
import { useLang, useMessages } from "../../i18n/context";
import { metricInfo } from "../../i18n/domain";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { compareChartModule } from "./compare-chart-module";
import { formatSeriesValue } from "./lib/labels";
import { missingSummary } from "./lib/missing";
import { MAX_CATEGORICAL, type SeriesStyle } from "./lib/palette";
import { chartRows, orderAt, type CompareSeries } from "./lib/series";
import { CompareLegend } from "./CompareLegend";
import { compareMessages } from "./messages";
import { SeriesTable } from "./SeriesTable";

interface Props {
  /** Built in the reader's language (names and reasons), as CompareView does. */
  series: CompareSeries[];
  styles: Map<string, SeriesStyle>;
  metric: MetricId;
  indexBase: string | null;
  periodId: string;
  pinned: string | null;
  onHover: (iso: string | null) => void;
  onPin: (iso: string | null) => void;
  /** The chart's height in px (a slide's grows with the slide); the page's default otherwise. */
  chartHeight?: number;
}

const PROVISIONAL = PERIODS.filter((p) => p.kind !== "year_end");

export function CompareFigure({
  series,
  styles,
  metric,
  indexBase,
  periodId,
  pinned,
  onHover,
  onPin,
  chartHeight,
}: Props) {
  const lang = useLang();
  const t = useMessages(compareMessages);
  const indexed = indexBase !== null;
  const period = periodById(periodId);
  const when = period ? periodPhrase(period, lang) : periodId;
  const info = metricInfo(metric, lang);
  const scale = indexed ? t.scaleIndexed(indexBase) : info.unit;
  const missing = missingSummary(series, lang);
  const ranked = orderAt(series, periodId);
  const fmt = (v: number) => formatSeriesValue(metric, v, indexed, lang);
  const present = ranked.filter((r) => r.point?.value != null);
  const lines = series.map((s) => ({ iso: s.iso, name: s.name, style: styles.get(s.iso)! }));
  // The shaded band and the period marker use the chart's own x labels, so they are in the same language.
  const provisional = PROVISIONAL.map((p) => periodLabel(p, lang));
  const high = present[0];
  const low = present[present.length - 1];
  return (
    <div className={series.length > MAX_CATEGORICAL ? "compare-figure many" : "compare-figure"}>
      <ChartFigure
        id="compare"
        caption={t.caption(info.label, scale, series.length)}
        summary={
          present.length
            ? t.summary(
                when,
                high.series.name,
                fmt(high.point!.value!),
                low.series.name,
                fmt(low.point!.value!),
                missing.missing,
                missing.total,
              )
            : t.summaryNone(when)
        }
        table={<SeriesTable series={series} fmt={fmt} />}
      >
        <LoadedChart
          loader={compareChartModule}
          props={{
            rows: chartRows(series, lang),
            lines,
            metric,
            indexed,
            periodLabel: period ? periodLabel(period, lang) : periodId,
            provisionalSpan: provisional.length ? [provisional[0], provisional[provisional.length - 1]] : null,
            height: chartHeight,
          }}
        />
      </ChartFigure>
      {/* Outside the figure's drawing, which is aria-hidden: the legend is read and used by keyboard. */}
      <CompareLegend
        ranked={ranked}
        styles={styles}
        heading={t.legendHeading(when, indexed ? t.legendScaleIndexed(indexBase) : t.legendScaleUnit(info.unit))}
        fmt={fmt}
        pinned={pinned}
        onHover={onHover}
        onPin={onPin}
      />
      <div className="compare-notes">
        <p>{t.notes}</p>
        {missing.missing > 0 && (
          <>
            <p className="compare-missing-count">{t.missingCount(missing.missing, missing.total)}</p>
            <ul>
              {missing.groups.map((g) => (
                <li key={g.reason}>{t.missingGroup(g.reason, g.where)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
