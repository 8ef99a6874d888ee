/**
 * The policy timeline drawn over the official balance chart: which events become markers (the
 * milestones and the key-region exits), with their spans on the time axis (time-axis.ts). Undated
 * events are never placed.
 */
import type { SourceStrength } from "../../../data/source-strength";
import type { EventRecord, KeyRegionRecord, ProvinceInfo } from "../../../data/atlas-types";
import { langTag, type Lang } from "../../../i18n/lang";
import { localName } from "../../../i18n/domain";
import { eventSummary, eventTitle, localText, type LocalText } from "../../../i18n/data-lang";
import { nationalPageMessages } from "../page-messages";
import { spanOf, type Precision, type TimeSpan } from "./time-axis";

export interface MarkerSource {
  name: string;
  date: string;
  url: string;
  quote: string;
  /** The source check's verdict (data/source-strength.ts), shown beside the source. */
  strength: SourceStrength | null;
}

export interface TimelineMarker {
  id: string;
  number: number;
  /** A few words for the chart and the list's heading. */
  short: string;
  /** The event's title and summary in the reader's language, with the language each is in. */
  title: LocalText;
  summary: LocalText;
  date: string;
  span: TimeSpan;
  tone: "policy" | "risk";
  source: MarkerSource;
  note: string | null;
  /** Row of the marker's head above the plot, so heads at nearby dates do not overlap. */
  lane: number;
}

/**
 * The milestones the national page marks, by event id. Chosen by people (the data has no
 * importance field); the rest of the national policy events are listed under the chart. Their
 * short labels and notes are in ../page-messages.ts, by id.
 */
export const MILESTONES: { id: string }[] = [
  { id: "nx-swap-bonds-private-placement-2015-07" },
  { id: "cn-12-provinces-listed-2023-09" },
  { id: "cn-special-refinancing-bonds-start-2023-09" },
  { id: "cn-document-47-2023-12" },
  { id: "cn-npc-6trn-debt-swap-2024-11" },
];

type Names = Pick<ProvinceInfo, "adcode" | "nameZh">;

const fromEvent = (
  e: EventRecord,
  short: string,
  note: string | null,
  lang: Lang,
): Omit<TimelineMarker, "number" | "lane"> | null => {
  const span = spanOf(e.date, e.precision);
  if (!span) return null;
  return {
    id: e.id,
    short,
    title: eventTitle(e, lang),
    summary: eventSummary(e, lang),
    date: e.date!,
    span,
    tone: e.kind === "risk_list" ? "risk" : "policy",
    source: { name: e.sourceName, date: e.sourceDate, url: e.sourceUrl, quote: e.quote, strength: e.sourceStrength },
    note,
  };
};

/**
 * Exits come from key_regions.csv (the record membership follows); the wording and source are
 * the matching risk-list event's when the events file has one for that province and date.
 */
function exitMarker(
  r: KeyRegionRecord,
  events: EventRecord[],
  provinces: readonly Names[],
  lang: Lang,
): Omit<TimelineMarker, "number" | "lane"> | null {
  const change = r.change!;
  const event = events.find((e) => e.kind === "risk_list" && e.provinceAdcode === r.adcode && e.date === change.date);
  // key_regions.csv names the region in English; the Chinese name comes from the province list.
  const nameZh = provinces.find((p) => p.adcode === r.adcode)?.nameZh;
  const t = nationalPageMessages[lang];
  const name = localName(r.nameEn, nameZh ?? "", lang);
  const short = t.exitShort(name);
  const fromRow = event ? fromEvent(event, short, null, lang) : null;
  if (fromRow) return { ...fromRow, id: `exit-${r.adcode}` };
  const span = spanOf(change.date, change.precision as Precision);
  if (!span) return null;
  return {
    id: `exit-${r.adcode}`,
    short,
    title: { text: t.exitTitle(name), lang: langTag(lang) },
    summary: localText(change.kind, change.kindZh, lang),
    date: change.date,
    span,
    tone: "risk",
    source: change.source,
    note: null,
  };
}

/**
 * The markers, numbered in date order. The short labels and notes are the atlas's own words, in the
 * reader's language; titles and summaries are the data's, in the reader's language (the data holds
 * both); sources as written. `provinces` gives
 * the Chinese names of regions that exit the list.
 */
export function timelineMarkers(
  events: EventRecord[],
  keyRegions: KeyRegionRecord[],
  provinces: readonly Names[] = [],
  lang: Lang = "en",
): TimelineMarker[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const found = MILESTONES.flatMap((m) => {
    const e = byId.get(m.id);
    const t = nationalPageMessages[lang];
    const marker = e ? fromEvent(e, t.milestoneShort[m.id] ?? m.id, t.milestoneNote[m.id] ?? null, lang) : null;
    return marker ? [marker] : [];
  });
  const exits = keyRegions.filter((r) => r.change?.isExit).flatMap((r) => exitMarker(r, events, provinces, lang) ?? []);
  return [...found, ...exits]
    .sort((a, b) => a.span.at - b.span.at || a.id.localeCompare(b.id))
    .map((m, k) => ({ ...m, number: k + 1, lane: 0 }));
}

/** National policy and risk-list events not marked on the chart, dated ones by date, undated last. */
export function otherNationalEvents(events: EventRecord[], marked: ReadonlySet<string>): EventRecord[] {
  return events
    .filter((e) => e.scope === "national" && (e.kind === "policy" || e.kind === "risk_list") && !marked.has(e.id))
    .sort((a, b) =>
      a.date === b.date
        ? a.id.localeCompare(b.id)
        : a.date === null
          ? 1
          : b.date === null
            ? -1
            : a.date.localeCompare(b.date),
    );
}
