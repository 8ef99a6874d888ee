/**
 * A component whose code is a chunk of its own and whose fetch the app times: React.lazy over a
 * thenable that answers at once when the code is already here (so a view drawn after it arrived
 * never shows a fallback for a frame), with three ways to start the fetch:
 *
 * - `hold()`: the app adopts a built page that already shows the component (hydration); React keeps
 *   the drawn part in its Suspense boundary and asks for the code, which waits for `release()`.
 * - `release()`: let a held fetch go, and fetch the code now for later use.
 * - `fetchNow()`: the app draws the page itself and needs the component: fetch now (a hold is let
 *   go), and `useSettled()` is false until the code is here (or failed), so the app can wait for it
 *   as for its data; the promise it returns settles then too. Without this call the app never waits
 *   (a view reached later suspends as usual).
 *
 * A chunk that fails stays failed until the page is reloaded (browsers keep a failed module), so the
 * component's error boundary should offer a reload, or render nothing where the part is optional.
 */
import { lazy, useSyncExternalStore, type ComponentType } from "react";

export interface DeferredComponent<P> {
  Component: ComponentType<P>;
  hold: () => void;
  release: () => void;
  fetchNow: () => Promise<void>;
  useSettled: () => boolean;
}

export function deferredComponent<P>(load: () => Promise<ComponentType<P>>): DeferredComponent<P> {
  type Module = { default: ComponentType<P> };
  let loaded: Module | null = null;
  let failed = false;
  let awaited = false;
  let loading: Promise<Module> | null = null;
  let held: Promise<void> | null = null;
  let letGo: () => void = () => {};
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const fetchCode = (): Promise<Module> =>
    (loading ??= load().then(
      (component) => {
        loaded = { default: component };
        notify();
        return loaded;
      },
      (error: unknown) => {
        // The component's own error boundary says it could not be loaded; the app goes on.
        failed = true;
        notify();
        throw error;
      },
    ));

  const Component = lazy(
    () =>
      ({
        then(resolve: (m: Module) => void, reject: (e: unknown) => void) {
          if (loaded) return resolve(loaded);
          (held ?? Promise.resolve()).then(fetchCode).then(resolve, reject);
        },
      }) as Promise<Module>,
  );

  return {
    Component: Component as unknown as ComponentType<P>,
    hold() {
      held ??= new Promise((resolve) => (letGo = resolve));
    },
    release() {
      letGo();
      fetchCode().catch(() => {});
    },
    fetchNow() {
      awaited = true;
      notify();
      letGo();
      return fetchCode().then(
        () => {},
        () => {},
      );
    },
    useSettled() {
      return useSyncExternalStore(
        (l) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
        () => !awaited || loaded !== null || failed,
        () => true,
      );
    },
  };
}
