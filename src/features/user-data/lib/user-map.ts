/**
 * What the map and chart show for the analyst's own data: colour classes, the map model for one
 * period, the rows of the chart. Pure, so the rules are tested without React or a Worker.
 */
import type { ProvinceRef, UserValues } from "./user-csv-format";
import { classOf, RAMP, type Scale } from "../../../data/scale";
import type { MapCell, MapModel } from "../../map/lib/map-model";
import type { Lang } from "../../../i18n/lang";
import { langTag } from "../../../i18n/lang";
import { formatPartialDate } from "../../../ui/format";

/** Two significant digits, keeping the sign: -1234 -> -1200, 0.0456 -> 0.046. */
export function roundTwoDigits(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Number((Math.round(x / p) * p).toPrecision(2));
}

/**
 * Quantile class breaks over every accepted value of every period, so a colour means the same
 * number whichever period is shown (as for the atlas's own metrics). Negative values are fine.
 * Breaks are rounded to two significant digits for a readable legend and strictly increasing;
 * fewer distinct values give fewer classes.
 */
export function userBreaks(values: Float64Array, classes: number = RAMP.length): number[] {
  let n = 0;
  const finite = new Float64Array(values.length);
  for (const v of values) if (!Number.isNaN(v)) finite[n++] = v;
  const sorted = finite.subarray(0, n).sort();
  if (n === 0) return [];
  const breaks: number[] = [];
  for (let k = 1; k < classes; k++) {
    const b = roundTwoDigits(sorted[Math.floor((k * n) / classes)]);
    // A break at or below the minimum would leave its class empty.
    if (b > sorted[0] && b > (breaks[breaks.length - 1] ?? -Infinity)) breaks.push(b);
  }
  return breaks;
}

/** The classes' colours, spread over the whole ramp so that even two classes are told apart. */
export function userScale(breaks: number[]): Scale {
  const n = breaks.length + 1;
  const last = RAMP.length - 1;
  const colours =
    n === 1
      ? [RAMP[Math.floor(last / 2)]]
      : Array.from({ length: n }, (_, k) => RAMP[Math.round((k * last) / (n - 1))]);
  return { breaks, colours };
}

/** The row of the grid for a period, or -1. */
export function periodRow(data: UserValues, period: string): number {
  return data.periods.indexOf(period);
}

/** The value in the grid for (period row, region column), or null. */
function cellAt(data: UserValues, p: number, r: number): { value: number; row: number; source: string | null } | null {
  const k = p * data.regions.length + r;
  if (p < 0 || data.rows[k] === 0) return null;
  const s = data.sourceIndex[k];
  return { value: data.values[k], row: data.rows[k], source: s >= 0 ? data.sources[s] : null };
}

export interface UserCellInfo {
  value: number;
  /** The line of the file the value came from. */
  row: number;
  source: string | null;
  /** 1 = highest value of the period. */
  rank: number;
}

/**
 * The map model for one period: covered provinces with a value are coloured, the others are drawn
 * as missing (the map's no-data pattern), Hong Kong, Macau and Taiwan as not covered. No key-region
 * marks: those belong to the atlas's data, not the analyst's.
 */
export function userMapModel(
  provinces: readonly ProvinceRef[],
  data: UserValues,
  period: string,
  scale: Scale,
): { model: MapModel; info: Map<string, UserCellInfo> } {
  const p = periodRow(data, period);
  const present = data.regions
    .map((adcode, r) => ({ adcode, cell: cellAt(data, p, r) }))
    .filter((x): x is { adcode: string; cell: NonNullable<ReturnType<typeof cellAt>> } => x.cell !== null)
    .sort((a, b) => b.cell.value - a.cell.value);
  const info = new Map<string, UserCellInfo>();
  present.forEach(({ adcode, cell }, k) => info.set(adcode, { ...cell, rank: k + 1 }));
  const cells = new Map<string, MapCell>();
  for (const prov of provinces) {
    const own = info.get(prov.adcode);
    cells.set(prov.adcode, {
      adcode: prov.adcode,
      iso: prov.iso,
      nameEn: prov.nameEn,
      nameZh: prov.nameZh,
      kind: !prov.inScope ? "not-covered" : own ? "value" : "no-data",
      result: own ? { ok: true, value: own.value, provisional: false, citations: [], notes: [] } : null,
      rank: own?.rank ?? null,
      colourClass: own ? classOf(scale, own.value) : null,
      key: { kind: "never" },
      isKey: false,
    });
  }
  return {
    model: { cells, withData: info.size, covered: data.regions.length, listNotYet: null, keyCount: 0 },
    info,
  };
}

export interface UserChartRow {
  adcode: string;
  value: number;
  row: number;
  source: string | null;
}

/** The chart's bars: the provinces with a value for the period, highest first. */
export function userChartRows(data: UserValues, period: string): UserChartRow[] {
  const p = periodRow(data, period);
  const rows: UserChartRow[] = [];
  data.regions.forEach((adcode, r) => {
    const cell = cellAt(data, p, r);
    if (cell) rows.push({ adcode, ...cell });
  });
  return rows.sort((a, b) => b.value - a.value);
}

/** A period as the analyst wrote it, in the reader's convention: "2024", "Jun 2025" / "2025年6月". */
export function userPeriodLabel(period: string, lang: Lang = "en"): string {
  return formatPartialDate(period, lang);
}

const exact: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** A value as the file gave it (no unit: the atlas does not know the file's unit), with separators. */
export function formatUserValue(value: number, lang: Lang = "en"): string {
  const f = (exact[lang] ??= new Intl.NumberFormat(langTag(lang), { maximumFractionDigits: 20 }));
  return f.format(value);
}

/** Legend labels for the classes: "< 1,200", "1,200–3,400", "≥ 9,800"; none when there is one class. */
export function userClassLabels(scale: Scale, lang: Lang = "en"): string[] {
  const f = (v: number) => formatUserValue(v, lang);
  if (scale.breaks.length === 0) return [];
  return scale.colours.map((_, k) => {
    if (k === 0) return `< ${f(scale.breaks[0])}`;
    if (k === scale.breaks.length) return `≥ ${f(scale.breaks[k - 1])}`;
    return `${f(scale.breaks[k - 1])}–${f(scale.breaks[k])}`;
  });
}

export { defaultUserPeriod } from "./default-period";

/** How many provinces have at least one value. */
export function regionsWithValues(data: UserValues): number {
  const width = data.regions.length;
  let n = 0;
  for (let r = 0; r < width; r++) {
    for (let k = r; k < data.rows.length; k += width) {
      if (data.rows[k] !== 0) {
        n++;
        break;
      }
    }
  }
  return n;
}
