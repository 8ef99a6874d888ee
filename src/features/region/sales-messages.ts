/** "What was sold": the province panel's list of priced asset sales, by what each amount measures. */
import { defineMessages } from "../../i18n/messages";

export const salesMessages = defineMessages(
  {
    heading: "What was sold, with what each amount measures",
    headingIn: (place: string) => `What was sold in ${place}`,
    lead: "Priced asset sales in the events data, grouped by what the amount measures. Amounts of different measures are different things and are never added; a total is given only for prices of single sales, never for proceeds or values over a period, which can contain one another.",
    group: (measure: string, n: number) =>
      `${measure.charAt(0).toUpperCase()}${measure.slice(1)}: ${n} ${n === 1 ? "sale" : "sales"}`,
    total: (amount: string) => `, together ${amount}`,
    miningNote: "Mining rights are new grants of the state's resources, not sales of existing state assets.",
    none: (place: string) => `No priced asset sale in the data for ${place}.`,
    loading: "Loading the events…",
    place: (en: string, _zh: string) => en,
    colon: ": ",
    sourceOpen: " (",
    sourceClose: ")",
  },
  {
    heading: "出售了什么，以及各金额的含义",
    headingIn: (place: string) => `${place}出售了什么`,
    lead: "事件数据中有金额的资产处置，按金额的含义分组。含义不同的金额是不同的东西，从不相加；只对单笔交易的价格给出合计，一段时期内的收入或资产价值可能相互包含，不作合计。",
    group: (measure: string, n: number) => `${measure}：${n}笔`,
    total: (amount: string) => `，合计${amount}`,
    miningNote: "矿业权出让是国家资源的新出让，并非出售存量国有资产。",
    none: (place: string) => `数据中没有${place}有金额的资产处置。`,
    loading: "正在加载事件……",
    place: (_en: string, zh: string) => zh,
    colon: "：",
    sourceOpen: "（",
    sourceClose: "）",
  },
);
