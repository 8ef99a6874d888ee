/**
 * The Events feature's words for the view, its filters, timeline, table and record, the province
 * panel's event list and the exports. Code-split with them, so the map's first load carries only
 * messages.ts (the map's event note), which this catalogue includes. Event titles, summaries,
 * quotes, source names and notes are data and never appear here: they are shown as the source
 * wrote them.
 */
import type { AmountMeasure } from "../../data/amount-measures";
import type { EventRecord } from "../../data/atlas-types";
import { extendMessages } from "../../i18n/messages";
import { eventMessages } from "./messages";

type Precision = NonNullable<EventRecord["precision"]>;
type Scope = EventRecord["scope"];

export const eventViewMessages = extendMessages(
  eventMessages,
  {
    // The view
    title: "Events",
    download: "Download",
    intro:
      "Asset sales (“selling the pot and iron”, 砸锅卖铁), policy steps, key-region list changes and financial-risk episodes, each with its source. Dates are as precise as the source: a month or a year is never narrowed to a guessed day.",
    loading: "Loading events…",
    loadFailed: "The events could not be loaded.",
    retry: "Retry",

    // Filters
    filterLabel: "Filter events",
    kind: "Kind",
    allKinds: "All kinds",
    province: "Province",
    allProvinces: "All provinces and national",
    provinceOption: (name: string, count: number) => `${name} (${count})`,
    search: "Search",
    searchPlaceholder: "e.g. parking, 砸锅卖铁, Lanzhou",
    clearFilters: "Clear filters",
    from: "From",
    to: "To",
    fromPlaceholder: "e.g. 2023-09",
    toPlaceholder: "e.g. 2025",

    // Results
    resultCount: (shown: number, total: number) => `${shown} of ${total} events`,
    undatedLeftOut: (n: number) =>
      ` · ${n} undated ${n === 1 ? "event is" : "events are"} left out while a date range is set`,
    missingEvent: (id: string) => `Event “${id}” is not in the data.`,
    dismiss: "Dismiss",
    selectedEvent: "Selected event",
    selectedNotListed: "The selected event is not among the filtered events.",
    noneForProvince: (name: string) => `No events recorded for ${name} in the data.`,
    noneMatch: "No events match these filters.",

    // Table
    columns: { date: "Date", place: "Place", kind: "Kind", amount: "Amount", event: "Event", source: "Source" },
    tableCaption:
      "Events matching the filters, newest first; undated events last. Select an event's title for its full record.",
    undatedGroup: (n: number) => `Undated (${n})`,
    undatedGroupNote:
      "The sources print no date for these: listed here, never placed on the timeline, a chart or the map.",
    amountNote:
      "* bn CNY, exactly as recorded, each with what it measures: a sale price, an asking price, a bond, a value of assets, a loan… Amounts of different measures are different things: never add them up.",

    // One event
    undated: "Undated",
    precisionTitle: (words: string) => `Precision: ${words}`,
    precision: { day: "exact day", month: "month only", year: "year only" } as Record<Precision, string>,
    scope: { national: "national", province: "province", prefecture: "prefecture", county: "county" } as Record<
      Scope,
      string
    >,
    eventLabel: (title: string) => `Event: ${title}`,
    detail: { date: "Date", place: "Place", kind: "Kind", amount: "Amount", charts: "On the charts" },
    precisionAside: (words: string) => ` (${words})`,
    /** After the place names: its scope, and the province when the place is within one. */
    placeScope: (scope: string, province: string | null) => ` (${scope}${province ? `, ${province}` : ""})`,
    dateBasisLead: ". What the date is: ",
    notStated: "not stated",
    sentenceEnd: ".",
    noAmount: "Not stated as a yuan amount (see notes).",
    amountAsRecorded: (amountWithMeasure: string) => `${amountWithMeasure}, as recorded.`,
    /** An amount with what it measures: "10 bn CNY (sale price)". */
    amountWithMeasure: (amount: string, measure: string) => `${amount} (${measure})`,
    /** What each amount measures (events.csv amount_measure). */
    measure: {
      sale_price: "sale price",
      listing_price: "asking price, outcome unknown",
      opening_price_no_sale: "opening price of an auction with no bid",
      sale_proceeds: "money raised by disposals",
      sale_target: "proceeds planned",
      earnest_money: "earnest money",
      equity_transfer_and_pledge: "equity sales and pledges together",
      debt_settled_in_kind: "debt settled with assets, not cash",
      asset_swap_value: "value offset in an asset swap",
      transferred_asset_value: "value of assets transferred, not cash",
      revitalised_asset_value: "value of assets revitalised, not cash",
      revitalisation_income: "income from revitalising assets",
      land_transfer_income: "land-transfer income",
      mining_right_price: "mining-right sale price",
      mining_right_starting_price: "mining-right starting price, outcome unknown",
      mining_right_income: "mining-right income, total",
      bank_asset_price: "price paid for bank assets or shares",
      bad_loans_retired: "bad loans retired",
      bond_size: "bond amount",
      debt_limit: "debt limit or bond quota",
      debt_balance: "debt outstanding",
      debt_unpaid: "debt unpaid",
      debt_restructured: "loans restructured",
      debt_resolved: "debt resolved",
      hidden_debt_found: "hidden debt found",
      new_financing: "new borrowing",
      fund_capital: "fund size or registered capital",
      funds_allocated: "funds allocated",
      idle_funds_returned: "idle funds returned",
      state_capital_income: "state-capital income",
      planned_investment: "planned investment",
      interest_saved: "interest saved",
      not_stated: "what it measures is not stated",
    } as Record<AmountMeasure, string>,
    miningCaveat:
      "Mining rights are new grants of the state's mineral resources: fiscal revenue, not a sale of existing state assets.",
    overlapsLead: "Overlaps with, so never add the two: ",
    listJoin: "; ",
    notes: "Notes: ",
    source: "Source: ",
    showOnMap: (name: string) => `Show on the map and ${name}'s chart`,
    nationalCharts: "National: on no province's chart.",
    notOnProvinceChart: (name: string, why: string) => `Not on ${name}'s chart: ${why}.`,
    onProvinceChart: (name: string, bar: string) => `${name}'s balance chart counts it in the ${bar} bar.`,
    dateLead: "Date: ",
    notOnChart: (why: string) => `Not on the chart: ${why}.`,
    onChart: (bar: string) => `On the chart: the ${bar} bar.`,

    // Timeline
    timelineLabel: (marks: number, first: number, last: number, yearOnly: number) =>
      `Timeline: ${marks} events dated to a month or day, by month, ${first}–${last}; ${yearOnly} dated only to a year, below the axis.`,
    yearOnly: " (year only)",
    timelineCaption:
      "Each mark is an event in its month, coloured by kind; thin bars below the axis are events known only to the year.",
    selectedUndated: " The selected event is undated, so it is not on the timeline.",

    // Province panel bar
    eventsIn: "Events in",
    allPeriods: "all periods",
    periodOption: (label: string, span: string) => `${label}: ${span}`,
    panelCount: (shown: number, total: number) => (shown === total ? `${total} events` : `${shown} of ${total} events`),
    kindsOr: " or ",
    panelUndated: (n: number) => ` · ${n} undated not shown with a date range`,
    showAll: "Show all",

    // Range and chart wording (lib/event-format)
    range: (from: string, to: string) => `${from} – ${to}`,
    rangeFrom: (from: string) => `from ${from}`,
    rangeTo: (to: string) => `up to ${to}`,
    unplaced: {
      undated: "undated",
      before: "before the first period on the chart (2015)",
      after: "after the last period on the chart (end-2025)",
      spans: (bars: string[]) => `dated too coarsely for one bar: it could be in ${bars.join(" or ")}`,
    },
    unplacedShort: {
      undated: "undated",
      "before-periods": "before 2015",
      "after-periods": "after 2025",
      "spans-periods": "dated too coarsely for one bar",
    },
    unplacedSummary: (parts: [string, number][]) =>
      `Not on the chart: ${parts.map(([why, n]) => `${n} ${why}`).join(", ")}.`,
  },
  {
    title: "事件",
    download: "下载",
    intro:
      "资产处置（“砸锅卖铁”）、政策举措、重点省份名单变动和金融风险事件，每条都注明来源。日期的精确程度以来源为准：只知月份或年份的，绝不缩小为猜测的某一天。",
    loading: "正在加载事件……",
    loadFailed: "无法加载事件。",
    retry: "重试",

    filterLabel: "筛选事件",
    kind: "类别",
    allKinds: "全部类别",
    province: "省份",
    allProvinces: "全部省份及全国",
    provinceOption: (name: string, count: number) => `${name}（${count}）`,
    search: "搜索",
    searchPlaceholder: "例如：砸锅卖铁、兰州、parking",
    clearFilters: "清除筛选",
    from: "起始日期",
    to: "截止日期",
    fromPlaceholder: "例如 2023-09",
    toPlaceholder: "例如 2025",

    resultCount: (shown: number, total: number) => `${total}条事件中的${shown}条`,
    undatedLeftOut: (n: number) => ` · 设定日期范围时，${n}条日期不详的事件未列入`,
    missingEvent: (id: string) => `数据中没有事件“${id}”。`,
    dismiss: "关闭",
    selectedEvent: "所选事件",
    selectedNotListed: "所选事件不在筛选结果中。",
    noneForProvince: (name: string) => `数据中没有${name}的事件记录。`,
    noneMatch: "没有符合这些筛选条件的事件。",

    columns: { date: "日期", place: "地点", kind: "类别", amount: "金额", event: "事件", source: "来源" },
    tableCaption: "符合筛选条件的事件，最新的在前；日期不详的事件排在最后。选择事件标题可查看完整记录。",
    undatedGroup: (n: number) => `日期不详（${n}）`,
    undatedGroupNote: "来源未注明这些事件的日期：只在此列出，从不放在时间轴、图表或地图上。",
    amountNote:
      "* 单位为亿元，按原始记录，并注明各金额的含义：成交价、挂牌价、债券、资产价值、贷款等。含义不同的金额是不同的东西，不可相加。",

    undated: "日期不详",
    precisionTitle: (words: string) => `精度：${words}`,
    precision: { day: "精确到日", month: "仅到月", year: "仅到年" },
    scope: { national: "全国", province: "省级", prefecture: "地市级", county: "区县级" },
    eventLabel: (title: string) => `事件：${title}`,
    detail: { date: "日期", place: "地点", kind: "类别", amount: "金额", charts: "在图表上" },
    precisionAside: (words: string) => `（${words}）`,
    placeScope: (scope: string, province: string | null) => `（${scope}${province ? `，${province}` : ""}）`,
    dateBasisLead: "。日期依据：",
    notStated: "未说明",
    sentenceEnd: "。",
    noAmount: "未以人民币金额说明（见备注）。",
    amountAsRecorded: (amountWithMeasure: string) => `${amountWithMeasure}，按原始记录。`,
    amountWithMeasure: (amount: string, measure: string) => `${amount}（${measure}）`,
    measure: {
      sale_price: "成交价格",
      listing_price: "挂牌价，结果不详",
      opening_price_no_sale: "流拍拍卖的起拍价",
      sale_proceeds: "资产处置所得",
      sale_target: "计划筹得金额",
      earnest_money: "诚意金",
      equity_transfer_and_pledge: "股权转让与质押合计",
      debt_settled_in_kind: "以资抵债，非现金",
      asset_swap_value: "资产置换中抵销的价款",
      transferred_asset_value: "划转资产的价值，非现金",
      revitalised_asset_value: "盘活资产的价值，非现金",
      revitalisation_income: "盘活资产的收入",
      land_transfer_income: "土地出让收入",
      mining_right_price: "矿业权成交价",
      mining_right_starting_price: "矿业权出让起始价，结果不详",
      mining_right_income: "矿业权出让收益合计",
      bank_asset_price: "银行资产或股份的转让价",
      bad_loans_retired: "处置的不良贷款",
      bond_size: "债券规模",
      debt_limit: "债务限额或债券额度",
      debt_balance: "债务余额",
      debt_unpaid: "未偿付的债务",
      debt_restructured: "展期重组的贷款",
      debt_resolved: "化解的债务",
      hidden_debt_found: "查出的隐性债务",
      new_financing: "新增融资",
      fund_capital: "基金规模或注册资本",
      funds_allocated: "安排的资金",
      idle_funds_returned: "缴回的沉淀资金",
      state_capital_income: "国有资本收益",
      planned_investment: "计划投资",
      interest_saved: "节约的利息",
      not_stated: "未说明金额含义",
    },
    miningCaveat: "矿业权出让是新出让国家矿产资源的权利，属于财政收入，并非出售既有国有资产。",
    overlapsLead: "与以下事件的金额重叠，不可相加：",
    listJoin: "；",
    notes: "备注：",
    source: "来源：",
    showOnMap: (name: string) => `在地图上查看${name}及其图表`,
    nationalCharts: "全国性事件：不在任何省份的图表上。",
    notOnProvinceChart: (name: string, why: string) => `不在${name}的图表上：${why}。`,
    onProvinceChart: (name: string, bar: string) => `${name}的债务余额图将其计入“${bar}”柱。`,
    dateLead: "日期依据：",
    notOnChart: (why: string) => `不在图表上：${why}。`,
    onChart: (bar: string) => `在图表上：“${bar}”柱。`,

    timelineLabel: (marks: number, first: number, last: number, yearOnly: number) =>
      `时间轴：${marks}条精确到月或日的事件，按月排列，${first}–${last}年；${yearOnly}条仅知年份的事件位于轴下方。`,
    yearOnly: "（仅知年份）",
    timelineCaption: "每个标记代表当月的一条事件，颜色表示类别；轴下方的细条是仅知年份的事件。",
    selectedUndated: "所选事件日期不详，因此不在时间轴上。",

    eventsIn: "事件时期",
    allPeriods: "全部时期",
    periodOption: (label: string, span: string) => `${label}：${span}`,
    panelCount: (shown: number, total: number) => (shown === total ? `${total}条事件` : `${total}条事件中的${shown}条`),
    kindsOr: "或",
    panelUndated: (n: number) => ` · 设定日期范围时不显示${n}条日期不详的事件`,
    showAll: "显示全部",

    range: (from: string, to: string) => `${from}–${to}`,
    rangeFrom: (from: string) => `${from}起`,
    rangeTo: (to: string) => `截至${to}`,
    unplaced: {
      undated: "日期不详",
      before: "早于图表上的第一个时期（2015年）",
      after: "晚于图表上的最后一个时期（2025年末）",
      spans: (bars: string[]) => `日期过粗，无法归入单一柱：可能属于${bars.map((b) => `“${b}”`).join("或")}`,
    },
    unplacedShort: {
      undated: "日期不详",
      "before-periods": "早于2015年",
      "after-periods": "晚于2025年",
      "spans-periods": "日期过粗、无法归入单一柱",
    },
    unplacedSummary: (parts: [string, number][]) =>
      `不在图表上：${parts.map(([why, n]) => `${n}条${why}`).join("，")}。`,
  },
);
