/**
 * The interface languages. Pure: which language a reader gets is decided here, once.
 * The URL's `lang` wins; when it is silent, the browser's preferred languages decide.
 */
export const LANGS = ["en", "zh"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "en";

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The first of the reader's preferred languages the atlas speaks; English when none is. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/** The reader's preferred languages, safely (no navigator in some test environments). */
export function readerLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The language a page should speak before the full view is parsed (loading and error messages). */
export function langFromSearch(search: string, languages: readonly string[] = readerLanguages()): Lang {
  try {
    const value = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
    if (value && isLang(value)) return value;
  } catch {
    // an unreadable query string is reported by the view parser; here it just means "not set"
  }
  return browserLang(languages);
}

/** The BCP 47 tag for `<html lang>` and Intl. */
export function langTag(lang: Lang): "en" | "zh-CN" {
  return lang === "zh" ? "zh-CN" : "en";
}
