/**
 * The province choropleth. Draws only: everything it shows arrives in `model`. Memoised so that
 * hover and tooltip state, which live in the parent, never redraw the 34 provinces.
 */
import {
  memo,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { neighbourInDirection, type MapGeometry } from "../../geo/map-geometry";
import { MAP_HEIGHT, MAP_WIDTH } from "../../geo/map-size";
import type { Direction } from "../../geo/province-map";
import { labelTarget, type MapCell, type MapModel } from "./lib/map-model";
import type { MetricId } from "../../data/metrics";
import type { Scale } from "../../data/scale";
import { formatMetric } from "../../ui/format";
import { useLang } from "../../i18n/context";
import type { Lang } from "../../i18n/lang";
import { provinceNames } from "../../i18n/domain";
import { mapMessages } from "./messages";
import { spreadMarkers } from "../events/lib/marker-layout";
import { placeLabels } from "../../geo/map-labels";
import { useLabelSize } from "./use-label-size";

export interface HoverTarget {
  adcode: string;
  /** Position in CSS pixels relative to the map's box, or null to anchor at the centroid. */
  x: number;
  y: number;
}

interface Props {
  geometry: MapGeometry;
  model: MapModel;
  scale: Scale;
  metric: MetricId;
  selected: string | null;
  focused: string;
  onFocusChange: (adcode: string) => void;
  onSelect: (adcode: string) => void;
  onHover: (target: HoverTarget | null) => void;
  /** Events per province adcode matching the event filters: drawn as numbered circles when given. */
  eventCounts?: ReadonlyMap<string, number>;
  /** The province of the selected (dated) event, marked distinctly; null for none. */
  eventProvince?: string | null;
  /** A province's accessible name, for a map of other values (features/user-data); else the metric's wording. */
  describe?: (cell: MapCell | undefined) => string;
}

/** Count circles' radius in map units (800 x 640); neighbours closer than two radii are pushed apart. */
const EVENT_R = 9;

const ARROWS: Record<string, Direction> = { ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down" };

function fillOf(cell: MapCell | undefined, scale: Scale): string {
  if (!cell || cell.kind === "not-covered") return "var(--not-covered)";
  if (cell.kind === "no-data" || cell.colourClass === null) return "url(#pattern-no-data)";
  return scale.colours[cell.colourClass];
}

function labelOf(cell: MapCell | undefined, metric: MetricId, events: number | undefined, lang: Lang): string {
  const t = mapMessages[lang];
  if (!cell) return t.unknownRegion;
  const name = provinceNames(cell, lang);
  if (cell.kind === "not-covered") return t.notCoveredShape(name);
  const value = cell.result?.ok ? formatMetric(metric, cell.result.value, lang) : t.noData;
  // The count circles are hidden from assistive technology; their number is said here instead.
  return t.shapeLabel(name, value, cell.isKey, events ?? null);
}

function ChinaMapImpl({
  geometry,
  model,
  scale,
  metric,
  selected,
  focused,
  onFocusChange,
  onSelect,
  onHover,
  eventCounts,
  eventProvince = null,
  describe,
}: Props) {
  const svgRef = useRef<SVGSVGElement>(null);
  const lang = useLang();
  // The province that has the focus, for its ring (drawn only then: the built page, with no focus,
  // carries each province's path once).
  const [ringFor, setRingFor] = useState<string | null>(null);
  // Each shape's id, for the layers drawn over it (<use>): unique on the page, the same on the
  // server and in the browser.
  const idPrefix = `shape${useId().replace(/[^\w-]/g, "")}-`;
  const eventMarkers = useMemo(
    () =>
      eventCounts
        ? spreadMarkers(
            geometry.shapes
              .filter((s) => (eventCounts.get(s.adcode) ?? 0) > 0)
              .map((s) => ({ id: s.adcode, x: s.centroid[0], y: s.centroid[1] })),
            EVENT_R * 2 + 1,
          )
        : [],
    [geometry, eventCounts],
  );
  const eventMark = useMemo(
    () =>
      eventProvince
        ? (eventMarkers.find((m) => m.id === eventProvince) ?? centroidMarker(geometry, eventProvince))
        : null,
    [eventProvince, eventMarkers, geometry],
  );
  // Province names where they fit at the size they are read at, clear of the count circles (as
  // drawn: a phone draws them larger, events.css) and of the selected event's ring.
  const labelSize = useLabelSize(svgRef, EVENT_R);
  const labels = useMemo(
    () =>
      labelSize === null
        ? []
        : placeLabels(
            geometry.shapes.map((s) => labelTarget(s, model.cells.get(s.adcode), lang)),
            labelSize.font,
            [
              // With half the circle's stroke and a unit of room.
              ...eventMarkers.map((m) => ({ x: m.x, y: m.y, r: labelSize.circle + 1.5 })),
              ...(eventMark ? [{ x: eventMark.x, y: eventMark.y, r: EVENT_R + 5 + 3 }] : []),
            ],
          ),
    [geometry, model, lang, labelSize, eventMarkers, eventMark],
  );

  const toBox = useCallback((event: MouseEvent) => {
    const box = svgRef.current?.getBoundingClientRect();
    return box ? { x: event.clientX - box.left, y: event.clientY - box.top } : { x: 0, y: 0 };
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGPathElement>, adcode: string) => {
      const direction = ARROWS[event.key];
      if (direction) {
        event.preventDefault();
        const next = neighbourInDirection(geometry.shapes, adcode, direction);
        if (next) {
          onFocusChange(next);
          (svgRef.current?.querySelector(`[data-adcode="${next}"]`) as SVGPathElement | null)?.focus();
        }
      } else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        onSelect(adcode);
      }
    },
    [geometry, onFocusChange, onSelect],
  );

  /**
   * A shape drawn again over itself: a <use> of it (the built page carries each path once; the
   * overlay's fill and outline reach the copy through custom properties), except for the province
   * that holds the keyboard's place (tabindex 0, the selected one when there is one): a copy of it
   * would be a second, invisible tab stop, so that one overlay is a plain copy of its path.
   */
  const overlay = (s: MapGeometry["shapes"][number], className: string) =>
    s.adcode === focused ? (
      <path key={s.adcode} d={s.svgPath} className={className} />
    ) : (
      <use key={s.adcode} href={`#${idPrefix}${s.adcode}`} className={className} />
    );

  return (
    <>
      {/* Plain SVG: the paths were projected at build time, so drawing them needs no map library (the
        prefecture maps, drawn later, use react-simple-maps). The first view loads no d3-geo. */}
      <svg
        ref={svgRef}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="china-map"
        role="group"
        aria-label={mapMessages[lang].mapLabel}
      >
        <defs>
          <pattern id="pattern-key" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
            <line x1="1" y1="0" x2="1" y2="7" className="key-hatch" />
            <line x1="2.6" y1="0" x2="2.6" y2="7" className="key-hatch-ink" />
          </pattern>
          <pattern id="pattern-no-data" patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" className="no-data-bg" />
            <circle cx="3" cy="3" r="0.9" className="no-data-dot" />
          </pattern>
        </defs>
        <g>
          {geometry.shapes.map((shape) => {
            const adcode = shape.adcode;
            const cell = model.cells.get(adcode);
            const raw = cell?.result?.ok ? String(cell.result.value) : "";
            return (
              <path
                key={adcode}
                d={shape.svgPath}
                id={idPrefix + adcode}
                // The fill as a custom property (styles.css: .province), not an attribute, so the
                // key-region layer can reuse the shape with its own fill (see below).
                style={{ "--fill": fillOf(cell, scale) } as CSSProperties}
                className={`province${cell?.kind === "not-covered" ? " not-covered" : ""}${selected === adcode ? " selected" : ""}`}
                data-adcode={adcode}
                data-region={cell?.iso ?? ""}
                data-key-region={cell?.isKey ? "true" : "false"}
                data-value={raw}
                role="button"
                aria-label={
                  describe
                    ? describe(cell)
                    : labelOf(
                        cell,
                        metric,
                        eventCounts && cell?.kind !== "not-covered" ? (eventCounts.get(adcode) ?? 0) : undefined,
                        lang,
                      )
                }
                aria-pressed={selected === adcode}
                tabIndex={adcode === focused ? 0 : -1}
                onMouseMove={(e: MouseEvent) => onHover({ adcode, ...toBox(e) })}
                onMouseLeave={() => onHover(null)}
                onFocus={() => {
                  setRingFor(adcode);
                  onFocusChange(adcode);
                  onHover({ adcode, x: -1, y: -1 });
                }}
                onBlur={() => {
                  setRingFor(null);
                  onHover(null);
                }}
                onClick={() => onSelect(adcode)}
                onKeyDown={(e: KeyboardEvent<SVGPathElement>) => onKeyDown(e, adcode)}
              />
            );
          })}
        </g>
        {/* Key regions: hatch and a heavy outline on top, so they stand out without relying on colour;
          under the outline a halo in the page's colour, so it shows on every class's fill. */}
        <g className="key-layer" aria-hidden="true">
          <g>{geometry.shapes.map((s) => (model.cells.get(s.adcode)?.isKey ? overlay(s, "key-halo") : null))}</g>
          <g>{geometry.shapes.map((s) => (model.cells.get(s.adcode)?.isKey ? overlay(s, "key-overlay") : null))}</g>
        </g>
        {/* The selected province's outline and the keyboard's focus ring, each in a colour 3:1 from
          the page and drawn on a halo in the page's colour, so they show on every class's fill (on
          the darkest classes the text's colour, and on the teal ones the focus colour, did not). */}
        {selected && (
          <g aria-hidden="true">
            {geometry.shapes.map((s) => (s.adcode === selected ? overlay(s, "outline-halo") : null))}
            {geometry.shapes.map((s) => (s.adcode === selected ? overlay(s, "selected-outline") : null))}
          </g>
        )}
        <g aria-hidden="true" className="focus-layer">
          {geometry.shapes.map((s) => (s.adcode === ringFor ? overlay(s, "outline-halo") : null))}
          {geometry.shapes.map((s) => (s.adcode === ringFor ? overlay(s, "focus-outline") : null))}
        </g>
        {eventCounts && (
          <g className="event-count-layer" aria-hidden="true">
            {eventMarkers.map((m) => (
              <g
                key={m.id}
                transform={`translate(${m.x.toFixed(1)} ${m.y.toFixed(1)})`}
                data-event-count={eventCounts.get(m.id)}
                data-adcode-events={m.id}
              >
                <circle r={EVENT_R} className="event-count-circle" />
                <text className="event-count-text" textAnchor="middle" dy="0.35em">
                  {eventCounts.get(m.id)}
                </text>
              </g>
            ))}
          </g>
        )}
        {eventMark && (
          <g
            className="event-selected-layer"
            aria-hidden="true"
            transform={`translate(${eventMark.x.toFixed(1)} ${eventMark.y.toFixed(1)})`}
            data-event-province={eventMark.id}
          >
            <circle r={EVENT_R + 5} className="event-selected-ring" />
          </g>
        )}
      </svg>
      {labels.length > 0 && (
        // The names in a drawing of their own laid over the map, in its units: written (and moved
        // when the map's size changes) without redrawing the provinces, and none in the built page,
        // which the app adopts unchanged. For the eye: each province's accessible name says it.
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          className="province-labels"
          aria-hidden="true"
          style={{ fontSize: labelSize?.font }}
        >
          {labels.map((l) => (
            <text key={l.adcode} x={l.x.toFixed(1)} y={l.y.toFixed(1)} data-label-for={l.adcode}>
              {l.text}
            </text>
          ))}
        </svg>
      )}
    </>
  );
}

function centroidMarker(geometry: MapGeometry, adcode: string) {
  const shape = geometry.shapes.find((s) => s.adcode === adcode);
  return shape ? { id: adcode, x: shape.centroid[0], y: shape.centroid[1] } : null;
}

export const ChinaMap = memo(ChinaMapImpl);
