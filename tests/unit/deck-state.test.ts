/**
 * The deck in the URL: slides written and read back through the link's own table of parameters,
 * bad slides dropped and named, presenting kept within the deck, and a shared view or embed never
 * carrying the presenter's deck.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addSlide,
  deckLink,
  LONG_LINK,
  moveSlide,
  removeSlide,
  retitleSlide,
  slideOf,
  slideView,
} from "../../src/state/deck";
import { viewLink } from "../../src/state/view-link";
import { MAX_SLIDES, SLIDE_SUBJECTS } from "../../src/state/url-params";
// The deck's reader registers itself with the parser as it loads, as on a page with a deck.
import { deckSlides, writeSlide } from "../../src/state/deck-reader";
import { DEFAULT_VIEW, parseView, serialiseView, type ViewState } from "../../src/state/view-state";
import { embedUrl } from "../../src/features/share/lib/embed-code";

const REGIONS = new Set(["CN-GZ", "CN-TJ", "CN-NM"]);
const view = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const guizhou = view({ region: "CN-GZ", metric: "debt_gdp", period: "2023" });

/** A link's round trip: what the page writes into its address, read back as a reader's browser would. */
const reopen = (v: ViewState) => parseView(new URL(`https://a.example/${serialiseView(v)}`).search, REGIONS);

describe("a deck in the link", () => {
  it("keeps each slide's view exactly, with its subject, theme, language and title", () => {
    let v = view();
    v = { ...v, ...addSlide(v.deck, slideOf(guizhou, "region", "dark", "zh"))! };
    v = {
      ...v,
      ...addSlide(v.deck, slideOf(view({ view: "compare", compare: ["CN-TJ", "CN-GZ"] }), "compare", "light", "en"))!,
    };
    v = { ...v, ...retitleSlide(v.deck, 1, "Tianjin, Guizhou: 天津 & 贵州, 100%", REGIONS), deckTitle: "Debt, 2026" };
    const { view: back, ignored } = reopen(v);
    expect(ignored).toEqual([]);
    const slides = deckSlides(back, REGIONS);
    expect(slides.map((s) => s.subject)).toEqual(["region", "compare"]);
    expect(slides[0].view).toMatchObject({
      region: "CN-GZ",
      metric: "debt_gdp",
      period: "2023",
      theme: "dark",
      lang: "zh",
    });
    expect(slides[1].view.compare).toEqual(["CN-TJ", "CN-GZ"]);
    expect(slides[1].title).toBe("Tianjin, Guizhou: 天津 & 贵州, 100%");
    expect(back.deckTitle).toBe("Debt, 2026");
  });

  it("drops a slide it cannot read and names it, keeping the others", () => {
    const good = writeSlide({ subject: "map", view: view(), title: "" });
    const q = new URLSearchParams({ v: "2", deck: [good, "s=region&r=CN-XX", "s=nonsense", good].join(",") });
    const { view: v, ignored } = parseView(q.toString(), REGIONS);
    expect(v.deck).toHaveLength(2);
    expect(ignored.filter((i) => i.reason === "not_slide").map((i) => i.name)).toEqual(["deck 2", "deck 3"]);
  });

  it("names a bad value inside a kept slide with the slide's number", () => {
    const q = new URLSearchParams({ v: "2", deck: "s=map&m=nonsense" });
    const { view: v, ignored } = parseView(q.toString(), REGIONS);
    expect(v.deck).toEqual(["s=map"]);
    expect(ignored).toEqual([{ name: "deck 1: m", value: "nonsense", reason: "not_metric" }]);
  });

  it("keeps at most MAX_SLIDES slides, and says so", () => {
    const deck = Array.from({ length: MAX_SLIDES + 3 }, () => "s=map").join(",");
    const { view: v, ignored } = parseView(new URLSearchParams({ deck }).toString(), REGIONS);
    expect(v.deck).toHaveLength(MAX_SLIDES);
    expect(ignored.map((i) => i.reason)).toContain("too_many_slides");
    expect(addSlide(v.deck, slideOf(view(), "map", "light", "en"))).toBeNull();
  });

  it("never nests a deck inside a slide", () => {
    const inner = new URLSearchParams({ s: "map", deck: "s=map", present: "1" }).toString();
    const { view: v, ignored } = parseView(new URLSearchParams({ deck: inner }).toString(), REGIONS);
    expect(v.deck).toEqual(["s=map"]);
    expect(ignored.map((i) => i.name)).toEqual(["deck 1: deck", "deck 1: present"]);
  });

  it("names what a slide does not use: a second subject or title, a render flag; and trims its title", () => {
    const inner = "s=map&embed=1&static=1&t= a &t=b&s=national";
    const { view: v, ignored } = parseView(new URLSearchParams({ deck: inner }).toString(), REGIONS);
    expect(deckSlides(v, REGIONS)[0]).toMatchObject({ subject: "map", title: "a" });
    expect(ignored).toEqual([
      { name: "deck 1: s", value: "national", reason: "repeated" },
      { name: "deck 1: t", value: "b", reason: "repeated" },
      { name: "deck 1: embed", value: "1", reason: "not_in_slide" },
      { name: "deck 1: static", value: "1", reason: "not_in_slide" },
    ]);
  });

  it("keeps the data release the deck's, never a slide's: a pinned view's slide is written without it", () => {
    const { ignored } = parseView(new URLSearchParams({ deck: "s=map&vintage=2026-12-03" }).toString(), REGIONS);
    expect(ignored).toEqual([{ name: "deck 1: vintage", value: "2026-12-03", reason: "not_in_slide" }]);
    const written = writeSlide({ subject: "map", view: view({ vintage: "2026-12-03" }), title: "" });
    expect(written).not.toContain("vintage");
    // The deck's own link keeps the page's release.
    const link = new URL(deckLink("https://example.org/", view({ deck: [written], vintage: "2026-12-03" }), "en"));
    expect(link.searchParams.get("vintage")).toBe("2026-12-03");
    expect(new URL(deckLink("https://example.org/", view({ deck: [written] }), "en")).searchParams.has("vintage")).toBe(
      false,
    );
  });

  it("presents only slides the deck has", () => {
    const deck = ["s=map", "s=national"];
    expect(
      parseView(new URLSearchParams({ deck: deck.join(","), present: "2" }).toString(), REGIONS).view.present,
    ).toBe(2);
    const past = parseView(new URLSearchParams({ deck: deck.join(","), present: "9" }).toString(), REGIONS);
    expect(past.view.present).toBe(2);
    expect(past.ignored).toEqual([{ name: "present", value: "9", reason: "no_such_slide" }]);
    const none = parseView("present=1", REGIONS);
    expect(none.view.present).toBeNull();
    expect(none.ignored).toEqual([{ name: "present", value: "1", reason: "present_needs_deck" }]);
    expect(parseView("deck=s%3Dmap&present=0", REGIONS).ignored[0].reason).toBe("not_slide_number");
  });

  it("reads back any deck it writes, with nothing ignored", () => {
    const subject = fc.constantFrom(...SLIDE_SUBJECTS);
    const slide = fc.record({
      subject,
      // Any text a presenter types: Chinese, emoji (two code units each), as the link trims it.
      title: fc.string({ unit: "grapheme", maxLength: 100 }).map((t) => t.trim()),
      metric: fc.constantFrom("balance", "debt_gdp", "debt_revenue"),
      // A view's values are as a link reads them: trimmed.
      query: fc.string({ unit: "grapheme", maxLength: 60 }).map((q) => q.trim()),
    });
    fc.assert(
      fc.property(
        fc.array(slide, { maxLength: 8 }),
        fc.string({ maxLength: 100 }).map((t) => t.trim()),
        (slides, deckTitle) => {
          let v = view({ deckTitle });
          for (const s of slides) {
            const seen = view({
              region: "CN-GZ",
              prefecture: "520100",
              metric: s.metric as ViewState["metric"],
              query: s.query,
            });
            v = { ...v, ...addSlide(v.deck, { ...slideOf(seen, s.subject, "projector", "en"), title: s.title })! };
          }
          const { view: back, ignored } = reopen(v);
          expect(ignored).toEqual([]);
          expect(back).toEqual(v);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the deck's link", () => {
  it("stays short enough to share with fifteen slides titled in Chinese", () => {
    let v = view();
    for (let k = 0; k < 15; k++)
      v = {
        ...v,
        ...addSlide(v.deck, {
          ...slideOf(view({ region: "CN-GZ", metric: "debt_gdp" }), "region", "projector", "zh"),
          title: "贵州省地方政府债务余额与化债进展第十五页",
        })!,
      };
    const link = deckLink("https://atlas.example/", v, "zh");
    // Each Chinese character once percent-escaped (9 characters), not twice (15).
    expect(link.length).toBeLessThan(LONG_LINK);
    expect(link).not.toContain("%25E8");
  });
});

describe("changing the deck", () => {
  const deck = ["s=map", "s=national", "s=events"];
  it("moves a slide up or down, and nowhere past the ends", () => {
    expect(moveSlide(deck, 2, 0).deck).toEqual(["s=events", "s=map", "s=national"]);
    expect(moveSlide(deck, 0, 1).deck).toEqual(["s=national", "s=map", "s=events"]);
    expect(moveSlide(deck, 0, -1).deck).toEqual(deck);
    expect(moveSlide(deck, 2, 3).deck).toEqual(deck);
  });
  it("removes a slide and stays on the slide being presented", () => {
    expect(removeSlide({ deck, present: 3 }, 0)).toEqual({ deck: ["s=national", "s=events"], present: 2 });
    expect(removeSlide({ deck, present: 3 }, 2)).toEqual({ deck: ["s=map", "s=national"], present: 2 });
    expect(removeSlide({ deck: ["s=map"], present: 1 }, 0)).toEqual({ deck: [], present: null });
    expect(removeSlide({ deck, present: null }, 1)).toEqual({ deck: ["s=map", "s=events"], present: null });
  });
  it("gives a slide back its own title when its title is cleared", () => {
    const titled = retitleSlide(deck, 0, "  My map  ", REGIONS).deck;
    expect(deckSlides(view({ deck: titled }), REGIONS)[0].title).toBe("My map");
    expect(retitleSlide(titled, 0, "", REGIONS).deck[0]).toBe("s=map");
  });
  it("shows a slide's subject in its own view", () => {
    const s = slideOf(view({ region: "CN-GZ", prefecture: "520100" }), "prefectures", "light", "en");
    expect(slideView(s)).toMatchObject({ view: "region", prefecture: null });
    expect(slideView({ ...s, subject: "prefecture" })).toMatchObject({ view: "region", prefecture: "520100" });
    expect(slideView({ ...s, subject: "map" }).view).toBe("map");
  });
});

describe("what is shared", () => {
  const withDeck = view({ region: "CN-GZ", deck: ["s=map"], deckTitle: "Mine" });
  it("a view's link and embed leave the presenter's deck out", () => {
    expect(viewLink("https://a.example/", withDeck)).not.toMatch(/deck|dt=/);
    const options = {
      subject: "map",
      size: "960x540",
      custom: { width: 800, height: 600 },
      controls: false,
      static: false,
      transparent: false,
    } as const;
    expect(embedUrl("https://a.example/", withDeck, options)).not.toMatch(/deck|dt=/);
  });
  it("the deck's link opens the deck on its first slide", () => {
    const link = new URL(deckLink("https://a.example/", withDeck, "zh"));
    const { view: v } = parseView(link.search, REGIONS);
    expect(v).toMatchObject({ deck: ["s=map"], deckTitle: "Mine", present: 1, lang: "zh", region: null });
  });
});
