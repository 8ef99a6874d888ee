/**
 * The atlas's own Chinese web font, "Atlas CJK": a subset of Noto Sans SC holding exactly the CJK
 * characters the atlas can show, so Chinese renders on machines without a Chinese system font.
 * scripts/build-font.ts writes the font files and the manifest described here; the page gets one
 * @font-face per file (scripts/cjk-font-plugin.ts), each limited by `unicode-range` to the
 * characters its file holds, so a browser downloads a file only when the page shows one of them.
 * The family comes first in the font stacks (styles.css says why); Latin text never matches its
 * ranges and keeps the fonts after it. Exported SVGs embed the files their text needs.
 *
 * Pure: no DOM, no fetch.
 */

export const CJK_FONT_FAMILY = "Atlas CJK";
/** Where the files are, relative to the app's base URL. */
export const CJK_FONT_DIR = "generated/fonts/";
export const CJK_FONT_MANIFEST = "atlas-cjk.json";

/**
 * What the font must cover: Han ideographs (every block, radicals and 〇/々 included), CJK
 * symbols and punctuation (、。《》「」…), vertical and compatibility forms, and full-width forms
 * (，：（）！ and full-width Latin). Curly quotes, dashes and the middle dot are left to the Latin
 * fonts, which have them.
 */
const CJK_CLASS = "[\\p{Script=Han}\\u3000-\\u303f\\ufe10-\\ufe1f\\ufe30-\\ufe4f\\uff00-\\uffef]";
const CJK_CHARS = new RegExp(CJK_CLASS, "gu");
const CJK_CHAR = new RegExp(CJK_CLASS, "u");

/** The distinct CJK characters in a text, in code point order. */
export function cjkCharacters(text: string): string[] {
  const found = new Set(text.match(CJK_CHARS) ?? []);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

export interface CjkFontFile {
  /** File name inside CJK_FONT_DIR (content-hashed). */
  file: string;
  /** Every character the file maps, read back from its cmap, in code point order. */
  characters: string;
  bytes: number;
  gzipBytes: number;
}

export interface CjkFontManifest {
  version: 1;
  family: string;
  /** The single weight the files were instanced at; bold text is synthesised from it. */
  weight: number;
  source: { package: string; version: string; font: string; copyright: string; license: string };
  /** The union of the files' characters, in code point order. */
  characters: string;
  files: CjkFontFile[];
  bytes: number;
  gzipBytes: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const SAFE_FILE = /^[a-z0-9][a-z0-9.-]*\.woff2$/;

/** The manifest if `value` has its shape (file names limited to plain woff2 names), else null. */
export function parseCjkFontManifest(value: unknown): CjkFontManifest | null {
  if (!isObject(value) || value.version !== 1 || typeof value.family !== "string" || typeof value.weight !== "number")
    return null;
  if (typeof value.characters !== "string" || !Array.isArray(value.files) || !isObject(value.source)) return null;
  const files = value.files.every(
    (f) =>
      isObject(f) &&
      typeof f.file === "string" &&
      SAFE_FILE.test(f.file) &&
      typeof f.characters === "string" &&
      typeof f.bytes === "number",
  );
  return files ? (value as unknown as CjkFontManifest) : null;
}

const hex = (cp: number) => cp.toString(16).toUpperCase();

/** A CSS unicode-range for exactly these characters: consecutive code points become one range. */
export function unicodeRange(characters: string): string {
  const cps = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < cps.length;) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    parts.push(j === i ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return parts.join(",");
}

/** The manifest's files that hold at least one CJK character of `text`. */
export function filesFor(text: string, manifest: CjkFontManifest): CjkFontFile[] {
  const wanted = new Set(cjkCharacters(text));
  return manifest.files.filter((f) => [...f.characters].some((c) => wanted.has(c)));
}

/**
 * The Chinese fonts a reader's system may already have (the same design as the subset, or the
 * platform's own: Android and Linux, macOS and iOS, Windows), as one family of their own that the
 * page's font stacks name before "Atlas CJK" (styles.css): a system that has one of them draws
 * Chinese with it at once, downloads none of the subset's files and lays nothing out again when
 * they would arrive; on a system with none, the family fails and "Atlas CJK" is downloaded, as
 * before. One rule: local() sources are looked up as the page's styles are worked out, and naming
 * them in each of the ~100 subset rules cost ~140 ms of style work before the first paint.
 * Exported images embed the subset files themselves, to look the same everywhere.
 */
export const SYSTEM_CJK_FAMILY = "Atlas CJK System";
export const SYSTEM_CJK_FONTS = [
  // local() matches a face's full name or its PostScript name, so both are given.
  "Noto Sans CJK SC",
  "NotoSansCJKsc-Regular",
  "Noto Sans SC Regular",
  "NotoSansSC-Regular",
  "Source Han Sans SC Regular",
  "SourceHanSansSC-Regular",
  "PingFang SC Regular",
  "PingFangSC-Regular",
  "Microsoft YaHei",
  "MicrosoftYaHei",
] as const;
/** The blocks the system family stands in for: the same classes of character as CJK_CLASS. */
const SYSTEM_CJK_RANGE =
  "U+3000-303F,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,U+FE10-FE1F,U+FE30-FE4F,U+FF00-FFEF,U+20000-2FA1F";

/** The system family's one rule: its local() sources, limited to Chinese characters. */
export function systemCjkFontFaceRule(): string {
  const sources = SYSTEM_CJK_FONTS.map((name) => `local("${name}")`).join(",");
  return `@font-face{font-family:"${SYSTEM_CJK_FAMILY}";src:${sources};unicode-range:${SYSTEM_CJK_RANGE}}`;
}

/**
 * One @font-face rule. `url` must already be safe inside url("...") (a relative path we build or a
 * base64 data: URL); the characters only ever come from a manifest or our own text.
 */
export function fontFaceRule(family: string, url: string, characters: string, weight: number): string {
  return (
    `@font-face{font-family:"${family}";src:url("${url}") format("woff2");` +
    `${weight === 400 ? "" : `font-weight:${weight};`}font-display:swap;unicode-range:${unicodeRange(characters)}}`
  );
}

/**
 * The page's @font-face rules: the system family's (SYSTEM_CJK_FAMILY), then one per subset file;
 * `dir` is the files' URL prefix (e.g. "./generated/fonts/").
 */
export function pageFontFaceCss(manifest: CjkFontManifest, dir: string): string {
  return [
    systemCjkFontFaceRule(),
    ...manifest.files.map((f) => fontFaceRule(manifest.family, `${dir}${f.file}`, f.characters, manifest.weight)),
  ].join("\n");
}
