/**
 * The one table of URL parameters. Each entry is a parameter's public name, its default, how its
 * value is read (leniently: a bad value is a reason code, never an exception) and how it is
 * written. Everything else derives from here: the view's type and defaults, the names the parser
 * knows, the parser's loop and the serialiser (view-state.ts), and the tests' lists of names.
 *
 * Adding a parameter: one entry below (the field, its name, default, parse, write), then the
 * feature that uses `view.<field>`. A new kind of rejection also adds a code to ignored.ts, which
 * makes the type checker ask for its words in reason-messages.ts. The entries' order is the
 * links' canonical order (after `v`, before the flags): existing links and tests depend on it, so a
 * new parameter goes at the end of VIEW_PARAMS.
 */
import { DEFAULT_METRIC, isMetricId, type MetricId } from "../data/metrics";
import { DEFAULT_PERIOD_ID, periodById } from "../data/periods";
import { EVENT_KINDS, type EventKind } from "../data/event-kinds";
import { isKnownRelease, RELEASE_ID, RELEASE_PARAM } from "../data/release-link";
import { isLang, type Lang } from "../i18n/lang";
import type { IgnoredParam } from "./ignored";
import {
  accept,
  defaultsOf,
  flag,
  isOneOf,
  param,
  readList,
  reject,
  slotsOf,
  type NameOf,
  type ParamSlot,
  type StateOf,
} from "./url-param";

export const VIEWS = ["map", "national", "region", "compare", "events", "sources"] as const;
export type ViewName = (typeof VIEWS)[number];
export const THEMES = ["light", "dark", "projector"] as const;
export type Theme = (typeof THEMES)[number];
/** Compare ranks provinces, or (the prefecture league) every prefecture-level unit. */
export const COMPARE_LEVELS = ["provinces", "prefectures"] as const;
export type CompareLevel = (typeof COMPARE_LEVELS)[number];
/**
 * The prefecture league's lowest debt-figure grade shown (data/README.md, source_class): every grade,
 * official and secondary (A1, A2, B1, B2, C: no commercial-database page), or official only (A1, A2).
 */
export const GRADE_FLOORS = ["all", "secondary", "official"] as const;
export type GradeFloor = (typeof GRADE_FLOORS)[number];
/** The prefecture league's places: every province's prefectures, the key regions' only, or one province's (ISO code). */
export const KEY_REGIONS_SCOPE = "key";
/** The prefecture league table's sortable columns; a sort is a column, with "-" in front for highest (or Z) first. */
export const LEAGUE_SORT_COLUMNS = ["value", "change", "name", "province"] as const;
export type LeagueSortColumn = (typeof LEAGUE_SORT_COLUMNS)[number];
export type LeagueSort = LeagueSortColumn | `-${LeagueSortColumn}`;
export const LEAGUE_SORTS: readonly LeagueSort[] = LEAGUE_SORT_COLUMNS.flatMap((c) => [c, `-${c}` as const]);
/** The league's own order (its ranks: highest value first, ties in the data's order), so never written. */
export const DEFAULT_LEAGUE_SORT: LeagueSort = "-value";

export const DEFAULT_CHANGE_BASE = "2023"; // the year the key-region list was drawn
export const MAX_QUERY = 100;
/**
 * A deck's most slides: a talk's worth. Its link grows with its titles (about 150 characters a
 * slide, 9 more for each Chinese character of a title): the deck panel says when it passes the
 * 8,000 characters some servers refuse (state/deck.ts, LONG_LINK).
 */
export const MAX_SLIDES = 30;
/**
 * What a deck slide shows: a view's subject, as its Download menu names it. "prefectures": a
 * province's prefecture map; "prefecture": the link's prefecture (`p`) over time.
 */
export const SLIDE_SUBJECTS = ["map", "region", "prefectures", "prefecture", "national", "compare", "events"] as const;
export type SlideSubject = (typeof SLIDE_SUBJECTS)[number];

/** Free text (a search, a title): kept up to MAX_QUERY characters (cut between characters), and said when cut. */
const freeText = (value: string) => {
  const chars = [...value];
  return chars.length > MAX_QUERY
    ? ({ ok: true, value: chars.slice(0, MAX_QUERY).join(""), problem: { reason: "shortened" } } as const)
    : accept(value);
};
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
/** A prefecture-level code: six digits, not a province's own (NN0000). */
const PREFECTURE_CODE = /^\d{2}(?!0000)\d{4}$/;

const text = (value: string | null) => value ?? "";
const yearEnd = (value: string) => periodById(value)?.kind === "year_end";
const date = (name: "from" | "to") =>
  param({
    name,
    default: null as string | null,
    parse: (value) => (PARTIAL_DATE.test(value) ? accept(value) : reject("not_date")),
    write: text,
  });

/** The link version: read by migrate() before the table, written first by serialiseView. */
export const VERSION_PARAM = "v";

/** What the page shows, field by field. */
export const VIEW_PARAMS = {
  view: param({
    name: "view",
    default: "map" as ViewName,
    parse: (value) => (isOneOf(VIEWS, value) ? accept(value) : reject("not_view")),
    write: (value) => value,
  }),
  /** ISO 3166-2; on the Events view, the province filter. */
  region: param({
    name: "r",
    default: null as string | null,
    parse: (value, { regions }) => {
      const code = value.toUpperCase();
      return regions.has(code) ? accept(code) : reject("not_region");
    },
    write: text,
  }),
  /** Regions on the Compare chart, in the order chosen. */
  compare: param({
    name: "cr",
    default: [] as string[],
    parse: (value, { regions }) =>
      readList(
        value.split(",").map((c) => c.trim().toUpperCase()),
        (c): c is string => regions.has(c),
        "not_regions",
      ),
    write: (codes) => codes.join(","),
  }),
  metric: param({
    name: "m",
    default: DEFAULT_METRIC as MetricId,
    parse: (value) => (isMetricId(value) ? accept(value) : reject("not_metric")),
    write: (value) => value,
  }),
  period: param({
    name: "y",
    default: DEFAULT_PERIOD_ID as string,
    parse: (value) => (periodById(value) ? accept(value) : reject("not_period")),
    write: (value) => value,
  }),
  /** Compare chart indexed to this period = 100; null shows levels. */
  indexBase: param({
    name: "ix",
    default: null as string | null,
    parse: (value) => (yearEnd(value) ? accept(value) : reject("not_index_base")),
    write: text,
  }),
  /** The ranked table's change is measured since this period. */
  changeBase: param({
    name: "b",
    default: DEFAULT_CHANGE_BASE as string,
    parse: (value) => (yearEnd(value) ? accept(value) : reject("not_change_base")),
    write: (value) => value,
  }),
  eventKinds: param({
    name: "ek",
    default: [] as EventKind[],
    parse: (value) => readList(value.split(","), (k) => isOneOf(EVENT_KINDS, k), "not_event_kinds"),
    write: (kinds) => kinds.join(","),
  }),
  /** Event date range, inclusive: YYYY, YYYY-MM or YYYY-MM-DD; null is open. */
  from: date("from"),
  to: date("to"),
  query: param({ name: "q", default: "", parse: freeText, write: (value: string) => value }),
  /** The selected event's id. */
  event: param({
    name: "ev",
    default: null as string | null,
    parse: (value) => (EVENT_ID.test(value) ? accept(value) : reject("not_event_id")),
    write: text,
  }),
  /** null: follow the reader's system preference. */
  theme: param({
    name: "theme",
    default: null as Theme | null,
    parse: (value) => (isOneOf(THEMES, value) ? accept(value) : reject("not_theme")),
    write: text,
  }),
  /** null: follow the reader's browser languages. */
  lang: param({
    name: "lang",
    default: null as Lang | null,
    parse: (value) => {
      const code = value.toLowerCase();
      return isLang(code) ? accept(code) : reject("not_lang");
    },
    write: text,
  }),
  /** A prefecture of the open province (with r): its 6-digit code. Whether it is one is known once its file loads. */
  prefecture: param({
    name: "p",
    default: null as string | null,
    parse: (value) => (PREFECTURE_CODE.test(value) ? accept(value) : reject("not_prefecture")),
    write: text,
  }),
  /** Compare's level: the provinces (chart and ranked table) or the prefecture league. */
  compareLevel: param({
    name: "cl",
    default: "provinces" as CompareLevel,
    parse: (value) => (isOneOf(COMPARE_LEVELS, value) ? accept(value) : reject("not_compare_level")),
    write: (value) => value,
  }),
  /** The prefecture league's grade floor for the debt figure (kept while Compare shows provinces). */
  gradeFloor: param({
    name: "pg",
    default: "all" as GradeFloor,
    parse: (value) => (isOneOf(GRADE_FLOORS, value) ? accept(value) : reject("not_grade_floor")),
    write: (value) => value,
  }),
  /** The prefecture league's places: null for every province, "key" for the key regions, or one province's ISO code. */
  prefectureScope: param({
    name: "pp",
    default: null as string | null,
    parse: (value, { regions }) => {
      if (value.toLowerCase() === KEY_REGIONS_SCOPE) return accept(KEY_REGIONS_SCOPE);
      const code = value.toUpperCase();
      return regions.has(code) ? accept(code) : reject("not_prefecture_scope");
    },
    write: text,
  }),
  /** The prefecture league table's sort (kept while Compare shows provinces); the ranks stay the league's. */
  leagueSort: param({
    name: "ls",
    default: DEFAULT_LEAGUE_SORT,
    parse: (value) => (isOneOf(LEAGUE_SORTS, value) ? accept(value) : reject("not_league_sort")),
    write: (value) => value,
  }),
  /**
   * The presenter's deck: its slides in order, each a view as writeSlide (view-state.ts) writes it,
   * where parseView checks each one and keeps it in its canonical form (a slide's own query string
   * escapes its commas, so they separate slides).
   */
  deck: param({
    name: "deck",
    default: [] as string[],
    parse: (value) => {
      const slides = value.split(",").filter((s) => s.trim() !== "");
      return slides.length > MAX_SLIDES
        ? { ok: true, value: slides.slice(0, MAX_SLIDES), problem: { reason: "too_many_slides" } }
        : accept(slides);
    },
    write: (slides) => slides.join(","),
  }),
  /** The deck's title, as the presenter wrote it ("" : the atlas's name stands in). */
  deckTitle: param({ name: "dt", default: "", parse: freeText, write: (value: string) => value }),
  /** Presenting the deck, on this slide (1 is the first); null: not presenting. */
  present: param({
    name: "present",
    default: null as number | null,
    parse: (value) => (/^[1-9]\d{0,2}$/.test(value) ? accept(Number(value)) : reject("not_slide_number")),
    write: (value) => (value === null ? "" : String(value)),
  }),
  /**
   * The data release the view is pinned to (data/releases.csv's id): its figures, not the current
   * ones, with what has been revised since; null: the current release, live. An id the list of
   * releases does not know is dropped (the list is loaded before a pinned link is read: app/main.tsx).
   */
  vintage: param({
    name: RELEASE_PARAM,
    default: null as string | null,
    parse: (value) =>
      RELEASE_ID.test(value) && isKnownRelease(value) !== false ? accept(value) : reject("not_release"),
    write: text,
  }),
};

/** How the page renders, not what it shows: written only into embed links, never a copied one. */
export const FLAG_PARAMS = {
  embed: flag("embed"),
  controls: flag("controls"),
  transparent: flag("transparent"),
  static: flag("static"),
};

export type ViewState = StateOf<typeof VIEW_PARAMS>;
export type RenderFlags = StateOf<typeof FLAG_PARAMS>;
export type ParamName = typeof VERSION_PARAM | NameOf<typeof VIEW_PARAMS> | NameOf<typeof FLAG_PARAMS>;

export const DEFAULT_VIEW: ViewState = defaultsOf(VIEW_PARAMS);
export const NO_FLAGS: RenderFlags = defaultsOf(FLAG_PARAMS);

/** Every parameter that carries a value, in the links' canonical order. */
export const PARAM_SLOTS: readonly ParamSlot[] = [...slotsOf("view", VIEW_PARAMS), ...slotsOf("flags", FLAG_PARAMS)];

/**
 * Every name a link may carry; anything else is reported as unknown. (The slots' names are the
 * entries' literal names, which ParamName collects as a type.)
 */
export const PARAM_NAMES = [VERSION_PARAM, ...PARAM_SLOTS.map((s) => s.name)] as readonly ParamName[];

/**
 * Rules across parameters, applied once each has been read: each fixes the view in place and says
 * what it changed, or returns null.
 */
export const VIEW_RULES: ((view: ViewState) => IgnoredParam | null)[] = [
  (view) => {
    if (!(view.from && view.to && view.from > view.to)) return null;
    const said: IgnoredParam = { name: "from", value: `${view.from} > ${view.to}`, reason: "range_reversed" };
    [view.from, view.to] = [view.to, view.from];
    return said;
  },
  (view) => {
    if (!view.prefecture || view.region) return null;
    const said: IgnoredParam = { name: "p", value: view.prefecture, reason: "prefecture_needs_region" };
    view.prefecture = null;
    return said;
  },
  (view) => {
    if (view.present === null || view.present <= view.deck.length) return null;
    const value = String(view.present);
    view.present = view.deck.length > 0 ? view.deck.length : null;
    return { name: "present", value, reason: view.present ? "no_such_slide" : "present_needs_deck" };
  },
  (view) => {
    if (view.view !== "region" || view.region) return null;
    view.view = "map";
    return { name: "view", value: "region", reason: "region_missing" };
  },
];
