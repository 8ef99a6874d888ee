/** The tooltip for the province under the pointer or keyboard focus. */
import type { MapCell, MapModel } from "./lib/map-model";
import type { MetricId } from "../../data/metrics";
import { formatMetric } from "../../ui/format";
import { keyStatusStrengthNote, keyStatusText } from "../../ui/key-status";
import { useLang, useMessages } from "../../i18n/context";
import { metricInfo } from "../../i18n/domain";
import { mapMessages } from "./messages";
import type { ComponentProps } from "react";
import { TooltipFrame } from "./TooltipFrame";

interface Props {
  cell: MapCell;
  model: MapModel;
  metric: MetricId;
  x: number;
  y: number;
  flipX: boolean;
  flipY: boolean;
  periodLabel: string;
  pinned?: ComponentProps<typeof TooltipFrame>["pinned"];
}

export function MapTooltip({ cell, model, metric, x, y, flipX, flipY, periodLabel, pinned }: Props) {
  const lang = useLang();
  const t = useMessages(mapMessages);
  const result = cell.result;
  return (
    <TooltipFrame cell={cell} x={x} y={y} flipX={flipX} flipY={flipY} pinned={pinned}>
      {cell.kind === "not-covered" ? (
        <div className="tt-muted">{t.tooltipNotCovered}</div>
      ) : (
        <>
          <div className="tt-value">
            {t.tooltipValueLabel(metricInfo(metric, lang).short, periodLabel)}
            {result?.ok ? (
              <strong>
                {formatMetric(metric, result.value, lang)}
                {result.provisional ? t.provisional : ""}
              </strong>
            ) : (
              <strong>{t.noData}</strong>
            )}
          </div>
          {result && !result.ok && <div className="tt-muted">{result.reason}</div>}
          {cell.rank !== null && <div>{t.tooltipRank(cell.rank, model.covered, model.withData)}</div>}
          <div className={cell.isKey ? "tt-key" : ""}>
            {keyStatusText(cell.key, lang)}
            {/* Where the status rests on a source a check found wanting, say so beside it. */}
            <span className="source-strength">{keyStatusStrengthNote(cell.key, lang)}</span>
          </div>
          {result?.ok && (
            <div className="tt-source">
              {t.source}
              {[...new Map(result.citations.map((c) => [c.label, c.labelLang])).entries()].map(
                ([label, labelLang], k) => (
                  <span key={label}>
                    {k > 0 && t.sourceJoin}
                    <span lang={labelLang}>{label}</span>
                  </span>
                ),
              )}
            </div>
          )}
        </>
      )}
    </TooltipFrame>
  );
}
