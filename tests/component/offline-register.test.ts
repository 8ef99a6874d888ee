// @vitest-environment jsdom
/**
 * Who gets the service worker (app/offline.ts): the full atlas in its own tab, in a production
 * build. An embed, any page in a frame (another site's page may not get a worker: it must work as
 * it always has, online) and the dev server register none.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const register = vi.fn(async () => ({ waiting: null, installing: null, addEventListener: () => {} }));

beforeEach(() => {
  vi.resetModules();
  register.mockClear();
  Object.defineProperty(navigator, "serviceWorker", { value: { register, controller: null }, configurable: true });
  vi.stubEnv("PROD", true);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

const load = () => import("../../src/app/offline");

describe("registering the service worker", () => {
  it("registers it for the atlas in its own tab, from the build's base", async () => {
    await (await load()).registerServiceWorker(false);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  });

  it("registers none for an embed", async () => {
    await (await load()).registerServiceWorker(true);
    expect(register).not.toHaveBeenCalled();
  });

  it("registers none in a frame, whatever the link says", async () => {
    await (await load()).registerServiceWorker(false, true);
    expect(register).not.toHaveBeenCalled();
  });

  it("registers none from the dev server", async () => {
    vi.stubEnv("PROD", false);
    await (await load()).registerServiceWorker(false);
    expect(register).not.toHaveBeenCalled();
  });

  it("keeps the atlas online-only where the browser refuses a worker, or blocks it without saying", async () => {
    register.mockRejectedValueOnce(new Error("SecurityError"));
    const offline = await load();
    await expect(offline.registerServiceWorker(false)).resolves.toBeUndefined();
    register.mockResolvedValueOnce(undefined as never);
    await expect(offline.registerServiceWorker(false)).resolves.toBeUndefined();
  });

  it("offers a new version when one waits under a page the old one serves, never on the first install", async () => {
    const waiting = { postMessage: vi.fn() };
    register.mockResolvedValue({ waiting, installing: null, addEventListener: () => {} } as never);
    // The first visit: a worker installed, but no page under one yet.
    let offline = await load();
    await offline.registerServiceWorker(false);
    expect(offline.offlineState().update).toBe(false);
    // A later visit, under the old worker, after a deploy.
    vi.resetModules();
    const listeners: Record<string, () => void> = {};
    Object.defineProperty(navigator, "serviceWorker", {
      value: { register, controller: {}, addEventListener: (type: string, f: () => void) => (listeners[type] = f) },
      configurable: true,
    });
    offline = await load();
    await offline.registerServiceWorker(false);
    expect(offline.offlineState().update).toBe(true);
    // Taking it asks the waiting worker to take over.
    offline.takeUpdate();
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: "SKIP_WAITING" });
  });

  it("offers the reload when another tab took up the new version", async () => {
    register.mockResolvedValue({ waiting: null, installing: null, addEventListener: () => {} } as never);
    const listeners: Record<string, () => void> = {};
    Object.defineProperty(navigator, "serviceWorker", {
      value: { register, controller: {}, addEventListener: (type: string, f: () => void) => (listeners[type] = f) },
      configurable: true,
    });
    const offline = await load();
    await offline.registerServiceWorker(false);
    expect(offline.offlineState().update).toBe(false);
    listeners.controllerchange();
    expect(offline.offlineState().update).toBe(true);
  });
});

describe("when the worker is registered", () => {
  afterEach(() => vi.useRealTimers());

  it("waits for the reader to pause: every click or key puts it off, and it registers once", async () => {
    vi.useFakeTimers();
    const offline = await load();
    offline.registerWhenQuiet(false);
    await vi.advanceTimersByTimeAsync(2000);
    window.dispatchEvent(new Event("pointerdown"));
    await vi.advanceTimersByTimeAsync(2000);
    window.dispatchEvent(new Event("keydown"));
    await vi.advanceTimersByTimeAsync(2999);
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(register).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event("pointerdown"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it("registers at once when the reader leaves the tab", async () => {
    vi.useFakeTimers();
    const offline = await load();
    offline.registerWhenQuiet(false);
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    await vi.advanceTimersByTimeAsync(0);
    expect(register).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
  });
});
