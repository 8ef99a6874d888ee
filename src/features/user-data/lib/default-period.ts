/**
 * The period the map opens on for the analyst's file. On its own, apart from lib/user-map.ts, because
 * the store (on the map's first load) needs only this, while the rest of user-map loads with the view.
 */
import type { UserValues } from "./user-csv-format";

/**
 * The period the map opens on: the one with the most provinces that have a value, the latest of
 * those tied. A file whose newest period holds one province would otherwise open on a nearly
 * empty map.
 */
export function defaultUserPeriod(data: UserValues): string | null {
  let best: string | null = null;
  let most = 0;
  data.periods.forEach((period, p) => {
    let count = 0;
    for (let r = 0; r < data.regions.length; r++) if (!Number.isNaN(data.values[p * data.regions.length + r])) count++;
    // Periods ascend, so ">=" keeps the latest of equally full periods.
    if (count >= most) {
      most = count;
      best = period;
    }
  });
  return best;
}
