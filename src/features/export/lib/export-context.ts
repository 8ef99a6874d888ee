/**
 * What an export starts from and what its CSV is: the view being exported (ExportContext, built by
 * the app shell from the page's state), the theme's colours as the page resolved them (Palette) and
 * a CSV table. Types only, shared by the per-view builders (views/*.ts), their dispatcher
 * (view-export.ts) and run-export.ts, so none of them has to import another for a type.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import type { EventRecord } from "../../../data/atlas-types";
import type { EventKind } from "../../../data/event-kinds";
import type { PrefectureDataFile } from "../../../data/prefecture-types";
import type { PrefectureMapFile } from "../../../geo/prefecture-map";
import type { Lang } from "../../../i18n/lang";
import type { SlideSubject, Theme, ViewState } from "../../../state/view-state";
import type { CsvCell } from "./csv";
import type { LegendItem } from "./export-spec";

/** The theme's colours, as the page resolved its CSS variables. */
export interface Palette {
  general: string;
  special: string;
  limit: string;
  key: string;
  notCovered: string;
  noDataDot: string;
  background: string;
  /** A prefecture's total where its source gives no split (absent in pure tests: the general colour). */
  totalOnly?: string;
  /** The accent the prefecture league's bars are drawn in (absent in pure tests). */
  accent?: string;
  /** The page's text colours, so an image matches the theme the reader sees (absent in pure tests). */
  text?: string;
  muted?: string;
  border?: string;
  /** Event kind colours, for the Events view's legend. */
  eventKinds?: Record<EventKind, string>;
}

/**
 * What an export shows, as a deck's slide does (state/url-params.ts): "prefectures": a province's
 * prefecture map; "prefecture": the link's prefecture (`p`) over time.
 */
export type ExportSubject = SlideSubject;

export interface ExportContext {
  index: AtlasIndex;
  view: ViewState;
  subject: ExportSubject;
  theme: Theme;
  transparent: boolean;
  permalink: string;
  /** The Events view's rows: the events its filters select, in the order shown. */
  events?: readonly EventRecord[];
  /** The reader's language: the image's words and the CSV's headers and units follow it. */
  lang: Lang;
  /** Compare's prefecture league: the province prefecture files the page has loaded, by province adcode. */
  prefectures?: ReadonlyMap<string, PrefectureDataFile>;
  /** The open province's prefecture figures and map, as its panel loaded them (prefecture downloads). */
  prefectureFile?: PrefectureDataFile;
  prefectureMap?: PrefectureMapFile;
  /** A deck slide's title as its presenter wrote it (PowerPoint); the view's own title otherwise. */
  slideTitle?: string;
}

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

/** What a chart view adds to the frame around its chart: its legend and its source line. */
export interface ChartParts {
  legend: LegendItem[];
  sourceLine: string;
}
