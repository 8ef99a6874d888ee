/**
 * The province panel's words: headline figures, the balance chart and its table, key-region
 * history, the events list and the prefecture map. Data text (documents, quotes, event titles,
 * source names) never appears here: it is shown as the source wrote it.
 */
import type { Period } from "../../data/periods";
import { periodLabel, periodPhrase } from "../../data/series";
import { defineMessages } from "../../i18n/messages";
import { formatAmount, formatBn } from "../../ui/format";

export const regionMessages = defineMessages(
  {
    // Landmarks and the heading
    /** The panel's landmark name: the English name, then the Chinese. */
    landmark: (en: string, zh: string) => `${en} ${zh}`,
    /** Around the heading's second name: after a space in English, in full-width brackets in Chinese. */
    headingOpen: " ",
    headingClose: "",
    details: (name: string) => `${name}: region details`,
    balanceSection: (name: string) => `${name}: debt balance`,
    close: "Close region details (Escape)",

    // Headline figures
    headline: (metric: string, p: Period) => `${metric}, ${periodLabel(p)}`,
    provisional: "provisional",
    rank: (rank: number, of: number, withData: number) =>
      `rank ${rank} of ${of}${withData < of ? ` (${withData} with data)` : ""}`,
    estimateSection: "Huatai FI's LGFV debt estimate, not an official figure",
    caveats: "Caveats",

    // Key-region status
    keyStatus: "Key high-debt region status",
    listedOn: (date: string) => `Listed ${date}: `,
    changeKind: (kind: string) => kind[0].toUpperCase() + kind.slice(1),
    changeOn: (date: string) => `, ${date}.`,
    sentenceEnd: ". ",
    notListed: "Not among the 12 regions named in 2023.",

    // The balance chart's figure
    caption: (name: string, unit: string) => `${name}: local government debt balance, ${unit}`,
    /** The first and last periods with a balance, and those balances (bn CNY). */
    summary: (first: Period, firstValue: number, last: Period, lastValue: number) =>
      `Debt balance from ${periodLabel(first)} (${formatBn(firstValue)} bn) to ${periodLabel(last)} (${formatBn(lastValue)} bn). Lighter bars are provisional.`,
    noBalances: "No balance figures.",
    period: "Period",
    general: "General",
    special: "Special",
    total: "Total",
    limit: "Limit",
    missing: "—",
    chartNote: (summed: boolean) =>
      `Source: MoF local bond disclosure platform (celma). Whole province${summed ? " (sum with the separately listed city or the XPCC)" : ""}. 2015–2017 are local statistics including bank loans; 2025 points are provisional; — means not in the data.`,

    // The chart itself (legend, tooltip)
    generalDebt: "General debt",
    specialDebt: "Special debt",
    debtLimit: "Debt limit",
    noData: "no data",
    /** The unit of a chart's amounts: as a legend entry, or as a sentence in a note. */
    unit: (unit: string, sentence = false) => `Unit: ${unit}${sentence ? "." : ""}`,

    // Events
    events: "Events",
    eventsIn: (name: string) => `Events in ${name}`,
    loadingEvents: "Loading events…",
    eventsFailed: "The events could not be loaded. ",
    retry: "Retry",
    noEvents: (name: string) => `No events recorded for ${name} in the data.`,
    eventsNote:
      "The numbers above the chart's bars count these events by the span each bar closes (a year-end covers its year; mid-2025, January to June 2025). Click a bar, or pick a period here, to list its events.",
    noMatch: (name: string) => `No events of ${name} match these filters.`,
    undated: "Undated",
    undatedNote: "The sources print no date for these: listed, never placed on the chart.",
    allEvents: (name: string) => `All of ${name}'s events in the Events view`,

    // Prefecture map
    eventCount: (n: number) => `${n} event${n === 1 ? "" : "s"}`,
    placeCount: (place: string, n: number) => `${place}: ${n} event${n === 1 ? "" : "s"}`,
    /** A place in a marker's tooltip: English readers get the Chinese too. */
    placeTitleName: (en: string, zh: string) => `${en} (${zh})`,
    /** Between a place in the list and its event count. */
    placeListColon: ": ",
    prefectureCaption: (name: string, municipality: boolean) =>
      `${municipality ? "Districts and counties" : "Prefectures"} of ${name} with event markers`,
    loadingMap: (name: string) => `Loading the map of ${name}…`,
    mapFailed: "The prefecture map could not be loaded. ",
    markersFailed: "The events could not be loaded, so the map shows no markers. ",
    noPlaced: (name: string) => `No event in the data for ${name} names a place on this map. `,
    provinceWide: (n: number) =>
      `${n} event${n === 1 ? "" : "s"} about the whole province ${n === 1 ? "is" : "are"} not placed on the map. `,
    unplaced: (n: number) =>
      `${n} event${n === 1 ? "" : "s"} name${n === 1 ? "s" : ""} a place this map cannot locate.`,
    placesWithEvents: (name: string) => `Places with events in ${name}`,
    notDrawn: (reason: string) => ` is not drawn: ${reason}.`,
    /** The build's reasons for a shape it leaves out, by code (English: the build's own words). */
    omittedReason: {} as Record<string, string>,
  },
  {
    landmark: (en: string, zh: string) => `${zh}（${en}）`,
    headingOpen: "（",
    headingClose: "）",
    details: (name: string) => `${name}：地区详情`,
    balanceSection: (name: string) => `${name}：债务余额`,
    close: "关闭地区详情（Esc）",

    headline: (metric: string, p: Period) => `${metric}，${periodPhrase(p, "zh")}`,
    provisional: "暂定",
    rank: (rank: number, of: number, withData: number) =>
      `第${rank}位（共${of}个${withData < of ? `，其中${withData}个有数据` : ""}）`,
    estimateSection: "华泰固收的城投债务估算，非官方数字",
    caveats: "注意事项",

    keyStatus: "重点省份状态",
    listedOn: (date: string) => `${date}列入：`,
    changeKind: (kind: string) => kind,
    changeOn: (date: string) => `，${date}。`,
    sentenceEnd: "。",
    notListed: "不在2023年列名的12个重点省份之中。",

    caption: (name: string, unit: string) => `${name}：地方政府债务余额，${unit}`,
    summary: (first: Period, firstValue: number, last: Period, lastValue: number) =>
      `债务余额：${periodPhrase(first, "zh")}为${formatAmount(firstValue, "zh")}，${periodPhrase(last, "zh")}为${formatAmount(lastValue, "zh")}。颜色较浅的柱为暂定数据。`,
    noBalances: "没有债务余额数据。",
    period: "时期",
    general: "一般债务",
    special: "专项债务",
    total: "合计",
    limit: "债务限额",
    missing: "—",
    chartNote: (summed: boolean) =>
      `来源：财政部中国地方政府债券信息公开平台（celma）。全省口径${summed ? "（含计划单列市或新疆生产建设兵团的合计）" : ""}。2015–2017年为包含银行贷款的地方统计数；2025年各点为暂定数据；“—”表示数据缺失。`,

    generalDebt: "一般债务",
    specialDebt: "专项债务",
    debtLimit: "债务限额",
    noData: "数据缺失",
    unit: (unit: string, sentence = false) => `单位：${unit}${sentence ? "。" : ""}`,

    events: "事件",
    eventsIn: (name: string) => `${name}的事件`,
    loadingEvents: "正在加载事件……",
    eventsFailed: "无法加载事件。",
    retry: "重试",
    noEvents: (name: string) => `数据中没有${name}的事件记录。`,
    eventsNote:
      "图表各柱上方的数字按该柱所截止的时段统计这些事件（年末柱涵盖全年；2025年6月末柱涵盖2025年1月至6月）。点击一根柱，或在此选择时期，即可列出该时期的事件。",
    noMatch: (name: string) => `${name}没有符合这些筛选条件的事件。`,
    undated: "日期不详",
    undatedNote: "来源未注明这些事件的日期：仅列出，不放在图表上。",
    allEvents: (name: string) => `在“事件”视图中查看${name}的全部事件`,

    eventCount: (n: number) => `${n}个事件`,
    placeCount: (place: string, n: number) => `${place}：${n}个事件`,
    placeTitleName: (_en: string, zh: string) => zh,
    placeListColon: "：",
    prefectureCaption: (name: string, municipality: boolean) => `${name}各${municipality ? "区县" : "地市"}及事件标记`,
    loadingMap: (name: string) => `正在加载${name}地图……`,
    mapFailed: "无法加载地市地图。",
    markersFailed: "无法加载事件，因此地图上没有标记。",
    noPlaced: (name: string) => `数据中${name}的事件均未指明本图上的地点。`,
    provinceWide: (n: number) => `${n}个关于全省的事件未标在地图上。`,
    unplaced: (n: number) => `${n}个事件所指地点无法在本图上定位。`,
    placesWithEvents: (name: string) => `${name}有事件的地点`,
    notDrawn: (reason: string) => `未绘制：${reason}。`,
    omittedReason: { "460300": "其岛屿远在海南岛以南，超出本图范围" },
  },
);
