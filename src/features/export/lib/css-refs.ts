/**
 * CSS references in a chart's markup made to stand alone: `var(--name)` replaced by the value the page
 * gives it, and url() references into the page turned into references into the document itself.
 * Pure string transforms, unit-tested; the DOM walk that applies them to a live chart is
 * ../inline-chart.ts.
 */

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
