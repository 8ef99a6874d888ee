/**
 * The data boundary's words: how periods are named, why a metric is missing, what each source
 * supplied (citation roles) and the scope caveats a figure carries. These modules have no React,
 * so they read this catalogue by `lang` (`dataMessages[lang]`); values from the data stay as written.
 */
import { defineMessages } from "../i18n/messages";
import type { MacroIndicator } from "./atlas-types";
import type { Period } from "./periods";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const dataMessages = defineMessages(
  {
    /** A period's short label (axes, selects): "2024", "Mid-2025", "2025 (prelim.)", "Jul 2026". */
    periodLabel: (p: Period) =>
      p.kind === "mid_year"
        ? `Mid-${p.date.slice(0, 4)}`
        : p.kind === "month_end"
          ? `${MONTHS_EN[Number(p.date.slice(5, 7)) - 1].slice(0, 3)} ${p.date.slice(0, 4)}`
          : p.kind === "preliminary"
            ? `${p.id} (prelim.)`
            : p.id,
    /** The period in running text: "end-2024", "mid-2025", "end-2025 (preliminary)", "end-July 2026". */
    periodPhrase: (p: Period) =>
      p.kind === "mid_year"
        ? `mid-${p.date.slice(0, 4)}`
        : p.kind === "month_end"
          ? `end-${MONTHS_EN[Number(p.date.slice(5, 7)) - 1]} ${p.date.slice(0, 4)}`
          : p.kind === "preliminary"
            ? `end-${p.id} (preliminary)`
            : `end-${p.id}`,

    // metric-values.ts: the reasons and citation roles.
    noBalance: (id: string, _phrase: string) => `No debt balance for ${id} in the data`,
    notYetReported: (phrase: string) => `Not yet reported for ${phrase} when the platform's monthly table was read`,
    unknownPeriod: (id: string) => `Unknown period ${id}`,
    balanceRole: "Debt balance",
    componentRole: "Debt balance (component)",
    derivedSum: "Sum of reported totals: ",
    denominator: { gdp: "GDP", general_public_budget_revenue: "general public budget revenue" } as Record<
      MacroIndicator,
      string
    >,
    notAtMonthEnd: (label: string) => `Not computed for a month-end: ${label} is annual`,
    noDenominator: (label: string, year: number) => `No ${label} for ${year} in the data`,
    partialDenominator: (label: string, year: number) => `${label} for ${year} excludes the separately listed city`,
    notPositive: (label: string, year: number) => `${label} for ${year} is not positive`,
    denominatorRole: (label: string, year: number) => `${label[0].toUpperCase()}${label.slice(1)} ${year}`,
    vintage: (v: string) => `vintage: ${v}`,
    alternatives: (n: number) =>
      `the data also holds ${n} other value${n > 1 ? "s" : ""} for this figure (this one is preferred)`,
    detailJoin: "; ",

    // metric-values.ts: Huatai FI's LGFV estimate (lgfv.csv).
    lgfvRole: "LGFV interest-bearing debt (Huatai FI estimate)",
    lgfvDetail: "a broker's estimate, not an official statistic; never added to the debt balance",
    lgfvNotCovered: (first: string, last: string) => `Huatai FI's estimate covers year-ends ${first}–${last}`,
    noLgfv: (phrase: string) => `No Huatai FI estimate for ${phrase} in the data`,

    // caveats.ts: scope caveats. `parts` is the data's own list of what was summed, e.g. "辽宁省 + 大连市".
    wholeRegion: (parts: string) => `Whole region: sum of the platform's reported totals for ${parts}.`,
    wholeRegionOther: (scope: string) => `Whole region: ${scope}.`,
    xpcc: "Xinjiang's whole-region figure adds the Xinjiang Production and Construction Corps. The platform says its Xinjiang limit excludes the Corps but does not say so for the balance; if the balance already included it, this sum double-counts.",
    localStatistics:
      "2015–2017 year-end balances are local statistics that include non-bond debt such as bank loans (platform note).",
    exceedsLimit: "The balance exceeds its limit in the source; kept as published.",

    // caveats.ts: what every view showing Huatai FI's LGFV estimate says (data/README.md, lgfv.csv).
    lgfvEstimate:
      "LGFV interest-bearing debt is Huatai FI's estimate (Huatai Securities' fixed-income team) from the financial statements of the bond-issuing LGFVs on its list, as compiled in a GitHub repository: a broker's estimate, not an official statistic, shown apart and never added to the official debt balance.",
    lgfvListChanges:
      "Huatai FI's LGFV list changes over time (exits, reclassifications), so a change from one year to the next mixes debt growth with changes to the list: Liaoning's and Ningxia's figures fall by about half from 2021 to 2022, and Jilin's more than doubles in 2024.",
    lgfvListedCities:
      "Whether the LGFVs of the separately listed cities (Dalian, Ningbo, Xiamen, Qingdao, Shenzhen) are counted in their province is not stated.",
    /** The same three caveats in one sentence, for where space is short (an image's source line). */
    lgfvBrief:
      "A broker's estimate, not an official statistic, never added to the official balance; Huatai FI's LGFV list changes over time, so year-to-year changes mix debt growth with list changes; whether separately listed cities' LGFVs are counted in their province is not stated.",
  },
  {
    periodLabel: (p: Period) =>
      p.kind === "mid_year" || p.kind === "month_end"
        ? `${p.date.slice(0, 4)}年${Number(p.date.slice(5, 7))}月`
        : p.kind === "preliminary"
          ? `${p.id}（初步）`
          : p.id,
    periodPhrase: (p: Period) =>
      p.kind === "mid_year" || p.kind === "month_end"
        ? `${p.date.slice(0, 4)}年${Number(p.date.slice(5, 7))}月末`
        : p.kind === "preliminary"
          ? `${p.id}年末（初步）`
          : `${p.id}年末`,

    noBalance: (_id: string, phrase: string) => `数据缺失：没有${phrase}的债务余额`,
    notYetReported: (phrase: string) => `尚未公布：读取平台月度数据时，${phrase}的数字尚未报送`,
    unknownPeriod: (id: string) => `未知时期 ${id}`,
    balanceRole: "债务余额",
    componentRole: "债务余额（组成部分）",
    derivedSum: "平台公布数之和：",
    denominator: { gdp: "地区生产总值（GDP）", general_public_budget_revenue: "一般公共预算收入" },
    notAtMonthEnd: (label: string) => `月末时点不计算：${label}为年度数据`,
    noDenominator: (label: string, year: number) => `数据缺失：没有${year}年的${label}`,
    partialDenominator: (label: string, year: number) => `${year}年的${label}不含计划单列市`,
    notPositive: (label: string, year: number) => `${year}年的${label}不是正数`,
    denominatorRole: (label: string, year: number) => `${year}年${label}`,
    vintage: (v: string) => `数据版本：${v}`,
    alternatives: (n: number) => `数据中该数字另有${n}个其他数值（优先采用此值）`,
    detailJoin: "；",

    lgfvRole: "城投带息债务（华泰固收估算）",
    lgfvDetail: "券商估算，不是官方统计；从不计入债务余额",
    lgfvNotCovered: (first: string, last: string) => `华泰固收的估算仅覆盖${first}–${last}年末`,
    noLgfv: (phrase: string) => `数据缺失：没有${phrase}的华泰固收估算`,

    wholeRegion: (parts: string) => `全区口径：${parts}，为平台公布的各自合计数之和。`,
    wholeRegionOther: (scope: string) => `全区口径：${scope}。`,
    xpcc: "新疆的全区数字加入了新疆生产建设兵团。平台说明其新疆债务限额不含兵团，但未就债务余额作同样说明；如果余额已包含兵团，此合计即为重复计算。",
    localStatistics: "2015–2017年末余额为地方统计数，包含银行贷款等非债券债务（平台注明）。",
    exceedsLimit: "来源中的债务余额超过其债务限额；按公布数保留。",

    lgfvEstimate:
      "城投带息债务是华泰固收（华泰证券固定收益团队）根据其发债城投名单上城投平台的财报所作的估算，经一个GitHub仓库整理：这是券商的估算，不是官方统计，单独显示，从不计入官方债务余额。",
    lgfvListChanges:
      "华泰固收的城投名单随时间变化（退出、重新分类），因此逐年变化既反映债务增长，也反映名单变化：辽宁和宁夏的数字在2021至2022年间下降约一半，吉林的数字在2024年增加一倍以上。",
    lgfvListedCities: "计划单列市（大连、宁波、厦门、青岛、深圳）的城投平台是否计入其所在省份，来源未作说明。",
    lgfvBrief:
      "券商估算，不是官方统计，从不计入官方债务余额；华泰固收的城投名单随时间变化，逐年变化兼含债务增长与名单变化；计划单列市的城投平台是否计入所在省份未作说明。",
  },
);
