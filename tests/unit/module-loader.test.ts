import { describe, expect, it, vi } from "vitest";
import { moduleLoader } from "../../src/ui/module-loader";

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("moduleLoader", () => {
  it("loads once however often it is preloaded", async () => {
    const load = vi.fn(async () => ({ default: 1 }));
    const loader = moduleLoader(load);
    loader.preload();
    loader.preload();
    await flush();
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
    await flush();
    fail = false;
    loader.preload();
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
