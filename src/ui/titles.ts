/**
 * What a view is called: the same words in the embed footer, the tab title and exported images,
 * so a slide says exactly what the atlas showed, in the language the reader saw it in.
 */
import type { AtlasIndex } from "../data/atlas-index";
import type { ProvinceInfo } from "../data/atlas-types";
import type { EventKind } from "../data/event-kinds";
import type { MetricInfo } from "../data/metrics";
import { periodById, PERIODS } from "../data/periods";
import { prefectureMetric, prefectureYear } from "../data/prefecture-values";
import { periodLabel, periodPhrase } from "../data/series";
import { KEY_REGIONS_SCOPE, type GradeFloor, type ViewState } from "../state/view-state";
import { eventKindLabel, listJoin, localName, metricInfo, provinceName, provinceNames } from "../i18n/domain";
import type { Lang } from "../i18n/lang";
import { defineMessages } from "../i18n/messages";
import { formatPartialDate, formatPeriodEnd } from "./format";

export interface ViewTitle {
  title: string;
  subtitle: string;
}

/**
 * The periods the atlas's series run over, as the charts label them ("2015–Aug 2026"), and the first
 * provisional one (a mid-year, preliminary or month-end figure): from the period list, not written in.
 */
const FIRST_PERIOD = PERIODS[0];
const LAST_PERIOD = PERIODS[PERIODS.length - 1];
const FIRST_PROVISIONAL = PERIODS.find((p) => p.kind !== "year_end") ?? LAST_PERIOD;
/** Read when a title is made, not when this module loads: a page in English has no Chinese words yet. */
const span = (lang: Lang) => `${periodLabel(FIRST_PERIOD, lang)}–${periodLabel(LAST_PERIOD, lang)}`;
const provisionalFrom = (lang: Lang) => periodLabel(FIRST_PROVISIONAL, lang);

const titleMessages = defineMessages(
  {
    atlas: "China Local Debt Atlas",
    compareWho: (names: string[]) =>
      names.length === 0 ? "provinces" : names.length <= 3 ? names.join(", ") : `${names.length} provinces`,
    compareTitle: (m: MetricInfo, who: string) => `${m.label}: ${who} compared`,
    compareSubtitle: (m: MetricInfo, indexBase: string | null, when: string, changeBase: string) =>
      `${m.label} (${indexBase ? `indexed, end-${indexBase} = 100` : m.unit}), ${span("en")}; ranked table for ${when}, change since end-${changeBase}`,
    leagueTitle: (m: MetricInfo, when: string) => `Prefecture league: ${m.label}, ${when}`,
    leagueAll: "all provinces",
    leagueKey: "the key regions",
    leagueGrade: {
      all: "all grades",
      secondary: "official and secondary figures",
      official: "official figures only (A1/A2)",
    } as Record<GradeFloor, string>,
    leagueSubtitle: (m: MetricInfo, places: string, grade: string, base: string) =>
      `${m.label} (${m.unit}) by prefecture: ${places}, ${grade}; top 20 ranked, doubtful figures not ranked; change since end-${base}`,
    allPlaces: "all provinces and national",
    allKinds: "all kinds",
    // English keeps the bounds as typed (2023-09), as the link does.
    dates: (from: string | null, to: string | null) =>
      from || to ? `${from ?? "the start"} to ${to ?? "the latest"}` : "all dates",
    eventsTitle: (place: string) => `Events: ${place}`,
    eventsSubtitle: (kinds: string, dates: string, query: string) =>
      `${kinds}; ${dates}${query ? `; matching “${query}”` : ""}. Marks by month, coloured by kind; vertical lines mark each new year.`,
    eventsColumnsSubtitle: (kinds: string, dates: string, query: string) =>
      `${kinds}; ${dates}${query ? `; matching “${query}”` : ""}. Columns: dated events per year, stacked by kind.`,
    sources: { title: "Sources & method", subtitle: "Every source, formula and caveat behind the atlas" },
    nationalTitle: "China's local government debt and the key high-debt regions' share",
    nationalSubtitle: (when: string) =>
      `National balance (bn CNY) and the share of the provinces' total held by the key regions, ${span("en")}; highlighted period: ${when}`,
    regionTitle: (names: string) => `${names}: local government debt balance`,
    regionSubtitle: () =>
      `General and special debt stacked, debt limit as a line, bn CNY, ${span("en")} (${provisionalFrom("en")} onwards provisional); whole province`,
    prefectureTitle: (en: string, zh: string, province: string) =>
      `${en} (${zh}), ${province}: local government debt balance`,
    prefectureSubtitle:
      "General and special debt stacked where the source splits them, the total alone where not, debt limit as a line; bn CNY, year-ends 2018–2025",
    prefectureMapTitle: (m: MetricInfo, province: string, when: string) =>
      `${m.label} by prefecture, ${province}, ${when}`,
    prefectureMapSubtitle: (m: MetricInfo, when: string, slide: boolean) =>
      `${m.label} (${m.unit}), ${when}; doubtful figures ${slide ? "outlined" : "hatched"} and not coloured; grades and sources in the CSV`,
    mapTitle: (m: MetricInfo, when: string) => `${m.label} by province, ${when}`,
    mapSubtitle: (m: MetricInfo, when: string, highlighted: string | null, slide: boolean) =>
      `${m.label} (${m.unit}), ${when}; key high-debt regions outlined${slide ? "" : " and hatched"}${highlighted ? `; highlighted: ${highlighted}` : ""}`,
  },
  {
    atlas: "中国地方债务地图",
    compareWho: (names: string[]) =>
      names.length === 0 ? "各省份" : names.length <= 3 ? listJoin(names, "zh") : `${names.length}个省份`,
    compareTitle: (m: MetricInfo, who: string) => `${m.label}：${who}比较`,
    compareSubtitle: (m: MetricInfo, indexBase: string | null, when: string, changeBase: string) =>
      `${m.label}（${indexBase ? `指数化，${indexBase}年末 = 100` : m.unit}），${span("zh")}；排名表为${when}，变化自${changeBase}年末起`,
    leagueTitle: (m: MetricInfo, when: string) => `地市排名：${when}${m.label}`,
    leagueAll: "全部省份",
    leagueKey: "重点省份",
    leagueGrade: { all: "全部来源等级", secondary: "官方和二手来源数字", official: "仅官方数字（A1/A2）" },
    leagueSubtitle: (m: MetricInfo, places: string, grade: string, base: string) =>
      `各地市${m.label}（${m.unit}）：${places}，${grade}；前20名，存疑数字不参与排名；变化自${base}年末起`,
    allPlaces: "全部省份及全国",
    allKinds: "全部类别",
    dates: (from: string | null, to: string | null) =>
      from || to
        ? `${from ? formatPartialDate(from, "zh") : "最早"}至${to ? formatPartialDate(to, "zh") : "最新"}`
        : "全部日期",
    eventsTitle: (place: string) => `事件：${place}`,
    eventsSubtitle: (kinds: string, dates: string, query: string) =>
      `${kinds}；${dates}${query ? `；匹配“${query}”` : ""}。按月标记，颜色表示类别；竖线标出每年年初。`,
    eventsColumnsSubtitle: (kinds: string, dates: string, query: string) =>
      `${kinds}；${dates}${query ? `；匹配“${query}”` : ""}。柱形：每年有日期的事件数，按类别堆叠。`,
    sources: { title: "来源与方法", subtitle: "地图背后的每个来源、公式和注意事项" },
    nationalTitle: "中国地方政府债务及重点省份所占份额",
    nationalSubtitle: (when: string) =>
      `全国债务余额（亿元）及重点省份在各省合计中所占份额，${span("zh")}；突出显示时期：${when}`,
    regionTitle: (names: string) => `${names}：地方政府债务余额`,
    regionSubtitle: () =>
      `一般债务与专项债务堆叠，债务限额为折线，单位亿元，${span("zh")}（${provisionalFrom("zh")}起为暂定）；全省口径`,
    prefectureTitle: (_en: string, zh: string, province: string) => `${province}${zh}：地方政府债务余额`,
    prefectureSubtitle:
      "来源分列时一般债务与专项债务堆叠，未分列时只画合计，债务限额为折线；单位亿元，2018–2025年各年末",
    prefectureMapTitle: (m: MetricInfo, province: string, when: string) => `${province}各地市${m.label}，${when}`,
    prefectureMapSubtitle: (m: MetricInfo, when: string, slide: boolean) =>
      `${m.label}（${m.unit}），${when}；存疑数字以${slide ? "轮廓" : "斜线"}标出、不着色；来源等级与来源见CSV`,
    mapTitle: (m: MetricInfo, when: string) => `各省${m.label}，${when}`,
    mapSubtitle: (m: MetricInfo, when: string, highlighted: string | null, slide: boolean) =>
      `${m.label}（${m.unit}），${when}；重点省份以轮廓${slide ? "" : "和斜线"}标出${highlighted ? `；突出显示：${highlighted}` : ""}`,
  },
);

/** A prefecture's names: an English title gives both, a Chinese one the Chinese. */
export interface PrefectureNames {
  nameEn: string;
  nameZh: string;
}

/**
 * The title of a prefecture view (`p`, its balance over time) or, with no prefecture, of the
 * province's prefecture map for the view's metric (the balance for LGFV metrics) and year-end.
 */
export function prefectureTitle(
  index: AtlasIndex,
  view: ViewState,
  lang: Lang,
  prefecture: PrefectureNames | null,
  /** Drawn as a PowerPoint slide: doubtful figures outlined there, not hatched. */
  slide = false,
): ViewTitle {
  const t = titleMessages[lang];
  const region = view.region ? index.provinceByIso.get(view.region) : undefined;
  const province = region ? provinceName(region, lang) : (view.region ?? "");
  if (prefecture) {
    return { title: t.prefectureTitle(prefecture.nameEn, prefecture.nameZh, province), subtitle: t.prefectureSubtitle };
  }
  const metric = metricInfo(prefectureMetric(view.metric).metric, lang);
  const year = prefectureYear(view.period).year;
  const period = periodById(view.period);
  const when = year !== null ? formatPeriodEnd(year, null, lang) : period ? periodPhrase(period, lang) : view.period;
  return {
    title: t.prefectureMapTitle(metric, province, when),
    subtitle: t.prefectureMapSubtitle(metric, when, slide),
  };
}

export function viewTitle(
  index: AtlasIndex,
  view: ViewState,
  lang: Lang = "en",
  /** The link's prefecture (`p`) when its names are known: a region view is then the prefecture's. */
  prefecture: PrefectureNames | null = null,
  /**
   * Drawn as a PowerPoint slide: events counted per year in columns, not marked by month on a
   * timeline; key regions outlined, not hatched.
   */
  slide = false,
): ViewTitle {
  const t = titleMessages[lang];
  if (view.view === "region" && prefecture) return prefectureTitle(index, view, lang, prefecture);
  const period = periodById(view.period);
  const when = period ? periodPhrase(period, lang) : view.period;
  const region = view.region ? index.provinceByIso.get(view.region) : undefined;
  const metric = metricInfo(view.metric, lang);
  const nameOf = (p: ProvinceInfo) => provinceName(p, lang);
  if (view.view === "compare" && view.compareLevel === "prefectures") {
    // The league's metric (the balance for LGFV metrics) and year-end (the latest before a month-end).
    const league = metricInfo(prefectureMetric(view.metric).metric, lang);
    const year = prefectureYear(view.period).year;
    const scope = view.prefectureScope;
    const one = scope && scope !== KEY_REGIONS_SCOPE ? index.provinceByIso.get(scope) : undefined;
    const places = one ? nameOf(one) : scope === KEY_REGIONS_SCOPE ? t.leagueKey : t.leagueAll;
    return {
      title: t.leagueTitle(league, year === null ? when : formatPeriodEnd(year, null, lang)),
      subtitle: t.leagueSubtitle(league, places, t.leagueGrade[view.gradeFloor], view.changeBase),
    };
  }
  if (view.view === "compare") {
    const names = view.compare.map((iso) => {
      const p = index.provinceByIso.get(iso);
      return p ? nameOf(p) : iso;
    });
    return {
      title: t.compareTitle(metric, t.compareWho(names)),
      subtitle: t.compareSubtitle(metric, view.indexBase, when, view.changeBase),
    };
  }
  if (view.view === "events") {
    const kinds = view.eventKinds.length
      ? listJoin(
          view.eventKinds.map((k: EventKind) => eventKindLabel(k, lang)),
          lang,
        )
      : t.allKinds;
    return {
      title: t.eventsTitle(region ? nameOf(region) : t.allPlaces),
      subtitle: (slide ? t.eventsColumnsSubtitle : t.eventsSubtitle)(kinds, t.dates(view.from, view.to), view.query),
    };
  }
  if (view.view === "sources") return { ...t.sources };
  if (view.view === "national") return { title: t.nationalTitle, subtitle: t.nationalSubtitle(when) };
  if (view.view === "region" && region)
    return { title: t.regionTitle(provinceNames(region, lang)), subtitle: t.regionSubtitle() };
  return {
    title: t.mapTitle(metric, when),
    subtitle: t.mapSubtitle(metric, when, region ? nameOf(region) : null, slide),
  };
}

/**
 * The tab title, so history entries and bookmarks say what they are. On the map with a province's
 * panel open, the province comes first: opening one is a step in the history of its own.
 */
export function documentTitle(
  index: AtlasIndex,
  view: ViewState,
  lang: Lang = "en",
  /** The link's prefecture (`p`) when its names are known: it comes first, as the step it is. */
  prefecture: PrefectureNames | null = null,
): string {
  const open = view.view === "map" && view.region ? index.provinceByIso.get(view.region) : undefined;
  const place = prefecture && view.view === "map" ? localName(prefecture.nameEn, prefecture.nameZh, lang) : null;
  return [
    place,
    open ? provinceName(open, lang) : null,
    viewTitle(index, view, lang, prefecture).title,
    titleMessages[lang].atlas,
  ]
    .filter(Boolean)
    .join(" · ");
}
