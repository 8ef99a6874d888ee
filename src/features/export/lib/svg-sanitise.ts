/**
 * Sanitiser: a lenient tokenizer plus an allow-list, rebuilt into well-formed XML. Chart markup goes
 * through here before it is embedded in an export, rather than being trusted.
 */
import { sanitiseCss } from "./svg-css";
import { SVG_NS, XLINK_NS } from "./svg-namespaces";
import { decodeEntities, readOpenTag, skipDeclaration } from "./svg-tag-reader";
import { escapeXml } from "./svg-text";

/** Elements a chart may contain, by lowercase name -> the case SVG requires. Everything else goes. */
const ALLOWED_ELEMENTS = new Map(
  [
    "svg",
    "g",
    "defs",
    "desc",
    "title",
    "symbol",
    "use",
    "a",
    "style",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "clipPath",
    "mask",
    "pattern",
    "marker",
    "linearGradient",
    "radialGradient",
    "stop",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
  ].map((name) => [name.toLowerCase(), name]),
);

/** HTML parses these as raw text, so a "<" inside them is not a tag; read to their end tag. */
const RAW_TEXT = new Set(["script", "style"]);

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export type XNode =
  { type: "el"; name: string; attrs: [string, string][]; children: XNode[] } | { type: "text"; value: string };

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

/**
 * Parses markup leniently into a tree of allowed elements only. Elements not allowed are parsed
 * (so their end tags pair up) but their whole subtree is discarded. Comments, doctypes and
 * processing instructions (xml-stylesheet fetches!) are dropped. Unbalanced tags are repaired.
 */
export function parseSanitised(markup: string): XNode[] {
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
      const raw = markup
        .slice(lt + 2, gt < 0 ? markup.length : gt)
        .trim()
        .toLowerCase();
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

export function serialiseNodes(nodes: XNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === "text") return escapeXml(n.value);
      const attrs = n.attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
      return n.children.length === 0
        ? `<${n.name}${attrs}/>`
        : `<${n.name}${attrs}>${serialiseNodes(n.children)}</${n.name}>`;
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
