/**
 * The ranked table: all 31 provinces for the metric and period, their value at the base period and
 * the change since, sortable by any column. A missing value sorts last in either direction, so
 * sorting never dresses a gap up as the smallest (or largest) figure.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import { keyStatusAt } from "../../../data/key-regions";
import { metricValue, rankedValues, type MetricValue, type SourceCitation } from "../../../data/metric-values";
import type { MetricId } from "../../../data/metrics";
import { periodById } from "../../../data/periods";
import { periodPhrase } from "../../../data/series";
import { provinceName } from "../../../i18n/domain";
import { langTag, type Lang } from "../../../i18n/lang";
import { compareMessages } from "../messages";
import { changeSince, type Change } from "./change";
import { keyLabel } from "./labels";

export interface TableRow {
  iso: string;
  adcode: string;
  /** In the reader's language (what the table sorts by); both names are kept for display. */
  name: string;
  nameEn: string;
  nameZh: string;
  /** 1 = highest value at the period; null when the value is missing. */
  rank: number | null;
  value: MetricValue;
  base: MetricValue;
  change: Change;
  key: { text: string; order: number };
}

/** Every row's words (name, reasons, key-region status) in `lang`. */
export function tableRows(
  index: AtlasIndex,
  metric: MetricId,
  periodId: string,
  baseId: string,
  lang: Lang = "en",
): TableRow[] {
  const ranks = new Map(rankedValues(index, metric, periodId, lang).rows.map((r) => [r.adcode, r]));
  const period = periodById(periodId);
  const base = periodById(baseId);
  const labels = {
    now: period ? periodPhrase(period, lang) : periodId,
    base: base ? periodPhrase(base, lang) : baseId,
  };
  return index.covered.map((p) => {
    const ranked = ranks.get(p.adcode)!;
    const baseValue = metricValue(index, p.adcode, metric, baseId, lang);
    return {
      iso: p.iso,
      adcode: p.adcode,
      name: provinceName(p, lang),
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      rank: ranked.rank,
      value: ranked.result,
      base: baseValue,
      change: changeSince(metric, ranked.result, baseValue, labels, lang),
      key: keyLabel(keyStatusAt(index.data.keyRegions, p.adcode, period?.date ?? periodId), lang),
    };
  });
}

export const SORT_KEYS = ["rank", "name", "value", "base", "change", "key"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: "asc" | "desc";
}

export const DEFAULT_SORT: Sort = { key: "rank", dir: "asc" };

/** The direction a column starts in: rank 1 and A first, biggest numbers and key regions first. */
const FIRST_DIR: Record<SortKey, Sort["dir"]> = {
  rank: "asc",
  name: "asc",
  value: "desc",
  base: "desc",
  change: "desc",
  key: "desc",
};

/** Clicking the sorted column flips it; another column starts in its natural direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: FIRST_DIR[key] };
}

function sortValue(row: TableRow, key: SortKey): number | string | null {
  switch (key) {
    case "rank":
      return row.rank;
    case "name":
      return row.name;
    case "value":
      return row.value.ok ? row.value.value : null;
    case "base":
      return row.base.ok ? row.base.value : null;
    case "change":
      return row.change.ok ? row.change.value : null;
    case "key":
      return row.key.order;
  }
}

/** Names sort in the reader's collation: A to Z in English, by pinyin in Chinese. */
export function sortRows(rows: TableRow[], sort: Sort, lang: Lang = "en"): TableRow[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  const collator = new Intl.Collator(langTag(lang));
  return rows
    .map((row, k) => ({ row, k, v: sortValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.k - b.k : a.v === null ? 1 : -1;
      const cmp = typeof a.v === "string" ? collator.compare(a.v, b.v as string) : a.v - (b.v as number);
      return cmp * sign || a.k - b.k;
    })
    .map((x) => x.row);
}

/** The table's sources, each once, with what it supplied: the citations behind every cell. */
export function tableSources(rows: TableRow[]): { label: string; text: string; roles: string[] }[] {
  const out = new Map<string, { label: string; text: string; roles: Set<string> }>();
  const add = (c: SourceCitation) => {
    const entry = out.get(c.text) ?? { label: c.label, text: c.text, roles: new Set<string>() };
    // "GDP 2024" and "2024年地区生产总值（GDP）" are listed once per indicator, without the year.
    entry.roles.add(c.role.replace(/ \d{4}$/, "").replace(/^\d{4}年/, ""));
    out.set(c.text, entry);
  };
  for (const r of rows) [...r.value.citations, ...r.base.citations].forEach(add);
  return [...out.values()].map((e) => ({ label: e.label, text: e.text, roles: [...e.roles] }));
}

/** A cell's source on hover: role and short label of each citation (the label as the data has it). */
export function citationTitle(citations: SourceCitation[], lang: Lang = "en"): string {
  return citations.map((c) => compareMessages[lang].citationTitle(c.role, c.label)).join("\n");
}
