/**
 * The atlas's own vocabulary in both languages: metric names, event kinds, province names.
 * Pure; English comes from the data modules, so there is one English wording.
 */
import type { ProvinceInfo } from "../data/atlas-types";
import { EVENT_KIND_LABELS, type EventKind } from "../data/event-kinds";
import { METRICS, type MetricId, type MetricInfo } from "../data/metrics";
import type { Lang } from "./lang";
import { defineMessages } from "./messages";

const METRICS_ZH: Record<MetricId, MetricInfo> = {
  balance: {
    id: "balance",
    label: "债务余额",
    short: "余额",
    unit: "亿元",
    formula: "地方政府法定债务余额（一般债务＋专项债务），全省口径",
  },
  debt_gdp: {
    id: "debt_gdp",
    label: "债务/GDP",
    short: "债务/GDP",
    unit: "%",
    formula: "债务余额 ÷ 同年地区生产总值 × 100",
  },
  debt_revenue: {
    id: "debt_revenue",
    label: "债务/一般公共预算收入",
    short: "债务/收入",
    unit: "%",
    formula: "债务余额 ÷ 同年一般公共预算收入 × 100",
  },
  lgfv: {
    id: "lgfv",
    label: "城投带息债务（华泰固收估算）",
    short: "城投债务（华泰估算）",
    unit: "亿元",
    formula:
      "位于该省、列入华泰固收发债城投名单的城投平台的带息债务，由华泰证券固定收益团队根据城投财报估算，经一个GitHub仓库整理。这是券商的估算，不是官方统计，从不计入债务余额",
  },
  lgfv_gdp: {
    id: "lgfv_gdp",
    label: "城投带息债务/GDP（华泰固收估算）",
    short: "城投/GDP（华泰估算）",
    unit: "%",
    formula: "华泰固收估算的城投带息债务 ÷ 同年地区生产总值 × 100",
  },
};

const EVENT_KIND_LABELS_ZH: Record<EventKind, string> = {
  asset_sale: "资产处置",
  policy: "政策",
  risk_list: "风险名单",
  financial_risk: "金融风险",
  other: "其他",
};

/** One catalogue, so the build ships the Chinese half apart like any other (i18n/messages.ts). */
const domainWords = defineMessages(
  { metrics: METRICS, kinds: EVENT_KIND_LABELS },
  { metrics: METRICS_ZH, kinds: EVENT_KIND_LABELS_ZH },
);

export function metricInfo(id: MetricId, lang: Lang = "en"): MetricInfo {
  return domainWords[lang].metrics[id];
}

export function eventKindLabel(kind: EventKind, lang: Lang = "en"): string {
  return domainWords[lang].kinds[kind];
}

type Named = Pick<ProvinceInfo, "nameEn" | "nameZh">;

/** A province's name in the reader's language: "Chongqing" / "重庆". */
export function provinceName(p: Named, lang: Lang = "en"): string {
  return lang === "zh" ? p.nameZh : p.nameEn;
}

/** Both names, the reader's first: "Chongqing (重庆)" / "重庆（Chongqing）". For headings and titles. */
export function provinceNames(p: Named, lang: Lang = "en"): string {
  return lang === "zh" ? `${p.nameZh}（${p.nameEn}）` : `${p.nameEn} (${p.nameZh})`;
}

/** Phrases the views share. */
export function listJoin(items: string[], lang: Lang = "en"): string {
  return items.join(lang === "zh" ? "、" : ", ");
}

/**
 * A name the data gives in both languages (a place, a province, an event's place), in the reader's
 * language, falling back to the other where the data has only one.
 */
export function localName(en: string, zh: string, lang: Lang = "en"): string {
  return lang === "zh" ? zh || en : en || zh;
}

/** Both names with their BCP 47 tags, the reader's first, for markup that marks the second's language. */
export function namesInOrder(en: string, zh: string, lang: Lang = "en"): [NamePart, NamePart] {
  const english: NamePart = { text: en, tag: "en" };
  const chinese: NamePart = { text: zh, tag: "zh-CN" };
  return lang === "zh" ? [chinese, english] : [english, chinese];
}

export interface NamePart {
  text: string;
  tag: "en" | "zh-CN";
}

/**
 * The names a place is listed with: a Chinese reader gets its Chinese name alone (the English where
 * the data has none), an English reader the English name and then the Chinese.
 */
export function placeNameParts(en: string, zh: string, lang: Lang = "en"): [NamePart] | [NamePart, NamePart] {
  if (lang === "zh") return [zh ? { text: zh, tag: "zh-CN" } : { text: en, tag: "en" }];
  return [
    { text: en, tag: "en" },
    { text: zh, tag: "zh-CN" },
  ];
}
