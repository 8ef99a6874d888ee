/**
 * The export's words beyond the menu: run-export's and rasterize's errors, and what the images and
 * CSV files say around the data. Loaded with run-export.ts on first use; includes the menu's words
 * (messages.ts). CSV headers stay machine-friendly snake_case in English (as before); in Chinese
 * they are words, and amount columns state their unit (亿元). Source labels, citations and event
 * texts are data and appear as written.
 */
import { defineMessages, extendMessages } from "../../i18n/messages";
import { exportMessages } from "./messages";
import type { EventRecord } from "../../data/atlas-types";
import type { EventKind } from "../../data/event-kinds";
import type { SourceStrength } from "../../data/source-strength";
import { strengthWords } from "../../ui/source-strength";
import { eventKindLabel } from "../../i18n/domain";
import { eventViewMessages } from "../events/view-messages";

export const exportRunMessages = extendMessages(
  exportMessages,
  {
    // run-export and rasterize
    mapNotLoaded: "The map is not loaded yet.",
    chooseProvince: "Choose at least one province for the chart first (the CSV works without).",
    chartNotDrawn: "The chart is not drawn yet: wait a moment and try again.",
    imageCopied: "Image copied: paste it into your slide or document.",
    badPngSize: (width: number, height: number, ratio: number) =>
      `Cannot make a PNG of ${width} x ${height} at pixel ratio ${ratio}.`,
    tooLarge: (w: number, h: number) =>
      `The image would be ${w} x ${h} pixels, more than the browser can draw; choose a smaller size.`,
    undecodable: "The browser could not decode the exported SVG (is it well-formed XML?).",
    noCanvas: "This browser could not create a canvas to draw the PNG.",
    noEncode: "The browser could not encode the PNG.",
    copyUnsupported: "This browser does not allow copying images; use Download PNG instead.",
    copyNotAllowed:
      "The browser did not allow copying (the page needs focus and permission); use Download PNG instead.",
    copyFailed: (detail: string) =>
      `Copying the image failed${detail ? ` (${detail})` : ""}; use Download PNG instead.`,

    // Image frame
    dataLabel: "Data: ",
    asOf: (date: string) => `data as of ${date}`,
    asOfRelease: (date: string, release: string) => `data as of ${date} (data release ${release})`,
    eventsDataDate: (asOf: string) => `Events as dated by their sources; ${asOf}`,
    eventsUnit: "events dated in the year",
    nothingToChart: "Nothing to chart: the view's filters select no figures.",
    figuresFor: (when: string, asOf: string) => `Figures for ${when}; ${asOf}`,
    /** A chart's span of periods, for figuresFor. */
    periodSpan: (from: string, to: string) => `${from} to ${to}`,

    // Map image
    noData: "No data",
    notCovered: "Not covered (HK, Macau, Taiwan)",
    keyRegion: "Key high-debt region",
    listNotYet: "The key-region list was first drawn in Sep 2023: none is marked for this period.",
    keyCount: (n: number) =>
      `${n} key high-debt regions at this date (State Council Document No. 47, not public: the list and later exits as reported in the press; each region's sources are in the atlas).`,
    provincesWhole: "Provinces shown whole (with separately listed cities; Xinjiang with the XPCC).",
    legendTitle: (label: string, unit: string) => `${label} (${unit})`,
    noFigures: (reason: string) => `No province has a figure: ${reason}.`,
    // No province with a figure (e.g. a period the metric lacks): no empty "Sources: ." line.
    mapSources: (sources: string[], notes: string[]) =>
      `${sources.length ? `Sources: ${sources.join("; ")}. ` : ""}${notes.join(" ")}`,

    // Chart images
    nationalBalance: "National balance (bn CNY)",
    keyShare: "Share held by key regions (%)",
    general: "General debt",
    special: "Special debt",
    limit: "Debt limit",
    provisionalBars: (from: string) => `Lighter bars: provisional (${from} onwards)`,
    provisionalSeries: (series: string) => `${series} (provisional)`,
    indexedUnit: (base: string) => `index, end-${base} = 100`,
    provisionalPoints: (name: string, periods: string) => `${name}, provisional: ${periods}`,
    eventsSource: (n: number, first: string | null, last: string | null) =>
      `${n} events${first ? ` dated ${first}–${last}` : ""}, each with its own source (in the atlas and the CSV). Marks above the axis: dated to a month or day; bars below: known only to the year; undated events are not drawn.`,
    eventsColumnsSource: (n: number, first: string | null, last: string | null) =>
      `${n} events${first ? ` dated ${first}–${last}` : ""}, each with its own source (in the atlas and the CSV). Counted in the year they are dated to; undated events are not counted.`,
    compareSource: (lgfv: boolean, ratio: boolean) =>
      `Sources: ${lgfv ? "Huatai FI's estimate of LGFV interest-bearing debt (a broker's estimate, not an official statistic), compiled in GitHub xyqiao98-wq/Government-debt" : "MoF local bond disclosure platform (celma)"}${ratio ? `; ${lgfv ? "GDP" : "GDP and revenue"}: NBS, the platform and provincial final accounts` : ""}. Gaps are missing figures, never filled.`,
    nationalSource:
      "Sources: national balance as reported by Xinhua, SCMP and others quoting the MoF (see the atlas); key regions' share: MoF local bond disclosure platform, with the key-region list as reported in the press (see the atlas).",
    regionSource: (caveat: string) => `Source: MoF local bond disclosure platform (celma), whole province. ${caveat}`,

    // CSV cells
    citation: (role: string, text: string) => `${role}: ${text}`,
    yes: "yes",
    no: "no",
    notCoveredCell: "not covered",
    noDataCell: (reason: string) => `no data: ${reason}`,
    noChangeCell: (reason: string) => `no change: ${reason}`,
    provisional: "provisional",
    estimateCell: "estimate by Huatai FI, not an official statistic",
    notInData: "not in the data",
    keyMembers: (n: number) => `${n} listed at that date`,
    keyLaterListed: "the 12 later listed",
    // English files keep the codes they have always had (metric id, "pp", event codes): scripts read them.
    metricCell: (id: string, _label: string) => id,
    changeUnit: (unit: "%" | "pp"): string => unit,
    eventPrecisionCell: (precision: EventRecord["precision"]): string | null => precision,
    eventScopeCell: (scope: EventRecord["scope"]): string => scope,
    eventKindCell: (kind: EventKind): string => kind,
    /** What the amount measures: the code in English (as the data has it), words in Chinese. */
    eventMeasureCell: (measure: EventRecord["amountMeasure"]): string | null => measure,
    /** A source check's verdict on a source: the code in English (as the data has it), words in Chinese. */
    strengthCell: (strength: SourceStrength | null): string | null => strength,

    // File names: a Chinese export ends in "_zh", so both versions can sit side by side.
    fileNameLang: "",
  },
  {
    mapNotLoaded: "地图尚未加载。",
    chooseProvince: "请先为图表选择至少一个省份（CSV无需选择）。",
    chartNotDrawn: "图表尚未绘出：请稍候再试。",
    imageCopied: "图片已复制：可粘贴到幻灯片或文档中。",
    badPngSize: (width: number, height: number, ratio: number) =>
      `无法生成 ${width} × ${height}、像素比 ${ratio} 的PNG。`,
    tooLarge: (w: number, h: number) => `图片将达 ${w} × ${h} 像素，超出浏览器的绘制能力；请选择较小的尺寸。`,
    undecodable: "浏览器无法解码导出的SVG（XML格式是否正确？）。",
    noCanvas: "此浏览器无法创建用于绘制PNG的画布。",
    noEncode: "浏览器无法编码PNG。",
    copyUnsupported: "此浏览器不允许复制图片；请改用“下载PNG”。",
    copyNotAllowed: "浏览器不允许复制（页面需要获得焦点和权限）；请改用“下载PNG”。",
    copyFailed: (detail: string) => `复制图片失败${detail ? `（${detail}）` : ""}；请改用“下载PNG”。`,

    dataLabel: "数据：",
    asOf: (date: string) => `资料截至${date}`,
    asOfRelease: (date: string, release: string) => `资料截至${date}（数据版本 ${release}）`,
    eventsDataDate: (asOf: string) => `事件日期以其来源为准；${asOf}`,
    eventsUnit: "当年有日期的事件数",
    nothingToChart: "没有可绘制的数字：该视图的筛选条件未选中任何数据。",
    figuresFor: (when: string, asOf: string) => `${when}数值；${asOf}`,
    periodSpan: (from: string, to: string) => `${from}至${to}`,

    noData: "数据缺失",
    notCovered: "不在统计范围（香港、澳门、台湾）",
    keyRegion: "重点省份",
    listNotYet: "重点省份名单于2023年9月首次划定：本时期不标出任何省份。",
    keyCount: (n: number) =>
      `该日共有${n}个重点省份（国务院47号文未公开：名单及其后的退出情况据媒体报道，各省来源见地图）。`,
    provincesWhole: "各省按全省口径显示（含计划单列市；新疆含新疆生产建设兵团）。",
    legendTitle: (label: string, unit: string) => `${label}（${unit}）`,
    noFigures: (reason: string) => `所有省份均无数值：${reason}。`,
    mapSources: (sources: string[], notes: string[]) =>
      `${sources.length ? `来源：${sources.join("；")}。` : ""}${notes.join("")}`,

    nationalBalance: "全国债务余额（亿元）",
    keyShare: "重点省份所占份额（%）",
    general: "一般债务",
    special: "专项债务",
    limit: "债务限额",
    provisionalBars: (from: string) => `浅色柱：暂定（${from}起）`,
    provisionalSeries: (series: string) => `${series}（暂定）`,
    indexedUnit: (base: string) => `指数，${base}年末 = 100`,
    provisionalPoints: (name: string, periods: string) => `${name}，暂定数据：${periods}`,
    eventsSource: (n: number, first: string | null, last: string | null) =>
      `${n}条事件${first ? `，日期为${first}–${last}年` : ""}，每条都注明来源（见地图及CSV）。轴上方的标记：精确到月或日；轴下方的条形：仅知年份；日期不详的事件未绘出。`,
    eventsColumnsSource: (n: number, first: string | null, last: string | null) =>
      `${n}条事件${first ? `，日期为${first}–${last}年` : ""}，每条都注明来源（见地图及CSV）。按日期所在年份计数；日期不详的事件不计。`,
    compareSource: (lgfv: boolean, ratio: boolean) =>
      `来源：${lgfv ? "华泰固收估算的城投带息债务（券商估算，不是官方统计），经GitHub仓库xyqiao98-wq/Government-debt整理" : "财政部中国地方政府债券信息公开平台（celma）"}${ratio ? `；${lgfv ? "地区生产总值（GDP）" : "地区生产总值（GDP）和一般公共预算收入"}：国家统计局、该平台及各省决算` : ""}。空缺为数据缺失，从不填补。`,
    nationalSource:
      "来源：全国债务余额据新华社、《南华早报》等援引财政部的报道（见地图）；重点省份份额：财政部中国地方政府债券信息公开平台，重点省份名单据媒体报道（见地图）。",
    regionSource: (caveat: string) => `来源：财政部中国地方政府债券信息公开平台（celma），全省口径。${caveat}`,

    citation: (role: string, text: string) => `${role}：${text}`,
    yes: "是",
    no: "否",
    notCoveredCell: "不在统计范围",
    noDataCell: (reason: string) => `数据缺失：${reason}`,
    noChangeCell: (reason: string) => `无法计算变化：${reason}`,
    provisional: "暂定",
    estimateCell: "华泰固收估算，非官方统计",
    notInData: "数据缺失",
    keyMembers: (n: number) => `该日列入的${n}个`,
    keyLaterListed: "后来列入的12个",
    metricCell: (_id: string, label: string) => label,
    changeUnit: (unit: "%" | "pp") => (unit === "pp" ? "个百分点" : unit),
    eventPrecisionCell: (precision: EventRecord["precision"]) =>
      precision ? eventViewMessages.zh.precision[precision] : null,
    eventScopeCell: (scope: EventRecord["scope"]) => eventViewMessages.zh.scope[scope] ?? scope,
    eventKindCell: (kind: EventKind) => eventKindLabel(kind, "zh"),
    eventMeasureCell: (measure: EventRecord["amountMeasure"]) =>
      measure ? eventViewMessages.zh.measure[measure] : null,
    strengthCell: (strength: SourceStrength | null) => strengthWords(strength, "zh"),

    fileNameLang: "zh",
  },
);

/** CSV headers. English: the files' existing column names; Chinese: words, amount columns with their unit. */
export const csvHeaders = defineMessages(
  {
    map: (_value: string) => [
      "region_code",
      "region_en",
      "region_zh",
      "period",
      "metric",
      "value",
      "unit",
      "rank_of_31",
      "key_high_debt_region",
      "status",
      "source",
      "source_detail",
    ],
    region: [
      "region_code",
      "region_en",
      "period",
      "general_bn_cny",
      "special_bn_cny",
      "total_bn_cny",
      "limit_bn_cny",
      "status",
      "scope",
      "source",
    ],
    national: [
      "period",
      "national_balance_bn_cny",
      "national_source",
      "national_source_date",
      "national_source_url",
      "national_source_strength",
      "key_regions_total_bn_cny",
      "provinces_total_bn_cny",
      "key_regions_share_pct",
      "key_regions_counted",
    ],
    compare: (_value: string) => [
      "rank",
      "region_code",
      "region_en",
      "region_zh",
      "metric",
      "unit",
      "period",
      "value",
      "base_period",
      "base_value",
      "change",
      "change_unit",
      "key_high_debt_region",
      "on_chart",
      "status",
      "source",
    ],
    events: [
      "id",
      "date",
      "date_precision",
      "date_basis",
      "scope",
      "province_code",
      "province_en",
      "place_en",
      "place_zh",
      "kind",
      "title",
      "summary",
      "amount_bn_cny",
      "amount_measure",
      "amount_overlaps",
      "source_name",
      "source_date",
      "source_url",
      "source_strength",
      "quote",
      "notes",
    ],
  },
  {
    map: (value: string) => [
      "地区代码",
      "地区（英文）",
      "地区（中文）",
      "时期",
      "指标",
      value,
      "单位",
      "排名（共31个）",
      "重点省份",
      "状态",
      "来源",
      "来源详情",
    ],
    region: [
      "地区代码",
      "地区",
      "时期",
      "一般债务（亿元）",
      "专项债务（亿元）",
      "债务余额（亿元）",
      "债务限额（亿元）",
      "状态",
      "口径",
      "来源",
    ],
    national: [
      "时期",
      "全国债务余额（亿元）",
      "全国数据来源",
      "来源日期",
      "来源链接",
      "来源可靠性核查",
      "重点省份合计（亿元）",
      "各省合计（亿元）",
      "重点省份份额（%）",
      "重点省份口径",
    ],
    compare: (value: string) => [
      "排名",
      "地区代码",
      "地区（英文）",
      "地区（中文）",
      "指标",
      "单位",
      "时期",
      value,
      "基期",
      `基期${value}`,
      "变化",
      "变化单位",
      "重点省份",
      "在图表上",
      "状态",
      "来源",
    ],
    events: [
      "编号",
      "日期",
      "日期精度",
      "日期依据",
      "范围",
      "省份代码",
      "省份",
      "地点（英文）",
      "地点（中文）",
      "类别",
      "标题",
      "摘要",
      "金额（亿元）",
      "金额含义",
      "金额重叠的事件（编号，不可相加）",
      "来源名称",
      "来源日期",
      "来源链接",
      "来源可靠性核查",
      "原文引述",
      "备注",
    ],
  },
);
