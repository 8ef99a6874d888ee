/**
 * Text for an SVG document drawn without a browser: escaping that keeps the XML valid, and width
 * estimates with greedy wrapping. Text cannot be measured without a browser, so widths are estimated
 * from character counts (CJK counting double); the estimates err wide, so lines wrap a little early
 * rather than run off the edge.
 */

/**
 * Characters XML 1.0 forbids or discourages: control characters other than tab, LF and CR,
 * U+FFFE/FFFF, and lone surrogates (in "u" mode a surrogate pair is one code point, so only a lone
 * half is \p{Cs}). One of them in the output would make the whole image fail to load.
 * (No lookbehind: older Safari cannot even parse a regex that uses it.)
 */
const XML_INVALID = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

/** Escapes text for element content and double- or single-quoted attributes alike. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Width of one "narrow" character as a fraction of the font size; slightly generous on purpose. */
export const NARROW_EM = 0.56;

/** Width in narrow-character units: CJK and full-width characters count 2. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return textUnits(text) * fontSize * NARROW_EM * (bold ? 1.07 : 1);
}

/**
 * Greedy wrap to a budget in units. Breaks at spaces, and between CJK characters (which have none);
 * a token longer than a line (a URL) is broken wherever it must. With `maxLines`, the last line
 * ends in "…" when text was cut.
 */
export function wrapText(text: string, budget: number, maxLines = Infinity): string[] {
  const limit = Math.max(1, Math.floor(budget));
  const tokens =
    text
      .replace(/\s+/g, " ")
      .trim()
      .match(new RegExp(`${WIDE.source}| |[^ ]`, "gu")) ?? [];
  // Group non-CJK, non-space characters into words.
  const words: string[] = [];
  for (const t of tokens) {
    const prev = words[words.length - 1];
    const joinable = (s: string) => s !== " " && !WIDE.test(s);
    if (prev !== undefined && joinable(t) && joinable(Array.from(prev).pop()!)) words[words.length - 1] = prev + t;
    else words.push(t);
  }
  const lines: string[] = [];
  let line = "";
  const push = () => {
    lines.push(line.trimEnd());
    line = "";
  };
  for (const word of words) {
    if (word === " ") {
      if (line !== "") line += " ";
      continue;
    }
    if (textUnits(line + word) <= limit) {
      line += word;
      continue;
    }
    if (line.trim() !== "") push();
    let rest = word;
    while (textUnits(rest) > limit) {
      let cut = "";
      for (const ch of rest) {
        if (textUnits(cut + ch) > limit) break;
        cut += ch;
      }
      if (cut === "") cut = [...rest][0]; // a wide character in a one-unit budget
      lines.push(cut);
      rest = rest.slice(cut.length);
    }
    line = rest;
  }
  if (line.trim() !== "") push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last !== "" && textUnits(last + "…") > limit) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = last.trimEnd() + "…";
  return kept;
}
