/**
 * A prefecture's balance by year-end as a figure: the code-split chart, what it leaves out (doubtful
 * figures, years without one) and how it draws chart readings. In the panel the profile's table
 * beside it is the figures' accessible form; alone in an embed (`compact`), it carries its own.
 */
import { useMemo } from "react";
import type { PrefectureUnit } from "../../data/prefecture-types";
import { useLang, useMessages } from "../../i18n/context";
import { listJoin } from "../../i18n/domain";
import { ChartFigure } from "../../ui/ChartFigure";
import { LoadedChart } from "../../ui/LoadedChart";
import { amountUnit, formatAmount, formatBn } from "../../ui/format";
import type { PrefectureYearRow } from "./lib/prefecture-choropleth";
import { pointsSpan, prefecturePoints } from "./lib/prefecture-points";
import { prefectureChartModule } from "./prefecture-chart-module";
import { prefectureMessages } from "./prefecture-messages";
import { regionMessages } from "./messages";

interface Props {
  unit: PrefectureUnit;
  rows: readonly PrefectureYearRow[];
  compact?: boolean;
}

export function PrefectureBalanceFigure({ unit, rows, compact = false }: Props) {
  const lang = useLang();
  const t = useMessages(prefectureMessages);
  const words = useMessages(regionMessages);
  const points = useMemo(() => prefecturePoints(rows), [rows]);
  const span = pointsSpan(points);
  const doubtful = points.filter((p) => p.doubtful).map((p) => p.label);
  const none = points.filter((p) => !p.doubtful && p.total === null).map((p) => p.label);
  const approx = points.some((p) => p.approx);
  return (
    <>
      <ChartFigure
        id="prefecture-balance"
        compact={compact}
        caption={t.chartCaption(unit.nameEnFull, unit.nameZh)}
        summary={
          span
            ? t.chartSummary(
                span.first.year,
                `${span.first.approx ? "≈ " : ""}${formatAmount(span.first.total!, lang)}`,
                span.last.year,
                `${span.last.approx ? "≈ " : ""}${formatAmount(span.last.total!, lang)}`,
              )
            : t.chartNoFigures
        }
        table={
          compact ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.colYear}</th>
                  <th scope="col">{t.colGeneral}</th>
                  <th scope="col">{t.colSpecial}</th>
                  <th scope="col">{t.colTotal}</th>
                  <th scope="col">{t.colLimit}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">{p.label}</th>
                    {[p.general, p.special, p.total, p.limit].map((v, k) => (
                      <td key={k}>{v === null ? "—" : `${p.approx && k < 3 ? "≈ " : ""}${formatBn(v, lang)}`}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : undefined
        }
      >
        <LoadedChart loader={prefectureChartModule} props={{ points, height: compact ? "100%" : 240 }} />
      </ChartFigure>
      {/* Alone in an embed, the chart says its unit here (the panel's caption says it there). */}
      {(compact || approx || doubtful.length > 0 || none.length > 0) && (
        <p className="chart-note">
          {[
            compact ? words.unit(amountUnit(lang), true) : "",
            approx ? t.approxBars : "",
            doubtful.length ? t.doubtfulYears(listJoin(doubtful, lang)) : "",
            none.length ? t.noFigureYears(listJoin(none, lang)) : "",
          ]
            .filter(Boolean)
            .join(" ")}
        </p>
      )}
    </>
  );
}
