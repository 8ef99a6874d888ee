/** Helpers for the tests that read the Chinese interface. */

/** An amount a Chinese reader sees ("1.44万亿元", "943亿元", "9.4亿元") back in bn CNY. */
export function bnOf(text: string): number {
  const m = /([\d,.]+)(万亿|亿)元/.exec(text);
  if (!m) throw new Error(`no 亿 amount in: ${text}`);
  const n = Number(m[1].replace(/,/g, ""));
  return m[2] === "万亿" ? n * 1000 : n / 10;
}

/**
 * Latin words of three letters or more in an element's own interface text: what is left of
 * English in a Chinese view. Elements matching `drop` (by default data text marked lang="en")
 * are left out, and so are the `allowed` words.
 */
export function englishWords(el: Element, allowed: string[] = [], drop = '[lang="en"]'): string[] {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(drop).forEach((n) => n.remove());
  return (copy.textContent?.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.includes(w));
}
