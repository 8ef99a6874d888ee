/**
 * Loads a code-split module once and lets components render it synchronously when it is there.
 * Unlike React.lazy, a module that finished loading before the component mounts renders in the
 * same commit (no Suspense round trip and no fallback throttling), which keeps a click on a
 * province to a drawn chart fast. A failed load can be retried.
 */
import { useEffect, useSyncExternalStore } from "react";

export type ModuleState<T> =
  { status: "loading" } | { status: "ready"; module: T } | { status: "error"; retry: () => void };

export interface ModuleLoader<T> {
  /**
   * Start loading (idempotent). Call it when the page is idle so the module is there when needed.
   * Settles (never rejects) when this load has succeeded or failed.
   */
  preload: () => Promise<void>;
  useModule: () => ModuleState<T>;
}

export function moduleLoader<T>(load: () => Promise<T>): ModuleLoader<T> {
  let state: ModuleState<T> = { status: "loading" };
  const listeners = new Set<() => void>();
  const set = (next: ModuleState<T>) => {
    state = next;
    listeners.forEach((l) => l());
  };

  let pending: Promise<void> | null = null;
  const preload = (): Promise<void> => {
    if (state.status === "ready") return Promise.resolve();
    if (pending) return pending;
    if (state.status === "error") set({ status: "loading" });
    pending = load().then(
      (module) => {
        pending = null;
        set({ status: "ready", module });
      },
      () => {
        pending = null;
        set({ status: "error", retry: preload });
      },
    );
    return pending;
  };

  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };

  function useModule() {
    const current = useSyncExternalStore(
      subscribe,
      () => state,
      () => state,
    );
    useEffect(() => {
      // After the commit that shows the map: never compete with the first paint.
      const id = setTimeout(preload, 0);
      return () => clearTimeout(id);
    }, []);
    return current;
  }

  return { preload, useModule };
}
