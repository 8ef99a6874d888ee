/**
 * The Sources & method page's own words. Source labels, citations, reliability notes and licences
 * come from the data (data/source_labels.csv and the CSVs' source columns): citations and licences
 * as written, labels and reliability notes in the reader's language where the data has them.
 */
import type { MacroIndicator } from "../../data/atlas-types";
import { periodById } from "../../data/periods";
import { periodLabel } from "../../data/series";
import { defineMessages } from "../../i18n/messages";

export const sourcesMessages = defineMessages(
  {
    title: "Sources & method",
    leadBefore: "Every figure in the atlas comes from a row in the project's ",
    leadAfter: (asOf: string) =>
      ` folder that names its source and, where possible, quotes it. Nothing is estimated, interpolated or filled in: a missing figure stays missing and is shown as missing, with the reason. Data as of ${asOf} (the newest source date in the data).`,
    metrics: "Metrics",
    colMetric: "Metric",
    colFormula: "Formula",
    colDenominator: "Denominator's sources (years)",
    metricName: (label: string, unit: string) => `${label} (${unit})`,
    ratioRule: ". A ratio is computed only where both sides exist for that province and year.",
    /** After the LGFV metrics' formula: "Huatai FI's estimate covers year-ends 2019–2024" (data/messages.ts). */
    coverage: (covers: string) => ` ${covers}.`,
    colon: ": ",

    official: "Official and statistical sources",
    estimates: "Estimates: LGFV debt by province",
    estimatesLead:
      "Shown as their own metrics, labelled with whose estimate they are, and never added to the official balance.",
    supplied: (what: string, rows: number, file: string, when: string) => ({
      before: `${what}: ${rows} rows in `,
      file,
      after: `, ${when}`,
    }),
    /** Around a source's reliability note (data, in its own language). */
    reliability: { before: "Reliability: ", after: "." },
    licence: (licence: string) => `Licence and attribution: ${licence}.`,
    citations: (n: number) => `${n} full citation${n > 1 ? "s" : ""}`,

    reported: "Reported facts: national series, events, key-region changes",
    reportedLead:
      "National totals, bond issuance, estimates, events and the key-region list come from official statements as reported by state media, the financial press and, flagged in each row, aggregators and machine translations. Reliability, best first: official data via state media; financial press (Yicai, Caixin, SCMP, Reuters…); aggregators and AI summaries (flagged in the row's notes); politically hostile outlets, used only for specific checkable facts. Each row quotes its source.",
    eventsFailed: "The events file could not be loaded, so its sources are not listed.",
    sourceCount: (n: number) => `${n} sources`,
    colSource: "Source",
    colRows: "Rows",
    colPublished: "Published",
    rowsIn: (rows: number, file: string) => `${rows} in ${file}`,
    rowsSeparator: "; ",
    dateNotPrinted: "date not printed",

    reference: "Reference data and map",
    provinceCodes:
      "Province codes and names: GB/T 2260 codes (airyland/china-area-data, MIT) and ISO 3166-2:CN codes and names (turbanisch/chinautils, MIT).",
    macroRegions: "Macro-regions (East, Central, West, Northeast): ",
    keyRegions:
      "Key high-debt regions: the 12 named for Document No. 47 (list first drawn Sept 2023), with exits as reported (key_regions.csv); the document itself is not public.",
    map: "Map: province and prefecture outlines derived from Apache ECharts 4.9 (Apache-2.0, © The Apache Software Foundation). Hong Kong, Macau and Taiwan are drawn but not covered; the South China Sea islands are not drawn.",
    stop: ".",

    caveats: "Caveats",
    /** Between a caveat's heading and its text: Chinese sets no space after a full stop. */
    caveatGap: " ",
    /** A period a file covers: as recorded in English ("2025-06"), as the atlas says periods in Chinese ("2025年6月"). */
    coveredPeriod: (id: string) => id,
    /** What each file supplied (lib/inventory.ts). */
    suppliedWhat: {
      debt: "Debt balances and limits",
      gdp: "GDP",
      general_public_budget_revenue: "General public budget revenue",
      lgfv: "LGFV interest-bearing debt (Huatai FI estimate)",
    } as Record<MacroIndicator | "debt" | "lgfv", string>,
    /** The heading of the LGFV estimate's caveat (its text is data/messages.ts's, worded once). */
    lgfvCaveat: "LGFV debt (Huatai FI estimate).",
    caveatList: [
      [
        "Official vs hidden debt.",
        "Balances are the statutory local government debt (general and special bonds). Hidden debt and financing-vehicle (LGFV) debt are estimates by the Ministry of Finance, Goldman Sachs or the IMF (national) and by Huatai FI (by province); they are shown apart, with whose they are, and never added to official figures.",
      ],
      [
        "2015–2017.",
        "Year-end balances for these years are local statistics that include non-bond debt such as bank loans (platform note), not execution figures.",
      ],
      [
        "Whole provinces.",
        "The platform reports Dalian, Ningbo, Xiamen, Qingdao and Shenzhen and the Xinjiang Production and Construction Corps separately; the atlas adds them to their province. For Xinjiang this assumes the platform's balance excludes the Corps, which it states only for limits.",
      ],
      [
        "Month-ends and preliminary 2025.",
        "Mid-2025, mid-2026, end-July and end-August 2026 figures come from the monthly table (slightly different from annual totals, no limits); four provinces (Inner Mongolia, Henan, Guangdong, Tibet) had not reported August 2026 when it was read and are shown as not yet reported. End-2025 figures are marked incomplete by the source. Ratios are not computed for a month-end.",
      ],
      [
        "Revisions.",
        "GDP for 2014–2023 is the NBS vintage after the 4th economic census; 2024–2025 GDP is first-published local figures; Tibet 2024 comes from a later (5th-census) vintage. Older vintages are kept in the data as alternatives.",
      ],
      [
        "Conflicting sources.",
        "Where sources disagree, each value is kept in data/ and one is marked preferred; the atlas shows the preferred one and says how many alternatives exist. Known conflicts (Hebei 2021–2022 revenue, Xinjiang 2022–2024 revenue scope) are listed in data/README.md.",
      ],
      [
        "Missing.",
        "No province figures for 2014; Hainan's 2018 revenue; 2025 GDP and revenue for many provinces; limits for Hebei 2020 and Tibet 2024.",
      ],
    ] as [string, string][],
  },
  {
    title: "来源与方法",
    leadBefore: "本地图中的每个数字都来自项目 ",
    leadAfter: (asOf: string) =>
      ` 文件夹中的一行记录，该行注明来源，并尽可能引用原文。所有数字均不估算、不插值、不填补：缺失的数字保持缺失，并以缺失显示，同时说明原因。数据截至${asOf}（数据中最新的来源日期）。`,
    metrics: "指标",
    colMetric: "指标",
    colFormula: "公式",
    colDenominator: "分母的来源（年份）",
    metricName: (label: string, unit: string) => `${label}（${unit}）`,
    ratioRule: "。仅在该省份该年度分子和分母均有数据时才计算比率。",
    coverage: (covers: string) => `${covers}。`,
    colon: "：",

    official: "官方和统计来源",
    estimates: "估算：各省城投债务",
    estimatesLead: "作为单独的指标显示，注明是谁的估算，从不计入官方债务余额。",
    supplied: (what: string, rows: number, file: string, when: string) => ({
      before: `${what}：`,
      file,
      after: `中${rows}行，${when}`,
    }),
    reliability: { before: "可靠性：", after: "。" },
    licence: (licence: string) => `许可与署名：${licence}。`,
    citations: (n: number) => `${n}条完整引用`,

    reported: "报道的事实：全国数据、事件、重点省份变化",
    reportedLead:
      "全国合计、债券发行、估算、事件和重点省份名单，来自官方媒体、财经媒体报道的官方表态，以及（在各行中标明的）聚合网站和机器翻译。可靠性由高到低：经官方媒体发布的官方数据；财经媒体（第一财经、财新、南华早报、路透社等）；聚合网站和AI摘要（在该行注释中标明）；政治立场敌对的媒体，仅用于可核实的具体事实。每一行都引用其来源原文。",
    eventsFailed: "无法加载事件文件，因此未列出其来源。",
    sourceCount: (n: number) => `${n}个来源`,
    colSource: "来源",
    colRows: "行数",
    colPublished: "发布日期",
    rowsIn: (rows: number, file: string) => `${file}中${rows}行`,
    rowsSeparator: "；",
    dateNotPrinted: "未注明日期",

    reference: "参考数据与地图",
    provinceCodes:
      "省份代码和名称：GB/T 2260 代码（airyland/china-area-data，MIT）以及 ISO 3166-2:CN 代码和名称（turbanisch/chinautils，MIT）。",
    macroRegions: "区域划分（东部、中部、西部、东北）：",
    keyRegions:
      "重点高债务省份：47号文所列的12个省份（名单于2023年9月首次划定），退出情况按报道记录（key_regions.csv）；该文件本身未公开。",
    map: "地图：省级和地市级边界源自 Apache ECharts 4.9（Apache-2.0，© The Apache Software Foundation）。香港、澳门和台湾已绘出，但不在统计范围内；未绘制南海诸岛。",
    stop: "。",

    caveats: "注意事项",
    caveatGap: "",
    coveredPeriod: (id: string) => {
      const p = periodById(id);
      return p ? periodLabel(p, "zh") : id;
    },
    suppliedWhat: {
      debt: "债务余额和债务限额",
      gdp: "地区生产总值（GDP）",
      general_public_budget_revenue: "一般公共预算收入",
      lgfv: "城投带息债务（华泰固收估算）",
    },
    lgfvCaveat: "城投债务（华泰固收估算）。",
    caveatList: [
      [
        "官方债务与隐性债务。",
        "债务余额为地方政府法定债务（一般债券和专项债券）。隐性债务和城投平台债务是财政部、高盛或国际货币基金组织（全国）以及华泰固收（分省）的估算；这些数字单独列出，注明发布方，且从不与官方数字相加。",
      ],
      ["2015—2017年。", "这些年份的年末债务余额为地方统计数据，包括银行贷款等非债券债务（平台注释），并非执行数。"],
      [
        "全省口径。",
        "平台单独公布大连、宁波、厦门、青岛、深圳以及新疆生产建设兵团的数字；本地图将其计入所在省份。对新疆而言，这一做法假定平台的债务余额不含兵团，而平台只对债务限额作了这一说明。",
      ],
      [
        "月末数据与2025年初步数据。",
        "2025年6月末、2026年6月末、7月末和8月末的数字来自月度表（与年度合计略有差异，且没有限额）；读取时内蒙古、河南、广东和西藏尚未报送2026年8月数字，显示为尚未公布。2025年末的数字被来源标为不完整。月末时点不计算比率。",
      ],
      [
        "数据修订。",
        "2014—2023年的GDP为第四次全国经济普查后国家统计局修订的版本；2024—2025年的GDP为各地首次公布的数字；西藏2024年的数字来自较晚（第五次经济普查后）的版本。较早的版本作为备选值保留在数据中。",
      ],
      [
        "来源不一致。",
        "来源之间有出入时，每个数值都保留在 data/ 中，并将其中一个标为首选；地图显示首选值，并说明有多少个备选值。已知的不一致（河北2021—2022年收入、新疆2022—2024年收入口径）列在 data/README.md 中。",
      ],
      [
        "数据缺失。",
        "2014年没有省级数字；海南2018年的收入；许多省份2025年的GDP和收入；河北2020年和西藏2024年的债务限额。",
      ],
    ],
  },
);
