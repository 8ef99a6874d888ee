/**
 * Embeds font files in a composed export SVG as base64 data: URLs, so its Chinese text renders
 * where no Chinese font is installed: an SVG drawn through <img> (the PNG path) loads nothing from
 * outside itself, and neither does a downloaded file opened elsewhere.
 *
 * This is the only place an exported SVG gets an @font-face, and it writes the rule itself from
 * checked parts (a plain family name, strictly base64 data, CJK characters turned into a
 * unicode-range), never from markup or CSS it was given. Chart markup still goes through
 * `sanitiseSvgMarkup`, which removes every @font-face it finds, data: URLs included.
 */
import { cjkCharacters, fontFaceRule } from "../../../i18n/cjk-font";

export interface EmbeddedFont {
  /** The characters the file maps (a manifest entry's `characters`). */
  characters: string;
  /** The woff2 file, base64-encoded. */
  base64: string;
}

const FAMILY = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ROOT_OPEN_TAG = /^<svg\b[^>]*>/;

/**
 * The SVG with a <style> of one @font-face per font right after its root's opening tag (so it
 * applies before any text). Throws on a family name, base64 or character list that is not what it
 * should be, or a document that does not start with <svg. No fonts: the SVG unchanged.
 */
export function embedFontFaces(svg: string, family: string, weight: number, fonts: EmbeddedFont[]): string {
  if (fonts.length === 0) return svg;
  if (!FAMILY.test(family)) throw new Error(`not a plain font family name: ${JSON.stringify(family)}`);
  if (!Number.isInteger(weight) || weight < 1 || weight > 1000) throw new Error(`not a font weight: ${weight}`);
  const rules = fonts.map((font) => {
    if (font.base64 === "" || !BASE64.test(font.base64)) throw new Error("font data is not base64");
    if (font.characters === "" || cjkCharacters(font.characters).length !== new Set(font.characters).size) {
      throw new Error("a font's character list holds more than CJK characters");
    }
    return fontFaceRule(family, `data:font/woff2;base64,${font.base64}`, font.characters, weight);
  });
  const open = ROOT_OPEN_TAG.exec(svg);
  if (!open) throw new Error("not an SVG document");
  return `${open[0]}<style>${rules.join("")}</style>${svg.slice(open[0].length)}`;
}
