/**
 * The language as React context: components read it with `useLang()` and their words with
 * `useMessages(catalogue)`. The provider sits at the top of the app; tests render without it
 * and get English.
 */
import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LANG, type Lang } from "./lang";
import type { Catalogue } from "./messages";

const LangContext = createContext<Lang>(DEFAULT_LANG);

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useMessages<T>(catalogue: Catalogue<T>): T {
  return catalogue[useContext(LangContext)];
}
