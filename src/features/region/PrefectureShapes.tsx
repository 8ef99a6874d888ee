/**
 * A province's prefecture shapes, drawn with react-simple-maps: its own chunk, loaded when a
 * province's panel opens (beside the prefecture geometry), so neither the map's first view nor the
 * panel's first commit waits for the map library. Memoised: choosing a marker or loading the events
 * never redraws the shapes.
 */
import { memo, useMemo } from "react";
import { ComposableMap, Geography } from "react-simple-maps/core";
import { projectionFrom } from "../../geo/projection";
import type { PrefectureMapFile } from "../../geo/prefecture-map";
import type { PrefectureCell } from "./lib/prefecture-choropleth";

type RsmGeography = Parameters<typeof Geography>[0]["geography"];

const PrefectureShapes = memo(function PrefectureShapes({
  map,
  cells,
  selected,
  onActive,
  onPress,
}: {
  map: PrefectureMapFile;
  /** By shape code; a shape with no entry (no figures loaded yet, or a municipality) stays plain. */
  cells: Map<string, PrefectureCell> | null;
  selected: string | null;
  onActive: (code: string) => void;
  onPress: (code: string) => void;
}) {
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
  return (
    <ComposableMap
      width={map.width}
      height={map.height}
      projection={projection}
      className="prefecture-svg"
      aria-hidden="true"
      focusable="false"
    >
      <defs>
        <pattern id="pref-missing" patternUnits="userSpaceOnUse" width="6" height="6">
          <rect width="6" height="6" className="no-data-bg" />
          <circle cx="3" cy="3" r="0.9" className="no-data-dot" />
        </pattern>
        <pattern id="pref-doubtful" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" className="pref-doubtful-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="pref-doubtful-line" />
        </pattern>
      </defs>
      {geographies.map((geo, k) => {
        const shape = map.shapes[k];
        const cell = cells?.get(shape.code);
        return (
          <Geography
            key={geo.rsmKey}
            geography={geo}
            tabIndex={-1}
            className={`prefecture${cell ? ` ${cell.state}` : ""}${shape.code === selected ? " selected" : ""}`}
            data-code={shape.code}
            data-prefecture={cell ? shape.code : undefined}
            data-value={cell ? (cell.value === null ? "" : String(cell.value)) : undefined}
            data-grade={cell ? (cell.grade ?? "") : undefined}
            data-state={cell?.state}
            style={cell ? { fill: cell.fill } : undefined}
            onMouseEnter={() => onActive(shape.code)}
            onClick={() => onPress(shape.code)}
          >
            <title>{shape.name}</title>
          </Geography>
        );
      })}
    </ComposableMap>
  );
});

export default PrefectureShapes;
