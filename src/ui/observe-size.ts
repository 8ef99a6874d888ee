/**
 * For what a component measures off the page (a chart's box and type size, the map's scale): calls
 * `measure` now, and again whenever `target` changes size or the theme changes (the projector
 * theme's type is larger without the box changing). Returns what stops it. Where there is no
 * ResizeObserver (an old browser, a test's DOM), the first measure stands.
 */
export function observeSizeAndTheme(target: Element, measure: () => void): () => void {
  measure();
  if (typeof ResizeObserver === "undefined") return () => undefined;
  const resized = new ResizeObserver(measure);
  resized.observe(target);
  const themed = new MutationObserver(measure);
  themed.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    resized.disconnect();
    themed.disconnect();
  };
}
