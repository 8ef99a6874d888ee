/** The tooltip for the province under the pointer or keyboard focus. */
import type { MapCell, MapModel } from "./lib/map-model";
import type { MetricId } from "../../data/metrics";
import { formatMetric, formatPartialDate } from "../../ui/format";
import type { KeyStatus } from "../../data/key-regions";
import { useLang, useMessages } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { metricInfo } from "../../i18n/domain";
import { mapMessages } from "./messages";
import { dataLang } from "../../i18n/data-lang";
import type { ComponentProps } from "react";
import { TooltipFrame } from "./TooltipFrame";

/** A region's key-region status in a sentence. A pending note from the data is shown as written. */
export function keyStatusText(key: KeyStatus, lang: Lang = "en"): string {
  const t = mapMessages[lang];
  switch (key.kind) {
    case "listed":
      return t.keyListed(formatPartialDate(key.since, lang), key.pendingNote);
    case "exited":
      return t.keyExited(formatPartialDate(key.exitedOn, lang));
    case "list-not-yet":
      return t.keyNotYet(formatPartialDate(key.listedFrom.slice(0, 7), lang));
    default:
      return t.keyNever;
  }
}

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
          <div className={cell.isKey ? "tt-key" : ""}>{keyStatusText(cell.key, lang)}</div>
          {result?.ok && (
            <div className="tt-source">
              {t.source}
              {[...new Set(result.citations.map((c) => c.label))].map((label, k) => (
                <span key={label}>
                  {k > 0 && t.sourceJoin}
                  <span lang={dataLang(label, lang)}>{label}</span>
                </span>
              ))}
            </div>
          )}
        </>
      )}
    </TooltipFrame>
  );
}
