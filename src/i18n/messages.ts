/**
 * Message catalogues. Each feature keeps its own words next to its code:
 *
 *   export const messages = defineMessages({ title: "Compare", count: (n: number) => `${n} regions` },
 *                                          { title: "比较", count: (n: number) => `${n}个地区` });
 *
 * The Chinese catalogue must have exactly the English one's shape (the type checker says which
 * key is missing). Data text (event titles, quotes, citations) is never translated: it is shown as
 * the source wrote it.
 *
 * In the production build the first view's catalogues carry only their English half; their Chinese
 * halves are in one chunk of their own (scripts/language-split-plugin.ts), which `loadWords("zh")`
 * fetches. The app calls it before it shows a page in Chinese (src/app/main.tsx) and before it
 * switches to Chinese (src/app/HeaderActions.tsx). Elsewhere (dev server, tests, the server render)
 * every catalogue has both halves and `loadWords` resolves at once.
 */
import type { Lang } from "./lang";

export type Catalogue<T> = Record<Lang, T>;

export function defineMessages<T>(en: T, zh: NoInfer<T>): Catalogue<T> {
  return { en, zh };
}

/**
 * A catalogue that extends another (a view's words on top of its feature's): `base`'s words with
 * `en` and `zh` added or replacing. The Chinese half is put together when first read, not when the
 * module loads, since `base`'s may still be a download away then (see below).
 */
export function extendMessages<B, T>(base: Catalogue<B>, en: T, zh: NoInfer<T>): Catalogue<Omit<B, keyof T> & T> {
  let zhWords: (Omit<B, keyof T> & T) | undefined;
  return {
    en: { ...base.en, ...en },
    get zh() {
      return (zhWords ??= { ...base.zh, ...zh });
    },
  };
}

/** What the Chinese words' chunk exports: each split module's Chinese halves, in call order. */
export interface ZhWordsPack {
  default: Record<string, readonly unknown[]>;
}

interface Deferred {
  key: string;
  index: number;
  load: () => Promise<ZhWordsPack>;
  fill: (zh: unknown) => void;
}

let waiting: Deferred[] = [];
/** The Chinese words' chunk once loaded: a catalogue that registers later is filled from it at once. */
let pack: ZhWordsPack | null = null;

/**
 * A catalogue whose Chinese half is in the Chinese words' chunk: written by the build in place of
 * `defineMessages(en, zh)` (never called by hand). Reading `zh` before `loadWords("zh")` has
 * resolved is a bug in the app and throws, saying so.
 */
export function withDeferredZh<T>(en: T, key: string, index: number, load: () => Promise<ZhWordsPack>): Catalogue<T> {
  let zh: T | undefined;
  const deferred: Deferred = { key, index, load, fill: (value) => (zh = value as T) };
  if (pack) fill(deferred, pack);
  else waiting.push(deferred);
  return {
    en,
    get zh(): T {
      if (zh === undefined) throw new Error(`The Chinese words of ${key} are not loaded: loadWords("zh") comes first.`);
      return zh;
    },
  };
}

/** True when every catalogue can be read in `lang` now. */
export function wordsLoaded(lang: Lang): boolean {
  return lang === "en" || waiting.length === 0;
}

function fill(d: Deferred, from: ZhWordsPack) {
  const part = from.default[d.key]?.[d.index];
  if (part === undefined) throw new Error(`The Chinese words' chunk has no part ${d.index} of ${d.key}.`);
  d.fill(part);
}

let loading: Promise<void> | null = null;

/**
 * Makes every catalogue readable in `lang`: fetches the Chinese words' chunk once. A failure
 * rejects; browsers keep a module that failed to load, so a later call fails too until the page is
 * reloaded (the app says so). Resolves at once for English and wherever nothing was split.
 */
export function loadWords(lang: Lang): Promise<void> {
  if (wordsLoaded(lang)) return Promise.resolve();
  loading ??= (async () => {
    try {
      const batch = waiting;
      const loaded = await batch[0].load();
      for (const d of batch) fill(d, loaded);
      pack = loaded;
      waiting = waiting.filter((d) => !batch.includes(d));
    } finally {
      loading = null;
    }
  })();
  return loading.then(() => loadWords(lang));
}
