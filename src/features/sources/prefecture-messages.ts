/**
 * Sources & method: the prefecture data's section (what it is, its grades, coverage and caveats).
 * Source names stay as the data writes them.
 */
import { defineMessages } from "../../i18n/messages";

export const prefectureSourceMessages = defineMessages(
  {
    heading: "Prefectures: debt, GDP and revenue, year-ends 2018–2025",
    lead: "Each province's panel maps its prefectures (the four municipalities as whole units) with the debt balance, debt over GDP and debt over general budget revenue. The figures were compiled by the public GitHub repository chenfei2008c/china-local-debt-atlas from provincial and city finance departments' debt tables, the MoF platform, rating reports and commercial database pages; every figure keeps the document it comes from, with its publisher, title, date and link, shown beside it.",
    gradesHeading: "Grades, as the source repository gives them",
    grades: [
      [
        "A1, A2",
        "official: a finance department's debt table or budget report (A1 cross-checked with a second official source).",
      ],
      [
        "B2",
        "secondary: a rating report, prospectus or research report quoting the figure, or a reprint of an official table.",
      ],
      ["C", "an official figure as reported in the news."],
      ["D", "provisional: a commercial database page (CEIC), a lead rather than a source."],
    ] as [string, string][],
    howHeading: "How the map shows them",
    how: [
      "A figure read off a bar chart by the source repository is marked with ≈.",
      "A figure flagged as suspect (a likely x10 unit error, or a break of more than three times against every neighbouring year) is hatched and struck through, never coloured or ranked, with its reason and the source's own note.",
      "A ratio is computed only where the same prefecture-year has both the debt total and the GDP or revenue; GDP and revenue are whole-prefecture figures, mostly from the NBS City Statistical Yearbook, and are missing for most autonomous prefectures, regions and leagues and for many cities after 2023.",
      "Colours mean the same in every province and year: the classes are fixed over all prefectures and years.",
      "Month-end views show the latest year-end before them, and say so.",
    ],
    caveatsHeading: "Caveats on the prefecture figures",
    caveats: [
      "Prefecture sums do not reproduce province totals: province-level debt is in no prefecture, and province-administered county-level units and Xiong'an are left out.",
      "Years mix final accounts, budget-stage expected outturns and flash figures; most 2025 figures come from the February 2026 budget documents and mid-2026 rating reports.",
      "Ningxia's 2019–2024 figures, Xilingol 2025, Alxa 2022 and Nantong 2025 look like city-level (市本级) rather than whole-prefecture figures.",
      "Hainan: only Haikou, Sanya and Danzhou have figures; Sansha is not published.",
      "The source repository states no licence; the figures are official statistics and quoted report figures, attributed to their documents. CEIC's terms apply to its pages.",
    ],
  },
  {
    heading: "地市：债务、GDP与收入（2018—2025年末）",
    lead: "各省面板按地市（四个直辖市按全市）绘制债务余额、债务/GDP和债务/一般公共预算收入。数据由公开的GitHub仓库chenfei2008c/china-local-debt-atlas整理，来源包括省市财政部门的债务表、财政部平台、评级报告和商业数据库页面；每个数字都保留其出处文件，并在旁边注明发布方、标题、日期和链接。",
    gradesHeading: "来源等级（按来源仓库的定义）",
    grades: [
      ["A1、A2", "官方：财政部门的债务表或预算报告（A1经另一官方来源交叉核对）。"],
      ["B2", "二手：引用该数字的评级报告、募集说明书或研究报告，或官方表格的转载。"],
      ["C", "新闻报道中的官方数字。"],
      ["D", "暂定：商业数据库页面（CEIC），仅作线索而非来源。"],
    ],
    howHeading: "地图如何显示",
    how: [
      "来源仓库从柱状图上读出的数字标注“≈”。",
      "标为存疑的数字（可能存在10倍单位错误，或与相邻各年相比断裂超过三倍）以斜线填充并划去，从不着色或排名，并注明原因和来源自己的说明。",
      "只有同一地市同一年同时有债务合计和GDP或收入时才计算比率；GDP和收入为全市口径，大多来自《中国城市统计年鉴》，多数自治州、地区和盟以及许多城市2023年以后缺失。",
      "各省、各年份颜色含义相同：分级在所有地市和年份上固定。",
      "月末视图显示其之前最近的年末数字，并加以说明。",
    ],
    caveatsHeading: "地市数据注意事项",
    caveats: [
      "各地市之和不等于全省合计：省本级债务不属于任何地市，省直辖县级单位和雄安新区未列入。",
      "各年份混合了决算数、预算阶段的预计执行数和快报数；2025年的数字大多来自2026年2月的预算文件和2026年年中的评级报告。",
      "宁夏2019—2024年、锡林郭勒2025年、阿拉善2022年和南通2025年的数字看起来是市本级而非全市口径。",
      "海南：只有海口、三亚和儋州有数字；三沙不公开。",
      "来源仓库未声明许可；数字为官方统计和报告中引用的数字，注明其出处文件。CEIC页面适用其条款。",
    ],
  },
);
