/**
 * A province's prefecture-level map with a marker on each prefecture (or, in the four
 * municipalities, district) that has events. Draws only: which event goes where is decided in
 * lib/prefecture-markers.ts. The geometry file is fetched when the province first opens and kept.
 */
import { memo, useId, useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { ComposableMap, Geography } from "react-simple-maps/core";
import type { AtlasIndex } from "../../data/atlas-index";
import { eventsQuery } from "../../data/queries";
import { prefectureQuery } from "../../data/prefecture-query";
import { projectionFrom } from "../../geo/projection";
import { PREFECTURE_BOX, type PrefectureMapFile } from "../../geo/prefecture-map";
import { formatPartialDate } from "../../ui/format";
import { useLang, useMessages } from "../../i18n/context";
import { provinceName } from "../../i18n/domain";
import { langTag } from "../../i18n/lang";
import { PlaceName } from "../../ui/PlaceName";
import { dataLang } from "../../i18n/data-lang";
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

interface Props {
  index: AtlasIndex;
  adcode: string;
  /** A marker was activated (null: deselected), with the ids of that place's events. */
  onSelectPlace?: (code: string | null, eventIds: string[]) => void;
}

type RsmGeography = Parameters<typeof Geography>[0]["geography"];

/** The shapes alone, memoised: choosing a marker or loading the events never redraws them. */
const Shapes = memo(function Shapes({ map, withEvents }: { map: PrefectureMapFile; withEvents: string }) {
  const projection = useMemo(() => projectionFrom(map.projection), [map]);
  // Paths were projected at build time; react-simple-maps draws `svgPath` as given.
  const geographies = useMemo(
    () =>
      map.shapes.map(
        (s, k) =>
          ({
            type: "Feature",
            id: s.code,
            properties: {},
            geometry: null,
            rsmKey: `pref-${k}`,
            svgPath: s.d,
          }) as unknown as RsmGeography,
      ),
    [map],
  );
  const marked = new Set(withEvents.split(","));
  return (
    <ComposableMap
      width={map.width}
      height={map.height}
      projection={projection}
      className="prefecture-svg"
      aria-hidden="true"
      focusable="false"
    >
      {geographies.map((geo, k) => {
        const shape = map.shapes[k];
        return (
          <Geography
            key={geo.rsmKey}
            geography={geo}
            tabIndex={-1}
            className={`prefecture${marked.has(shape.code) ? " has-events" : ""}`}
            data-code={shape.code}
          >
            <title>{shape.name}</title>
          </Geography>
        );
      })}
    </ComposableMap>
  );
});

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
        ["--marker-size" as string]: `${markerSize(marker.events.length)}px`,
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

export function PrefectureMap({ index, adcode, onSelectPlace }: Props) {
  const lang = useLang();
  const t = useMessages(regionMessages);
  const province = index.provinceByAdcode.get(adcode);
  const geometry = useQuery(prefectureQuery(adcode));
  const events = useQuery(eventsQuery);
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
  const caption = t.prefectureCaption(name, isMunicipality(adcode));
  const chosen = plan?.markers.find((m) => m.code === selected) ?? null;
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
      data-drawn={geometry.data ? "true" : undefined}
    >
      <figcaption id={captionId}>{caption}</figcaption>
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
        {geometry.data && (
          <Shapes map={geometry.data} withEvents={plan ? plan.markers.map((m) => m.code).join(",") : ""} />
        )}
        <Leaders markers={placed} box={box} />
        {placed.map((m) => (
          <Marker key={m.code} marker={m} box={box} pressed={m.code === selected} onPress={() => press(m)} />
        ))}
      </div>

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
                <span lang={dataLang(e.title, lang)}>{e.title}</span>
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
