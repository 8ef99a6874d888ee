// @vitest-environment jsdom
/**
 * setView merges into the view the address holds when it is called, not the one its caller's render
 * saw: "Add to deck" fetches its code before it sets the deck, and a language switched in between
 * was once undone by it.
 */
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useViewState } from "../../src/state/use-view-state";

const REGIONS = new Set(["CN-GZ", "CN-TJ"]);

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});

describe("setView", () => {
  it("keeps a change made after the caller's render when it sets another field", () => {
    window.history.replaceState(null, "", "/?v=2&lang=zh");
    const { result } = renderHook(() => useViewState(REGIONS));
    // A caller holding the setView of this render (as an async click handler does)...
    const stale = result.current.setView;
    expect(result.current.view.lang).toBe("zh");
    // ...while the reader switches language...
    act(() => result.current.setView({ lang: "en" }));
    expect(result.current.view.lang).toBe("en");
    // ...then sets something else: the language stays as the reader left it.
    act(() => stale({ region: "CN-GZ" }, "replace"));
    expect(result.current.view).toMatchObject({ lang: "en", region: "CN-GZ" });
    expect(new URLSearchParams(window.location.search).get("lang")).toBe("en");
  });
});
