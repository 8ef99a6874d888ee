/** The tooltip for the province under the pointer or keyboard focus. */
import type { MapCell, MapModel } from "./lib/map-model";
import type { MetricId } from "../../data/metrics";
import { METRICS } from "../../data/metrics";
import { formatMetric, formatPartialDate } from "../../ui/format";
import type { KeyStatus } from "../../data/key-regions";

export function keyStatusText(key: KeyStatus): string {
  switch (key.kind) {
    case "listed":
      return `Key high-debt region (listed ${formatPartialDate(key.since)})${key.pendingNote ? `; ${key.pendingNote}` : ""}`;
    case "exited":
      return `Former key region: exited ${formatPartialDate(key.exitedOn)}`;
    case "list-not-yet":
      return `No key-region list yet (first drawn ${formatPartialDate(key.listedFrom.slice(0, 7))})`;
    default:
      return "Not a key high-debt region";
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
}

export function MapTooltip({ cell, model, metric, x, y, flipX, flipY, periodLabel }: Props) {
  const result = cell.result;
  return (
    <div className={`map-tooltip${flipX ? " flip-x" : ""}${flipY ? " flip-y" : ""}`} role="tooltip" style={{ left: x, top: y }}>
      <div className="tt-name">
        {cell.nameEn} <span lang="zh-CN">{cell.nameZh}</span>
      </div>
      {cell.kind === "not-covered" ? (
        <div className="tt-muted">Not covered: outside the mainland's statutory local-debt figures.</div>
      ) : (
        <>
          <div className="tt-value">
            {METRICS[metric].short}, {periodLabel}:{" "}
            {result?.ok ? (
              <strong>
                {formatMetric(metric, result.value)}
                {result.provisional ? " (provisional)" : ""}
              </strong>
            ) : (
              <strong>no data</strong>
            )}
          </div>
          {result && !result.ok && <div className="tt-muted">{result.reason}</div>}
          {cell.rank !== null && (
            <div>
              Rank {cell.rank} of {model.covered}
              {model.withData < model.covered ? ` (${model.withData} with data)` : ""}
            </div>
          )}
          <div className={cell.isKey ? "tt-key" : ""}>{keyStatusText(cell.key)}</div>
          {result?.ok && (
            <div className="tt-source">
              Source: {[...new Set(result.citations.map((c) => c.label))].join("; ")}
            </div>
          )}
        </>
      )}
    </div>
  );
}
