/**
 * The accepted values of the analyst's CSV as a dense grid, periods × covered provinces (UserValues),
 * built as rows arrive and looked up once read. Typed arrays rather than objects per value: a
 * million-row file stays a few megabytes and crosses back from the worker without a copy.
 */
import { USER_CSV_LIMITS, type UserValues } from "./user-csv-format";

/** Why a checked row still cannot be stored. */
export type GridRefusal =
  { kind: "too-many-periods" } | { kind: "duplicate"; firstRow: number } | { kind: "too-many-sources" };

/**
 * Periods are kept in order of first appearance, each with its own block of one cell per province, so
 * adding a period never moves the others; `values()` sorts the blocks into one grid at the end.
 */
export class UserGrid {
  private readonly periodSlot = new Map<string, number>();
  private readonly periodNames: string[] = [];
  private readonly blockValues: Float64Array[] = [];
  private readonly blockRows: Int32Array[] = [];
  private readonly blockSources: Int32Array[] = [];
  private readonly sourceSlot = new Map<string, number>();
  private readonly sources: string[] = [];

  /** @param regions the covered provinces' adcodes: the grid's columns */
  constructor(private readonly regions: string[]) {}

  /** Stores a row's value (source "" for none), or says why it cannot. */
  add(period: string, region: number, value: number, line: number, source: string): GridRefusal | null {
    const slot = this.slotOf(period);
    if (slot < 0) return { kind: "too-many-periods" };
    const firstRow = this.blockRows[slot][region];
    if (firstRow !== 0) return { kind: "duplicate", firstRow };
    const sourceIndex = source === "" ? -1 : this.sourceIndexOf(source);
    if (sourceIndex === null) return { kind: "too-many-sources" };
    this.blockValues[slot][region] = value;
    this.blockRows[slot][region] = line;
    this.blockSources[slot][region] = sourceIndex;
    return null;
  }

  /** The grid, periods ascending. */
  values(): UserValues {
    const width = this.regions.length;
    const order = this.periodNames.map((p, slot) => ({ p, slot })).sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : 0));
    const values = new Float64Array(order.length * width);
    const rows = new Int32Array(order.length * width);
    const sourceIndex = new Int32Array(order.length * width);
    order.forEach(({ slot }, k) => {
      values.set(this.blockValues[slot], k * width);
      rows.set(this.blockRows[slot], k * width);
      sourceIndex.set(this.blockSources[slot], k * width);
    });
    return { regions: this.regions, periods: order.map((o) => o.p), values, rows, sourceIndex, sources: this.sources };
  }

  /**
   * The period's block, made on its first row; -1 past the limit. A block is made before the row's
   * other checks, so a period whose only row is then refused still shows, empty.
   */
  private slotOf(period: string): number {
    const known = this.periodSlot.get(period);
    if (known !== undefined) return known;
    if (this.periodNames.length >= USER_CSV_LIMITS.maxPeriods) return -1;
    const width = this.regions.length;
    const slot = this.periodNames.length;
    this.periodSlot.set(period, slot);
    this.periodNames.push(period);
    this.blockValues.push(new Float64Array(width).fill(NaN));
    this.blockRows.push(new Int32Array(width));
    this.blockSources.push(new Int32Array(width).fill(-1));
    return slot;
  }

  /** Each distinct source text is stored once; null past the limit. */
  private sourceIndexOf(source: string): number | null {
    const known = this.sourceSlot.get(source);
    if (known !== undefined) return known;
    if (this.sources.length >= USER_CSV_LIMITS.maxSources) return null;
    this.sourceSlot.set(source, this.sources.length);
    this.sources.push(source);
    return this.sources.length - 1;
  }
}

/** No values: the grid of a file that could not be read. */
export function emptyUserValues(regions: string[]): UserValues {
  return {
    regions,
    periods: [],
    values: new Float64Array(0),
    rows: new Int32Array(0),
    sourceIndex: new Int32Array(0),
    sources: [],
  };
}

/** The accepted value for a region and period, with its line and source; null when there is none. */
export function userValue(
  data: UserValues,
  adcode: string,
  period: string,
): { value: number; row: number; source: string | null } | null {
  const r = data.regions.indexOf(adcode);
  const p = binarySearch(data.periods, period);
  if (r < 0 || p < 0) return null;
  const k = p * data.regions.length + r;
  if (data.rows[k] === 0) return null;
  const s = data.sourceIndex[k];
  return { value: data.values[k], row: data.rows[k], source: s >= 0 ? data.sources[s] : null };
}

function binarySearch(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return mid;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
