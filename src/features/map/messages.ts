/** The map's words: the shapes' names for screen readers, tooltip, legend, banners and notes. */
import { defineMessages } from "../../i18n/messages";
import type { Period } from "../../data/periods";
import { periodLabel, periodPhrase } from "../../data/series";

export const mapMessages = defineMessages(
  {
    mapLabel: "Map of China's provinces. Use the arrow keys to move between provinces and Enter to open one.",
    /** The period as the map names it: "2024" / "2024年末". */
    when: (p: Period) => periodLabel(p),
    section: (period: string) => `Map: ${period}`,
    unknownRegion: "Unknown region",
    notCovered: "not covered",
    noData: "no data",
    /** The accessible name of a shape: name and value, then the key-region mark and event count when given. */
    shapeLabel: (name: string, value: string, isKey: boolean, events: number | null) =>
      `${name}: ${value}${isKey ? ", key high-debt region" : ""}${events === null ? "" : `, ${events} ${events === 1 ? "event" : "events"} matching the event filters`}`,
    notCoveredShape: (name: string) => `${name}: not covered`,

    // The live region's sentence when the keyboard reaches a province.
    announceNotCovered: (name: string) => `${name}: not covered.`,
    announceNoData: (reason: string | null) => `no data${reason ? `: ${reason}` : ""}`,
    announce: (name: string, value: string, rank: number | null, of: number, status: string) =>
      `${name}: ${value}${rank !== null ? `, rank ${rank} of ${of}` : ""}. ${status}.`,

    // Key-region status: ui/key-status.ts (shared with the province panel and Compare).

    // Tooltip
    tooltipNotCovered: "Not covered: outside the mainland's statutory local-debt figures.",
    tooltipDetails: "Details",
    tooltipClose: "Close",
    tooltipValueLabel: (metric: string, period: string) => `${metric}, ${period}: `,
    provisional: " (provisional)",
    tooltipRank: (rank: number, of: number, withData: number) =>
      `Rank ${rank} of ${of}${withData < of ? ` (${withData} with data)` : ""}`,
    source: "Source: ",
    sourceJoin: "; ",

    // Legend
    legend: "Legend",
    legendTitle: (label: string, unit: string) => `${label} (${unit})`,
    legendNoData: "No data",
    legendNotCovered: "Not covered (Hong Kong, Macau, Taiwan)",
    legendKey: "Key high-debt region (outline and hatching)",

    // Banners and the note under the map
    listNotYet: (when: string, first: string) =>
      `The key high-debt region list did not exist yet at ${when}: it was first drawn in ${first}. No region is marked as key on this map.`,
    midYear:
      "Month-end figures come from the platform's monthly table, which differs slightly from annual totals and has no limits; ratios are not computed for a month-end.",
    preliminary: "End-2025 figures are preliminary: the source marks the year as incomplete.",
    localStatistics:
      "2015–2017 year-end balances are local statistics that include non-bond debt such as bank loans (platform note), so they are not strictly comparable with later years.",
    lgfvEstimate:
      "Huatai FI's estimate of LGFV interest-bearing debt, from LGFV financial statements: a broker's estimate, not an official statistic, and never added to the official debt balance.",
    /** `covers` is the data's own reason ("Huatai FI's estimate covers year-ends 2019–2024"). */
    lgfvNotCovered: (covers: string, when: string) =>
      `${covers}, so every province is shown as missing at ${when}. It is a broker's estimate, not an official statistic.`,
    sentenceGap: " ",
    wholeProvinces:
      "Each province is shown whole: Liaoning, Zhejiang, Fujian, Shandong and Guangdong include their separately listed cities (Dalian, Ningbo, Xiamen, Qingdao, Shenzhen) and Xinjiang includes the Xinjiang Production and Construction Corps, as sums of the platform's reported figures.",
    withData: (withData: number, covered: number) =>
      ` ${withData} of ${covered} provinces have a value for this metric and period.`,
    keyCount: (n: number) => ` ${n} key high-debt regions at this date.`,
  },
  {
    mapLabel: "中国各省份地图。用方向键在省份之间移动，按回车键打开省份详情。",
    when: (p: Period) => periodPhrase(p, "zh"),
    section: (period: string) => `地图：${period}`,
    unknownRegion: "未知地区",
    notCovered: "不在统计范围",
    noData: "数据缺失",
    shapeLabel: (name: string, value: string, isKey: boolean, events: number | null) =>
      `${name}：${value}${isKey ? "，重点省份" : ""}${events === null ? "" : `，${events}个事件符合事件筛选条件`}`,
    notCoveredShape: (name: string) => `${name}：不在统计范围`,

    announceNotCovered: (name: string) => `${name}：不在统计范围。`,
    announceNoData: (reason: string | null) => (reason ? `数据缺失（${reason}）` : "数据缺失"),
    announce: (name: string, value: string, rank: number | null, of: number, status: string) =>
      `${name}：${value}${rank !== null ? `，第${rank}位（共${of}个）` : ""}。${status}。`,

    tooltipNotCovered: "不在统计范围：不属于内地法定地方政府债务统计。",
    tooltipDetails: "详情",
    tooltipClose: "关闭",
    tooltipValueLabel: (metric: string, period: string) => `${metric}，${period}：`,
    provisional: "（暂定）",
    tooltipRank: (rank: number, of: number, withData: number) =>
      `第${rank}位（共${of}个${withData < of ? `，其中${withData}个有数据` : ""}）`,
    source: "来源：",
    sourceJoin: "；",

    legend: "图例",
    legendTitle: (label: string, unit: string) => `${label}（${unit}）`,
    legendNoData: "数据缺失",
    legendNotCovered: "不在统计范围（香港、澳门、台湾）",
    legendKey: "重点省份（粗轮廓加斜线）",

    listNotYet: (when: string, first: string) =>
      `${when}时重点省份名单尚未出台：该名单于${first}首次划定。本图未将任何地区标为重点省份。`,
    midYear: "月末数据来自平台的月度表，与年度合计略有差异，且没有限额；月末时点不计算比率。",
    preliminary: "2025年末数据为初步数据：来源标注该年度数据尚不完整。",
    localStatistics: "2015–2017年末余额为地方统计数，包含银行贷款等非债券债务（平台注明），因此与之后年份不严格可比。",
    lgfvEstimate: "华泰固收根据城投财报估算的城投带息债务：这是券商的估算，不是官方统计，从不计入官方债务余额。",
    lgfvNotCovered: (covers: string, when: string) =>
      `${covers}，因此${when}所有省份均显示为数据缺失。该数据是券商的估算，不是官方统计。`,
    sentenceGap: "",
    wholeProvinces:
      "各省份均按全省口径显示：辽宁、浙江、福建、山东和广东包含其计划单列市（大连、宁波、厦门、青岛、深圳），新疆包含新疆生产建设兵团，均为平台公布数之和。",
    withData: (withData: number, covered: number) => `${covered}个省份中有${withData}个有该指标和时期的数值。`,
    keyCount: (n: number) => `该日期共有${n}个重点省份。`,
  },
);
