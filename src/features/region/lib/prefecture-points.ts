/**
 * What a prefecture's balance chart draws, year-end by year-end: general and special debt where the
 * source splits them, the total alone where it does not, the limit where known. A chart reading (≈)
 * is drawn lighter; a doubtful figure (qa `suspect`) is not drawn at all and is listed with its
 * reason instead; a year without a figure stays empty. Pure: nothing is filled in.
 */
import type { PrefectureDebt } from "../../../data/prefecture-types";
import type { PrefectureYearRow } from "./prefecture-choropleth";

export interface PrefecturePoint {
  year: number;
  label: string;
  general: number | null;
  special: number | null;
  /** The total where the source gives no general/special split (drawn as one bar). */
  totalOnly: number | null;
  /** The total whatever its split: what the tooltip and table say. Null when missing or doubtful. */
  total: number | null;
  limit: number | null;
  /** Read off a chart in the source (≈): drawn lighter. */
  approx: boolean;
  /** A doubtful figure (likely unit error, series break): not drawn. */
  doubtful: boolean;
}

export function prefecturePoints(rows: readonly PrefectureYearRow[]): PrefecturePoint[] {
  return rows.map(({ year, debt }) => {
    const doubtful = debt?.qa === "suspect";
    const sound: PrefectureDebt | null = debt && !doubtful ? debt : null;
    const split = sound !== null && sound.general !== null && sound.special !== null;
    return {
      year,
      label: String(year),
      general: split ? sound.general : null,
      special: split ? sound.special : null,
      totalOnly: sound && !split ? sound.total : null,
      total: sound ? sound.total : null,
      limit: sound ? sound.limit : null,
      approx: sound?.origin === "chart_reading_approx",
      doubtful,
    };
  });
}

/** The first and last years with a sound total, for the figure's one-line summary. */
export function pointsSpan(
  points: readonly PrefecturePoint[],
): { first: PrefecturePoint; last: PrefecturePoint } | null {
  const known = points.filter((p) => p.total !== null);
  return known.length ? { first: known[0], last: known[known.length - 1] } : null;
}
