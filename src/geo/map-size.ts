/**
 * The province map's drawing box, in map units: the projection is fitted into it at build time
 * (geo/projection.ts) and the map's SVG takes it as its viewBox. On its own so the map can be drawn
 * without loading the projection code (d3-geo): its paths were projected at build time.
 */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;
