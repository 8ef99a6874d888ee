/**
 * Message catalogues. Each feature keeps its own words next to its code:
 *
 *   export const messages = defineMessages({ title: "Compare", count: (n: number) => `${n} regions` },
 *                                          { title: "比较", count: (n: number) => `${n}个地区` });
 *
 * The Chinese catalogue must have exactly the English one's shape (the type checker says which
 * key is missing). Data text (event titles, quotes, citations) is never translated: it is shown as
 * the source wrote it.
 */
import type { Lang } from "./lang";

export type Catalogue<T> = Record<Lang, T>;

export function defineMessages<T>(en: T, zh: NoInfer<T>): Catalogue<T> {
  return { en, zh };
}
