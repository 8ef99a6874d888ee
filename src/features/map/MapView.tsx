/**
 * The map view: the choropleth with its legend, tooltip and notes. Owns only transient state
 * (hover, keyboard focus); the view itself comes from the URL through props.
 */
import { Suspense, useCallback, useEffect, useMemo, type ReactNode } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import { lgfvCaveats } from "../../data/caveats";
import { dataMessages } from "../../data/messages";
import { isLgfv, type MetricId } from "../../data/metrics";
import { periodById } from "../../data/periods";
import { scaleFor } from "../../data/scale";
import { periodPhrase } from "../../data/series";
import { formatMetric, formatPartialDate } from "../../ui/format";
import { useLang, useMessages } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { provinceName, provinceNames } from "../../i18n/domain";
import { deferredComponent } from "../../ui/deferred-component";
import { ViewBoundary } from "../../ui/ViewBoundary";
import { ChinaMap } from "./ChinaMap";
import { tooltipFlip } from "./tooltip-flip";
import { useMapPointer } from "./use-map-pointer";
import { MapLegend } from "./MapLegend";
import { keyStatusText } from "../../ui/key-status";
import { mapMessages } from "./messages";
import type { MapGeometry } from "../../geo/map-geometry";
import { buildMapModel, type MapCell } from "./lib/map-model";
import { MapEventsNote, useMapEvents } from "../events/MapEvents";
import type { EventViewFields } from "../events/lib/event-view";

/**
 * The tooltip's code loads apart, in the task after the map is first drawn (the map works without
 * it; a hover before it arrives shows the tooltip when it does).
 */
const tooltipPart = deferredComponent(() => import("./MapTooltip").then((m) => m.MapTooltip));
const MapTooltip = tooltipPart.Component;

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  metric: MetricId;
  periodId: string;
  selected: string | null;
  onSelect: (adcode: string) => void;
  /** Embed layout: the map fills its box, notes shrink to one line each. */
  compact?: boolean;
  /**
   * View-level actions (the Download menu), drawn beside the legend under the map: over the map's
   * corner, the button covered the north-east (on a phone, most of Heilongjiang).
   */
  actions?: ReactNode;
  /** The URL's event filters and selected event: given, the map counts matching events per province. */
  eventView?: EventViewFields;
}

/** What a screen reader hears on reaching a province: name, value, rank and key-region status. */
function announcement(cell: MapCell | undefined, covered: number, metric: MetricId, lang: Lang): string {
  if (!cell) return "";
  const t = mapMessages[lang];
  const name = provinceNames(cell, lang);
  if (cell.kind === "not-covered") return t.announceNotCovered(name);
  const value = cell.result?.ok
    ? formatMetric(metric, cell.result.value, lang)
    : t.announceNoData(cell.result && !cell.result.ok ? cell.result.reason : null);
  return t.announce(name, value, cell.rank, covered, keyStatusText(cell.key, lang));
}

export function MapView({
  index,
  geometry,
  metric,
  periodId,
  selected,
  onSelect,
  compact = false,
  actions,
  eventView,
}: Props) {
  const lang = useLang();
  const t = useMessages(mapMessages);
  const scale = useMemo(() => scaleFor(index, metric), [index, metric]);
  const model = useMemo(
    () => buildMapModel(index, scale, metric, periodId, lang),
    [index, scale, metric, periodId, lang],
  );
  const period = periodById(periodId);
  const events = useMapEvents(index, compact ? undefined : eventView);
  const canOpen = useCallback((adcode: string) => model.cells.get(adcode)?.kind !== "not-covered", [model]);
  const firstFocus = geometry.shapes.find((s) => model.cells.get(s.adcode)?.kind !== "not-covered")?.adcode ?? "";
  const { boxRef, boxProps, shown, pinned, unpin, focused, announced, onFocusChange, onHover, select } = useMapPointer({
    geometry,
    selected,
    firstFocus,
    canOpen,
    onSelect,
  });

  // On a phone the province opens as a sheet over the lower half of the screen: bring the map to
  // the top so it stays in view above the sheet.
  useEffect(() => {
    if (selected && !compact && window.matchMedia?.("(max-width: 700px)").matches)
      boxRef.current?.scrollIntoView({ block: "start" });
  }, [selected, compact, boxRef]);

  // The tooltip's code, in a task after the one that drew the map (a timeout: not before it works).
  useEffect(() => {
    const id = setTimeout(tooltipPart.release, 0);
    return () => clearTimeout(id);
  }, []);

  const hovered = shown ? model.cells.get(shown.adcode) : undefined;
  const label = period ? t.when(period) : periodId;
  // Huatai FI's estimate exists for year-ends 2019–2024 only: elsewhere every province is missing, and the banner says why.
  const lgfvShown = index.lgfvPeriods.includes(periodId) || index.lgfvPeriods.length === 0;

  return (
    <section className={`map-view${compact ? " compact" : ""}`} aria-label={t.section(label)}>
      {model.listNotYet && (
        <p className="map-banner" role="note">
          {t.listNotYet(
            period ? periodPhrase(period, lang) : label,
            formatPartialDate(model.listNotYet.slice(0, 7), lang),
          )}
        </p>
      )}
      {isLgfv(metric) ? (
        <p className={`map-banner${lgfvShown ? "" : " provisional"}`} role="note" data-testid="lgfv-banner">
          {lgfvShown
            ? t.lgfvEstimate
            : t.lgfvNotCovered(
                dataMessages[lang].lgfvNotCovered(index.lgfvPeriods[0], index.lgfvPeriods.at(-1)!),
                period ? periodPhrase(period, lang) : label,
              )}
        </p>
      ) : (
        <>
          {period && period.kind !== "year_end" && (
            <p className="map-banner provisional" role="note">
              {period.kind === "preliminary" ? t.preliminary : t.midYear}
            </p>
          )}
          {period && period.kind === "year_end" && Number(period.id) <= 2017 && (
            <p className="map-banner" role="note">
              {t.localStatistics}
            </p>
          )}
        </>
      )}
      <div className="map-box" ref={boxRef} {...boxProps}>
        <ChinaMap
          geometry={geometry}
          model={model}
          scale={scale}
          metric={metric}
          selected={selected}
          focused={focused}
          onFocusChange={onFocusChange}
          onSelect={select}
          onHover={onHover}
          eventCounts={events?.counts}
          eventProvince={events?.eventProvince ?? null}
        />
        {shown && hovered && (
          <ViewBoundary name="map" quiet>
            <Suspense fallback={null}>
              <MapTooltip
                cell={hovered}
                model={model}
                metric={metric}
                x={shown.x}
                y={shown.y}
                {...tooltipFlip(shown.x, shown.y, boxRef.current)}
                periodLabel={label}
                pinned={
                  pinned
                    ? {
                        onClose: unpin,
                        onDetails: hovered.kind !== "not-covered" && !compact ? () => select(shown.adcode) : undefined,
                      }
                    : undefined
                }
              />
            </Suspense>
          </ViewBoundary>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="map-announcer">
        {announced ? announcement(model.cells.get(announced), model.covered, metric, lang) : ""}
      </p>
      <div className="map-foot">
        <MapLegend scale={scale} metric={metric} showKey={!model.listNotYet} />
        {actions && <div className="view-actions">{actions}</div>}
      </div>
      {events && (
        <MapEventsNote
          state={events}
          nameOf={(a) => {
            const p = index.provinceByAdcode.get(a);
            return p ? provinceName(p, lang) : a;
          }}
        />
      )}
      {!compact && (
        <p className="map-note">
          {isLgfv(metric) ? lgfvCaveats(lang).slice(1).join(t.sentenceGap) : t.wholeProvinces}
          {t.withData(model.withData, model.covered)}
          {model.listNotYet ? "" : t.keyCount(model.keyCount)}
        </p>
      )}
    </section>
  );
}
