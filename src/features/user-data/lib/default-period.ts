/**
 * The period the map opens on for the analyst's file. On its own, apart from lib/user-map.ts, because
 * the store (on the map's first load) needs only this, while the rest of user-map loads with the view.
 */
import type { UserValues } from "./user-csv-format";

/** The period the map opens on: the latest in the file. */
export function defaultUserPeriod(data: UserValues): string | null {
  return data.periods.length > 0 ? data.periods[data.periods.length - 1] : null;
}
