/**
 * Browser-only: copy a recharts chart's live <svg> into markup that draws the same on its own.
 * On the page the chart gets colours from CSS custom properties (`fill="var(--general)"`) and fonts
 * and some paints from the stylesheet; an exported SVG has neither, so both are written into the
 * copy as plain values (with lib/css-refs.ts) before it is sanitised. Outside lib/ because it reads
 * the live page (computed styles, layout); it needs a real layout, so the Playwright tests cover it
 * and the unit test only checks what jsdom can show.
 */
import { documentUrl } from "../../state/address";
import { localiseUrlRefs, resolveCssVars } from "./lib/css-refs";
import { sanitiseSvgMarkup } from "./lib/svg-sanitise";

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
const TRANSIENT = ".recharts-tooltip-cursor, .recharts-active-dot, .chart-cursor, .chart-event-marks";

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
  const pageUrl = documentUrl();

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
