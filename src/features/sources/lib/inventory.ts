/**
 * The Sources & method inventory: for every source, what it supplied (file, indicator, rows,
 * years), its reliability note and licence. Computed from the loaded model, so it can never
 * disagree with the figures on screen. Labels and notes come in the reader's language where the
 * data has them in Chinese (data/source_labels.csv label_zh, note_zh), else in English. Pure.
 */
import type { AtlasIndex } from "../../../data/atlas-index";
import type { EventRecord, MacroIndicator, SourceRef } from "../../../data/atlas-types";
import { localText, type LocalText } from "../../../i18n/data-lang";
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
  /** The English label (source_labels.csv label_en): what groups the source's citations. */
  label: string;
  /** The label and the reliability note as the reader sees them; note null where the data has none. */
  name: LocalText;
  note: LocalText | null;
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
function bySource(index: AtlasIndex, supplies: Supply[], lang: Lang): StatisticalSource[] {
  const byLabel = new Map<string, { ref: SourceRef; supplied: Map<string, Supplied>; citations: Set<string> }>();
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
      name: localText(label, e.ref.labelZh, lang),
      note: e.ref.note ? localText(e.ref.note, e.ref.noteZh, lang) : null,
      licence: e.ref.licence,
      supplied: [...e.supplied.values()],
      citations: [...e.citations],
    }))
    .sort((a, b) => b.supplied.reduce((n, s) => n + s.rows, 0) - a.supplied.reduce((n, s) => n + s.rows, 0));
}

/** Official and statistical sources behind the map's figures (debt_balance.csv, macro.csv). */
export function statisticalSources(index: AtlasIndex, lang: Lang = "en"): StatisticalSource[] {
  const what = sourcesMessages[lang].suppliedWhat;
  return bySource(
    index,
    [
      ...index.data.balances
        .filter((b) => b.total !== null)
        .flatMap((b) =>
          b.sources.map((source) => ({
            source,
            key: "debt",
            file: "debt_balance.csv",
            what: what.debt,
            when: b.period,
          })),
        ),
      ...index.data.macro.map((m) => ({
        source: m.source,
        key: m.indicator,
        file: "macro.csv",
        what: what[m.indicator],
        when: String(m.year),
      })),
    ],
    lang,
  );
}

/** Estimates behind the map's figures, apart from the official ones: Huatai FI's LGFV debt (lgfv.csv). */
export function estimateSources(index: AtlasIndex, lang: Lang = "en"): StatisticalSource[] {
  const what = sourcesMessages[lang].suppliedWhat.lgfv;
  return bySource(
    index,
    index.data.lgfv.map((f) => ({ source: f.source, key: "lgfv", file: "lgfv.csv", what, when: f.period })),
    lang,
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

/** Where each ratio's denominator comes from, year by year: label (English, and as the reader sees it) → years supplied. */
export function denominatorSources(
  index: AtlasIndex,
  indicator: MacroIndicator,
  lang: Lang = "en",
): { label: string; name: LocalText; years: number[] }[] {
  const map = new Map<string, { ref: SourceRef; years: Set<number> }>();
  for (const m of index.data.macro) {
    if (m.indicator !== indicator) continue;
    const ref = index.data.sources[m.source];
    const e = map.get(ref.label) ?? { ref, years: new Set<number>() };
    e.years.add(m.year);
    map.set(ref.label, e);
  }
  return [...map.entries()]
    .map(([label, e]) => ({ label, name: localText(label, e.ref.labelZh, lang), years: [...e.years].sort() }))
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
