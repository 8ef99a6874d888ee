/**
 * The National page's own words: the estimates panel, the official balance with the policy
 * timeline, bond issuance, the other figures, and their charts' series and tooltips. Loaded with those
 * code-split figures, so the map's first load does not carry them; it includes the side panel's
 * words (messages.ts), so a figure reads one catalogue. Source names, quotes and notes from the
 * data are never here: they are shown as written.
 */
import { defineMessages } from "../../i18n/messages";
import { nationalMessages } from "./messages";

export const nationalPageMessages = defineMessages(
  {
    ...nationalMessages.en,

    // Estimates panel
    estimatesBadge: "Estimates, not official statistics",
    estimatesHeading: "Hidden and financing-vehicle debt beside the official balance",
    estimatesLead:
      "Published estimates of local debt outside the statutory balance, and the Ministry of Finance's own hidden-debt figures (official, but not part of the statutory balance). Each is shown beside the official statutory balance of the same date, for scale only: the measures overlap and differ in scope, so none is added to the official figure.",
    estimatesCaption: (who: string) => `Estimates beside the official balance (bn CNY): ${who}`,
    estimatesSummary: (n: number) =>
      `${n} published figures of hidden or financing-vehicle debt, each with the official statutory balance of the same or the nearest date within six months drawn beside it, not added to it.`,
    whoseAndWhen: (whose: string, when: string[]) => `${whose} (${when.join(", ")})`,
    whoseSeparator: "; ",
    officialBeside: (value: string, period: string) => `${value} official statutory balance, ${period}`,
    nearestDate: " (nearest date)",
    noOfficialBeside: "No official statutory balance within six months of this date",
    reportedBy: (source: string) => `Reported by ${source}. `,
    reportedByLead: "Reported by ",
    legendEstimate: "Estimate or figure outside the statutory balance",
    legendOfficial: "Official statutory balance (MOF)",
    pctGdpHeading: "Percent of GDP (not comparable with the yuan figures above, so not drawn)",
    lowReliability: "low reliability",
    colWhoseWhat: "Whose, what",
    whoseWhat: (whose: string, what: string) => `${whose}: ${what}`,
    colRefersTo: "Refers to",
    colValue: "Value (bn)",
    colStatus: "Status",
    colReportedBy: "Reported by",
    colOfficialBeside: "Official balance beside it (bn)",
    colItsSource: "Its source",
    noneWithinSixMonths: "none within six months",
    valueAt: (value: string, period: string) => `${value} (${period})`,

    // Official balance and the policy timeline
    officialHeading: "Official debt and the policy timeline",
    officialCaption:
      "Official local government debt balance (bn CNY): general and special debt where the split is published, the debt limit, and policy milestones",
    officialSummary: (first: string, last: string, markers: number) =>
      `MOF year-end statutory balance from ${first} to ${last}, general and special debt stacked for the years national.csv splits, the NPC debt limit as a line with gaps where none is published, and ${markers} numbered policy markers listed below the chart.`,
    colYearEnd: "Year-end",
    colBalance: "Balance (bn)",
    colGeneral: "General",
    colSpecial: "Special",
    colLimit: "Limit",
    colSources: "Sources",
    shortSeries: {
      local_gov_debt_balance: "balance",
      local_gov_debt_balance_general: "general",
      local_gov_debt_balance_special: "special",
      local_gov_debt_limit: "limit",
    } as Record<string, string>,
    noNationalFigure: "no national figure in the data",
    none: "none",
    officialNote: (split: string, noBalance: string, noLimit: string, partialLimit: boolean) =>
      `National figures only (national.csv: MOF data as reported). The general/special split is published there for ${split}; other years show the total, and province sums are not used to fill the split. Components are drawn as published and may differ from the total by rounding (the tooltip gives the total). Not found, left empty: balance for ${noBalance}; total limit for ${noLimit}${partialLimit ? " (a special-debt ceiling alone is listed under the other figures)" : ""}. Bars are year-ends; a marker sits at its date, over the whole month or year when the source gives only that.`,
    loadingTimeline: "Loading the policy timeline…",
    timelineFailed: "The events could not be loaded, so the timeline is missing.",
    retry: "Retry",
    tipBalance: "Balance",
    tipGeneral: "General",
    tipSpecial: "Special",
    tipLimit: "Limit",
    seriesGeneral: "General debt",
    seriesSpecial: "Special debt",
    seriesTotal: "Total (split not published)",
    seriesLimit: "Debt limit (NPC)",
    timelineHeading: "Policy timeline",
    sourceLabel: "Source: ",
    sourceAfter: " Source: ",
    othersSummary: (n: number) =>
      `Other national policy and risk-list events in the data (${n}), not marked on the chart`,
    undatedOther: "Undated (not placed on the timeline)",

    // Issuance
    issuanceHeading: "Bond issuance",
    issuanceCaption: (span: string) =>
      `Local government bond issuance by calendar year, ${span} (bn CNY): total beside new, refinancing and swap bonds where published`,
    issuanceSummary: (annotations: number) =>
      `For each year the published total issuance is drawn beside the published components stacked; components not published for a year are missing, not derived. ${annotations} annotated items are not annual issuance.`,
    colYear: "Year",
    noAnnualFigure: "no annual figure in the data",
    subAnnualHeading: "Monthly and year-to-date figures (not annual totals, so not in the bars)",
    issuanceNote: (years: string) =>
      `Calendar-year figures as reported from MOF data. A component missing for a year is not derived from the total: it stays missing. No annual figure was found for ${years}.`,
    noYear: "no year",

    // Other figures
    otherSummary: (n: number) => `Other national figures in the data, not charted (${n})`,

    // Punctuation for running text built around data
    stop: ". ",
    listSeparator: "; ",
  },
  {
    ...nationalMessages.zh,

    estimatesBadge: "估算，非官方统计",
    estimatesHeading: "隐性债务和城投平台债务，与官方债务余额并列",
    estimatesLead:
      "已公布的法定债务余额以外的地方债务估算，以及财政部自己公布的隐性债务数字（官方数字，但不属于法定债务余额）。每项都与同一日期的官方法定债务余额并列，仅供比较规模：各口径相互重叠、范围不同，因此都不与官方数字相加。",
    estimatesCaption: (who: string) => `估算与官方债务余额并列（亿元）：${who}`,
    estimatesSummary: (n: number) =>
      `已公布的${n}个隐性债务或城投平台债务数字，每个旁边绘出同一日期（或六个月内最近日期）的官方法定债务余额，二者并列而不相加。`,
    whoseAndWhen: (whose: string, when: string[]) => `${whose}（${when.join("、")}）`,
    whoseSeparator: "；",
    officialBeside: (value: string, period: string) => `官方法定债务余额${value}，${period}`,
    nearestDate: "（最近日期）",
    noOfficialBeside: "该日期前后六个月内没有官方法定债务余额",
    reportedBy: (source: string) => `来源：${source}。`,
    reportedByLead: "来源：",
    legendEstimate: "估算或法定债务余额以外的数字",
    legendOfficial: "官方法定债务余额（财政部）",
    pctGdpHeading: "占GDP百分比（与上方的金额不可比，故不绘图）",
    lowReliability: "可靠性低",
    colWhoseWhat: "发布方及内容",
    whoseWhat: (whose: string, what: string) => `${whose}：${what}`,
    colRefersTo: "所指日期",
    colValue: "数值（亿元）",
    colStatus: "性质",
    colReportedBy: "来源",
    colOfficialBeside: "并列的官方债务余额（亿元）",
    colItsSource: "其来源",
    noneWithinSixMonths: "六个月内没有",
    valueAt: (value: string, period: string) => `${value}（${period}）`,

    officialHeading: "官方债务与政策时间线",
    officialCaption: "官方地方政府债务余额（亿元）：已公布分项的年份分为一般债务和专项债务，另有债务限额和政策节点",
    officialSummary: (first: string, last: string, markers: number) =>
      `财政部公布的${first}至${last}法定债务余额；national.csv 有分项的年份将一般债务和专项债务堆叠显示；全国人大批准的债务限额以折线表示，未公布的年份留空；图下列出${markers}个编号的政策标记。`,
    colYearEnd: "年末",
    colBalance: "债务余额（亿元）",
    colGeneral: "一般债务",
    colSpecial: "专项债务",
    colLimit: "债务限额",
    colSources: "来源",
    shortSeries: {
      local_gov_debt_balance: "债务余额",
      local_gov_debt_balance_general: "一般债务",
      local_gov_debt_balance_special: "专项债务",
      local_gov_debt_limit: "债务限额",
    },
    noNationalFigure: "数据中没有全国数字",
    none: "无",
    officialNote: (split: string, noBalance: string, noLimit: string, partialLimit: boolean) =>
      `仅为全国数字（national.csv：按报道的财政部数据）。其中公布一般债务和专项债务分项的年份为${split}；其他年份显示合计数，不用各省份之和填补分项。分项按公布数字绘制，可能因四舍五入与合计数略有差异（提示框给出合计数）。未找到、留空：债务余额${noBalance}；债务总限额${noLimit}${partialLimit ? "（单独的专项债务限额列在其他数字中）" : ""}。柱为年末数字；标记位于其日期处，来源只给出月份或年份时覆盖整个月或整年。`,
    loadingTimeline: "正在加载政策时间线……",
    timelineFailed: "无法加载事件，因此缺少时间线。",
    retry: "重试",
    tipBalance: "债务余额",
    tipGeneral: "一般债务",
    tipSpecial: "专项债务",
    tipLimit: "债务限额",
    seriesGeneral: "一般债务",
    seriesSpecial: "专项债务",
    seriesTotal: "合计（未公布分项）",
    seriesLimit: "债务限额（全国人大）",
    timelineHeading: "政策时间线",
    sourceLabel: "来源：",
    sourceAfter: "来源：",
    othersSummary: (n: number) => `数据中的其他全国性政策和风险名单事件（${n}个），未在图中标出`,
    undatedOther: "日期不详（未放入时间线）",

    issuanceHeading: "债券发行",
    issuanceCaption: (span: string) =>
      `地方政府债券分年度发行额，${span}（亿元）：发行总额与已公布的新增债券、再融资债券和置换债券并列`,
    issuanceSummary: (annotations: number) =>
      `每年已公布的发行总额与已公布的分项（堆叠）并列；某年未公布的分项即为缺失，不作推算。${annotations}个注释项目不是年度发行额。`,
    colYear: "年份",
    noAnnualFigure: "数据中没有全年数字",
    subAnnualHeading: "月度和年初至今数字（并非全年合计，故不在柱状图中）",
    issuanceNote: (years: string) =>
      `按报道的财政部数据，按自然年计。某年缺失的分项不由合计数推算，保持缺失。以下年份未找到全年数字：${years}。`,
    noYear: "无",

    otherSummary: (n: number) => `数据中其他未绘图的全国数字（${n}）`,
    stop: "。",
    listSeparator: "；",
  },
);
