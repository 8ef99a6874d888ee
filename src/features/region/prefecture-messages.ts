/**
 * The prefecture debt map's words: caption, year note, legend, the card for a prefecture and the
 * ranked table. Figures come in formatted (ui/format.ts); names, notes and sources from the data
 * are shown as written.
 */
import { defineMessages } from "../../i18n/messages";
import type { GradeWord } from "./lib/prefecture-choropleth";
import type { PrefectureMissing } from "../../data/prefecture-values";

export const prefectureMessages = defineMessages(
  {
    caption: (metric: string, name: string, municipality: boolean, when: string) =>
      `${metric} by ${municipality ? "district" : "prefecture"}, ${name}, ${when}`,
    yearLatestBefore: (when: string, asked: string) =>
      `Prefecture figures are year-ends: this map shows ${when}, the latest before ${asked}.`,
    yearBeforeData: (asked: string) =>
      `Prefecture figures start at end-2018: there is none for ${asked}, so the map is not coloured.`,
    substituted:
      "The LGFV estimate exists for whole provinces only: the prefecture map shows the official debt balance.",
    municipality: (name: string) =>
      `${name} publishes its debt for the whole municipality, not by district: the districts are not coloured.`,
    municipalityFigure: (value: string, when: string, grade: string) =>
      `Whole municipality, ${when}: ${value} (${grade}).`,
    legendTitle: (metric: string, unit: string) => `${metric} (${unit})`,
    legendLabel: "Prefecture map legend",
    legendNoData: "No figure in the data",
    legendDoubtful: "Doubtful figure (see why)",
    grade: {
      official: "official budget document",
      audited: "audited statement",
      rating: "rating report or reprint",
      news: "official figure via news report",
      commercial: "commercial database",
    } as Record<GradeWord, string>,
    approx: "≈ read off a chart in the source",
    doubtful: (why: string) => `Doubtful, not coloured: ${why}`,
    flagWhy: {
      POSSIBLE_SCALE_ERROR_X10:
        "likely a x10 unit error (7–14 times, or a seventh to a fourteenth of, every neighbouring year)",
      SERIES_BREAK: "a break in the series (over 3 times, or under a third of, every neighbouring year)",
    } as Record<string, string>,
    missing: {
      no_debt: "No debt figure for this year in the data",
      no_total: "The source gives parts of the debt but no total",
      no_denominator: "No GDP or revenue for this prefecture-year in the data",
      denominator_not_positive: "The denominator is not positive",
    } as Record<PrefectureMissing, string>,
    rank: (rank: number, of: number, province: string) => `Rank ${rank} of ${of} in ${province}`,
    share: (pct: string, province: string) => `${pct}% of ${province}'s whole debt`,
    gradeLine: (grade: string, code: string) => `Grade: ${grade} (${code})`,
    sourceLabel: "Source: ",
    ratioOf: (debt: string, denominator: string) => `Debt ${debt}; denominator ${denominator}`,
    tableSummary: (name: string, when: string) =>
      `All prefectures of ${name}, ${when}: values, ranks, grades and sources`,
    colPrefecture: "Prefecture",
    colValue: "Value",
    colRank: "Rank",
    colShare: "Share of province",
    colGrade: "Grade",
    colSource: "Source",
    loading: (name: string) => `Loading ${name}'s prefecture figures…`,
    failed: "The prefecture figures could not be loaded. ",
    provinceNote:
      "Shares are of the province's whole debt, which also holds province-level debt that is in no prefecture, so they do not add up to 100%.",
    profileLabel: (en: string, _zh: string) => `${en}: debt over time`,
    profileCaption: (en: string, _zh: string) => `${en}: debt by year-end (bn CNY), ratios and grade`,
    colYear: "Year-end",
    colGeneral: "General",
    colSpecial: "Special",
    colTotal: "Total",
    colLimit: "Limit",
    colDebtGdp: "Debt / GDP",
    colDebtRevenue: "Debt / revenue",
    close: "Close",
    unknownPrefecture: (code: string, province: string) =>
      `The link names prefecture ${code}, which is not one of ${province}'s prefectures in the data.`,
    hint: "Point at a prefecture for its figure and source; click or tap it for its figures over time.",
    doubtfulRow: (why: string, grade: string) => `Doubtful: ${why} (${grade})`,
    denominatorLine: (metric: "debt_gdp" | "debt_revenue", value: string, grade: string) =>
      `${metric === "debt_gdp" ? "GDP" : "General budget revenue"} ${value}, ${grade}: `,
    noFigures: (name: string, when: string, why: string) =>
      `No prefecture of ${name} has this figure for ${when}: ${why.charAt(0).toLowerCase()}${why.slice(1)}. The map is not coloured.`,
    chartCaption: (en: string, _zh: string) => `${en}: government debt balance by year-end, bn CNY`,
    chartSummary: (first: number, firstValue: string, last: number, lastValue: string) =>
      `From ${firstValue} at end-${first} to ${lastValue} at end-${last}.`,
    chartNoFigures: "No sound debt figure for this prefecture in the data.",
    totalOnly: "Total (no split published)",
    approxBars: "Lighter bars: read off a chart in the source (≈).",
    doubtfulYears: (years: string) => `Not drawn, doubtful: ${years}.`,
    noFigureYears: (years: string) => `No figure in the data: ${years}.`,
  },
  {
    caption: (metric: string, name: string, municipality: boolean, when: string) =>
      `${name}各${municipality ? "区县" : "地市"}${metric}（${when}）`,
    yearLatestBefore: (when: string, asked: string) => `地市数据为年末数：本图显示${when}，即${asked}之前最近的年末。`,
    yearBeforeData: (asked: string) => `地市数据始于2018年末：${asked}没有地市数据，因此地图不着色。`,
    substituted: "城投估算只有全省口径：地市地图显示官方债务余额。",
    municipality: (name: string) => `${name}按全市口径公布债务，不分区县：各区县不着色。`,
    municipalityFigure: (value: string, when: string, grade: string) => `全市，${when}：${value}（${grade}）。`,
    legendTitle: (metric: string, unit: string) => `${metric}（${unit}）`,
    legendLabel: "地市地图图例",
    legendNoData: "数据缺失",
    legendDoubtful: "存疑数字（见原因）",
    grade: {
      official: "官方预算文件",
      audited: "经审计报表",
      rating: "评级报告或转载",
      news: "新闻报道中的官方数字",
      commercial: "商业数据库",
    },
    approx: "≈ 来源图表读数",
    doubtful: (why: string) => `存疑，不着色：${why}`,
    flagWhy: {
      POSSIBLE_SCALE_ERROR_X10: "可能存在10倍单位错误（为相邻各年的7至14倍，或七分之一至十四分之一）",
      SERIES_BREAK: "序列断裂（为相邻各年的3倍以上或三分之一以下）",
    },
    missing: {
      no_debt: "数据中没有该年的债务数字",
      no_total: "来源只给出债务分项，没有合计",
      no_denominator: "数据中没有该地市该年的GDP或收入",
      denominator_not_positive: "分母不是正数",
    },
    rank: (rank: number, of: number, province: string) => `在${province}${of}个地市中排第${rank}位`,
    share: (pct: string, province: string) => `占${province}全省债务的${pct}%`,
    gradeLine: (grade: string, code: string) => `来源等级：${grade}（${code}）`,
    sourceLabel: "来源：",
    ratioOf: (debt: string, denominator: string) => `债务${debt}；分母${denominator}`,
    tableSummary: (name: string, when: string) => `${name}全部地市（${when}）：数值、排名、等级与来源`,
    colPrefecture: "地市",
    colValue: "数值",
    colRank: "排名",
    colShare: "占全省比重",
    colGrade: "等级",
    colSource: "来源",
    loading: (name: string) => `正在加载${name}的地市数据……`,
    failed: "无法加载地市数据。",
    provinceNote: "比重以全省债务为分母，其中包括不属于任何地市的省本级债务，因此各地市之和不等于100%。",
    profileLabel: (_en: string, zh: string) => `${zh}：历年债务`,
    profileCaption: (_en: string, zh: string) => `${zh}：历年年末债务（亿元）、比率与来源等级`,
    colYear: "年末",
    colGeneral: "一般债务",
    colSpecial: "专项债务",
    colTotal: "合计",
    colLimit: "限额",
    colDebtGdp: "债务/GDP",
    colDebtRevenue: "债务/收入",
    close: "关闭",
    unknownPrefecture: (code: string, province: string) => `链接中的地市代码${code}不是数据中${province}的地市。`,
    hint: "指向地市可查看其数字和来源；点击或轻点可打开其历年数字。",
    doubtfulRow: (why: string, grade: string) => `存疑：${why}（${grade}）`,
    denominatorLine: (metric: "debt_gdp" | "debt_revenue", value: string, grade: string) =>
      `${metric === "debt_gdp" ? "GDP" : "一般公共预算收入"}${value}，${grade}：`,
    noFigures: (name: string, when: string, why: string) =>
      `${name}没有任何地市有${when}的这一数字：${why}。地图不着色。`,
    chartCaption: (_en: string, zh: string) => `${zh}：历年年末政府债务余额（亿元）`,
    chartSummary: (first: number, firstValue: string, last: number, lastValue: string) =>
      `从${first}年末的${firstValue}到${last}年末的${lastValue}。`,
    chartNoFigures: "数据中没有该地市可靠的债务数字。",
    totalOnly: "合计（来源未分一般/专项）",
    approxBars: "浅色柱：从来源图表读出的近似值（≈）。",
    doubtfulYears: (years: string) => `存疑、未绘出：${years}。`,
    noFigureYears: (years: string) => `数据中没有数字：${years}。`,
  },
);
