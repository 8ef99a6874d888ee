/** A short sample of a series' line (colour and dash), so chips, legend and chart match. */
import type { SeriesStyle } from "./lib/palette";

export function SeriesKey({ style }: { style: SeriesStyle }) {
  return (
    <svg className="compare-key" width="22" height="10" viewBox="0 0 22 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="21"
        y2="5"
        stroke={style.colour}
        strokeWidth={Math.max(2, style.width)}
        strokeDasharray={style.dash}
      />
    </svg>
  );
}
