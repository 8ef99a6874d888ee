import { describe, expect, it, vi, type Mock } from "vitest";
import { moduleLoader } from "../../src/ui/module-loader";

/**
 * Waits for the loads started so far to settle. The loader attached its handlers to each load
 * when it started it, before this does, so once these settle the loader has seen the outcome
 * (rather than waiting a timer tick and hoping it was enough).
 */
const settled = (load: Mock) => Promise.allSettled(load.mock.results.map((r) => r.value));

describe("moduleLoader", () => {
  it("loads once however often it is preloaded", async () => {
    const load = vi.fn(async () => ({ default: 1 }));
    const loader = moduleLoader(load);
    loader.preload();
    loader.preload();
    await settled(load);
    loader.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("after a failed load, preload tries again", async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error("offline");
      return { default: 1 };
    });
    const loader = moduleLoader(load);
    loader.preload();
    await settled(load);
    fail = false;
    loader.preload();
    await settled(load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
