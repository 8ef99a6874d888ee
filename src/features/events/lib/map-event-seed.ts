/**
 * The map's event counts for a view without event filters, worked out when the page is built: the
 * built page draws them (scripts/prerender.ts), and the app reads the same figures from the page
 * (JSON in an inert <template>, neither shown nor run) to adopt that drawing before the events file has arrived. Once
 * the file is in, the counts are computed from it as for any filter, and come out the same.
 * This module is what the app reads; the build's counting is in map-event-seed-build.ts, so the
 * app's first chunk does not carry the filtering code (MapEvents fetches it with the events file).
 */

export interface MapEventSeed {
  /** Dated events per province adcode. */
  counts: Record<string, number>;
  /** Dated events with no province (national) and undated ones: said under the map, not drawn. */
  national: number;
  undated: number;
}

/** The id of the built page's <template> that carries the seed. */
export const MAP_EVENT_SEED_ID = "atlas-map-events";

const count = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/** The seed read back from the page, or null when it is missing or not what the build writes. */
export function parseMapEventSeed(text: string | null | undefined): MapEventSeed | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { counts, national, undated } = value as Record<string, unknown>;
  if (typeof counts !== "object" || counts === null || Array.isArray(counts)) return null;
  const entries = Object.entries(counts as Record<string, unknown>);
  if (!entries.every(([code, n]) => /^\d{6}$/.test(code) && count(n)) || !count(national) || !count(undated))
    return null;
  return { counts: Object.fromEntries(entries) as Record<string, number>, national, undated };
}
