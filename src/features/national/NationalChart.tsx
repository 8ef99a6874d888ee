/**
 * National picture: the official national balance (bars) and the share held by the key regions
 * (line, right axis). Drawn as plain SVG (no chart library): it is in the map page's first view, so
 * it is in the built HTML and is adopted with the map. Its layout is computed in
 * lib/balance-chart-layout.ts for the box it gets; before the box is measured (the built page,
 * the first render) it is laid out for a typical side panel and scaled to fit, so the drawing does
 * not move when the measured layout replaces it.
 */
import { useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from "react";
import { useLang, useMessages } from "../../i18n/context";
import { formatAmount, formatAxis } from "../../ui/format";
import { balanceChartLayout, type BalanceChartPoint } from "./lib/balance-chart-layout";
import { nationalMessages } from "./messages";

/** The layout before the box is measured: a side panel's chart on a laptop. */
const ASSUMED_WIDTH = 480;
const BASE_FONT = 11;

interface Props {
  points: BalanceChartPoint[];
  /** The drawing's height in px, or "fill": as tall as the box it is in (an embed). */
  height: number | "fill";
}

export function NationalChart({ points, height }: Props) {
  const lang = useLang();
  const t = useMessages(nationalMessages);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({
    width: ASSUMED_WIDTH,
    height: height === "fill" ? 260 : height,
    font: BASE_FONT,
  });
  const [hover, setHover] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const width = Math.round(element.clientWidth);
      const tall = height === "fill" ? Math.round(element.clientHeight) : height;
      const font = parseFloat(getComputedStyle(element).fontSize) || BASE_FONT;
      if (width > 0 && tall > 0)
        setSize((s) => (s.width === width && s.height === tall && s.font === font ? s : { width, height: tall, font }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [height]);

  const layout = useMemo(
    () =>
      balanceChartLayout(points, {
        width: size.width,
        height: size.height,
        fontSize: size.font,
        formatBalance: (v) => formatAxis(v, lang),
      }),
    [points, size, lang],
  );
  const { plot } = layout;

  const onPointer = (event: PointerEvent<SVGSVGElement>) => {
    const svg = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - svg.left) / Math.max(1, svg.width)) * layout.width;
    const slot = layout.slots.find((s) => x >= s.x && x < s.x + s.width);
    setHover(slot ? slot.index : null);
  };
  const hovered = hover === null ? null : points[hover];
  const hoveredSlot = hover === null ? null : layout.slots[hover];

  return (
    <div className={`national-chart${height === "fill" ? " fill" : ""}`}>
      <div className="national-chart-plot" ref={box} style={height === "fill" ? undefined : { height }}>
        <svg
          className="national-chart-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          height="100%"
          onPointerMove={onPointer}
          onPointerDown={onPointer}
          onPointerLeave={(event) => event.pointerType !== "touch" && setHover(null)}
        >
          <g className="chart-grid">
            {layout.balanceTicks.map((tick) => (
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
          <g className="chart-axis balance-axis">
            <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
            {layout.balanceTicks.map((tick) => (
              <text key={tick.value} x={plot.left - 5} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {tick.text}
              </text>
            ))}
          </g>
          <g className="chart-axis share-axis">
            <line x1={plot.right} x2={plot.right} y1={plot.top} y2={plot.bottom} />
            {layout.shareTicks.map((tick) => (
              <text key={tick.value} x={plot.right + 5} y={tick.y} dominantBaseline="middle">
                {tick.text}
              </text>
            ))}
          </g>
          <g className="chart-axis x-axis">
            <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
            {layout.xLabels.map((label) => (
              <text key={label.index} x={label.x} y={plot.bottom + size.font * 1.3} textAnchor="middle">
                {label.text}
              </text>
            ))}
          </g>
          <g className="national-bars">
            {layout.bars.map((bar) => (
              <rect
                key={bar.index}
                className="national-bar"
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill="var(--general)"
              />
            ))}
          </g>
          <g className="share-line">
            {layout.shareRuns.map((run) => (
              <polyline
                key={run[0].index}
                className="share-line-curve"
                points={run.map((p) => `${p.x},${p.y}`).join(" ")}
                fill="none"
                stroke="var(--key)"
                strokeWidth={2}
              />
            ))}
            {layout.shareRuns.flat().map((p) => (
              <circle
                key={p.index}
                className="share-dot"
                cx={p.x}
                cy={p.y}
                r={hover === p.index ? 4.5 : 3}
                fill="var(--surface)"
                stroke="var(--key)"
                strokeWidth={2}
              />
            ))}
          </g>
        </svg>
        {hovered && hoveredSlot && (
          <div
            className="national-chart-tip"
            style={{
              left: `${(hoveredSlot.centre / layout.width) * 100}%`,
              transform: hoveredSlot.centre > layout.width / 2 ? "translateX(calc(-100% - 12px))" : "translateX(12px)",
            }}
          >
            <strong>{hovered.label}</strong>
            <span>
              {t.balanceSeries}: {hovered.national === null ? t.noData : formatAmount(hovered.national, lang)}
            </span>
            <span>
              {t.shareSeries}: {hovered.keyShare === null ? t.noData : `${hovered.keyShare.toFixed(1)}%`}
            </span>
          </div>
        )}
      </div>
      <ul className="chart-legend">
        <li>
          <span className="swatch bar" aria-hidden="true" />
          {t.balanceSeries}
        </li>
        <li>
          <span className="swatch line" aria-hidden="true" />
          {t.shareSeries}
        </li>
      </ul>
    </div>
  );
}
