/** A source check's verdict as words after a source, for text that cannot hold a SourceLink (tables, CSV, charts). Pure. */
import type { SourceStrength } from "../data/source-strength";
import type { Lang } from "../i18n/lang";
import { uiMessages } from "./messages";

/** " (single weak source: …)" / "（单一弱来源：…）", or "" when the source was not found wanting. */
export function strengthNote(strength: SourceStrength | null, lang: Lang = "en"): string {
  const t = uiMessages[lang];
  return strength ? t.strengthAside(t.sourceStrength[strength]) : "";
}

/** The verdict alone, for a CSV cell: the words in the reader's language, or null. */
export function strengthWords(strength: SourceStrength | null, lang: Lang = "en"): string | null {
  return strength ? uiMessages[lang].sourceStrength[strength] : null;
}
