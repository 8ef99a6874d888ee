/**
 * Browser-only: copy a recharts chart's live <svg> into markup that draws the same on its own.
 * On the page the chart gets colours from CSS custom properties (`fill="var(--general)"`) and fonts
 * and some paints from the stylesheet; an exported SVG has neither, so both are written into the
 * copy as plain values before it is sanitised. The two string transforms are pure and unit-tested;
 * `serialiseChartSvg` itself needs a real layout and runs in the Playwright tests.
 */
import { sanitiseSvgMarkup } from "./svg-sanitise";

/** Stops a custom property that refers to itself (directly or in a loop) from recursing forever. */
const MAX_VAR_DEPTH = 8;

/**
 * Replaces each `var(--name)` / `var(--name, fallback)` with `lookup(name)`, or the fallback when
 * the lookup is empty, resolving vars nested in fallbacks and in looked-up values. Parentheses in
 * fallbacks (`var(--x, rgb(1, 2, 3))`) are matched. An unknown var without fallback becomes "",
 * which is what CSS does too (the declaration is then invalid). Unterminated `var(` is left alone.
 */
export function resolveCssVars(text: string, lookup: (name: string) => string, depth = 0): string {
  const lower = text.toLowerCase();
  let out = "";
  let i = 0;
  for (;;) {
    const at = lower.indexOf("var(", i);
    if (at < 0) return out + text.slice(i);
    // "somevar(" is another function, not var().
    if (at > 0 && /[\w-]/.test(text[at - 1])) {
      out += text.slice(i, at + 4);
      i = at + 4;
      continue;
    }
    let open = 1;
    let comma = -1;
    let j = at + 4;
    for (; j < text.length; j++) {
      const ch = text[j];
      if (ch === "(") open++;
      else if (ch === ")" && --open === 0) break;
      else if (ch === "," && open === 1 && comma < 0) comma = j;
    }
    if (open > 0) return out + text.slice(i);
    const name = text.slice(at + 4, comma < 0 ? j : comma).trim();
    const fallback = comma < 0 ? null : text.slice(comma + 1, j).trim();
    let value = name.startsWith("--") ? lookup(name).trim() : "";
    if (value === "" && fallback !== null) value = fallback;
    out += text.slice(i, at) + (depth < MAX_VAR_DEPTH ? resolveCssVars(value, lookup, depth + 1) : "");
    i = j + 1;
  }
}

/**
 * Computed styles may spell a local reference as an absolute URL (`url("https://host/page#clip")`);
 * outside the page that would point at the page. References into this document become `url(#id)`;
 * any other url() is left for the sanitiser to neutralise.
 */
export function localiseUrlRefs(text: string, documentUrl: string): string {
  const page = documentUrl.split("#")[0];
  return text.replace(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi, (whole, _quote: string, target: string) => {
    const hash = target.indexOf("#");
    if (hash < 0) return whole;
    const before = target.slice(0, hash);
    return before === "" || before === page ? `url(#${target.slice(hash + 1)})` : whole;
  });
}

/** Properties whose page value can come from the stylesheet; written inline so the copy keeps them. */
const PAINT = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
];
const TEXT = [...PAINT, "font-family", "font-size", "font-weight", "font-style", "text-anchor"];
const COPIED: Record<string, string[]> = {
  path: PAINT,
  rect: PAINT,
  circle: PAINT,
  ellipse: PAINT,
  line: PAINT,
  polyline: PAINT,
  polygon: PAINT,
  text: TEXT,
  tspan: TEXT,
  textPath: TEXT,
  stop: ["stop-color", "stop-opacity"],
};

/** Hover state (tooltip cursor, active dot) is not part of the figure; an export should not freeze it. */
// Hover marks and the event-count markers (explained on the page, not in the image legend) are left out.
const TRANSIENT = ".recharts-tooltip-cursor, .recharts-active-dot, .chart-event-marks";

export function serialiseChartSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  // Optional chaining: DOM implementations without full SVG interfaces (jsdom) lack baseVal.
  const vb = svg.viewBox?.baseVal;
  const hasViewBox = !!vb && vb.width > 0 && vb.height > 0;
  const width =
    Math.round(box.width) ||
    svg.width?.baseVal?.value ||
    Number(svg.getAttribute("width")) ||
    (hasViewBox ? vb.width : 0);
  // With a viewBox the drawing has the viewBox's aspect whatever box CSS gave the element (it is
  // letterboxed), so the height follows the width; the export then has no empty bands.
  const height = hasViewBox
    ? Math.round((width * vb.height) / vb.width)
    : Math.round(box.height) || svg.height?.baseVal?.value || Number(svg.getAttribute("height")) || 0;
  const rootStyle = getComputedStyle(document.documentElement);
  const pageUrl = document.baseURI || document.location.href;

  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Pair each element with its live original (same document order) to read computed styles.
  const originals = [svg, ...Array.from(svg.querySelectorAll("*"))];
  const copies = [clone, ...Array.from(clone.querySelectorAll("*"))];
  originals.forEach((original, k) => {
    const copy = copies[k] as SVGElement;
    const computed = getComputedStyle(original);
    // Custom properties inherit, so the element's own computed style sees scoped overrides too.
    const lookup = (name: string) => computed.getPropertyValue(name) || rootStyle.getPropertyValue(name);
    for (const attr of Array.from(copy.attributes)) {
      let value = attr.value;
      if (/var\(/i.test(value)) value = resolveCssVars(value, lookup);
      if (/url\(/i.test(value)) value = localiseUrlRefs(value, pageUrl);
      if (value !== attr.value) copy.setAttribute(attr.name, value);
    }
    for (const property of COPIED[copy.localName] ?? []) {
      const value = computed.getPropertyValue(property);
      if (value) copy.style.setProperty(property, localiseUrlRefs(value, pageUrl));
    }
    if (computed.display === "none") copy.style.setProperty("display", "none");
    if (computed.visibility === "hidden") copy.style.setProperty("visibility", "hidden");
  });
  clone.querySelectorAll(TRANSIENT).forEach((el) => el.remove());

  // Explicit size: on the page the chart is sized by its container (width: 100%).
  clone.style.removeProperty("width");
  clone.style.removeProperty("height");
  if (clone.getAttribute("style")?.trim() === "") clone.removeAttribute("style");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!hasViewBox && !svg.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);

  return { markup: sanitiseSvgMarkup(new XMLSerializer().serializeToString(clone)), width, height };
}
