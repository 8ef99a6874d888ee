/**
 * The pieces of the Share dialog that are plain text: the link, the embed URL and the iframe
 * snippet. Pure, so what a presenter pastes into a slide is tested rule by rule.
 */
import { DEFAULT_LANG, type Lang } from "../../../i18n/lang";
import {
  NO_FLAGS,
  serialiseView,
  withoutDeck,
  type RenderFlags,
  type ViewName,
  type ViewState,
} from "../../../state/view-state";
import { inReadersLang } from "../../../state/view-link";

export { viewLink } from "../../../state/view-link";

export const EMBED_SIZES = [
  { id: "responsive", label: "Responsive (fills the width)" },
  { id: "640x480", label: "640 × 480" },
  { id: "960x540", label: "960 × 540" },
  { id: "1280x720", label: "1280 × 720" },
  { id: "1920x1080", label: "1920 × 1080" },
  { id: "custom", label: "Custom" },
] as const;
export type EmbedSizeId = (typeof EMBED_SIZES)[number]["id"];

export interface EmbedOptions {
  subject: ViewName;
  size: EmbedSizeId;
  custom: { width: number; height: number };
  controls: boolean;
  static: boolean;
  transparent: boolean;
}

export const MIN_SIZE = { width: 320, height: 240 };
export const MAX_SIZE = { width: 1920, height: 1080 };

/** The frame size for an option; null for responsive. Custom sizes are clamped to what the embed supports. */
export function frameSize(options: Pick<EmbedOptions, "size" | "custom">): { width: number; height: number } | null {
  if (options.size === "responsive") return null;
  if (options.size === "custom") {
    const clamp = (v: number, lo: number, hi: number) =>
      Math.min(hi, Math.max(lo, Math.round(Number.isFinite(v) ? v : lo)));
    return {
      width: clamp(options.custom.width, MIN_SIZE.width, MAX_SIZE.width),
      height: clamp(options.custom.height, MIN_SIZE.height, MAX_SIZE.height),
    };
  }
  const [w, h] = options.size.split("x").map(Number);
  return { width: w, height: h };
}

/**
 * The view an embed shows: the chosen subject (a province's chart only when one is open, else the
 * map), without the presenter's deck.
 */
export function embeddedView(view: ViewState, options: Pick<EmbedOptions, "subject">): ViewState {
  return { ...withoutDeck(view), view: options.subject === "region" && !view.region ? "map" : options.subject };
}

/** @param lang the language the sender is reading the atlas in: the embed speaks it too */

export function embedUrl(base: string, view: ViewState, options: EmbedOptions, lang: Lang = DEFAULT_LANG): string {
  const flags: RenderFlags = {
    ...NO_FLAGS,
    embed: true,
    controls: options.controls,
    static: options.static,
    transparent: options.transparent,
  };
  return `${base}${serialiseView(inReadersLang(embeddedView(view, options), lang), flags)}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function iframeSnippet(url: string, title: string, options: Pick<EmbedOptions, "size" | "custom">): string {
  const size = frameSize(options);
  const common = `src="${escapeAttr(url)}" title="${escapeAttr(title)}" loading="lazy"`;
  if (size) return `<iframe ${common} width="${size.width}" height="${size.height}" style="border:0"></iframe>`;
  // Responsive: full width, a starting height the host script (README) then keeps in step.
  return `<iframe ${common} data-atlas-embed style="border:0;width:100%" height="500"></iframe>`;
}
