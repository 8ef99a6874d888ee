/**
 * A province's prefecture-level map: the view's metric for each prefecture at a year-end, coloured
 * by class with doubtful and missing figures drawn as such (lib/prefecture-choropleth.ts), and a
 * marker on each prefecture (or, in the four municipalities, district) that has events
 * (lib/prefecture-markers.ts). Draws only. The geometry and the figures are fetched when the
 * province first opens and kept.
 */
import { useCallback, useId, useMemo, useState, type ReactNode } from "react";
import { useProvinceEvents } from "../events/use-province-events";
import { useQuery } from "@tanstack/react-query";
import type { AtlasIndex } from "../../data/atlas-index";
import { prefectureDataQuery, prefectureQuery } from "../../data/prefecture-query";
import type { MetricId } from "../../data/metrics";
import { indexPrefectures } from "../../data/prefecture-values";
import { periodById } from "../../data/periods";
import { periodPhrase } from "../../data/series";
import { formatMetric, formatPeriodEnd } from "../../ui/format";
import { metricInfo } from "../../i18n/domain";
import { ChoroplethLegend } from "../map/MapLegend";
import { classLabels } from "../map/MapLegend";
import {
  gradeWord,
  prefectureCells,
  prefectureMetric,
  prefectureScale,
  prefectureSeries,
  prefectureYear,
  unitOf,
} from "./lib/prefecture-choropleth";
import { PrefectureCard, PrefectureProfile, PrefectureTable } from "./PrefectureDetails";
import { prefectureMessages } from "./prefecture-messages";
import { PREFECTURE_BOX } from "../../geo/prefecture-map";
import { formatPartialDate } from "../../ui/format";
import { useLang, useMessages } from "../../i18n/context";
import { provinceName } from "../../i18n/domain";
import { langTag } from "../../i18n/lang";
import { PlaceName } from "../../ui/PlaceName";
import { dataLang, eventTitle } from "../../i18n/data-lang";
import { EventAmount } from "../events/EventBits";
import { regionMessages } from "./messages";
import {
  countLabel,
  isMunicipality,
  markerLabel,
  markerSize,
  markerTitle,
  placeName,
  planMarkers,
  separateMarkers,
  type MarkerPlan,
  type PlacedMarker,
  type PrefectureMarker,
} from "./lib/prefecture-markers";
import "./prefecture-map.css";
import { LoadError } from "../../ui/LoadError";
import { uiMessages } from "../../ui/messages";
import { moduleLoader } from "../../ui/module-loader";

/** The shapes' drawing code (react-simple-maps), fetched when a panel first opens. */
const shapesModule = moduleLoader(() => import("./PrefectureShapes"));

interface Props {
  index: AtlasIndex;
  adcode: string;
  /** The view's metric and period: the prefecture map shows the same where prefecture data has it. */
  metric?: MetricId;
  periodId?: string;
  /** The link's `p`: the prefecture whose figures over time open under the map. */
  prefecture?: string | null;
  /** With it, tapping a prefecture selects it (its current code; null clears). */
  onSelectPrefecture?: (adcode: string | null) => void;
  /** A marker was activated (null: deselected), with the ids of that place's events. */
  onSelectPlace?: (code: string | null, eventIds: string[]) => void;
  /** Download menus: the prefecture map (its metric and year) and, when open, the prefecture's own view. */
  actions?: { map?: ReactNode; profile?: ReactNode };
}

function Marker({
  marker,
  box,
  pressed,
  onPress,
}: {
  marker: PlacedMarker;
  box: { width: number; height: number };
  pressed: boolean;
  onPress: () => void;
}) {
  const lang = useLang();
  return (
    <button
      type="button"
      className="prefecture-marker"
      data-code={marker.code}
      data-place={`${marker.x} ${marker.y}`}
      style={{
        left: `${(marker.mx / box.width) * 100}%`,
        top: `${(marker.my / box.height) * 100}%`,
        // Grown with an embed's or slide's frame and the theme's type, as its number is (prefecture-map.css).
        ["--marker-size" as string]: `calc(${markerSize(marker.events.length)} * var(--frame, 1px) * var(--type-scale))`,
      }}
      aria-label={markerLabel(marker, lang)}
      aria-pressed={pressed}
      title={markerTitle(marker, lang)}
      onClick={onPress}
    >
      {marker.events.length}
    </button>
  );
}

/** A marker moved off its place (to clear a neighbour's) keeps a dot and a line back to the place. */
function Leaders({ markers, box }: { markers: PlacedMarker[]; box: { width: number; height: number } }) {
  const moved = markers.filter((m) => Math.hypot(m.mx - m.x, m.my - m.y) > 1);
  if (moved.length === 0) return null;
  return (
    <svg className="prefecture-leaders" viewBox={`0 0 ${box.width} ${box.height}`} aria-hidden="true" focusable="false">
      {moved.map((m) => (
        <g key={m.code}>
          <line x1={m.x} y1={m.y} x2={m.mx} y2={m.my} />
          <circle cx={m.x} cy={m.y} r={2.5} />
        </g>
      ))}
    </svg>
  );
}

function Notes({ plan, name }: { plan: MarkerPlan; name: string }) {
  const t = useMessages(regionMessages);
  const wide = plan.provinceWide.length;
  const unplaced = plan.unplaced.length;
  return (
    <p className="prefecture-note">
      {plan.markers.length === 0 && t.noPlaced(name)}
      {wide > 0 && t.provinceWide(wide)}
      {unplaced > 0 && t.unplaced(unplaced)}
    </p>
  );
}

export function PrefectureMap({
  index,
  adcode,
  metric = "balance",
  periodId = "2024",
  prefecture = null,
  onSelectPrefecture,
  onSelectPlace,
  actions,
}: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const tp = useMessages(prefectureMessages);
  const tu = useMessages(uiMessages);
  const province = index.provinceByAdcode.get(adcode);
  const geometry = useQuery(prefectureQuery(adcode));
  const shapes = shapesModule.useModule();
  const figures = useQuery(prefectureDataQuery(adcode));
  const events = useProvinceEvents(adcode);
  const [active, setActive] = useState<{ adcode: string; code: string } | null>(null);
  const onActive = useCallback((code: string) => setActive({ adcode, code }), [adcode]);

  const shown = prefectureMetric(metric);
  const when = prefectureYear(periodId);
  const municipality = isMunicipality(adcode);
  const ix = useMemo(() => (figures.data ? indexPrefectures(figures.data) : null), [figures.data]);
  const provinceTotal = when.year === null ? null : (index.balance(adcode, String(when.year))?.total ?? null);
  const cells = useMemo(
    () =>
      ix && when.year !== null && !municipality ? prefectureCells(ix, shown.metric, when.year, provinceTotal) : null,
    [ix, when.year, municipality, shown.metric, provinceTotal],
  );
  const byCode = useMemo(() => (cells ? new Map(cells.map((c) => [c.unit.code, c])) : null), [cells]);
  const chosenUnit = ix ? unitOf(ix, prefecture) : null;
  const series = useMemo(
    () =>
      ix && chosenUnit
        ? prefectureSeries(ix, chosenUnit.code, (year) => index.balance(adcode, String(year))?.total ?? null)
        : null,
    [ix, chosenUnit, index, adcode],
  );
  // A shape is pressed: a second press on the one already shown opens (or closes) its profile.
  const onPress = useCallback(
    (code: string) => {
      setActive({ adcode, code });
      if (!onSelectPrefecture || !ix) return;
      const unit = ix.unitByCode.get(code);
      if (!unit) return;
      onSelectPrefecture(unit.adcode === prefecture ? null : unit.adcode);
    },
    [adcode, onSelectPrefecture, ix, prefecture],
  );
  // Remember which province the selection belongs to, so a newly opened province starts clear.
  const [selection, setSelection] = useState<{ adcode: string; code: string } | null>(null);
  const selected = selection?.adcode === adcode ? selection.code : null;
  const captionId = useId();

  const names = useMemo(() => (province ? [province.nameZhFull, province.nameZh] : []), [province]);
  const plan = useMemo(
    () => (geometry.data && events.data ? planMarkers(events.data, adcode, geometry.data.shapes, names) : null),
    [geometry.data, events.data, adcode, names],
  );
  const placed = useMemo(
    () => (plan && geometry.data ? separateMarkers(plan.markers, geometry.data) : []),
    [plan, geometry.data],
  );
  if (!province) return null;

  const name = provinceName(province, lang);
  const box = geometry.data ?? PREFECTURE_BOX;
  const info = metricInfo(shown.metric, lang);
  const whenText = when.year === null ? "" : formatPeriodEnd(when.year, null, lang);
  const asked = periodById(periodId) ? periodPhrase(periodById(periodId)!, lang) : periodId;
  const caption =
    // A municipality's districts are not coloured (its debt is one figure): its map is of places and events.
    when.year === null || municipality
      ? t.prefectureCaption(name, municipality)
      : tp.caption(info.label, name, municipality, whenText);
  const activeCell =
    (active?.adcode === adcode ? (byCode?.get(active.code) ?? null) : null) ??
    (chosenUnit ? (byCode?.get(chosenUnit.code) ?? null) : null);
  const ranked = cells ? cells.filter((c) => c.rank !== null).length : 0;
  // Not one prefecture has the figure (Guizhou's debt/GDP at end-2024: no prefecture GDP yet): say
  // why, once, above a map drawn all as missing, rather than leave a legend with nothing coloured.
  const reasons = cells && cells.every((c) => c.state === "missing") ? new Set(cells.map((c) => c.reason)) : null;
  const noneShown = reasons && reasons.size === 1 ? [...reasons][0] : null;
  const wholeCity = municipality && ix && when.year !== null ? ix.debt(adcode, when.year) : undefined;
  // The link's prefecture also shows its events, as if its marker were pressed.
  const markerCode = selected ?? chosenUnit?.code ?? null;
  const chosen = plan?.markers.find((m) => m.code === markerCode) ?? null;
  const press = (m: PrefectureMarker) => {
    const next = selected === m.code ? null : m.code;
    setSelection(next ? { adcode, code: next } : null);
    onSelectPlace?.(next, next ? m.events.map((e) => e.id) : []);
  };

  return (
    // Named by its caption explicitly: not every accessibility tree derives it from figcaption.
    <figure
      className="prefecture-map"
      aria-labelledby={captionId}
      data-adcode={adcode}
      data-drawn={geometry.data && shapes.status === "ready" ? "true" : undefined}
      data-metric={shown.metric}
      data-year={when.year ?? undefined}
      data-figures={figures.data ? "true" : undefined}
    >
      <div className="prefecture-head">
        <figcaption id={captionId}>{caption}</figcaption>
        {/* The map's download needs its figures: a municipality's districts have none to colour. */}
        {cells && figures.data && geometry.data && actions?.map}
      </div>
      {shown.substituted && <p className="prefecture-note">{tp.substituted}</p>}
      {when.basis === "latest-before" && <p className="prefecture-note">{tp.yearLatestBefore(whenText, asked)}</p>}
      {when.basis === "before-data" && <p className="prefecture-note">{tp.yearBeforeData(asked)}</p>}
      {municipality && when.year !== null && (
        <p className="prefecture-note">
          {tp.municipality(name)}{" "}
          {wholeCity &&
            wholeCity.total !== null &&
            tp.municipalityFigure(
              formatMetric("balance", wholeCity.total, lang),
              whenText,
              tp.grade[gradeWord(wholeCity.grade)],
            )}
        </p>
      )}
      {figures.isPending && <p className="prefecture-note muted">{tp.loading(name)}</p>}
      {figures.isError && (
        <LoadError
          className="prefecture-note error"
          lead={tp.failed}
          error={figures.error}
          onRetry={() => figures.refetch()}
        />
      )}
      <div className="prefecture-box" style={{ aspectRatio: `${box.width} / ${box.height}` }}>
        {geometry.isPending && <p className="prefecture-status">{t.loadingMap(name)}</p>}
        {geometry.isError && (
          <LoadError
            className="prefecture-status error"
            lead={t.mapFailed}
            error={geometry.error}
            onRetry={() => geometry.refetch()}
          />
        )}
        {shapes.status === "error" && (
          <p className="prefecture-status error" role="alert">
            {t.mapFailed} <button onClick={shapes.retry}>{tu.retry}</button>
          </p>
        )}
        {geometry.data && shapes.status === "ready" && (
          <shapes.module.default
            map={geometry.data}
            cells={byCode}
            selected={chosenUnit?.code ?? null}
            onActive={onActive}
            onPress={onPress}
          />
        )}
        {/* The markers come with the shapes they sit on (their code loads on its own), not over an
            empty box; the list under the map names the same places meanwhile. */}
        {geometry.data && shapes.status === "ready" && (
          <>
            <Leaders markers={placed} box={box} />
            {placed.map((m) => (
              <Marker key={m.code} marker={m} box={box} pressed={m.code === markerCode} onPress={() => press(m)} />
            ))}
          </>
        )}
      </div>
      {cells && ix && figures.data && (
        <>
          {noneShown && <p className="prefecture-note">{tp.noFigures(name, whenText, tp.missing[noneShown])}</p>}
          <ChoroplethLegend
            className="prefecture-legend"
            label={tp.legendLabel}
            title={tp.legendTitle(info.label, info.unit)}
            colours={prefectureScale(ix, shown.metric).colours}
            labels={classLabels(prefectureScale(ix, shown.metric), shown.metric, lang)}
            noData={tp.legendNoData}
            doubtful={tp.legendDoubtful}
          />
          {activeCell && (
            <PrefectureCard
              cell={activeCell}
              metric={shown.metric}
              file={figures.data}
              provinceName={name}
              ranked={ranked}
            />
          )}
          {!activeCell && <p className="prefecture-note muted">{tp.hint}</p>}
          {prefecture && !chosenUnit && <p className="prefecture-note">{tp.unknownPrefecture(prefecture, name)}</p>}
          {chosenUnit && series && (
            <PrefectureProfile
              unit={chosenUnit}
              rows={series}
              provinceAdcode={adcode}
              onClose={onSelectPrefecture ? () => onSelectPrefecture(null) : undefined}
              actions={actions?.profile}
            />
          )}
          <p className="prefecture-note muted">{tp.provinceNote}</p>
          <PrefectureTable
            cells={cells}
            metric={shown.metric}
            file={figures.data}
            summary={tp.tableSummary(name, whenText)}
          />
        </>
      )}

      {events.isError ? (
        <LoadError
          className="prefecture-note error"
          lead={t.markersFailed}
          error={events.error}
          onRetry={() => events.refetch()}
        />
      ) : plan ? (
        <>
          <Notes plan={plan} name={name} />
          {plan.markers.length > 0 && (
            <ul className="prefecture-list" aria-label={t.placesWithEvents(name)}>
              {[...plan.markers]
                .sort(
                  (a, b) =>
                    b.events.length - a.events.length ||
                    placeName(a, lang).localeCompare(placeName(b, lang), langTag(lang)),
                )
                .map((m) => (
                  <li key={m.code}>
                    <PlaceName en={m.nameEn} zh={m.nameZh} />
                    {t.placeListColon}
                    {countLabel(m.events.length, lang)}
                  </li>
                ))}
            </ul>
          )}
        </>
      ) : (
        !geometry.isError && <p className="prefecture-note muted">{t.loadingEvents}</p>
      )}

      {chosen && (
        <section className="prefecture-selection" aria-label={t.eventsIn(placeName(chosen, lang))}>
          <h4>
            <PlaceName en={chosen.nameEn} zh={chosen.nameZh} />
            {t.placeListColon}
            {countLabel(chosen.events.length, lang)}
          </h4>
          <ul>
            {chosen.events.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date ?? undefined}>{formatPartialDate(e.date, lang)}</time>{" "}
                <span lang={eventTitle(e, lang).lang}>{eventTitle(e, lang).text}</span>
                {e.amountBn !== null && " "}
                <EventAmount event={e} className="event-amount" />
              </li>
            ))}
          </ul>
        </section>
      )}
      {geometry.data?.omitted.map((o) => {
        // The build's reason is English; a Chinese page has its own wording for the shapes it knows.
        const known = t.omittedReason[o.code];
        const text = t.notDrawn(known ?? o.reason);
        const textLang = known ? undefined : dataLang(o.reason, lang);
        return (
          <p key={o.code} className="prefecture-note muted">
            <PlaceName en={o.nameEn} zh={o.name} />
            {textLang ? <span lang={textLang}>{text}</span> : text}
          </p>
        );
      })}
    </figure>
  );
}
