/**
 * Working offline (scripts/build-sw.ts writes the service worker): registering it once the map
 * works, whether the browser is offline, and a new version waiting to be taken up. A tiny store
 * the page's notice reads (OfflineNotice.tsx, loaded only when there is something to say).
 */
import { reloadPage } from "../state/address";

export interface OfflineState {
  /** The browser says it has no network: the page then says whose figures it shows. */
  offline: boolean;
  /** A new build's worker is installed and waiting: the reader may take it up ("reload"). */
  update: boolean;
}

/**
 * Online with nothing waiting: one object, the build's render's too (FullApp's server snapshot), so
 * adopting the drawn page never sees a change and redraws it.
 */
export const ONLINE: OfflineState = Object.freeze({ offline: false, update: false });
const settle = (next: OfflineState) => (next.offline || next.update ? next : ONLINE);
let state: OfflineState = settle({
  offline: typeof navigator !== "undefined" && navigator.onLine === false,
  update: false,
});
const listeners = new Set<() => void>();
const set = (patch: Partial<OfflineState>) => {
  const next = settle({ ...state, ...patch });
  if (next.offline === state.offline && next.update === state.update) return;
  state = next;
  listeners.forEach((l) => l());
};
const onOnline = () => set({ offline: false });
const onOffline = () => set({ offline: true });

export function subscribeOffline(listener: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    state = settle({ ...state, offline: navigator.onLine === false });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
    }
  };
}
export const offlineState = () => state;

let registration: ServiceWorkerRegistration | null = null;

/**
 * Registers the service worker, for the full atlas in its own tab: not in the dev server (no
 * worker is built), not in an iframe (an embed on another site may not get one, and must work as it
 * always has, online), not where the browser has none.
 */
export async function registerServiceWorker(embedded: boolean, framed = window.top !== window): Promise<void> {
  if (!import.meta.env.PROD || embedded || framed || !("serviceWorker" in navigator)) return;
  try {
    registration = await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
      scope: import.meta.env.BASE_URL,
    });
  } catch {
    return; // a browser that refuses (private mode, storage blocked) keeps the atlas online-only
  }
  const reg = registration;
  if (!reg) return; // a browser that blocks workers without refusing (an automation setting) likewise
  // Another tab took up a new version: this page's code and data are the old build's, and the new
  // worker may no longer have the old build's files, so this page offers the reload too.
  if (navigator.serviceWorker.controller)
    navigator.serviceWorker.addEventListener("controllerchange", () => taking || set({ update: true }));
  // A waiting worker with a page already under the old one is a new version; the first install is not.
  const check = () => set({ update: !!(reg.waiting && navigator.serviceWorker.controller) });
  check();
  reg.addEventListener("updatefound", () => {
    const installing = reg.installing;
    installing?.addEventListener("statechange", () => installing.state === "installed" && check());
  });
}

/** How long the reader leaves the page alone before the worker starts saving it (a pause, not a deadline). */
const QUIET_MS = 3000;
const INPUTS = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

/**
 * Registers the worker once the reader pauses (no input for QUIET_MS) or leaves the tab: its first
 * install downloads the whole atlas (about 1.3 MB gzip), which on a small machine slows a click that
 * lands during it, so it waits for a moment without clicks.
 */
export function registerWhenQuiet(embedded: boolean): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    INPUTS.forEach((type) => window.removeEventListener(type, arm, true));
    document.removeEventListener("visibilitychange", onHidden);
    void registerServiceWorker(embedded);
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(go, QUIET_MS);
  };
  const onHidden = () => document.visibilityState === "hidden" && go();
  INPUTS.forEach((type) => window.addEventListener(type, arm, { capture: true, passive: true }));
  document.addEventListener("visibilitychange", onHidden);
  arm();
}

/** Takes up the waiting version: the new worker takes over, and the page loads again under it. */
let taking = false;
export function takeUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) return reloadPage();
  taking = true;
  navigator.serviceWorker.addEventListener("controllerchange", () => reloadPage(), { once: true });
  waiting.postMessage({ type: "SKIP_WAITING" });
}
