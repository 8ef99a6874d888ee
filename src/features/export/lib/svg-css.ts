/**
 * CSS values from chart markup (style attributes, <style> elements, url() in paint attributes):
 * anything that could fetch is removed, so the exported image never references outside itself.
 */

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
export function sanitiseCss(css: string): string {
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
