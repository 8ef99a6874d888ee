/**
 * The National page's own words: the estimates panel, the official balance with the policy
 * timeline, bond issuance, the other figures, and their charts' series and tooltips. Loaded with those
 * code-split figures, so the map's first load does not carry them; it includes the side panel's
 * words (messages.ts), so a figure reads one catalogue. Source names, quotes and notes from the
 * data are never here: they are shown as written.
 */
import { extendMessages } from "../../i18n/messages";
import { nationalMessages } from "./messages";
import type { EstimateBy, EstimateStatus, IssuancePart, Precision } from "./lib/kinds";

export const nationalPageMessages = extendMessages(
  nationalMessages,
  {
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
      `National figures only (national.csv: MOF data as reported). The general/special split is published there for ${split}; other years show the total, and province sums are not used to fill the split. Components are drawn as published and may differ from the total by rounding (the tooltip gives the total). Not found, left empty: balance for ${noBalance}; total limit for ${noLimit}${partialLimit ? " (the general-debt and special-debt ceilings are listed under the other figures)" : ""}. Bars are year-ends; a marker sits at its date, over the whole month or year when the source gives only that.`,
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

    // The pure lib/ modules' words: estimate series and statuses, issuance parts, the timeline's
    // own labels, why a row is not charted. Keyed by the data's series and event ids.
    estimateWhose: { mof: "Ministry of Finance", goldman: "Goldman Sachs", imf: "IMF" } as Record<EstimateBy, string>,
    estimateWhat: {
      hidden_debt_official: "Hidden local government debt",
      hidden_debt_estimate_goldman: "All local debt, including financing vehicles (LGFVs)",
      lgfv_debt_goldman: "Debt of financing vehicles (LGFVs)",
      lgfv_debt_imf: "Debt of financing vehicles (LGFVs)",
      imf_augmented_debt_pct_gdp: "augmented public debt",
    } as Record<string, string>,
    estimateStatus: {
      estimate: "estimate",
      "official, outside the statutory balance": "official, outside the statutory balance",
    } as Record<EstimateStatus, string>,
    issuancePart: {
      total: "Total issued",
      new: "New bonds",
      refinancing: "Refinancing bonds",
      swap: "Swap bonds (2015–18 programme)",
    } as Record<IssuancePart, string>,
    /** Which component a source belongs to, in the table's sources cell. */
    issuancePartShort: { total: "total", new: "new", refinancing: "refinancing", swap: "swap" } as Record<
      IssuancePart,
      string
    >,
    subAnnual: {
      bond_issuance_total: "total",
      bond_issuance_new: "new bonds",
      bond_issuance_refinancing: "refinancing bonds",
      bond_issuance_total_ytd: "total, year to date",
    } as Record<string, string>,
    annotated: {
      special_refinancing_bonds: {
        label: "Special refinancing bonds (hidden-debt swap, from Sept 2023)",
        caveat: "Issued and planned as announced by mid-November 2023; a programme total, not a calendar-year figure.",
      },
      debt_swap_package: {
        label: "November 2024 debt-swap package",
        caveat:
          "Debt-relief resources announced on that date (ceiling rise plus special bonds over several years), not bonds issued in 2024.",
      },
    } as Record<string, { label: string; caveat: string }>,
    notChartedReason: {
      local_gov_debt_balance: "Official balance at a month-end or mid-year, not a year-end: the bars are year-ends.",
      local_gov_special_debt_limit: "The special-debt ceiling alone, not the total debt limit drawn on the chart.",
      local_gov_general_debt_limit: "The general-debt ceiling alone, not the total debt limit drawn on the chart.",
      local_gov_debt_balance_general:
        "General-debt part of an official balance at a month-end or mid-year, not a year-end: the bars are year-ends.",
      local_gov_debt_balance_special:
        "Special-debt part of an official balance at a month-end or mid-year, not a year-end: the bars are year-ends.",
      central_gov_debt_balance: "Central government debt: not local debt.",
      total_gov_debt_incl_hidden:
        "MOF's own total of central, statutory local and hidden debt, as published: not added up here.",
      local_gov_direct_debt_nao:
        "2013 National Audit Office audit: a different concept from the post-2015 statutory balance.",
      local_gov_debt_incl_contingent_nao:
        "2013 National Audit Office audit, including contingent debt: a different concept.",
      nontax_revenue_national: "National non-tax revenue: a revenue figure, not debt.",
      bond_issuance_total_ytd: "Year-to-date issuance: not a calendar-year total.",
    } as Record<string, string>,
    partYear: "Monthly or part-year issuance: not a calendar-year total.",
    notCharted: "Not charted on this page.",
    pctOfGdp: (pct: string) => `${pct}% of GDP`,
    /** How a date's precision is said beside it: nothing for a day, "(month only)", "(year only)". */
    precisionNote: { day: "", month: " (month only)", year: " (year only)" } as Record<Precision, string>,
    milestoneShort: {
      "nx-swap-bonds-private-placement-2015-07": "2015 debt-for-bond swap",
      "cn-12-provinces-listed-2023-09": "12 key regions listed",
      "cn-special-refinancing-bonds-start-2023-09": "Special refinancing bonds begin",
      "cn-document-47-2023-12": "Document No. 47",
      "cn-npc-6trn-debt-swap-2024-11": "Nov 2024 debt-swap package",
    } as Record<string, string>,
    milestoneNote: {
      "nx-swap-bonds-private-placement-2015-07":
        "The data has no national event for the start of the 2015–18 swap programme; this is the earliest swap-bond sale it records (Ningxia).",
    } as Record<string, string>,
    exitShort: (name: string) => `${name} exits`,
    exitTitle: (name: string) => `${name} leaves the list of key high-debt regions`,
  },
  {
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
      `仅为全国数字（national.csv：按报道的财政部数据）。其中公布一般债务和专项债务分项的年份为${split}；其他年份显示合计数，不用各省份之和填补分项。分项按公布数字绘制，可能因四舍五入与合计数略有差异（提示框给出合计数）。未找到、留空：债务余额${noBalance}；债务总限额${noLimit}${partialLimit ? "（一般债务限额和专项债务限额列在其他数字中）" : ""}。柱为年末数字；标记位于其日期处，来源只给出月份或年份时覆盖整个月或整年。`,
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

    estimateWhose: { mof: "财政部", goldman: "高盛", imf: "国际货币基金组织" },
    estimateWhat: {
      hidden_debt_official: "地方政府隐性债务",
      hidden_debt_estimate_goldman: "全部地方债务（含城投平台）",
      lgfv_debt_goldman: "城投平台（地方政府融资平台）债务",
      lgfv_debt_imf: "城投平台（地方政府融资平台）债务",
      imf_augmented_debt_pct_gdp: "增扩口径政府债务",
    },
    estimateStatus: { estimate: "估算", "official, outside the statutory balance": "官方数字，不在法定债务余额内" },
    issuancePart: {
      total: "发行总额",
      new: "新增债券",
      refinancing: "再融资债券",
      swap: "置换债券（2015—2018年置换计划）",
    },
    issuancePartShort: { total: "总额", new: "新增", refinancing: "再融资", swap: "置换" },
    subAnnual: {
      bond_issuance_total: "发行总额",
      bond_issuance_new: "新增债券",
      bond_issuance_refinancing: "再融资债券",
      bond_issuance_total_ytd: "发行总额（年初至今）",
    },
    annotated: {
      special_refinancing_bonds: {
        label: "特殊再融资债券（置换隐性债务，2023年9月起）",
        caveat: "截至2023年11月中旬公布的已发行和计划发行规模；为计划总额，而非某一年度的数字。",
      },
      debt_swap_package: {
        label: "2024年11月化债一揽子方案",
        caveat: "当日宣布的化债资源（提高债务限额，加上分数年安排的专项债券），并非2024年发行的债券。",
      },
    },
    notChartedReason: {
      local_gov_debt_balance: "月末或年中的官方债务余额，而非年末数字：柱状图只显示年末数字。",
      local_gov_special_debt_limit: "仅为专项债务限额，而非图中所绘的债务总限额。",
      local_gov_general_debt_limit: "仅为一般债务限额，而非图中所绘的债务总限额。",
      local_gov_debt_balance_general: "月末或年中官方债务余额中的一般债务部分，而非年末数字：柱状图只显示年末数字。",
      local_gov_debt_balance_special: "月末或年中官方债务余额中的专项债务部分，而非年末数字：柱状图只显示年末数字。",
      central_gov_debt_balance: "中央政府债务：不属于地方债务。",
      total_gov_debt_incl_hidden: "财政部公布的中央债务、地方法定债务和隐性债务合计，按公布原样列出：本页不作加总。",
      local_gov_direct_debt_nao: "2013年审计署审计：与2015年后的法定债务余额口径不同。",
      local_gov_debt_incl_contingent_nao: "2013年审计署审计，含或有债务：口径不同。",
      nontax_revenue_national: "全国非税收入：为收入数字，而非债务。",
      bond_issuance_total_ytd: "年初至今发行额：并非全年合计。",
    },
    partYear: "月度或部分年度发行额：并非全年合计。",
    notCharted: "未在本页绘图。",
    pctOfGdp: (pct: string) => `占GDP的${pct}%`,
    precisionNote: { day: "", month: "（仅知月份）", year: "（仅知年份）" },
    milestoneShort: {
      "nx-swap-bonds-private-placement-2015-07": "2015年债务置换",
      "cn-12-provinces-listed-2023-09": "12个重点省份列入名单",
      "cn-special-refinancing-bonds-start-2023-09": "特殊再融资债券开始发行",
      "cn-document-47-2023-12": "47号文",
      "cn-npc-6trn-debt-swap-2024-11": "2024年11月化债一揽子方案",
    },
    milestoneNote: {
      "nx-swap-bonds-private-placement-2015-07":
        "数据中没有2015—2018年置换计划启动的全国性事件；这是数据记录的最早一次置换债券发行（宁夏）。",
    },
    exitShort: (name: string) => `${name}退出`,
    exitTitle: (name: string) => `${name}退出重点省份名单`,
  },
);
