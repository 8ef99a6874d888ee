/**
 * A bar-and-line chart drawn as plain SVG (no chart library), laid out by ui/chart-layout.ts for the
 * box it gets: stacked bars and lines on a left axis, lines on a right percentage axis, a hover (or
 * tap) readout of the column's values, and an HTML legend. Before the box is measured (the built
 * page, the first render) it is laid out for a typical panel and scaled to fit, so the drawing does
 * not move when the measured layout replaces it. The chart box is aria-hidden: the figure's table is
 * the accessible form.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from "react";
import { observeSizeAndTheme } from "./observe-size";
import { useMessages } from "../i18n/context";
import { chartLayout, SLANT, type ChartLayout, type ChartPoint, type SeriesSpec } from "./chart-layout";
import { uiMessages } from "./messages";

export interface ChartSeries extends SeriesSpec {
  /** As the legend and the readout name it. */
  name: string;
  colour: string;
  /** How the readout writes a value. */
  format: (value: number) => string;
  /** Lines: the radius of a dot at each point; none when absent. */
  dot?: number;
}

interface Props {
  points: ChartPoint[];
  series: ChartSeries[];
  /** The drawing's height in px, or "fill": as tall as the box it is in (an embed). */
  height: number | "fill";
  xLabels: "all" | "fit";
  formatLeft: (value: number) => string;
  /** What the readout says for a value the data does not have. */
  noData: string;
  /** Extra room above the plot for `overlay`'s marks. */
  topMargin?: number;
  /** Marks of the caller's drawn with the chart: `below` under the bars, `above` over everything. */
  overlay?: (layout: ChartLayout) => { below?: ReactNode; above?: ReactNode };
  /** What the legend says first: the unit of the left axis ("Unit: bn CNY"), when no series name says it. */
  unit?: string;
}

/** The layout before the box is measured: a side panel's chart on a laptop. */
const ASSUMED_WIDTH = 480;
const BASE_FONT = 11;
/**
 * A box within this share of the assumed width keeps the assumed layout, scaled to fit: the built
 * page's chart (laid out before any box exists) is then exactly what the app shows after taking it
 * over, with no labels moving, on the common laptop and desktop widths.
 */
const KEEP_WITHIN = 0.12;

export function BarLineChart({ points, series, height, xLabels, formatLeft, noData, topMargin, overlay, unit }: Props) {
  const t = useMessages(uiMessages);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: ASSUMED_WIDTH, height: height === "fill" ? 260 : height, font: BASE_FONT });
  /** The column read out, and where its centre is in px from the box's left edge (for the readout). */
  const [hovered, setHovered] = useState<{ index: number; x: number; right: boolean } | null>(null);
  const hover = hovered?.index ?? null;

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const width = Math.round(element.clientWidth);
      const tall = height === "fill" ? Math.round(element.clientHeight) : height;
      const font = parseFloat(getComputedStyle(element).fontSize) || BASE_FONT;
      if (!(width > 0 && tall > 0)) return;
      const keep = font === BASE_FONT && Math.abs(width - ASSUMED_WIDTH) <= ASSUMED_WIDTH * KEEP_WITHIN;
      const next = { width: keep ? ASSUMED_WIDTH : width, height: tall, font };
      setSize((s) => (s.width === next.width && s.height === next.height && s.font === next.font ? s : next));
    };
    // Again when the box resizes, and when a theme changes the type size (the projector's is larger).
    return observeSizeAndTheme(element, measure);
  }, [height]);

  // A readout pinned by a tap stays until the next tap, on the chart (another column) or anywhere else.
  useEffect(() => {
    if (hover === null) return;
    const away = (event: globalThis.PointerEvent) => {
      if (!box.current?.contains(event.target as Node)) setHovered(null);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [hover]);

  const layout = useMemo(
    () =>
      chartLayout(points, series, {
        width: size.width,
        height: size.height,
        fontSize: size.font,
        formatLeft,
        xLabels,
        topMargin,
      }),
    [points, series, size, formatLeft, xLabels, topMargin],
  );
  const { plot } = layout;
  const colour = new Map(series.map((s) => [s.key, s.colour]));
  const marks = overlay?.(layout);

  const onPointer = (event: PointerEvent<SVGSVGElement>) => {
    // Through the drawing's own transform: the drawing may be scaled and centred in its box.
    const svg = event.currentTarget;
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const x = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse()).x;
    const slot = layout.slots.find((s) => x >= s.x && x < s.x + s.width);
    if (!slot) return setHovered(null);
    const centre = new DOMPoint(slot.centre, 0).matrixTransform(ctm).x - svg.getBoundingClientRect().left;
    setHovered({ index: slot.index, x: centre, right: slot.centre > layout.width / 2 });
  };
  const hoveredPoint = hover === null ? null : (points[hover] ?? null);
  const hoveredSlot = hover === null ? null : (layout.slots[hover] ?? null);
  const labelY = plot.bottom + size.font * (layout.slanted ? 0.9 : 1.3);

  return (
    <div className={`bar-line-chart${height === "fill" ? " fill" : ""}`}>
      <div className="bar-line-chart-plot" ref={box} style={height === "fill" ? undefined : { height }}>
        <svg
          className="bar-line-chart-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          height="100%"
          onPointerMove={onPointer}
          onPointerDown={onPointer}
          onPointerLeave={(event) => event.pointerType !== "touch" && setHovered(null)}
        >
          <g className="chart-grid">
            {layout.leftTicks.map((tick) => (
              <line key={tick.value} x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            ))}
          </g>
          {hoveredSlot && (
            <rect
              className="chart-cursor"
              x={hoveredSlot.x}
              y={plot.top}
              width={hoveredSlot.width}
              height={plot.bottom - plot.top}
            />
          )}
          {marks?.below}
          <g className="chart-axis left-axis">
            <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
            {layout.leftTicks.map((tick) => (
              <text key={tick.value} x={plot.left - 5} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {tick.text}
              </text>
            ))}
          </g>
          {layout.rightTicks.length > 0 && (
            <g className="chart-axis right-axis">
              <line x1={plot.right} x2={plot.right} y1={plot.top} y2={plot.bottom} />
              {layout.rightTicks.map((tick) => (
                <text key={tick.value} x={plot.right + 5} y={tick.y} dominantBaseline="middle">
                  {tick.text}
                </text>
              ))}
            </g>
          )}
          <g className="chart-axis x-axis">
            <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
            {layout.xLabels.map((label) => (
              <text
                key={label.index}
                x={label.x}
                y={labelY}
                textAnchor={layout.slanted ? "end" : "middle"}
                transform={layout.slanted ? `rotate(-${SLANT} ${label.x} ${labelY})` : undefined}
              >
                {label.text}
              </text>
            ))}
          </g>
          <g className="chart-bars">
            {layout.bars.map((bar) => {
              const fill = colour.get(bar.key);
              return (
                <rect
                  key={`${bar.key}-${bar.index}`}
                  className="chart-bar"
                  data-series={bar.key}
                  data-light={bar.light ? "true" : undefined}
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                  fill={fill}
                  fillOpacity={bar.light ? 0.45 : undefined}
                  stroke={bar.light ? fill : undefined}
                  strokeDasharray={bar.light ? "3 2" : undefined}
                />
              );
            })}
          </g>
          {layout.lines.map((line) => {
            const spec = series.find((s) => s.key === line.key)!;
            const dot = spec.dot;
            return (
              <g key={line.key} className="chart-line-series" data-series={line.key}>
                {line.runs.map((run) => (
                  <polyline
                    key={run[0].index}
                    className="chart-line"
                    points={run.map((p) => `${p.x},${p.y}`).join(" ")}
                    fill="none"
                    stroke={spec.colour}
                    strokeWidth={2}
                  />
                ))}
                {dot !== undefined &&
                  line.runs
                    .flat()
                    .map((p) => (
                      <circle
                        key={p.index}
                        className="chart-dot"
                        cx={p.x}
                        cy={p.y}
                        r={hover === p.index ? dot + 1.5 : dot}
                        fill="var(--surface)"
                        stroke={spec.colour}
                        strokeWidth={2}
                      />
                    ))}
              </g>
            );
          })}
          {marks?.above}
        </svg>
        {hovered && hoveredPoint && (
          <div
            className="chart-tip"
            style={{
              left: `${hovered.x}px`,
              transform: hovered.right ? "translateX(calc(-100% - 12px))" : "translateX(12px)",
            }}
          >
            <strong>{hoveredPoint.label}</strong>
            {series.map((s) => {
              const v = hoveredPoint.values[s.key];
              return (
                <span key={s.key}>
                  <span className={`swatch ${s.kind}`} style={{ background: s.colour }} aria-hidden="true" />
                  {t.readout(s.name, typeof v === "number" ? s.format(v) : noData)}
                </span>
              );
            })}
          </div>
        )}
      </div>
      <ul className="chart-legend">
        {unit && <li className="chart-unit">{unit}</li>}
        {series.map((s) => (
          <li key={s.key}>
            <span
              className={`swatch ${s.kind}${s.dot !== undefined ? " dotted" : ""}`}
              style={{ background: s.colour, color: s.colour }}
              aria-hidden="true"
            />
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
