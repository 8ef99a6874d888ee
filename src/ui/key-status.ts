/**
 * A province's key-region status in words, the one home of that wording: the map tooltip, its
 * announcement and the province panel say the sentence; Compare's ranked table and its CSV say the
 * short cell. Both read `uiMessages`, so "No list yet (first drawn Sep 2023)" cannot drift apart
 * between a tooltip and a downloaded table again. Pure.
 */
import type { KeyStatus } from "../data/key-regions";
import type { SourceStrength } from "../data/source-strength";
import type { Lang } from "../i18n/lang";
import { localText } from "../i18n/data-lang";
import { formatPartialDate } from "./format";
import { uiMessages } from "./messages";
import { strengthNote } from "./source-strength";

/** The month the list was first drawn: its start date ("2023-09-01") cut to the month the source gives. */
const firstDrawn = (listedFrom: string, lang: Lang) => formatPartialDate(listedFrom.slice(0, 7), lang);

/**
 * A pending change from the data (key_regions.csv status_change_kind, in the reader's language where
 * the data has it in Chinese) with its date, as written: "application to exit (2025-08)"; null when none.
 */
function pendingNote(status: Extract<KeyStatus, { kind: "listed" }>, lang: Lang): string | null {
  const change = status.record.change;
  if (status.pendingNote === null || !change) return status.pendingNote;
  return uiMessages[lang].keyPending(localText(change.kind, change.kindZh, lang).text, change.date);
}

/** The status in a sentence, with a pending change's words from the data. */
export function keyStatusText(status: KeyStatus, lang: Lang = "en"): string {
  const t = uiMessages[lang];
  switch (status.kind) {
    case "listed":
      return t.keyListed(formatPartialDate(status.since, lang), pendingNote(status, lang));
    case "exited":
      return t.keyExited(formatPartialDate(status.exitedOn, lang));
    case "list-not-yet":
      return t.keyNotYet(firstDrawn(status.listedFrom, lang));
    default:
      return t.keyNever;
  }
}

/**
 * The source check's verdict on the source the status rests on: the pending or exiting change's
 * source where there is one, else the listing's; null for no status or a source not found wanting.
 */
export function keyStatusStrength(status: KeyStatus): SourceStrength | null {
  if (status.kind === "exited") return status.record.change?.source.strength ?? null;
  if (status.kind !== "listed") return null;
  return status.pendingNote && status.record.change
    ? status.record.change.source.strength
    : status.record.listedSource.strength;
}

/** The verdict as an aside after the status sentence, " (single weak source: …)", or "". */
export function keyStatusStrengthNote(status: KeyStatus, lang: Lang = "en"): string {
  return strengthNote(keyStatusStrength(status), lang);
}

/** The status in a table cell: short where the column header already says "Key region". */
export function keyStatusCell(status: KeyStatus, lang: Lang = "en"): string {
  const t = uiMessages[lang];
  switch (status.kind) {
    case "listed":
      return t.keyCellListed(pendingNote(status, lang));
    case "exited":
      return t.keyCellExited(formatPartialDate(status.exitedOn, lang));
    case "list-not-yet":
      // The same words as the sentence: the reader meets this status only around the list's start.
      return t.keyNotYet(firstDrawn(status.listedFrom, lang));
    default:
      return t.keyCellNever;
  }
}
