/**
 * The national summary's code, split from the app's first chunk: beside the map it is read, not
 * used, until a reader acts on it.
 *
 * Where the app adopts the built page (main.tsx hydrates it), the page already shows the summary,
 * so its code is fetched only once the map works (`holdNationalCode`, then `releaseNationalCode`
 * with data-ready): React keeps the drawn summary as it is inside its Suspense boundary (MapPage)
 * and adopts it when the code arrives; a click on it before then is replayed after. Where the app
 * draws the page itself, the code is fetched at once, beside the data, and the app waits for it as
 * for the data (`useNationalCodeSettled`), so data-ready still means the view is drawn.
 *
 * `NationalView` is React.lazy over a thenable that answers at once when the code is here, so a
 * view drawn after it arrived never shows a fallback for a frame.
 */
import { lazy, useEffect, useSyncExternalStore, type ComponentType } from "react";
import type { NationalView as NationalViewComponent } from "../features/national/NationalView";

type Module = { default: typeof NationalViewComponent };

let loaded: Module | null = null;
let failed = false;
let loading: Promise<Module> | null = null;
let held: Promise<void> | null = null;
let release: () => void = () => {};
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function load(): Promise<Module> {
  loading ??= import("../features/national/NationalView").then(
    (m) => {
      loaded = { default: m.NationalView };
      notify();
      return loaded;
    },
    (error: unknown) => {
      // The summary's own boundary says it could not be loaded; the rest of the app goes on.
      failed = true;
      notify();
      throw error;
    },
  );
  return loading;
}

/** The app adopts the drawn page: fetch the summary's code only once the map works. */
export function holdNationalCode() {
  held ??= new Promise((resolve) => (release = resolve));
}

/** The map works, or the app draws the page itself: fetch the summary's code now. */
export function releaseNationalCode() {
  release();
  load().catch(() => {});
}

/** True once the app need not wait for the summary's code: it is here, it failed, or it is held. */
export function useNationalCodeSettled(): boolean {
  useEffect(() => {
    // main.tsx starts the download earlier; this covers an app rendered without it (tests).
    if (!held) load().catch(() => {});
  }, []);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => loaded !== null || failed || held !== null,
    () => true,
  );
}

export const NationalView: ComponentType<Parameters<typeof NationalViewComponent>[0]> = lazy(
  () =>
    ({
      then(resolve: (m: Module) => void, reject: (e: unknown) => void) {
        if (loaded) return resolve(loaded);
        (held ?? Promise.resolve()).then(load).then(resolve, reject);
      },
    }) as Promise<Module>,
);
