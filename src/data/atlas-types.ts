import type { EventKind } from "./event-kinds";
import type { AmountMeasure } from "./amount-measures";
import type { SourceStrength } from "./source-strength";

/**
 * The shape of `generated/atlas-data.json` (and `generated/events.json`, an EventRecord[] kept
 * apart because the map does not need it to draw), the file the data build emits and the app loads.
 * Every figure keeps a pointer to its source; nothing here is computed from a guess.
 */

export interface SourceRef {
  /** The full citation as written in data/. */
  text: string;
  /** A short human label (data/source_labels.csv), for tooltips. */
  label: string;
  /** The label in Chinese (source_labels.csv label_zh); empty where not written: show the English. */
  labelZh: string;
  /** Reliability note and licence/attribution (data/source_labels.csv); empty when unlabelled. */
  note: string;
  /** The note in Chinese; empty where not written. */
  noteZh: string;
  licence: string;
}

export interface ProvinceInfo {
  adcode: string;
  iso: string;
  nameEn: string;
  nameZh: string;
  nameZhFull: string;
  /** The ISO 3166-2 romanised name, e.g. "Nei Mongol Zizhiqu": searchable without tone marks. */
  nameLatin: string;
  /** false for Hong Kong, Macau and Taiwan: drawn, but not covered. */
  inScope: boolean;
  /** The NBS macro-region (macro_regions.csv), null for regions not covered. */
  macroRegion: MacroRegion | null;
}

export type MacroRegion = "east" | "central" | "west" | "northeast";

export interface MacroRegionSource {
  name: string;
  date: string;
  url: string;
}

/** One province-period debt figure, whole province (with its separately listed city / the XPCC). */
export interface BalanceFigure {
  adcode: string;
  period: string;
  total: number | null;
  general: number | null;
  special: number | null;
  limit: number | null;
  /** How the whole-province figure was formed: "as reported" or the derived sum it is. */
  scope: string;
  status: "reported" | "preliminary";
  flags: string[];
  /** Indexes into `sources`: the province row first, then any component row (city, XPCC). */
  sources: number[];
  quote: string;
}

export type MacroIndicator = "gdp" | "general_public_budget_revenue";

export interface MacroFigure {
  adcode: string;
  year: number;
  indicator: MacroIndicator;
  value: number;
  scope: string;
  /** Which release of the source (e.g. NBS current vintage vs an older one). */
  vintage: string;
  /** true when the value's scope is the whole province, so it can divide a whole-province balance. */
  wholeProvince: boolean;
  flags: string[];
  source: number;
  quote: string;
  /** How many other (not preferred) values the data holds for this key. */
  alternatives: number;
}

/**
 * One province's LGFV (城投) interest-bearing debt at a year-end (data/lgfv.csv): Huatai FI's
 * estimate from LGFV financial statements, as compiled in a GitHub repository. A broker's
 * estimate, never an official statistic: kept apart from `balances` and never added to them.
 */
export interface LgfvFigure {
  adcode: string;
  /** The atlas period id of the year-end, e.g. "2024". */
  period: string;
  /** bn CNY, as recorded in data/lgfv.csv. */
  value: number;
  /** Index into `sources`. */
  source: number;
  quote: string;
}

export interface NationalFigure {
  series: string;
  period: string;
  precision: string;
  value: number;
  unit: "bn_cny" | "pct_gdp";
  /** In English; the app's rules read it ("MONTHLY", "cumulative", "low reliability"). */
  note: string;
  /** The note in Chinese, for display only; empty where not written (show the English). */
  noteZh: string;
  sourceName: string;
  sourceDate: string;
  sourceUrl: string;
  quote: string;
  /** The source check's verdict (source-strength.ts): "weak", "partly_confirmed", or null. */
  sourceStrength: SourceStrength | null;
}

export interface EventRecord {
  id: string;
  date: string | null;
  precision: "day" | "month" | "year" | null;
  dateBasis: string;
  scope: "national" | "province" | "prefecture" | "county";
  provinceAdcode: string | null;
  placeZh: string;
  placeEn: string;
  /** GB/T 2260 code of the place (province, prefecture XXXX00 or county), null when not given. */
  placeAdcode: string | null;
  kind: EventKind;
  /** Title and summary in English and in Chinese (both always set: events.csv title_zh, summary_zh). */
  titleEn: string;
  titleZh: string;
  summaryEn: string;
  summaryZh: string;
  amountBn: number | null;
  /** What the amount measures (amount-measures.ts): set exactly when amountBn is. */
  amountMeasure: AmountMeasure | null;
  /** Ids of events whose amounts overlap this one's (one contains the other): never add them. */
  amountOverlaps: string[];
  sourceName: string;
  sourceDate: string;
  sourceUrl: string;
  quote: string;
  /** The source check's verdict (source-strength.ts): "weak", "partly_confirmed", or null. */
  sourceStrength: SourceStrength | null;
  notes: string;
}

export interface DatedSource {
  name: string;
  date: string;
  url: string;
  quote: string;
  /** The source check's verdict (source-strength.ts): "weak", "partly_confirmed", or null. */
  strength: SourceStrength | null;
}

export interface KeyRegionRecord {
  adcode: string;
  nameEn: string;
  status: string;
  listedDate: string;
  listedDocument: string;
  /** listedDocument in Chinese; empty where not written. */
  listedDocumentZh: string;
  listedBasis: string;
  listedSource: DatedSource;
  change: null | {
    kind: string;
    /** The kind in Chinese; empty where not written. */
    kindZh: string;
    /** true when the change removes the region from the list. */
    isExit: boolean;
    date: string;
    precision: string;
    source: DatedSource;
  };
  notes: string;
}

export interface AtlasData {
  version: 1;
  /** The newest source date in the data: what "data as of" means on screen and in exports. */
  dataAsOf: string;
  /** The data release these figures are (data/releases.csv's id), written by the data build. */
  release?: string;
  sources: SourceRef[];
  provinces: ProvinceInfo[];
  balances: BalanceFigure[];
  /**
   * Province-periods the source had not reported when it was read (e.g. August 2026 for four
   * provinces): "not yet reported", a different reason from a figure that was never found.
   */
  unreported: { adcode: string; period: string }[];
  macro: MacroFigure[];
  /** LGFV debt, Huatai FI's estimate (lgfv.csv): its own series, never part of `balances`. */
  lgfv: LgfvFigure[];
  national: NationalFigure[];
  keyRegions: KeyRegionRecord[];
  macroRegionSource: MacroRegionSource | null;
}
