/**
 * The Sources & method inventory: for every source, what it supplied (file, indicator, rows,
 * years), its reliability note and licence. Computed from the loaded model, so it can never
 * disagree with the figures on screen. Pure.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import type { EventRecord, MacroIndicator } from "../../../data/atlas-types";
import type { Lang } from "../../../i18n/lang";
import { listJoin } from "../../../i18n/domain";
import { sourcesMessages } from "../messages";

export interface Supplied {
  file: string;
  what: string;
  rows: number;
  from: string;
  to: string;
}

export interface StatisticalSource {
  label: string;
  note: string;
  licence: string;
  supplied: Supplied[];
  /** Distinct full citations grouped under this label. */
  citations: string[];
}

function add(map: Map<string, Supplied>, key: string, base: Omit<Supplied, "rows" | "from" | "to">, when: string) {
  const s = map.get(key) ?? { ...base, rows: 0, from: when, to: when };
  s.rows++;
  if (when < s.from) s.from = when;
  if (when > s.to) s.to = when;
  map.set(key, s);
}

/** What one figure's source supplied: its source index, what and where, and the period it covers. */
interface Supply {
  source: number;
  key: string;
  file: string;
  what: string;
  when: string;
}

/** The supplies grouped by source label, biggest first. */
function bySource(index: AtlasIndex, supplies: Supply[]): StatisticalSource[] {
  const byLabel = new Map<
    string,
    { ref: { note: string; licence: string }; supplied: Map<string, Supplied>; citations: Set<string> }
  >();
  for (const x of supplies) {
    const ref = index.data.sources[x.source];
    const e = byLabel.get(ref.label) ?? { ref, supplied: new Map(), citations: new Set<string>() };
    e.citations.add(ref.text);
    byLabel.set(ref.label, e);
    add(e.supplied, x.key, { file: x.file, what: x.what }, x.when);
  }
  return [...byLabel.entries()]
    .map(([label, e]) => ({
      label,
      note: e.ref.note,
      licence: e.ref.licence,
      supplied: [...e.supplied.values()],
      citations: [...e.citations],
    }))
    .sort((a, b) => b.supplied.reduce((n, s) => n + s.rows, 0) - a.supplied.reduce((n, s) => n + s.rows, 0));
}

/** Official and statistical sources behind the map's figures (debt_balance.csv, macro.csv). */
export function statisticalSources(index: AtlasIndex, lang: Lang = "en"): StatisticalSource[] {
  const what = sourcesMessages[lang].suppliedWhat;
  return bySource(index, [
    ...index.data.balances
      .filter((b) => b.total !== null)
      .flatMap((b) =>
        b.sources.map((source) => ({ source, key: "debt", file: "debt_balance.csv", what: what.debt, when: b.period })),
      ),
    ...index.data.macro.map((m) => ({
      source: m.source,
      key: m.indicator,
      file: "macro.csv",
      what: what[m.indicator],
      when: String(m.year),
    })),
  ]);
}

/** Estimates behind the map's figures, apart from the official ones: Huatai FI's LGFV debt (lgfv.csv). */
export function estimateSources(index: AtlasIndex, lang: Lang = "en"): StatisticalSource[] {
  const what = sourcesMessages[lang].suppliedWhat.lgfv;
  return bySource(
    index,
    index.data.lgfv.map((f) => ({ source: f.source, key: "lgfv", file: "lgfv.csv", what, when: f.period })),
  );
}

export interface ReportedSource {
  name: string;
  files: { file: string; rows: number }[];
  from: string;
  to: string;
}

/** News and official statements behind national.csv, events.csv and key_regions.csv, by outlet. */
export function reportedSources(index: AtlasIndex, events: EventRecord[]): ReportedSource[] {
  const map = new Map<string, ReportedSource>();
  const add = (name: string, file: string, date: string) => {
    const s = map.get(name) ?? { name, files: [], from: "", to: "" };
    const f = s.files.find((x) => x.file === file) ?? (s.files.push({ file, rows: 0 }), s.files[s.files.length - 1]);
    f.rows++;
    if (/^\d{4}/.test(date)) {
      if (!s.from || date < s.from) s.from = date;
      if (!s.to || date > s.to) s.to = date;
    }
    map.set(name, s);
  };
  for (const n of index.data.national) add(n.sourceName, "national.csv", n.sourceDate);
  for (const e of events) add(e.sourceName, "events.csv", e.sourceDate);
  for (const k of index.data.keyRegions) {
    add(k.listedSource.name, "key_regions.csv", k.listedSource.date);
    if (k.change) add(k.change.source.name, "key_regions.csv", k.change.source.date);
  }
  const rows = (s: ReportedSource) => s.files.reduce((n, f) => n + f.rows, 0);
  return [...map.values()].sort((a, b) => rows(b) - rows(a) || a.name.localeCompare(b.name));
}

/** Where each ratio's denominator comes from, year by year: label → years supplied. */
export function denominatorSources(index: AtlasIndex, indicator: MacroIndicator): { label: string; years: number[] }[] {
  const map = new Map<string, Set<number>>();
  for (const m of index.data.macro) {
    if (m.indicator !== indicator) continue;
    const label = index.data.sources[m.source].label;
    map.set(label, (map.get(label) ?? new Set()).add(m.year));
  }
  return [...map.entries()]
    .map(([label, years]) => ({ label, years: [...years].sort() }))
    .sort((a, b) => b.years.length - a.years.length);
}

/** "2014–2023, 2025" (Chinese: "2014–2023、2025") from a sorted list of years. */
export function yearRanges(years: number[], lang: Lang = "en"): string {
  const parts: string[] = [];
  let start = years[0];
  for (let k = 1; k <= years.length; k++) {
    if (years[k] !== years[k - 1] + 1) {
      parts.push(start === years[k - 1] ? String(start) : `${start}–${years[k - 1]}`);
      start = years[k];
    }
  }
  return listJoin(parts, lang);
}
