/**
 * The prefecture league's words (Compare with cl=prefectures): the level switch, filters, notes,
 * table, chart and the reasons a change is not computed. Its own catalogue because the league
 * loads on first use; grades, doubtful and missing figures are worded by the prefecture map's
 * catalogue (region/prefecture-messages.ts) so both say them alike. Names, publishers and titles
 * from the data are shown as written.
 */
import type { ChangeProblem } from "./lib/prefecture-league";
import type { GradeFloor } from "../../state/view-state";
import { defineMessages } from "../../i18n/messages";

export const leagueMessages = defineMessages(
  {
    lead: (metric: string, when: string) =>
      `Every prefecture-level unit ranked by ${metric} at ${when}, with the grade and source of each figure. Metric and year: above. The link keeps the whole league.`,

    // Loading
    loading: (done: number, total: number) => `Loading prefecture figures: ${done} of ${total} provinces…`,
    failed: (n: number) =>
      `The prefecture figures of ${n} province${n === 1 ? "" : "s"} could not be loaded; nothing is ranked without them. `,
    retry: "Retry",

    // Filters
    filters: "League filters",
    places: "Places",
    placesAll: "All provinces",
    placesKey: "Key regions only",
    placesOne: "One province",
    grade: "Grade of the debt figure",
    gradeOption: {
      all: "All grades (A1–D)",
      secondary: "Official and secondary (A1–C)",
      official: "Official only (A1/A2)",
    } as Record<GradeFloor, string>,
    changeSince: "Change since",
    baseOption: (year: string) => `end-${year}`,

    // Notes
    substituted:
      "Prefecture figures have no LGFV estimate (Huatai FI's estimate is for whole provinces only): the league ranks the official debt balance instead.",
    yearLatestBefore: (when: string, asked: string) =>
      `Prefecture figures are year-ends: the league shows ${when}, the latest before ${asked}.`,
    yearBeforeData: (asked: string) =>
      `Prefecture figures start at end-2018: there are none for ${asked}. Choose a year from 2018 on.`,
    scopeProvince: (name: string) => `${name} only.`,
    gradeNote:
      "The grade is the debt figure's document: A1/A2 official budget documents, B2 rating reports and reprints, C official figures via the news, D a commercial database page. GDP and revenue (the ratios' denominators) are mostly the NBS City Statistical Yearbook's, with their grade beside their source.",
    belowGrade: (n: number, floor: string) =>
      `${n} prefecture${n === 1 ? " is" : "s are"} left out: ${n === 1 ? "its" : "their"} debt figure is graded below “${floor}”.`,
    rankedCount: (n: number) => `${n} ranked`,

    // Table
    tableTitle: (metric: string, when: string) => `Prefecture league: ${metric}, ${when}`,
    tableCaption: (metric: string, when: string) =>
      `Prefectures ranked by ${metric} at ${when}, with the change, the grade and the source of each figure.`,
    colRank: "Rank",
    colPrefecture: "Prefecture",
    colProvince: "Province",
    colValue: (when: string, unit: string) => `${when} (${unit})`,
    colChange: (base: string, unit: string) => `Change since end-${base} (${unit})`,
    colGrade: "Grade",
    colSource: "Source",
    colWhy: "Why",
    municipality: "municipality, whole",
    approxMark: "≈ ",
    approxNote: "≈ read off a chart in the source (approximate); a change from such a figure is approximate too.",
    tableNote:
      "Rank 1 is the highest value; ties share a rank. A balance's change is in per cent, a ratio's in percentage points.",
    sortNote:
      "A column's heading sorts the table by it, a second press the other way; the rank stays the rank by value, and sorted by change a prefecture without one goes last.",
    scrollCue: "Swipe the table sideways for the grade and source →",
    denominator: { debt_gdp: "GDP", debt_revenue: "Revenue" } as Record<"debt_gdp" | "debt_revenue", string>,
    /** Before the denominator's documents, named by publisher (titles are in the CSV). */
    denominatorSource: (label: string, grade: string) => `${label} (${grade}): `,
    noSource: "—",
    sourceSeparator: "; ",
    doubtfulTitle: (n: number) => `Doubtful figures, not ranked (${n})`,
    doubtfulLead:
      "Flagged as suspect in the data (a likely unit error or a break in the series): kept as published, never ranked or charted.",
    missingTitle: (n: number) => `No figure (${n})`,
    missingLead:
      "Units of these provinces without a figure for this metric and year, with the reason. Nothing is filled in.",
    noRows: "No prefecture has a figure under these filters.",

    // Change
    changeProblem: {
      base_before_data: (base: string) => `No prefecture figures for end-${base}: they start at end-2018`,
      same_year: (_base: string) => "The base is the year shown: choose an earlier one",
      now_missing: (_base: string) => "No figure",
      now_doubtful: (_base: string) => "Not computed: this figure is doubtful",
      base_missing: (base: string) => `Not computed: no figure at end-${base}`,
      base_doubtful: (base: string) => `Not computed: the end-${base} figure is doubtful`,
      base_below_grade: (base: string) => `Not computed: the end-${base} figure is graded below the filter`,
      base_not_positive: (base: string) => `Not computed: the end-${base} balance is not positive`,
    } as Record<ChangeProblem, (base: string) => string>,
    baseGrade: (grade: string) => ` (${grade})`,

    // Chart
    chartCaption: (metric: string, n: number, when: string) =>
      `Top ${n} prefecture${n === 1 ? "" : "s"} by ${metric}, ${when}`,
    chartSummary: (first: string, firstValue: string, last: string, lastValue: string, n: number) =>
      `Highest: ${first} (${firstValue}); number ${n}: ${last} (${lastValue}).`,
    chartNote: "Lighter bars with ≈: read off a chart in the source. Doubtful figures are not drawn.",
    chartEmpty: "No prefecture has a sound figure under these filters, so there is nothing to chart.",
    /** A unit's name on the chart's axis, in the reader's language. */
    unitName: (en: string, _zh: string) => en,
  },
  {
    lead: (metric: string, when: string) =>
      `全部地市级单位按${when}的${metric}排名，并注明每个数字的来源等级和出处。指标和年份在上方选择。链接保存整个排名表。`,

    loading: (done: number, total: number) => `正在加载地市数据：已加载${total}个省份中的${done}个……`,
    failed: (n: number) => `${n}个省份的地市数据无法加载；缺少这些数据时不作排名。`,
    retry: "重试",

    filters: "排名筛选",
    places: "范围",
    placesAll: "全部省份",
    placesKey: "仅重点省份",
    placesOne: "单个省份",
    grade: "债务数字的来源等级",
    gradeOption: {
      all: "全部等级（A1至D级）",
      secondary: "官方和二手来源（A1至C级）",
      official: "仅官方来源（A1/A2级）",
    },
    changeSince: "变化的基期",
    baseOption: (year: string) => `${year}年末`,

    substituted: "地市没有城投债务估算（华泰固收的估算只有全省口径）：排名改用官方债务余额。",
    yearLatestBefore: (when: string, asked: string) => `地市数据为年末数：排名显示${when}，即${asked}之前最近的年末。`,
    yearBeforeData: (asked: string) => `地市数据始于2018年末：${asked}没有地市数据。请选择2018年及以后的年份。`,
    scopeProvince: (name: string) => `仅${name}。`,
    gradeNote:
      "等级指债务数字所依据的文件：A1/A2为官方预算文件，B2为评级报告和转载，C为新闻报道中的官方数字，D为商业数据库页面。GDP和收入（比率的分母）大多来自《中国城市统计年鉴》，其等级注在来源旁。",
    belowGrade: (n: number, floor: string) => `${n}个地市未列入：其债务数字的来源等级低于“${floor}”。`,
    rankedCount: (n: number) => `${n}个参与排名`,

    tableTitle: (metric: string, when: string) => `地市排名：${when}${metric}`,
    tableCaption: (metric: string, when: string) => `${when}各地市${metric}排名，以及变化、来源等级和每个数字的出处。`,
    colRank: "排名",
    colPrefecture: "地市",
    colProvince: "省份",
    colValue: (when: string, unit: string) => `${when}（${unit}）`,
    colChange: (base: string, unit: string) => `${base}年末以来的变化（${unit}）`,
    colGrade: "来源等级",
    colSource: "来源",
    colWhy: "原因",
    municipality: "直辖市（全市）",
    approxMark: "≈ ",
    approxNote: "≈ 来源图表读数（近似值）；由此计算的变化也是近似值。",
    tableNote: "排名第1为最高值；数值相同则排名相同。债务余额的变化以百分比表示，比率的变化以百分点表示。",
    sortNote: "点击列标题可按该列排序，再点一次则反向；排名始终按数值，按变化排序时没有变化值的地市排在最后。",
    scrollCue: "左右滑动表格可查看来源等级和出处 →",
    denominator: { debt_gdp: "GDP", debt_revenue: "收入" },
    denominatorSource: (label: string, grade: string) => `${label}（${grade}）：`,
    noSource: "—",
    sourceSeparator: "；",
    doubtfulTitle: (n: number) => `存疑数字，不参与排名（${n}）`,
    doubtfulLead: "数据中标为存疑（可能存在单位错误或序列断裂）：按公布值保留，从不排名或绘图。",
    missingTitle: (n: number) => `没有数字（${n}）`,
    missingLead: "这些省份中没有该指标该年数字的单位及原因。缺失不作填补。",
    noRows: "在这些筛选条件下没有地市有数字。",

    changeProblem: {
      base_before_data: (base: string) => `${base}年末没有地市数据：地市数据始于2018年末`,
      same_year: (_base: string) => "基期与所示年份相同：请选择更早的年份",
      now_missing: (_base: string) => "没有数字",
      now_doubtful: (_base: string) => "未计算：该数字存疑",
      base_missing: (base: string) => `未计算：${base}年末没有数字`,
      base_doubtful: (base: string) => `未计算：${base}年末的数字存疑`,
      base_below_grade: (base: string) => `未计算：${base}年末数字的来源等级低于筛选条件`,
      base_not_positive: (base: string) => `未计算：${base}年末的债务余额不是正数`,
    },
    baseGrade: (grade: string) => `（${grade}）`,

    chartCaption: (metric: string, n: number, when: string) => `${when}${metric}最高的${n}个地市`,
    chartSummary: (first: string, firstValue: string, last: string, lastValue: string, n: number) =>
      `最高：${first}（${firstValue}）；第${n}位：${last}（${lastValue}）。`,
    chartNote: "浅色并标“≈”的条形：来源图表读数。存疑数字不绘出。",
    chartEmpty: "在这些筛选条件下没有地市有可靠数字，因此没有可绘制的内容。",
    unitName: (_en: string, zh: string) => zh,
  },
);
