/**
 * A failed data load in words: which file, and what went wrong, in the reader's language. Pure.
 * Errors that are not ours (a bug while indexing, say) keep their own message.
 */
import { DataLoadError } from "../data/queries";
import type { Lang } from "../i18n/lang";
import { uiMessages } from "./messages";

export function describeLoadError(error: unknown, lang: Lang = "en"): string {
  const t = uiMessages[lang];
  if (error instanceof DataLoadError) {
    if (error.problem === "network") return t.loadNetwork(error.file);
    if (error.problem === "json") return t.loadJson(error.file);
    if (error.problem === "status") return t.loadStatus(error.file, error.detail);
    return t.loadShape(error.file, error.detail);
  }
  return t.loadOther(error instanceof Error ? error.message : String(error));
}
