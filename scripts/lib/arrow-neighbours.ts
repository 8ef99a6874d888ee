/**
 * Where each arrow key leads from each province, worked out once at build time from the geometry
 * and written into the projected map, so the app only looks it up. Pure: no file-system access.
 *
 * Pressing an arrow on province A considers the provinces whose projected centroid lies within
 * CONE of that direction as seen from A's centroid, each costed by its distance stretched by how
 * far off the axis it lies (distance / cos² of the angle, so a near province slightly askew beats
 * a far one dead ahead, but one nearly sideways does not). It takes:
 *  1. the cheapest province sharing a border with A (an arc in common in the topology);
 *  2. else, when nothing borders A that way (islands such as Hainan and Taiwan; Beijing, whose
 *     neighbours' centroids lie south), the cheapest province of all;
 *  3. else nothing: the map's edge.
 * Every drawn province is a node, the not-covered ones (Hong Kong, Macau, Taiwan) included: they
 * stay focusable and announced as "not covered", as they were before; Enter opens nothing there.
 */
import { neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { DIRECTIONS, type ArrowNeighbours, type Direction } from "../../src/geo/province-map";

/** How far off the arrow's axis a target may lie (60°: the four cones overlap a little). */
export const CONE = Math.PI / 3;

/** Unit vectors in map units, where y grows downwards. */
export const DIRECTION_VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

export interface ArrowNode {
  adcode: string;
  /** Projected centroid in map units. */
  centroid: [number, number];
}

/** The cost of moving from `from` to `to` with an arrow, or null when `to` lies outside the cone. */
function cost(from: ArrowNode, to: ArrowNode, direction: Direction): number | null {
  const [vx, vy] = DIRECTION_VECTORS[direction];
  const dx = to.centroid[0] - from.centroid[0];
  const dy = to.centroid[1] - from.centroid[1];
  const along = dx * vx + dy * vy;
  const across = Math.abs(dx * vy - dy * vx);
  const angle = Math.atan2(across, along);
  if (along <= 0 || angle > CONE) return null;
  return Math.hypot(dx, dy) / Math.cos(angle) ** 2;
}

/** The cheapest of `candidates` (ties: the lower adcode, so builds are reproducible). */
function cheapest(candidates: { adcode: string; cost: number }[]): string | null {
  let best: { adcode: string; cost: number } | null = null;
  for (const c of candidates) {
    if (!best || c.cost < best.cost || (c.cost === best.cost && c.adcode < best.adcode)) best = c;
  }
  return best?.adcode ?? null;
}

/** The arrow targets of every node. `borders.get(a)` holds the adcodes sharing a border with `a`. */
export function arrowNeighbours(
  nodes: readonly ArrowNode[],
  borders: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, ArrowNeighbours> {
  const out = new Map<string, ArrowNeighbours>();
  for (const from of nodes) {
    const touching = borders.get(from.adcode);
    const arrows = {} as ArrowNeighbours;
    for (const direction of DIRECTIONS) {
      const ahead = nodes.flatMap((to) => {
        const c = to.adcode === from.adcode ? null : cost(from, to, direction);
        return c === null ? [] : [{ adcode: to.adcode, cost: c }];
      });
      arrows[direction] = cheapest(ahead.filter((c) => touching?.has(c.adcode))) ?? cheapest(ahead);
    }
    out.set(from.adcode, arrows);
  }
  return out;
}

/** Which features of a topology object share a border (an arc), by id; a feature is never its own neighbour. */
export function sharedBorders(topology: Topology, objectName = "provinces"): Map<string, Set<string>> {
  const geometries = (topology.objects[objectName] as GeometryCollection).geometries;
  const ids = geometries.map((g) => String(g.id));
  const out = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  neighbors(geometries).forEach((list, i) => {
    for (const j of list) if (ids[j] !== ids[i]) out.get(ids[i])!.add(ids[j]);
  });
  return out;
}
