/**
 * The National view's words on the map's side panel and at the top of the National page: headings,
 * headlines, the main chart. The page's own figures (estimates, official balance and timeline,
 * issuance, other figures) have their words in page-messages.ts, which loads with them, so the
 * map's first load does not carry them. Numbers, dates and units
 * come in already formatted (ui/format.ts), so each message only places them. Source names,
 * quotes and notes from national.csv and events.csv are never here: they are shown as written.
 */
import { defineMessages } from "../../i18n/messages";

export const nationalMessages = defineMessages(
  {
    viewLabel: "National view",
    heading: "China: local government debt",
    note: "The national balance is the official figure as reported; no end-2015 national figure was found, so that bar is missing.",
    noteFull: " Open the map for each province's own figures.",
    noteSide: " Click a province on the map for its own figures.",
    noData: "no data",
    notInData: "not in the data",

    // Headlines and the main chart's sources
    /** The period comes as a label ("2024") and as a phrase ("2024年末"); each language picks the one it needs. */
    headlineBalance: (label: string, _phrase: string) => `National balance, ${label}`,
    headlineNoNational: "No official national figure for this date in the data",
    headlineKeyShare: (label: string, _phrase: string) => `Held by the key regions, ${label}`,
    headlineKeyDetail: (key: string, total: string) => `${key} of ${total} bn CNY (the sum of the 31 provinces), `,
    headlineMembers: (n: number) => `${n} regions listed at that date`,
    headlineLaterListed: "the 12 regions later listed (the list dates from Sept 2023)",
    headlineNone: "No data",
    headlineUnreported: (n: number) => `Not computed: ${n} provinces had not yet reported this month`,
    sources: "Sources",
    sourcesFull: "Sources of the national balance and key-region share",
    sourceDate: (date: string) => `, ${date}. `,
    keyShareMethod:
      "Key regions' share: sum of the key regions' whole-province balances over the sum of all 31 (MoF local bond disclosure platform); membership from key_regions.csv (Inner Mongolia exited Aug 2025).",

    // The main chart
    balanceSeries: "National balance (bn CNY)",
    shareSeries: "Share held by key regions (%)",
    balanceCaption:
      "National local government debt balance (bn CNY) and the share held by the key high-debt regions (%)",
    balanceSummary: (first: string, last: string) =>
      `National balance from ${first} to ${last}; the key regions' share of the provinces' total is drawn as a line.`,
    colPeriod: "Period",
    colNational: "National balance (bn)",
    colSource: "Source",
    colKeyShare: "Key regions' share",
    colRegions: "Regions counted",
    membersCounted: (n: number) => `${n} listed`,
    laterListedCounted: "12 later listed",

    // Shared punctuation for running text built around data
    colon: ": ",
    comma: ", ",
  },
  {
    viewLabel: "全国视图",
    heading: "中国：地方政府债务",
    note: "全国债务余额为官方公布的数字；未找到2015年末的全国数字，故该年的柱缺失。",
    noteFull: "各省份自己的数字请见地图。",
    noteSide: "点击地图上的省份，查看该省份的数字。",
    noData: "数据缺失",
    notInData: "数据缺失",

    headlineBalance: (_label: string, phrase: string) => `全国债务余额（${phrase}）`,
    headlineNoNational: "数据中没有该日期的官方全国数字",
    headlineKeyShare: (_label: string, phrase: string) => `重点省份所占份额（${phrase}）`,
    headlineKeyDetail: (key: string, total: string) => `31个省份合计${total}，其中重点省份${key}；`,
    headlineMembers: (n: number) => `按当时名单上的${n}个省份计`,
    headlineLaterListed: "按后来列入的12个省份计（名单始于2023年9月）",
    headlineNone: "数据缺失",
    headlineUnreported: (n: number) => `未计算：有${n}个省份尚未报送本月数字`,
    sources: "来源",
    sourcesFull: "全国债务余额和重点省份份额的来源",
    sourceDate: (date: string) => `，${date}。`,
    keyShareMethod:
      "重点省份份额：重点省份全省债务余额之和除以全部31个省份之和（财政部中国地方政府债券信息公开平台）；名单成员来自 key_regions.csv（内蒙古于2025年8月退出）。",
    balanceSeries: "全国债务余额（亿元）",
    shareSeries: "重点省份所占份额（%）",
    balanceCaption: "全国地方政府债务余额（亿元）及重点高债务省份所占份额（%）",
    balanceSummary: (first: string, last: string) =>
      `全国债务余额：${first}至${last}；重点省份占各省份合计的份额以折线表示。`,
    colPeriod: "时期",
    colNational: "全国债务余额（亿元）",
    colSource: "来源",
    colKeyShare: "重点省份份额",
    colRegions: "计入省份",
    membersCounted: (n: number) => `当时列入的${n}个`,
    laterListedCounted: "后来列入的12个",

    colon: "：",
    comma: "，",
  },
);
