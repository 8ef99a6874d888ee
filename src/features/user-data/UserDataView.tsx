/**
 * The analyst's own data on the map, in place of the atlas's metric: a bar naming the file (and
 * saying it is not the atlas's data and not in shared links) with a period control and the way back,
 * the same province map drawn from the file's values, its own legend and tooltip, and a chart of the
 * period's values with a data table. Reuses ChinaMap; the file's text is only ever rendered as text.
 */
import { useCallback, useMemo, type ComponentProps } from "react";
import type { AtlasIndex } from "../../data/atlas-index";
import type { ProvinceInfo } from "../../data/atlas-types";
import type { Scale } from "../../data/scale";
import { useLang, useMessages } from "../../i18n/context";
import { provinceName, provinceNames } from "../../i18n/domain";
import type { Lang } from "../../i18n/lang";
import { ChartFigure } from "../../ui/ChartFigure";
import { formatCount } from "../../ui/format";
import { ChinaMap } from "../map/ChinaMap";
import { ChoroplethLegend } from "../map/MapLegend";
import { TooltipFrame } from "../map/TooltipFrame";
import { tooltipFlip } from "../map/tooltip-flip";
import { useMapPointer } from "../map/use-map-pointer";
import type { MapGeometry } from "../../geo/map-geometry";
import type { MapCell } from "../map/lib/map-model";
import {
  formatUserValue,
  userChartRows,
  userClassLabels,
  userMapModel,
  userPeriodLabel,
  userScale,
  type UserCellInfo,
  type UserChartRow,
} from "./lib/user-map";
import { userDataDialogMessages } from "./dialog-messages";
import { userDataStore, type UserDataStore } from "./store";
import { useUserData } from "./use-user-data";

/** Up to this many periods the control is a select; beyond, a slider with previous/next. */
const SELECT_MAX = 400;

interface Props {
  index: AtlasIndex;
  geometry: MapGeometry;
  selected: string | null;
  onSelect: (adcode: string) => void;
  store?: UserDataStore;
}

export function UserDataView({ index, geometry, selected, onSelect, store = userDataStore }: Props) {
  const t = useMessages(userDataDialogMessages);
  const lang = useLang();
  const { loaded, period } = useUserData(store);
  const data = loaded?.result.data ?? null;
  const scale = useMemo(() => userScale(loaded?.breaks ?? []), [loaded]);
  const built = useMemo(
    () => (data && period ? userMapModel(index.data.provinces, data, period, scale) : null),
    [index, data, period, scale],
  );
  const describe = useCallback(
    (cell: MapCell | undefined) => {
      if (!cell) return "";
      const name = provinceNames(cell, lang);
      if (cell.kind === "not-covered") return t.cellNotCovered(name);
      return cell.result?.ok ? t.cellValue(name, formatUserValue(cell.result.value, lang)) : t.cellMissing(name);
    },
    [t, lang],
  );
  const canOpen = useCallback((adcode: string) => built?.model.cells.get(adcode)?.kind !== "not-covered", [built]);
  const { boxRef, boxProps, shown, pinned, unpin, focused, announced, onFocusChange, onHover, select } = useMapPointer({
    geometry,
    selected,
    firstFocus: index.covered[0]?.adcode ?? "",
    canOpen,
    onSelect,
  });

  if (!loaded || !data || !period || !built) return null;
  const { model, info } = built;
  const periodText = userPeriodLabel(period, lang);
  const hovered = shown ? model.cells.get(shown.adcode) : undefined;
  const back = () => {
    store.hide();
    // The view unmounts; keep keyboard users in the same place, on the button that brought them.
    (document.querySelector(".user-data-button") as HTMLElement | null)?.focus();
  };

  return (
    <section
      className="map-view user-data-view"
      aria-label={t.mapLabel(loaded.fileName, periodText)}
      data-user-data="true"
    >
      <div className="user-bar" role="region" aria-label={t.barLabel}>
        <p className="user-bar-title">{t.legendTitle(loaded.fileName)}</p>
        <PeriodControl periods={data.periods} period={period} onPeriod={(p) => store.setPeriod(p)} lang={lang} />
        <button className="user-back" onClick={back}>
          {t.back}
        </button>
      </div>
      <div className="map-box" ref={boxRef} {...boxProps}>
        <ChinaMap
          geometry={geometry}
          model={model}
          scale={scale}
          metric="balance"
          describe={describe}
          selected={selected}
          focused={focused}
          onFocusChange={onFocusChange}
          onSelect={select}
          onHover={onHover}
        />
        {shown && hovered && (
          <UserTooltip
            cell={hovered}
            info={info.get(hovered.adcode)}
            withValue={model.withData}
            periodText={periodText}
            x={shown.x}
            y={shown.y}
            {...tooltipFlip(shown.x, shown.y, boxRef.current)}
            pinned={
              pinned
                ? { onClose: unpin, onDetails: hovered.kind !== "not-covered" ? () => select(shown.adcode) : undefined }
                : undefined
            }
          />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announced ? describe(model.cells.get(announced)) : ""}
      </p>
      <UserLegend scale={scale} title={t.legendTitle(loaded.fileName)} />
      <p className="map-note">{t.coverage(model.withData, model.covered)}</p>
      <UserDataChart
        rows={userChartRows(data, period)}
        provinces={index.provinceByAdcode}
        periodText={periodText}
        selected={selected}
      />
    </section>
  );
}

function PeriodControl({
  periods,
  period,
  onPeriod,
  lang,
}: {
  periods: string[];
  period: string;
  onPeriod: (p: string) => void;
  lang: Lang;
}) {
  const t = useMessages(userDataDialogMessages);
  const k = periods.indexOf(period);
  if (periods.length <= SELECT_MAX) {
    return (
      <label className="user-period">
        {t.period}
        <select value={period} onChange={(e) => onPeriod(e.target.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {userPeriodLabel(p, lang)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <label className="user-period">
      {t.period}
      <input
        type="range"
        min={0}
        max={periods.length - 1}
        value={k}
        aria-valuetext={userPeriodLabel(period, lang)}
        onChange={(e) => onPeriod(periods[Number(e.target.value)])}
      />
      <output>{userPeriodLabel(period, lang)}</output>
    </label>
  );
}

interface TooltipProps {
  cell: MapCell;
  info: UserCellInfo | undefined;
  withValue: number;
  periodText: string;
  x: number;
  y: number;
  flipX: boolean;
  flipY: boolean;
  pinned?: ComponentProps<typeof TooltipFrame>["pinned"];
}

function UserTooltip({ cell, info, withValue, periodText, pinned, ...place }: TooltipProps) {
  const t = useMessages(userDataDialogMessages);
  const lang = useLang();
  return (
    <TooltipFrame cell={cell} className="user-tooltip" pinned={pinned} {...place}>
      {cell.kind === "not-covered" ? (
        <div className="tt-muted">{t.notCovered}</div>
      ) : info ? (
        <>
          <div className="tt-value">
            {t.tipValue(periodText)} <strong>{formatUserValue(info.value, lang)}</strong>
          </div>
          <div>{t.tipRank(info.rank, withValue)}</div>
          <div className="tt-muted">{t.tipRow(info.row)}</div>
          {info.source && (
            <div className="tt-source">
              {t.tipSource} {info.source}
            </div>
          )}
        </>
      ) : (
        <div className="tt-muted">{t.noValue}</div>
      )}
    </TooltipFrame>
  );
}

function UserLegend({ scale, title }: { scale: Scale; title: string }) {
  const t = useMessages(userDataDialogMessages);
  const lang = useLang();
  const labels = userClassLabels(scale, lang);
  return (
    <ChoroplethLegend
      className="user-legend"
      label={title}
      title={title}
      colours={scale.colours}
      labels={scale.colours.map((_, k) => labels[k] ?? t.allValues)}
      noData={t.noValue}
      notCovered={t.notCovered}
    />
  );
}

const BAR_H = 18;
const LABEL_W = 120;
const VALUE_W = 110;
const CHART_W = 560;

interface ChartProps {
  rows: UserChartRow[];
  provinces: ReadonlyMap<string, ProvinceInfo>;
  periodText: string;
  selected: string | null;
}

/** A horizontal bar per province with a value, highest first; bars start at zero (values may be negative). */
function UserDataChart({ rows, provinces, periodText, selected }: ChartProps) {
  const t = useMessages(userDataDialogMessages);
  const lang = useLang();
  const name = (adcode: string) => {
    const p = provinces.get(adcode);
    return p ? provinceName(p, lang) : adcode;
  };
  const min = Math.min(0, ...rows.map((r) => r.value));
  const max = Math.max(0, ...rows.map((r) => r.value));
  const span = max - min || 1;
  const plot = CHART_W - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + ((v - min) / span) * plot;
  const height = Math.max(1, rows.length) * BAR_H + 4;
  const top = rows[0];
  return (
    <ChartFigure
      id="user-data-chart"
      caption={t.chartCaption(periodText)}
      summary={t.chartSummary(rows.length, top ? `${name(top.adcode)} ${formatUserValue(top.value, lang)}` : "")}
      markSelector=".user-bar-mark"
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t.colProvince}</th>
              <th scope="col">{t.colValue}</th>
              <th scope="col">{t.colSource}</th>
              <th scope="col">{t.colRow}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.adcode}>
                <th scope="row">{name(r.adcode)}</th>
                <td>{formatUserValue(r.value, lang)}</td>
                <td className="user-source-cell">{r.source ?? ""}</td>
                <td>{formatCount(r.row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg className="user-chart" viewBox={`0 0 ${CHART_W} ${height}`} width="100%" role="presentation">
        <line x1={x(0)} x2={x(0)} y1={0} y2={height} className="user-chart-zero" />
        {rows.map((r, k) => {
          const y = k * BAR_H + 2;
          const x0 = Math.min(x(0), x(r.value));
          const w = Math.max(1, Math.abs(x(r.value) - x(0)));
          return (
            <g key={r.adcode} className={r.adcode === selected ? "selected" : undefined}>
              <text x={LABEL_W - 6} y={y + BAR_H / 2} dy="0.35em" textAnchor="end" className="user-chart-label">
                {name(r.adcode)}
              </text>
              <rect x={x0} y={y + 2} width={w} height={BAR_H - 4} className="user-bar-mark" />
              <text x={CHART_W - VALUE_W + 6} y={y + BAR_H / 2} dy="0.35em" className="user-chart-value">
                {formatUserValue(r.value, lang)}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}
