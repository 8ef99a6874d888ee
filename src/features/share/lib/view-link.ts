/**
 * The link to a view, as the Share dialog, the Events view and the exports write it. On its own,
 * apart from embed-code.ts, so the map's first load carries only this and the embed code loads with
 * the Share dialog. Pure.
 */
import { DEFAULT_LANG, type Lang } from "../../../i18n/lang";
import { serialiseView, type ViewState } from "../../../state/view-state";

/** The page URL without its query: where the atlas lives, on whatever host or sub-path. */
export function atlasBase(location: { origin: string; pathname: string }): string {
  return `${location.origin}${location.pathname}`;
}

/**
 * The view as the sender reads it: a reader who sees Chinese (chosen, or from the browser) sends
 * `lang=zh`, so the link opens in Chinese whatever the recipient's browser prefers. English is the
 * default and is only written when the sender chose it in the link.
 */
export function inReadersLang(view: ViewState, lang: Lang): ViewState {
  return lang === DEFAULT_LANG ? view : { ...view, lang };
}

/** @param lang the language the sender is reading the atlas in */
export function viewLink(base: string, view: ViewState, lang: Lang = DEFAULT_LANG): string {
  return `${base}${serialiseView(inReadersLang(view, lang))}`;
}
