/**
 * Which language a piece of data text is written in, so the element showing it can say so
 * (`lang`): a screen reader then pronounces an English title on a Chinese page, or a Chinese
 * quote on an English page, in the right voice. Pure; data text itself is never translated.
 */
import { langTag, type Lang } from "./lang";

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** "zh-CN" when Chinese characters outnumber Latin letters ("新京报" but not "Beijing News 新京报"), else "en". */
export function textLang(text: string): "en" | "zh-CN" {
  let han = 0;
  let latin = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
  }
  return han > latin ? "zh-CN" : "en";
}

/** The `lang` attribute a data text needs on a page in `lang`: its own tag where it differs, else none. */
export function dataLang(text: string | null | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  const tag = textLang(text);
  return tag === langTag(lang) ? undefined : tag;
}

/** A data text in the language it is shown in, with that language's tag for its element's `lang`. */
export interface LocalText {
  text: string;
  lang: "en" | "zh-CN";
}

/**
 * A data text the data holds in English and, where the team wrote it, in Chinese (an event's title,
 * a source's label, a note): the reader's language where it exists, else the English. The tag is the
 * text's own: "zh-CN" for the Chinese; for the English field, its script decides (textLang), since an
 * unlabelled source's label is its citation as written, which may be Chinese.
 */
export function localText(en: string, zh: string, lang: Lang): LocalText {
  if (lang === "zh" && zh !== "") return { text: zh, lang: "zh-CN" };
  return { text: en, lang: textLang(en) };
}

/** An event's title and summary for a reader (both are always written in both languages). */
export const eventTitle = (e: { titleEn: string; titleZh: string }, lang: Lang): LocalText =>
  localText(e.titleEn, e.titleZh, lang);
export const eventSummary = (e: { summaryEn: string; summaryZh: string }, lang: Lang): LocalText =>
  localText(e.summaryEn, e.summaryZh, lang);
