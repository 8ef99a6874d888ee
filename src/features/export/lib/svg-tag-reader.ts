/**
 * The low-level reading the sanitiser is built on: character references, open tags and
 * declarations. Lenient rather than a full XML parser, since the input is our own recharts output;
 * anything it cannot read comes back as "not a tag" for the caller to drop.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

/** Decodes character references so checks see what the browser will see (`&#x68;ttp:` is `http:`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED_ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : "\uFFFD";
  });
}

export interface OpenTag {
  name: string;
  attrs: [string, string][];
  selfClosing: boolean;
  end: number;
}

/** Reads `<name attr="v" attr='v' attr=v attr>`; null if this "<" does not start a tag. */
export function readOpenTag(s: string, lt: number): OpenTag | null {
  let i = lt + 1;
  const nameMatch = /^[^\s/>"'=<]+/.exec(s.slice(i, i + 200));
  if (!nameMatch) return null;
  const name = nameMatch[0];
  i += name.length;
  const attrs: [string, string][] = [];
  for (;;) {
    while (i < s.length && /\s/.test(s[i])) i++;
    if (i >= s.length) return null; // never closed: drop the fragment rather than guess
    if (s[i] === ">") return { name, attrs, selfClosing: false, end: i + 1 };
    if (s.startsWith("/>", i)) return { name, attrs, selfClosing: true, end: i + 2 };
    if (s[i] === "/" || s[i] === '"' || s[i] === "'" || s[i] === "=") {
      i++;
      continue;
    }
    const attrMatch = /^[^\s/>"'=]+/.exec(s.slice(i, i + 200));
    const attrName = attrMatch ? attrMatch[0] : s[i];
    i += attrName.length;
    while (i < s.length && /\s/.test(s[i])) i++;
    let value = "";
    if (s[i] === "=") {
      i++;
      while (i < s.length && /\s/.test(s[i])) i++;
      const quote = s[i];
      if (quote === '"' || quote === "'") {
        const close = s.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = s.slice(i + 1, close);
        i = close + 1;
      } else {
        const unquoted = /^[^\s>]*/.exec(s.slice(i))![0];
        value = unquoted;
        i += unquoted.length;
      }
    }
    attrs.push([attrName, decodeEntities(value)]);
  }
}

/** Skips `<!...>` (doctype, possibly with an internal subset in brackets) and `<?...?>`. */
export function skipDeclaration(s: string, lt: number): number {
  if (s[lt + 1] === "?") {
    const end = s.indexOf("?>", lt + 2);
    return end < 0 ? s.length : end + 2;
  }
  let depth = 0;
  for (let i = lt + 2; i < s.length; i++) {
    if (s[i] === "[") depth++;
    else if (s[i] === "]") depth--;
    else if (s[i] === ">" && depth <= 0) return i + 1;
  }
  return s.length;
}
