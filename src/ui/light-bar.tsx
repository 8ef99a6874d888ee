/**
 * A bar shape for recharts that draws some bars light with a dashed edge, so a figure that is not
 * as firm as the rest (a provisional month-end, a value read off a chart) does not read as one that
 * is. `isLight` says which, from the bar's data point; light bars carry data-light="true".
 */
interface BarShapeProps<P> {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: P;
}

export function lightBar<P>(isLight: (point: P) => boolean) {
  return function LightBar({ x = 0, y = 0, width = 0, height = 0, fill, payload }: BarShapeProps<P>) {
    const light = payload !== undefined && isLight(payload);
    return (
      <rect
        className="recharts-bar-rectangle"
        data-light={light ? "true" : undefined}
        x={x}
        y={y}
        width={width}
        height={Math.max(0, height)}
        fill={fill}
        fillOpacity={light ? 0.45 : 1}
        stroke={light ? fill : "none"}
        strokeDasharray={light ? "3 2" : undefined}
      />
    );
  };
}
