/**
 * Number and date formatting for the UI, in each reader's convention. Pure; one place so every
 * view says numbers the same way. Every function takes the language last, English by default.
 *
 * Amounts in the data are bn CNY. English says "1,512.0 bn CNY"; Chinese counts in 亿 (0.1 bn)
 * and 万亿 (1,000 bn): "1.51万亿元", "943亿元", "9.4亿元". Tables and axes state their unit once
 * (`amountUnit`) and give plain numbers in it: bn in English, 亿 in Chinese.
 */
import { isAmount, type MetricId } from "../data/metrics";
import type { Lang } from "../i18n/lang";

const en1 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const en0 = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
// Chinese formatters are made on first use: an English page never pays for the zh-CN locale data.
let zhFormats: { zh0: Intl.NumberFormat; zh1: Intl.NumberFormat } | null = null;
const zhFormat = () =>
  (zhFormats ??= {
    zh0: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }),
    zh1: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1 }),
  });
const pct = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
// Event amounts are recorded to up to 7 decimals of a bn (e.g. 0.0149003): show every digit recorded.
const exactEn = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 });

/** bn -> 亿, without binary noise (30.41 bn is 304.1亿, not 304.09999…). */
export function bnToYi(value: number): number {
  return Number((value * 10).toFixed(6));
}

/** The unit tables and axes state for amounts. */
export function amountUnit(lang: Lang = "en"): string {
  return lang === "zh" ? "亿元" : "bn CNY";
}

/** An amount as a number in `amountUnit`, unrounded (for data files): bn as recorded / 亿 (×10). */
export function amountInUnit(value: number, lang: Lang = "en"): number {
  return lang === "zh" ? bnToYi(value) : value;
}

/** An amount as a plain number in `amountUnit` (for tables): "1,512.0" / "15,120". */
export function formatBn(value: number, lang: Lang = "en"): string {
  if (lang === "zh") {
    const yi = bnToYi(value);
    return Math.abs(yi) >= 100 ? zhFormat().zh0.format(yi) : zhFormat().zh1.format(yi);
  }
  return Math.abs(value) >= 10000 ? en0.format(value) : en1.format(value);
}

/** An amount in running text, with its unit: "1,512.0 bn CNY" / "1.51万亿元", "943亿元". */
export function formatAmount(value: number, lang: Lang = "en"): string {
  if (lang === "zh") {
    const yi = bnToYi(value);
    if (Math.abs(yi) >= 10000) return `${(yi / 10000).toFixed(2)}万亿元`;
    if (Math.abs(yi) >= 100) return `${Math.round(yi)}亿元`;
    return `${zhFormat().zh1.format(yi)}亿元`;
  }
  return `${formatBn(value)} bn CNY`;
}

export function formatMetric(metric: MetricId, value: number, lang: Lang = "en"): string {
  return isAmount(metric) ? formatAmount(value, lang) : `${pct.format(value)}%`;
}

/**
 * An amount in text whose English states the unit once around it ("41.2 of 412.0 bn CNY"): a plain
 * number in English, while Chinese gives every amount its own 亿/万亿 ("412亿元").
 */
export function formatAmountUnitOnce(value: number, lang: Lang = "en"): string {
  return lang === "zh" ? formatAmount(value, lang) : formatBn(value);
}

/** A number without binary noise: 0.005012 * 1000 is 5.012, not 5.0120000000000005. */
const clean = (value: number) => Number(value.toPrecision(12));

/**
 * An amount exactly as recorded in the data (e.g. an event's 30.41 bn), not rounded for display.
 * Under a billion yuan it is said in millions (under 1亿, in 万元): "5.012 mn CNY" / "501.2万元"
 * reads where "0.005012 bn CNY" does not, with every recorded digit kept.
 */
export function formatExactBn(value: number, lang: Lang = "en"): string {
  const small = value !== 0 && Math.abs(value) < 0.1;
  // Chinese as printed in the sources: "2252.43万元", "304.1亿元" (no digit grouping).
  if (lang === "zh") return small ? `${clean(value * 100_000)}万元` : `${bnToYi(value)}亿元`;
  if (Math.abs(value) < 1 && value !== 0) return `${exactEn.format(clean(value * 1000))} mn CNY`;
  return `${exactEn.format(clean(value))} bn CNY`;
}

/** Axis ticks for amounts, in `amountUnit`: whole numbers with separators. */
export function formatAxis(value: number, lang: Lang = "en"): string {
  return lang === "zh" ? zhFormat().zh0.format(bnToYi(value)) : en0.format(value);
}

/** Short form for legends and axes. */
export function formatMetricShort(metric: MetricId, value: number, lang: Lang = "en"): string {
  return isAmount(metric) ? formatAxis(value, lang) : `${en0.format(value)}%`;
}

/** A plain count: "1,000,000" in both languages. */
export function formatCount(value: number): string {
  return en0.format(value);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A date as precise as its source: "2025-08" -> "Aug 2025" / "2025年8月",
 * "2023-09-27" -> "27 Sep 2023" / "2023年9月27日".
 */
export function formatPartialDate(date: string | null, lang: Lang = "en"): string {
  if (!date) return lang === "zh" ? "日期不详" : "Undated";
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return date;
  const [y, m, d] = date.split("-");
  if (lang === "zh") {
    if (!m) return `${y}年`;
    return d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年${Number(m)}月`;
  }
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A year as a date: "2013" / "2013年". */
export function formatYear(year: number | string, lang: Lang = "en"): string {
  return lang === "zh" ? `${year}年` : String(year);
}

/** A span of years: "2015–2024" / "2015–2024年". */
export function formatYearRange(first: number | string, last: number | string, lang: Lang = "en"): string {
  return `${first}–${formatYear(last, lang)}`;
}

/** The last day of a year, or of a month when given: "end-2024", "end-Nov 2024" / "2024年末", "2024年11月末". */
export function formatPeriodEnd(year: number, month: number | null = null, lang: Lang = "en"): string {
  if (lang === "zh") return month === null ? `${year}年末` : `${year}年${month}月末`;
  return month === null ? `end-${year}` : `end-${MONTHS[month - 1]} ${year}`;
}

/** A source's date in a table: English keeps it as recorded ("2024-03-06"); Chinese readers get 年月日. */
export function formatRecordedDate(date: string, lang: Lang = "en"): string {
  return lang === "zh" ? formatPartialDate(date, lang) : date;
}

export function ordinalRank(rank: number, of: number, lang: Lang = "en"): string {
  return lang === "zh" ? `第${rank}位（共${of}个）` : `${rank} of ${of}`;
}

/** Only http(s) links from data become anchors: a `javascript:` URL in a CSV must never run. */
export function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}
