/**
 * The code that reads a deck's slides is fetched only for a page with a deck (app/main.tsx): the
 * first view's code stays smaller for every reader who never makes one. (Unit test files share
 * their modules, vite.config.ts isolate: false, so whether another file loaded the reader first is
 * not known here: what is tested is what the reader does once loaded. That the first view's code
 * leaves it out is what the build's chunks show.)
 */
import { describe, expect, it } from "vitest";
import { linkHasDeck, loadedDeckReader, parseView } from "../../src/state/view-state";

const REGIONS = new Set(["CN-GZ", "CN-TJ"]);
// One good slide (written loosely: the parser puts it in canonical form) and one that shows nothing.
const search = `?v=2&deck=${encodeURIComponent("s=region&r=cn-gz&v=2,s=nothing")}`;

describe("the deck's reader, loaded with a deck", () => {
  it("tells a link with a deck from one without, before any of it is read", () => {
    expect(linkHasDeck(search)).toBe(true);
    expect(linkHasDeck("?v=2&r=CN-GZ")).toBe(false);
    expect(linkHasDeck("")).toBe(false);
    expect(linkHasDeck("?%E0%A4%A=bad")).toBe(false);
  });

  it("checks each slide once its code is in, naming what it drops", async () => {
    await import("../../src/state/deck-reader");
    expect(loadedDeckReader()).not.toBeNull();
    const { view, ignored } = parseView(search, REGIONS);
    expect(view.deck).toHaveLength(1);
    expect(view.deck[0]).toMatch(/^s=region&/);
    expect(view.deck[0]).toContain("r=CN-GZ");
    expect(ignored).toContainEqual(expect.objectContaining({ name: "deck 2", reason: "not_slide" }));
  });
});
