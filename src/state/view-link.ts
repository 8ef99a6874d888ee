/**
 * The link to a view, as the Share dialog, the Events view and the exports write it: the view's
 * URL form, so it sits in state/ beside serialiseView, where every view can reach it. On its own,
 * apart from the Share dialog's embed code, so the map's first load carries only this. Pure.
 */
import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { serialiseView, withoutDeck, type ViewState } from "./view-state";

// The base a link starts from is address.ts's atlasBase(): only state/ reads the address.

/**
 * The view as the sender reads it: a reader who sees Chinese (chosen, or from the browser) sends
 * `lang=zh`, so the link opens in Chinese whatever the recipient's browser prefers. English is the
 * default and is only written when the sender chose it in the link.
 */
export function inReadersLang(view: ViewState, lang: Lang): ViewState {
  return lang === DEFAULT_LANG ? view : { ...view, lang };
}

/**
 * The view alone: a presenter's deck stays theirs (the deck panel shares it on purpose).
 * @param lang the language the sender is reading the atlas in
 */
export function viewLink(base: string, view: ViewState, lang: Lang = DEFAULT_LANG): string {
  return `${base}${serialiseView(inReadersLang(withoutDeck(view), lang))}`;
}
