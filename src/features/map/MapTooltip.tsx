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
  /** Open to the left / above the pointer, so the tooltip stays inside the map near its edges. */
  flipX: boolean;
  flipY: boolean;
  periodLabel: string;
  /**
   * Opened by a tap (touch has no hover): it stays until closed, and offers the province's details.
   * `onDetails` is absent where there is nothing to open (not covered, or an embed).
   */
  pinned?: { onClose: () => void; onDetails?: () => void };
}

export function MapTooltip({ cell, model, metric, x, y, flipX, flipY, periodLabel, pinned }: Props) {
  const lang = useLang();
  const t = useMessages(mapMessages);
  const result = cell.result;
  return (
    <div
      className={`map-tooltip${flipX ? " flip-x" : ""}${flipY ? " flip-y" : ""}${pinned ? " pinned" : ""}`}
      role={pinned ? "group" : "tooltip"}
      aria-label={pinned ? (lang === "zh" ? cell.nameZh : cell.nameEn) : undefined}
      style={{ left: x, top: y }}
    >
      <div className="tt-name">
        {lang === "zh" ? (
          <>
            {cell.nameZh} <span lang="en">{cell.nameEn}</span>
          </>
        ) : (
          <>
            {cell.nameEn} <span lang="zh-CN">{cell.nameZh}</span>
          </>
        )}
      </div>
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
      {pinned && (
        <div className="tt-actions">
          {pinned.onDetails && (
            <button type="button" className="tt-details" onClick={pinned.onDetails}>
              {t.tooltipDetails} ›
            </button>
          )}
          <button type="button" className="tt-close" onClick={pinned.onClose}>
            {t.tooltipClose}
          </button>
        </div>
      )}
    </div>
  );
}
