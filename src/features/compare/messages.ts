/**
 * The Compare view's words. Numbers, periods and province names arrive already in the reader's
 * language (ui/format.ts, periodLabel/periodPhrase, provinceName); source labels and citations in
 * tooltips and the sources list are the data's, as written.
 */
import type { MacroRegion } from "../../data/atlas-types";
import { defineMessages } from "../../i18n/messages";

export const compareMessages = defineMessages(
  {
    title: "Compare provinces",
    // The level switch: provinces, or the prefecture league (cl=prefectures, its words in league-messages.ts).
    level: "Compare",
    levelProvinces: "Provinces",
    levelPrefectures: "Prefectures",
    titlePrefectures: "Compare prefectures",
    leagueLoading: "Loading the prefecture league…",
    lead: (metric: string, when: string) =>
      `${metric} over time for the provinces you choose; all 31 ranked at ${when}. Metric and year: above. The link keeps the whole view.`,
    emptyStrong: "No province chosen yet.",
    emptyBody:
      " Start with a preset (the key regions, a macro-region, all 31), search for a province by its English or Chinese name, or tick provinces in the table below.",

    // Presets
    presets: "Presets",
    keyRegions: "Key regions",
    all31: "All 31",
    closestPeers: "Closest peers",
    keyHintMembers: (n: number, when: string) => `Key regions: the ${n} on the list at ${when}.`,
    keyHintAsListed: (n: number, drawn: string, when: string) =>
      `Key regions: the ${n} named when the list was drawn (${drawn}); at ${when} there was no list yet.`,
    peersHintNoAnchor: "Closest peers: choose a province first; its five nearest provinces by the metric are added.",
    // Mid-sentence a name starts lower-case, but an acronym (LGFV) and the words after it keep theirs.
    peersHintOk: (n: number, name: string, metric: string, when: string) =>
      `Closest peers: the ${n} provinces nearest ${name} by ${/^[A-Z]{2}/.test(metric) ? metric : metric[0].toLowerCase() + metric.slice(1)} at ${when}.`,
    peersHintUnavailable: (reason: string) => `Closest peers: unavailable. ${reason}`,
    macroHintLead: "East, Central, West, Northeast: as the ",
    macroHintSource: (year: string) => `National Bureau of Statistics defines them (${year})`,
    macroHintEnd: ".",

    // Search
    addProvince: "Add a province",
    searchPlaceholder: "Name in English or Chinese, e.g. Guizhou, 贵州, Xizang",
    matching: "Matching provinces",
    onChart: " · on the chart",
    alreadyOnChart: (name: string) => `${name} is already on the chart.`,
    added: (name: string) => `${name} added to the chart.`,
    clearAll: "Clear all",
    noMatch: (query: string) => `No province matches “${query}”.`,

    // Chips and legend
    chipsLabel: "Provinces on the chart",
    remove: (name: string) => `Remove ${name}`,
    chipsFolded: (n: number) => `${n} provinces on the chart`,
    provisionalMark: " (prov.)",
    notAvailable: "n/a",
    legendHint: "Select a name to highlight its line.",
    legendHeading: (when: string, scale: string) => `At ${when}${scale}, highest first:`,
    legendScaleIndexed: (base: string) => `, end-${base} = 100`,
    legendScaleUnit: (unit: string) => ` (${unit})`,

    // Scale
    scale: "Scale",
    levels: "Levels",
    indexed: "Indexed",
    indexBase: "Index base",
    indexHint: (base: string) => `Each line is divided by its own end-${base} value × 100.`,
    indexHintListing:
      " End-2023 is the first year-end after the key-region list was drawn in Sept 2023, so the lines show growth since the listing.",

    // Figure
    scaleIndexed: (base: string) => `indexed, end-${base} = 100`,
    caption: (metric: string, scale: string, n: number) =>
      `${metric} (${scale}), 2015–2025: ${n} province${n === 1 ? "" : "s"}`,
    summary: (
      when: string,
      high: string,
      highValue: string,
      low: string,
      lowValue: string,
      missing: number,
      total: number,
    ) =>
      `At ${when}, highest: ${high} (${highValue}); lowest: ${low} (${lowValue}). ${missing} of ${total} points missing.`,
    summaryNone: (when: string) => `No values at ${when}.`,
    notes:
      "Hollow dots and the shaded band: provisional (month-ends from the monthly table; end-2025 preliminary). Gaps are missing values, never filled. 2015–2017 balances are local statistics that include bank loans (platform note).",
    missingCount: (missing: number, total: number) => `${missing} of ${total} points missing:`,
    missingGroup: (reason: string, where: string) => `${reason}: ${where}.`,
    provisionalBand: "provisional",
    tooltipIndex: " (index)",

    // Tables
    colProvince: "Province",
    /** `label` as a column says the period ("2024"), `phrase` as a sentence does ("end-2024"). */
    tableTitle: (metric: string, label: string, _phrase: string) => `All 31 provinces: ${metric}, ${label}`,
    changeSince: "Change since",
    baseOption: (year: string) => `end-${year}`,
    tableCaption: (metric: string, label: string, _phrase: string, base: string) =>
      `${metric} by province at ${label}, with the value at end-${base} and the change; select a column header to sort.`,
    colChart: "Chart",
    colRank: "Rank",
    colValue: (when: string, unit: string) => `${when} (${unit})`,
    colBase: (base: string, unit: string) => `${base} (${unit})`,
    colChange: (base: string, unit: string) => `Change since ${base} (${unit})`,
    colKey: (when: string) => `Key region, ${when}`,
    showOnChart: (name: string) => `Show ${name} on the chart`,
    tableNote: "Rank 1 is the highest value; ties share a rank; a missing value has no rank and sorts last. ",
    changeInPercent: "Change is in per cent.",
    changeInPoints: "Change is in percentage points (pp) of the ratio.",
    hoverHint: " The small number after a figure opens its source below (hovering shows it too).",
    sourceRef: (n: number) => `Source ${n}`,
    scrollCue: "Swipe the table sideways for the change since the base year →",
    tableSources: (n: number) => `Sources for this table (${n})`,
    rolesEnd: ":",

    // The pure helpers' words (lib/): presets, peers, change, index, missing points, table cells.
    macroRegion: { east: "East", central: "Central", west: "West", northeast: "Northeast" } as Record<
      MacroRegion,
      string
    >,
    /** The index base's option: "2023 = 100 (listing year)". */
    baseOptionLabel: (year: string, listing: boolean) => `${year} = 100${listing ? " (listing year)" : ""}`,
    peersNotCovered: (iso: string) => `${iso} is not a covered province`,
    peersNoValue: (name: string, reason: string) => `${name} has no value to compare: ${reason}`,
    changeNoValue: (when: string, reason: string) => `no value at ${when} (${reason})`,
    changeNotComputed: (why: string[]) => `Not computed: ${why.join("; ")}`,
    changeNotPositive: (when: string) => `Not computed: the balance at ${when} is not positive`,
    /** The change's unit as a table header says it, and after a signed number. */
    unitPoints: "pp",
    pointsSuffix: " pp",
    indexNoBase: (when: string, reason: string | null) =>
      `No value at ${when} to index to${reason ? ` (${reason})` : ""}`,
    indexNotPositive: (when: string) => `The value at ${when} is not positive, so it cannot be the base`,
    indexBaseRole: (role: string, when: string) => `${role} (base, ${when})`,
    missingNoValue: "No value in the data",
    missingEveryPeriod: "every period",
    missingEveryProvince: "every province shown",
    /** "Hainan at 2018", "Hainan, every period". */
    missingWhere: (who: string, when: string, all: boolean) => `${who}${all ? ", " : " at "}${when}`,
    missingGroupSeparator: "; ",
    /** A cell's source on hover: "Debt balance: MOF 2024". */
    citationTitle: (role: string, label: string) => `${role}: ${label}`,
  },
  {
    title: "比较省份",
    level: "比较",
    levelProvinces: "省份",
    levelPrefectures: "地市",
    titlePrefectures: "比较地市",
    leagueLoading: "正在加载地市排名……",
    lead: (metric: string, when: string) =>
      `所选省份的${metric}随时间的变化；全部31个省份按${when}的数值排名。指标和年份在上方选择。链接保存整个视图。`,
    emptyStrong: "尚未选择省份。",
    emptyBody: "可以从预设开始（重点省份、某个区域、全部31个），按中文或英文名称搜索省份，或在下表中勾选省份。",

    presets: "预设",
    keyRegions: "重点省份",
    all31: "全部31个",
    closestPeers: "相近省份",
    keyHintMembers: (n: number, when: string) => `重点省份：${when}名单上的${n}个省份。`,
    keyHintAsListed: (n: number, drawn: string, when: string) =>
      `重点省份：名单划定时（${drawn}）列入的${n}个省份；${when}尚无名单。`,
    peersHintNoAnchor: "相近省份：请先选择一个省份；将加入该指标与其最接近的五个省份。",
    peersHintOk: (n: number, name: string, metric: string, when: string) =>
      `相近省份：${when}${metric}与${name}最接近的${n}个省份。`,
    peersHintUnavailable: (reason: string) => `相近省份：不可用。${reason}`,
    macroHintLead: "东部、中部、西部、东北：按",
    macroHintSource: (year: string) => `国家统计局的划分（${year}）`,
    macroHintEnd: "。",

    addProvince: "添加省份",
    searchPlaceholder: "中文或英文名称，如 贵州、Guizhou、Xizang",
    matching: "匹配的省份",
    onChart: " · 已在图中",
    alreadyOnChart: (name: string) => `${name}已在图中。`,
    added: (name: string) => `已将${name}添加到图中。`,
    clearAll: "全部清除",
    noMatch: (query: string) => `没有与“${query}”匹配的省份。`,

    chipsLabel: "图中的省份",
    remove: (name: string) => `移除${name}`,
    chipsFolded: (n: number) => `图中有${n}个省份`,
    provisionalMark: "（暂定）",
    notAvailable: "数据缺失",
    legendHint: "选择名称可突出显示其折线。",
    legendHeading: (when: string, scale: string) => `${when}${scale}，从高到低：`,
    legendScaleIndexed: (base: string) => `，${base}年末 = 100`,
    legendScaleUnit: (unit: string) => `（${unit}）`,

    scale: "刻度",
    levels: "数值",
    indexed: "指数",
    indexBase: "指数基期",
    indexHint: (base: string) => `每条折线除以其自身${base}年末的数值，再乘以100。`,
    indexHintListing: "2023年末是2023年9月划定重点省份名单后的第一个年末，因此折线显示列入名单以来的增长。",

    scaleIndexed: (base: string) => `指数，${base}年末 = 100`,
    caption: (metric: string, scale: string, n: number) => `${metric}（${scale}），2015—2025年：${n}个省份`,
    summary: (
      when: string,
      high: string,
      highValue: string,
      low: string,
      lowValue: string,
      missing: number,
      total: number,
    ) => `${when}最高：${high}（${highValue}）；最低：${low}（${lowValue}）。${total}个数据点中缺失${missing}个。`,
    summaryNone: (when: string) => `${when}没有数值。`,
    notes:
      "空心点和阴影带：暂定数据（月末数据来自月度表；2025年末为初步数据）。空缺为数据缺失，从不填补。2015—2017年的债务余额为地方统计数据，包括银行贷款（平台注释）。",
    missingCount: (missing: number, total: number) => `${total}个数据点中缺失${missing}个：`,
    missingGroup: (reason: string, where: string) => `${reason}：${where}。`,
    provisionalBand: "暂定",
    tooltipIndex: "（指数）",

    colProvince: "省份",
    tableTitle: (metric: string, _label: string, phrase: string) => `全部31个省份：${phrase}的${metric}`,
    changeSince: "变化的基期",
    baseOption: (year: string) => `${year}年末`,
    tableCaption: (metric: string, _label: string, phrase: string, base: string) =>
      `${phrase}各省份的${metric}，以及${base}年末的数值和变化；选择列标题可排序。`,
    colChart: "图中",
    colRank: "排名",
    colValue: (when: string, unit: string) => `${when}（${unit}）`,
    colBase: (base: string, unit: string) => `${base}年末（${unit}）`,
    colChange: (base: string, unit: string) => `${base}年末以来的变化（${unit}）`,
    colKey: (when: string) => `重点省份（${when}）`,
    showOnChart: (name: string) => `在图中显示${name}`,
    tableNote: "排名第1为最高值；数值相同则排名相同；缺失值没有排名，排在最后。",
    changeInPercent: "变化以百分比表示。",
    changeInPoints: "变化以比率的百分点表示。",
    hoverHint: "数字后的小号数字可打开下方对应的来源（悬停也可查看）。",
    sourceRef: (n: number) => `来源${n}`,
    scrollCue: "左右滑动表格可查看相对基期的变化 →",
    tableSources: (n: number) => `本表来源（${n}）`,
    rolesEnd: "：",

    macroRegion: { east: "东部", central: "中部", west: "西部", northeast: "东北" },
    baseOptionLabel: (year: string, listing: boolean) => `${year}年 = 100${listing ? "（列入名单之年）" : ""}`,
    peersNotCovered: (iso: string) => `${iso}不是统计范围内的省份`,
    peersNoValue: (name: string, reason: string) => `${name}没有可比较的数值：${reason}`,
    changeNoValue: (when: string, reason: string) => `${when}没有数值（${reason}）`,
    changeNotComputed: (why: string[]) => `未计算：${why.join("；")}`,
    changeNotPositive: (when: string) => `未计算：${when}的债务余额不是正数`,
    unitPoints: "百分点",
    pointsSuffix: "个百分点",
    indexNoBase: (when: string, reason: string | null) =>
      `${when}没有数值，无法作为指数基期${reason ? `（${reason}）` : ""}`,
    indexNotPositive: (when: string) => `${when}的数值不是正数，不能作为基期`,
    indexBaseRole: (role: string, when: string) => `${role}（基期，${when}）`,
    missingNoValue: "数据缺失",
    missingEveryPeriod: "所有时期",
    missingEveryProvince: "图中所有省份",
    missingWhere: (who: string, when: string, all: boolean) => (all ? `${who}，${when}` : `${who}（${when}）`),
    missingGroupSeparator: "；",
    citationTitle: (role: string, label: string) => `${role}：${label}`,
  },
);
