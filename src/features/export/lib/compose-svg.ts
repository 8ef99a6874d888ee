/**
 * The exported image as one standalone SVG document: title, subtitle, the map or a chart, legend,
 * source, data date and the link that reproduces the view. A slide or an e-mail attachment has no
 * page around it, so everything a reader needs to trust the figure is drawn into the image.
 *
 * Pure: the layout is computed here from the spec alone. Text cannot be measured without a browser,
 * so widths are estimated from character counts (CJK counting double); the estimates err wide, so
 * lines wrap a little early rather than run off the edge.
 *
 * The document never references anything outside itself: no script, no <image>, no <foreignObject>,
 * no href or url() except to its own #ids. That is what lets it be drawn through <img> onto a canvas
 * (browsers load nothing for SVG images, and a canvas that drew external content would be tainted)
 * and opened safely from a download folder. Chart markup passed in is run through
 * `sanitiseSvgMarkup` first, which rebuilds it from an allow-list rather than trusting it.
 */

export interface ExportTheme {
  /** null = transparent (for placing on a coloured slide). */
  background: string | null;
  text: string;
  muted: string;
  border: string;
  fontFamily: string;
  /** Multiplies type sizes and stroke widths; 1 when absent. */
  scale?: number;
}

export type LegendSwatch =
  | { kind: "fill"; colour: string }
  | { kind: "hatch"; colour: string; stroke: string }
  | { kind: "dots"; colour: string; dot: string };

export interface LegendItem {
  label: string;
  swatch: LegendSwatch;
}

export interface MapShape {
  /** SVG path data in the map's viewBox units. */
  d: string;
  /** A colour. The sentinel "hatch-none" (like `noData`) draws the no-data dot pattern. */
  fill: string;
  noData?: boolean;
  /** Key high-debt region: hatched and outlined on top. */
  key?: boolean;
  selected?: boolean;
}

export type ExportBody =
  | {
      kind: "map";
      /** Width and height of the map's own coordinate space. */
      viewBox: [number, number];
      shapes: MapShape[];
      keyColour: string;
      noDataDot: string;
      strokeColour: string;
    }
  | { kind: "svg"; markup: string; width: number; height: number };

export interface ExportSpec {
  width: number;
  height: number;
  theme: ExportTheme;
  title: string;
  subtitle: string;
  legendTitle?: string;
  legend: LegendItem[];
  body: ExportBody;
  sourceLine: string;
  dataDate: string;
  permalink: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * System fonts only: an SVG drawn through <img> cannot load the page's web fonts, so naming one
 * would silently fall back anyway. The stack lists CJK faces so Chinese names render everywhere.
 */
export const DEFAULT_EXPORT_THEMES: Record<"light" | "dark" | "projector", ExportTheme> = {
  light: { background: "#ffffff", text: "#1c1d21", muted: "#5b5f6a", border: "#d9dbe1", fontFamily: SYSTEM_FONTS, scale: 1 },
  dark: { background: "#15171c", text: "#f2f3f5", muted: "#a9aebb", border: "#3b404c", fontFamily: SYSTEM_FONTS, scale: 1 },
  // Projectors wash out mid-greys and thin lines: pure black text, darker muted, bigger and bolder.
  projector: { background: "#ffffff", text: "#000000", muted: "#2f333b", border: "#8a909c", fontFamily: SYSTEM_FONTS, scale: 1.35 },
};

// ---------------------------------------------------------------------------------------------
// XML text

/**
 * Characters XML 1.0 forbids outright (C0 controls other than tab/LF/CR, U+FFFE/FFFF) and lone
 * surrogates: one of them in the output would make the whole image fail to load. Pairs are kept.
 * (No lookbehind: older Safari cannot even parse a regex that uses it.)
 */
const XML_INVALID = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** Escapes text for element content and double- or single-quoted attributes alike. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, (ch) => (ch.length === 2 ? ch : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

/** Decodes character references so checks see what the browser will see (`&#x68;ttp:` is `http:`). */
function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED_ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : "\uFFFD";
  });
}

// ---------------------------------------------------------------------------------------------
// CSS values: url() and friends

/**
 * Replaces every url(...) that does not point at a local #id with `none`, handling quotes,
 * whitespace and any case (`URL( "http://x" )`). `none` is a valid value wherever url() paints.
 */
function neutraliseUrls(css: string): string {
  let out = "";
  let i = 0;
  const lower = css.toLowerCase();
  for (;;) {
    const at = lower.indexOf("url(", i);
    if (at < 0) return out + css.slice(i);
    out += css.slice(i, at);
    let j = at + 4;
    while (j < css.length && /\s/.test(css[j])) j++;
    let target = "";
    const quote = css[j];
    if (quote === '"' || quote === "'") {
      const close = css.indexOf(quote, j + 1);
      target = close < 0 ? css.slice(j + 1) : css.slice(j + 1, close);
      j = close < 0 ? css.length : close + 1;
    }
    const end = css.indexOf(")", j);
    if (quote !== '"' && quote !== "'") target = css.slice(j, end < 0 ? css.length : end);
    const next = end < 0 ? css.length : end + 1;
    const local = /^#[^\s()"']*$/.test(target.trim());
    out += local ? `url(#${target.trim().slice(1)})` : "none";
    i = next;
  }
}

/**
 * CSS from a style attribute or <style> element. CSS escapes (`\75 rl(`) could disguise url() or
 * @import from any string check, and charts never need them, so CSS containing a backslash is
 * dropped whole. @import and @font-face are removed (they fetch), so is any declaration using
 * image-set() (it fetches bare strings), and url() is neutralised.
 */
function sanitiseCss(css: string): string {
  const text = css.replace(/<!\[CDATA\[|\]\]>/g, "").replace(/\/\*[\s\S]*?(\*\/|$)/g, "");
  if (text.includes("\\")) return "";
  return neutraliseUrls(
    text
      .replace(/@import\b[^;]*(;|$)/gi, "")
      .replace(/@font-face\s*\{[^}]*\}?/gi, "")
      // The whole declaration: its strings are URLs that url() neutralising would not see.
      .replace(/[^;{}]*image-set\s*\([^;{}]*/gi, ""),
  );
}

// ---------------------------------------------------------------------------------------------
// Sanitiser: a lenient tokenizer plus an allow-list, rebuilt into well-formed XML

/** Elements a chart may contain, by lowercase name -> the case SVG requires. Everything else goes. */
const ALLOWED_ELEMENTS = new Map(
  [
    "svg", "g", "defs", "desc", "title", "symbol", "use", "a", "style",
    "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
    "clipPath", "mask", "pattern", "marker", "linearGradient", "radialGradient", "stop",
    "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
    "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
    "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology",
    "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
  ].map((name) => [name.toLowerCase(), name]),
);

/** HTML parses these as raw text, so a "<" inside them is not a tag; read to their end tag. */
const RAW_TEXT = new Set(["script", "style"]);

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

type XNode = { type: "el"; name: string; attrs: [string, string][]; children: XNode[] } | { type: "text"; value: string };

/** The attribute as it may be written, or null to drop it. `value` is decoded text. */
function sanitiseAttribute(rawName: string, value: string): [string, string] | null {
  const [prefix, local] = rawName.includes(":") ? rawName.split(":", 2) : ["", rawName];
  if (!NAME.test(local) || (prefix !== "" && !NAME.test(prefix))) return null;
  const lowerLocal = local.toLowerCase();
  const lowerPrefix = prefix.toLowerCase();
  // Namespace declarations are dropped: the document root declares svg and xlink itself, and any
  // other namespace could only carry content we do not draw.
  if (lowerPrefix === "xmlns" || (prefix === "" && lowerLocal === "xmlns")) return null;
  // Only the two prefixes XML and SVG predefine or we declare; others would be unbound in the output.
  if (prefix !== "" && lowerPrefix !== "xlink" && lowerPrefix !== "xml") return null;
  if (lowerLocal.startsWith("on")) return null;
  if (lowerLocal === "base" || lowerLocal === "src") return null; // xml:base, stray src
  if (lowerLocal === "href") {
    if (!value.trim().startsWith("#")) return null;
    return [prefix ? `xlink:${local}` : local, value.trim()];
  }
  const name = prefix ? `${lowerPrefix}:${local}` : local;
  if (lowerLocal === "style" && prefix === "") return [name, sanitiseCss(value)];
  return [name, /url\s*\(|image-set/i.test(value) ? sanitiseCss(value) : value];
}

interface OpenTag {
  name: string;
  attrs: [string, string][];
  selfClosing: boolean;
  end: number;
}

/** Reads `<name attr="v" attr='v' attr=v attr>`; null if this "<" does not start a tag. */
function readOpenTag(s: string, lt: number): OpenTag | null {
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
function skipDeclaration(s: string, lt: number): number {
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

/**
 * Parses markup leniently into a tree of allowed elements only. Elements not allowed are parsed
 * (so their end tags pair up) but their whole subtree is discarded. Comments, doctypes and
 * processing instructions (xml-stylesheet fetches!) are dropped. Unbalanced tags are repaired.
 */
function parseSanitised(markup: string): XNode[] {
  const root: XNode[] = [];
  // Each frame: the raw tag name as written (to pair end tags) and where its children go (null = dropped).
  const stack: { raw: string; children: XNode[] | null }[] = [{ raw: "", children: root }];
  const top = () => stack[stack.length - 1];
  const addText = (value: string) => {
    const children = top().children;
    if (children === null || value === "") return;
    const last = children[children.length - 1];
    if (last && last.type === "text") last.value += value;
    else children.push({ type: "text", value });
  };

  let pos = 0;
  while (pos < markup.length) {
    const lt = markup.indexOf("<", pos);
    if (lt < 0) {
      addText(decodeEntities(markup.slice(pos)));
      break;
    }
    if (lt > pos) addText(decodeEntities(markup.slice(pos, lt)));
    if (markup.startsWith("<!--", lt)) {
      const end = markup.indexOf("-->", lt + 4);
      pos = end < 0 ? markup.length : end + 3;
    } else if (markup.startsWith("<![CDATA[", lt)) {
      const end = markup.indexOf("]]>", lt + 9);
      addText(markup.slice(lt + 9, end < 0 ? markup.length : end));
      pos = end < 0 ? markup.length : end + 3;
    } else if (markup[lt + 1] === "!" || markup[lt + 1] === "?") {
      pos = skipDeclaration(markup, lt);
    } else if (markup[lt + 1] === "/") {
      const gt = markup.indexOf(">", lt);
      const raw = markup.slice(lt + 2, gt < 0 ? markup.length : gt).trim().toLowerCase();
      pos = gt < 0 ? markup.length : gt + 1;
      const at = stack.map((f) => f.raw).lastIndexOf(raw);
      if (at > 0) stack.length = at; // closes it and anything left open inside it
    } else {
      const tag = readOpenTag(markup, lt);
      if (!tag) {
        addText("<");
        pos = lt + 1;
        continue;
      }
      pos = tag.end;
      const [prefix, local] = tag.name.includes(":") ? tag.name.split(":", 2) : ["", tag.name];
      const lowerLocal = local.toLowerCase();
      const canonical = prefix === "" || prefix.toLowerCase() === "svg" ? ALLOWED_ELEMENTS.get(lowerLocal) : undefined;
      const parent = top().children;
      let children: XNode[] | null = null;
      if (canonical && parent !== null) {
        const attrs: [string, string][] = [];
        const seen = new Set<string>();
        for (const [n, v] of tag.attrs) {
          const kept = sanitiseAttribute(n, v);
          if (!kept || seen.has(kept[0].toLowerCase())) continue;
          seen.add(kept[0].toLowerCase());
          attrs.push(kept);
        }
        const el: XNode = { type: "el", name: canonical, attrs, children: [] };
        parent.push(el);
        children = el.children;
      }
      if (tag.selfClosing) continue;
      if (RAW_TEXT.has(lowerLocal)) {
        const close = markup.toLowerCase().indexOf(`</${tag.name.toLowerCase()}`, pos);
        const body = markup.slice(pos, close < 0 ? markup.length : close);
        if (children !== null && lowerLocal === "style") {
          const css = sanitiseCss(decodeEntities(body));
          if (css.trim() !== "") children.push({ type: "text", value: css });
        }
        const gt = close < 0 ? -1 : markup.indexOf(">", close);
        pos = gt < 0 ? markup.length : gt + 1;
        continue;
      }
      stack.push({ raw: tag.name.toLowerCase(), children });
    }
  }
  return root;
}

function serialiseNodes(nodes: XNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === "text") return escapeXml(n.value);
      const attrs = n.attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
      return n.children.length === 0 ? `<${n.name}${attrs}/>` : `<${n.name}${attrs}>${serialiseNodes(n.children)}</${n.name}>`;
    })
    .join("");
}

/**
 * Rebuilds SVG markup from an allow-list of elements and attributes, so the result is well-formed
 * XML with no script, event handlers, <foreignObject>, <image>, animation, external href or
 * external url(), whatever the input's quoting, case, entities or nesting. Meant for our own
 * recharts output (it is lenient, not a full XML parser), but safe on hostile input: anything it
 * does not understand is dropped, never passed through.
 */
export function sanitiseSvgMarkup(markup: string): string {
  // The sanitiser drops every namespace declaration it reads; a top-level <svg> gets the two the
  // output may use back, so the result also stands alone as a document.
  const nodes = parseSanitised(markup).map((node) =>
    node.type === "el" && node.name === "svg"
      ? { ...node, attrs: [["xmlns", SVG_NS], ["xmlns:xlink", XLINK_NS], ...node.attrs] as [string, string][] }
      : node,
  );
  return serialiseNodes(nodes);
}

// ---------------------------------------------------------------------------------------------
// Text measurement (estimated) and wrapping

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Width of one "narrow" character as a fraction of the font size; slightly generous on purpose. */
const NARROW_EM = 0.56;

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
  const tokens = text.replace(/\s+/g, " ").trim().match(new RegExp(`${WIDE.source}| |[^ ]`, "gu")) ?? [];
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

// ---------------------------------------------------------------------------------------------
// Layout and drawing

/** Two decimals is sub-pixel at any export size and keeps the file small. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/** A colour from the spec, escaped; a url() in a colour slot could only be an external reference. */
const paint = (colour: string) => (/url\s*\(/i.test(colour) ? "none" : escapeXml(colour));

/** Path data keeps only path-grammar characters, so a bad `d` can break the shape but not the file. */
const pathData = (d: string) => d.replace(/[^MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]/g, "");

/** FNV-1a, for ids that differ between exports (two previews inlined in one page must not clash). */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: "start" | "end";
}

function textEl(x: number, baseline: number, content: string, style: TextStyle, role: string): string {
  return (
    `<text class="${role}" x="${n(x)}" y="${n(baseline)}" font-size="${n(style.size)}"` +
    `${style.bold ? ' font-weight="700"' : ""}${style.anchor === "end" ? ' text-anchor="end"' : ""}` +
    ` fill="${paint(style.fill)}">${escapeXml(content)}</text>`
  );
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fits a w x h drawing into the box, keeping its aspect ratio, centred horizontally, top-aligned. */
function fit(w: number, h: number, box: Box): { x: number; y: number; k: number; width: number; height: number } {
  const k = Math.max(0, Math.min(box.width / w, box.height / h));
  return { x: box.x + (box.width - w * k) / 2, y: box.y, k, width: w * k, height: h * k };
}

function hatchPattern(id: string, size: number, stroke: string, strokeWidth: number): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}" patternTransform="rotate(45)">` +
    `<line x1="0" y1="0" x2="0" y2="${n(size)}" stroke="${paint(stroke)}" stroke-width="${n(strokeWidth)}" stroke-opacity="0.75"/></pattern>`
  );
}

function dotPattern(id: string, size: number, background: string, dot: string): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${n(size)}" height="${n(size)}">` +
    `<rect width="${n(size)}" height="${n(size)}" fill="${paint(background)}"/>` +
    `<circle cx="${n(size / 2)}" cy="${n(size / 2)}" r="${n(size * 0.15)}" fill="${paint(dot)}"/></pattern>`
  );
}

/** The map drawn in its own units inside a scaled group; strokes and patterns divided by the scale. */
function drawMap(body: Extract<ExportBody, { kind: "map" }>, placed: ReturnType<typeof fit>, theme: ExportTheme, s: number, ids: { noData: string; key: string }) {
  const px = (v: number) => (placed.k > 0 ? v / placed.k : v);
  const defs = [
    dotPattern(ids.noData, px(6 * s), theme.background ?? "none", body.noDataDot),
    hatchPattern(ids.key, px(7 * s), body.keyColour, px(1.3 * s)),
  ];
  const shapes = body.shapes.map((shape) => {
    const fill = shape.noData || shape.fill === "hatch-none" ? `url(#${ids.noData})` : paint(shape.fill);
    return `<path class="shape" d="${pathData(shape.d)}" fill="${fill}" stroke="${paint(body.strokeColour)}" stroke-width="${n(px(0.6 * s))}" stroke-linejoin="round"/>`;
  });
  // Overlays after all fills, so a neighbour's fill never covers a key region's outline.
  const keys = body.shapes
    .filter((shape) => shape.key)
    .map((shape) => `<path class="key-overlay" d="${pathData(shape.d)}" fill="url(#${ids.key})" stroke="${paint(body.keyColour)}" stroke-width="${n(px(1.8 * s))}" stroke-linejoin="round"/>`);
  const selected = body.shapes
    .filter((shape) => shape.selected)
    .map((shape) => `<path class="selected-outline" d="${pathData(shape.d)}" fill="none" stroke="${paint(theme.text)}" stroke-width="${n(px(2.6 * s))}" stroke-linejoin="round"/>`);
  const group =
    `<g class="body map" transform="translate(${n(placed.x)} ${n(placed.y)}) scale(${placed.k})">` +
    shapes.join("") + keys.join("") + selected.join("") + `</g>`;
  return { defs, group };
}

const VIEWBOX = /^\s*-?[\d.eE+-]+(?:[\s,]+-?[\d.eE+-]+){3}\s*$/;

/** A sanitised chart as a nested <svg> scaled into the placed box; its own viewBox when it has one. */
function drawChart(body: Extract<ExportBody, { kind: "svg" }>, placed: ReturnType<typeof fit>): string {
  const nodes = parseSanitised(body.markup);
  const rootSvg = nodes.find((node): node is Extract<XNode, { type: "el" }> => node.type === "el" && node.name === "svg");
  const ownViewBox = rootSvg?.attrs.find(([k]) => k === "viewBox")?.[1];
  const viewBox = ownViewBox && VIEWBOX.test(ownViewBox) ? ownViewBox.trim() : `0 0 ${n(body.width)} ${n(body.height)}`;
  const inner = serialiseNodes(rootSvg ? rootSvg.children : nodes);
  return (
    `<svg class="body chart" x="${n(placed.x)}" y="${n(placed.y)}" width="${n(placed.width)}" height="${n(placed.height)}"` +
    ` viewBox="${escapeXml(viewBox)}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${inner}</svg>`
  );
}

function drawSwatch(item: LegendItem, x: number, y: number, size: number, border: string, patternId: string, s: number): { defs: string[]; marks: string } {
  const rect = (fill: string, extra = "") => `<rect x="${n(x)}" y="${n(y)}" width="${n(size)}" height="${n(size)}" fill="${fill}"${extra}/>`;
  const outline = ` stroke="${paint(border)}" stroke-width="${n(s)}"`;
  const sw = item.swatch;
  if (sw.kind === "fill") return { defs: [], marks: rect(paint(sw.colour), outline) };
  if (sw.kind === "hatch") {
    return {
      defs: [hatchPattern(patternId, Math.max(4, size / 2.2), sw.stroke, 1.3 * s)],
      marks: rect(paint(sw.colour)) + rect(`url(#${patternId})`, ` stroke="${paint(sw.stroke)}" stroke-width="${n(1.6 * s)}"`),
    };
  }
  return { defs: [dotPattern(patternId, Math.max(4, size / 2.5), sw.colour, sw.dot)], marks: rect(`url(#${patternId})`, outline) };
}

interface LegendLayout {
  /** Positions relative to the legend's top-left; `item` null for the legend title. */
  entries: { item: LegendItem | null; text: string; x: number; y: number }[];
  width: number;
  height: number;
  rowHeight: number;
  swatch: number;
  labelGap: number;
  /** Some label had to be cut to fit the width. */
  truncated: boolean;
}

/**
 * Legend entries in wrapped rows (title first, inline), or in `columns` side by side with the
 * title on top: items fill the first column top-down, then the next.
 */
function layoutLegend(spec: ExportSpec, size: number, maxWidth: number, mode: "rows" | { columns: number }): LegendLayout {
  const swatch = Math.round(size * 1.2);
  const labelGap = size * 0.45;
  const itemGap = size * 1.3;
  const rowHeight = Math.max(swatch, size) * (mode === "rows" ? 1.55 : 1.45);
  const budgetFor = (w: number, bold = false) => w / (size * NARROW_EM * (bold ? 1.07 : 1));
  let truncated = false;
  const fitted = (label: string, room: number, bold = false) => {
    const line = wrapText(label, budgetFor(room, bold), 1)[0] ?? "";
    if (line !== label.replace(/\s+/g, " ").trim()) truncated = true;
    return line;
  };
  const title = spec.legendTitle?.trim() ?? "";
  const titleText = title === "" ? null : fitted(title, maxWidth, true);
  const titleWidth = titleText === null ? 0 : estimateTextWidth(titleText, size, true);
  const entries: LegendLayout["entries"] = [];

  if (mode === "rows") {
    let row = 0;
    let x = 0;
    let width = 0;
    const place = (item: LegendItem | null, text: string, w: number) => {
      if (x > 0 && x + w > maxWidth) {
        row++;
        x = 0;
      }
      entries.push({ item, text, x, y: row * rowHeight });
      width = Math.max(width, x + w);
      x += w + itemGap;
    };
    if (titleText !== null) place(null, titleText, titleWidth - itemGap * 0.3);
    for (const item of spec.legend) {
      const text = fitted(item.label, maxWidth - swatch - labelGap);
      place(item, text, swatch + labelGap + estimateTextWidth(text, size));
    }
    return { entries, width, height: entries.length > 0 ? (row + 1) * rowHeight : 0, rowHeight, swatch, labelGap, truncated };
  }

  // Columns take their natural widths (a long label makes its column wide); the caller checks
  // the total against the room it has.
  const columns = Math.max(1, mode.columns);
  const perColumn = Math.ceil(spec.legend.length / columns);
  const top = titleText === null ? 0 : rowHeight;
  if (titleText !== null) entries.push({ item: null, text: titleText, x: 0, y: 0 });
  let x = 0;
  let width = titleWidth;
  for (let c = 0; c < columns; c++) {
    const items = spec.legend.slice(c * perColumn, (c + 1) * perColumn);
    if (items.length === 0) break;
    let columnWidth = 0;
    items.forEach((item, k) => {
      const text = fitted(item.label, maxWidth - swatch - labelGap);
      entries.push({ item, text, x, y: top + k * rowHeight });
      columnWidth = Math.max(columnWidth, swatch + labelGap + estimateTextWidth(text, size));
    });
    width = Math.max(width, x + columnWidth);
    x += columnWidth + itemGap;
  }
  return { entries, width, height: entries.length > 0 ? top + perColumn * rowHeight : 0, rowHeight, swatch, labelGap, truncated };
}

/**
 * The whole export as an SVG document string. Top to bottom: title, subtitle, body (scaled to the
 * free space, keeping its aspect ratio), legend rows (or a column to the body's right when that
 * makes the body clearly larger, as on 16:9 slides), then a footer pinned to the bottom edge with
 * the source, the data date and the permalink (as plain text: a link would be an external reference
 * and is not clickable in an image anyway).
 */
export function composeSvg(spec: ExportSpec): string {
  const { width: W, height: H, theme } = spec;
  const s = theme.scale ?? 1;
  const m = Math.round(W * 0.04);
  const inner = W - 2 * m;
  const titleSize = Math.max(18, W / 40) * s;
  const subtitleSize = Math.max(12, titleSize * 0.55);
  const legendSize = Math.max(11, titleSize * 0.45);
  const footSize = Math.max(10, titleSize * 0.38);
  const budget = (size: number, bold = false) => inner / (size * NARROW_EM * (bold ? 1.07 : 1));
  const p = `cdx${hashId([W, H, JSON.stringify(theme), spec.title, spec.subtitle, spec.permalink, spec.body.kind].join("|"))}`;
  const defs: string[] = [];
  const parts: string[] = [];

  // Header, top-down.
  let y = m;
  for (const line of wrapText(spec.title, budget(titleSize, true), 2)) {
    parts.push(textEl(m, y + titleSize * 0.95, line, { size: titleSize, fill: theme.text, bold: true }, "title"));
    y += titleSize * 1.2;
  }
  if (spec.subtitle.trim() !== "") {
    y += titleSize * 0.15;
    for (const line of wrapText(spec.subtitle, budget(subtitleSize), 3)) {
      parts.push(textEl(m, y + subtitleSize * 0.95, line, { size: subtitleSize, fill: theme.muted }, "subtitle"));
      y += subtitleSize * 1.3;
    }
  }
  const bodyTop = y + m * 0.5;

  // Footer, bottom-up: its height is known once the lines are wrapped.
  const footLines: { text: string; right?: string }[] = wrapText(spec.sourceLine, budget(footSize), 4).map((text) => ({ text }));
  const dataText = `Data: ${spec.dataDate}`;
  if (textUnits(dataText) + textUnits(spec.permalink) + 6 <= budget(footSize)) {
    footLines.push({ text: dataText, right: spec.permalink });
  } else {
    footLines.push({ text: dataText });
    for (const text of wrapText(spec.permalink, budget(footSize), 3)) footLines.push({ text });
  }
  const footLine = footSize * 1.35;
  const footTop = H - m - footLines.length * footLine;
  parts.push(`<line class="footer-rule" x1="${n(m)}" y1="${n(footTop - footSize * 0.6)}" x2="${n(W - m)}" y2="${n(footTop - footSize * 0.6)}" stroke="${paint(theme.border)}" stroke-width="${n(s)}"/>`);
  footLines.forEach((line, k) => {
    const baseline = footTop + k * footLine + footSize;
    parts.push(textEl(m, baseline, line.text, { size: footSize, fill: theme.muted }, "footer"));
    if (line.right) parts.push(textEl(W - m, baseline, line.right, { size: footSize, fill: theme.muted, anchor: "end" }, "footer permalink"));
  });

  // Body and legend share the space between header and footer. The legend goes in rows under the
  // body, or in a column to its right when that lets the body be clearly larger (wide slides, where
  // rows would take height the map needs).
  const spaceBottom = footTop - footSize * 0.6 - m * 0.5;
  const space = Math.max(H * 0.1, spaceBottom - bodyTop);
  const legendGap = m * 0.3;
  const body = spec.body;
  const [bw, bh] = body.kind === "map" ? body.viewBox : [body.width, body.height];
  const bodySize: [number, number] = [Math.max(1, bw), Math.max(1, bh)];
  const rows = layoutLegend(spec, legendSize, inner, "rows");
  const rowsFit = fit(...bodySize, { x: m, y: bodyTop, width: inner, height: Math.max(H * 0.1, space - (rows.height > 0 ? rows.height + legendGap : 0)) });
  let placed = rowsFit;
  let legend = rows;
  let legendAt = { x: m, y: rowsFit.y + rowsFit.height + legendGap };
  if (rows.height > 0) {
    // One column if it fits the height, else two; only when no label has to be cut.
    const columnGap = m * 0.6;
    for (const columns of [1, 2]) {
      const room = inner * (columns === 1 ? 0.35 : 0.5);
      const column = layoutLegend(spec, legendSize, room, { columns });
      if (column.truncated || column.width > room || column.height > space) continue;
      const columnFit = fit(...bodySize, { x: m, y: bodyTop, width: inner - column.width - columnGap, height: space });
      if (columnFit.k > placed.k * 1.1) {
        // Centre body + legend as one group; the legend sits at the body's lower edge.
        const left = m + (inner - (columnFit.width + columnGap + column.width)) / 2;
        placed = { ...columnFit, x: left };
        legend = column;
        legendAt = { x: left + columnFit.width + columnGap, y: Math.max(columnFit.y, columnFit.y + columnFit.height - column.height) };
      }
      break;
    }
  }

  if (body.kind === "map") {
    const map = drawMap(body, placed, theme, s, { noData: `${p}-nodata`, key: `${p}-key` });
    defs.push(...map.defs);
    parts.push(map.group);
  } else {
    parts.push(drawChart(body, placed));
  }

  legend.entries.forEach((entry, k) => {
    const x = legendAt.x + entry.x;
    const top = legendAt.y + entry.y;
    const baseline = top + legend.rowHeight / 2 + legendSize * 0.35;
    if (entry.item === null) {
      parts.push(textEl(x, baseline, entry.text, { size: legendSize, fill: theme.text, bold: true }, "legend-title"));
      return;
    }
    const swatch = drawSwatch(entry.item, x, top + (legend.rowHeight - legend.swatch) / 2, legend.swatch, theme.border, `${p}-legend${k}`, s);
    defs.push(...swatch.defs);
    const label = textEl(x + legend.swatch + legend.labelGap, baseline, entry.text, { size: legendSize, fill: theme.text }, "legend-label");
    parts.push(`<g class="legend-item">${swatch.marks}${label}</g>`);
  });

  const background = theme.background === null ? "" : `<rect class="background" width="${n(W)}" height="${n(H)}" fill="${paint(theme.background)}"/>`;
  return (
    `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" width="${n(W)}" height="${n(H)}"` +
    ` viewBox="0 0 ${n(W)} ${n(H)}" font-family="${escapeXml(theme.fontFamily)}" role="img" aria-label="${escapeXml(spec.title)}">` +
    `<title>${escapeXml(spec.title)}</title>` +
    (defs.length > 0 ? `<defs>${defs.join("")}</defs>` : "") +
    background +
    parts.join("") +
    `</svg>`
  );
}
