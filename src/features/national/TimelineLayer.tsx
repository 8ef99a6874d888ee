/**
 * The policy markers drawn inside the balance chart: a band as wide as the date's precision (a
 * line for a day), and a numbered head above the plot. Heads at nearby dates go to separate rows.
 * Mouse only: the chart is aria-hidden, so keyboard and screen readers use the list below it,
 * which drives the same highlight.
 */
import { useEffect } from "react";
import { usePlotArea, useXAxisScale } from "recharts";
import { assignLanes } from "./lib/time-axis";
import type { TimelineMarker } from "./lib/timeline";

export interface CalloutPlace {
  x: number;
  y: number;
  width: number;
}

interface Props {
  markers: TimelineMarker[];
  activeId: string | null;
  onActive: (id: string | null) => void;
  onPlace: (place: CalloutPlace | null) => void;
  lane: number;
}

const HEAD_R = 8;

export function TimelineLayer({ markers, activeId, onActive, onPlace, lane }: Props) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  const px = (x: number) => (scale ? (scale(x) ?? 0) : 0);
  const perYear = px(1) - px(0);
  const placed = perYear > 0 ? assignLanes(markers, (2 * HEAD_R + 4) / perYear) : [];
  const active = placed.find((m) => m.id === activeId);
  const activeX = active ? px(active.span.at) : null;

  const plotTop = plot?.y ?? 0;
  const plotRight = plot ? plot.x + plot.width : 0;
  useEffect(() => {
    onPlace(activeX === null ? null : { x: activeX, y: plotTop, width: plotRight });
  }, [activeX, plotTop, plotRight, onPlace]);

  if (!scale || !plot || placed.length === 0) return null;
  const bottom = plot.y + plot.height;
  return (
    <g className="timeline-layer">
      {placed.map((m) => {
        const x0 = px(m.span.start);
        const x1 = px(m.span.end);
        const x = px(m.span.at);
        const headY = plot.y - 8 - HEAD_R - m.lane * lane;
        const on = m.id === activeId;
        return (
          <g
            key={m.id}
            className={`timeline-marker ${m.tone}${on ? " active" : ""}`}
            data-marker={m.id}
            onMouseEnter={() => onActive(m.id)}
            onMouseLeave={() => onActive(null)}
            onClick={() => onActive(m.id)}
          >
            {x1 - x0 >= 2 ? (
              <rect className="timeline-band" x={x0} y={plot.y} width={x1 - x0} height={plot.height} />
            ) : (
              <line className="timeline-line" x1={x} x2={x} y1={plot.y} y2={bottom} />
            )}
            <line className="timeline-stem" x1={x} x2={x} y1={headY + HEAD_R} y2={plot.y} />
            {/* A wide transparent strip: a 1px line is too thin to hover. */}
            <rect className="timeline-hit" x={x - 6} y={headY - HEAD_R} width={12} height={bottom - headY + HEAD_R} />
            <circle className="timeline-head" cx={x} cy={headY} r={HEAD_R} />
            <text className="timeline-number" x={x} y={headY} dy="0.35em" textAnchor="middle">
              {m.number}
            </text>
          </g>
        );
      })}
    </g>
  );
}
