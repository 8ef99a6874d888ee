import { describe, expect, it } from "vitest";
import {
  embedUrl,
  frameSize,
  iframeSnippet,
  viewLink,
  type EmbedOptions,
} from "../../src/features/share/lib/embed-code";
import { DEFAULT_VIEW, parseView } from "../../src/state/view-state";

const base = "https://example.org/atlas/";
const view = { ...DEFAULT_VIEW, region: "CN-NM", metric: "debt_gdp" as const, theme: "dark" as const };
const options: EmbedOptions = {
  subject: "map",
  size: "960x540",
  custom: { width: 800, height: 600 },
  controls: false,
  static: false,
  transparent: false,
};

describe("share links and embed code", () => {
  it("the link reproduces the view and carries no render flags", () => {
    const link = viewLink(base, view);
    expect(link).toBe("https://example.org/atlas/?v=2&r=CN-NM&m=debt_gdp&theme=dark");
    const parsed = parseView(new URL(link).search, new Set(["CN-NM"]));
    expect(parsed.view).toEqual(view);
    expect(parsed.flags.embed).toBe(false);
  });

  it("the embed URL names the subject and the chosen flags", () => {
    const url = embedUrl(base, view, {
      ...options,
      subject: "region",
      controls: true,
      static: true,
      transparent: true,
    });
    const parsed = parseView(new URL(url).search, new Set(["CN-NM"]));
    expect(parsed.view).toEqual({ ...view, view: "region" });
    expect(parsed.flags).toEqual({ embed: true, controls: true, static: true, transparent: true });
  });

  it("a region chart needs a region: without one the embed shows the map", () => {
    const url = embedUrl(base, { ...view, region: null }, { ...options, subject: "region" });
    expect(new URL(url).searchParams.get("view")).toBeNull();
  });

  it.each([
    ["640x480", { width: 640, height: 480 }],
    ["1920x1080", { width: 1920, height: 1080 }],
    ["responsive", null],
  ] as const)("size %s", (size, expected) => {
    expect(frameSize({ size, custom: options.custom })).toEqual(expected);
  });

  it("custom sizes are clamped to 320x240 … 1920x1080", () => {
    expect(frameSize({ size: "custom", custom: { width: 100, height: 5000 } })).toEqual({ width: 320, height: 1080 });
    expect(frameSize({ size: "custom", custom: { width: Number.NaN, height: 700 } })).toEqual({
      width: 320,
      height: 700,
    });
  });

  it("the iframe snippet has the size, a title and escaped attributes", () => {
    const snippet = iframeSnippet('https://x.org/?a=1&b="2"', 'Debt <b>"map"</b>', {
      size: "640x480",
      custom: options.custom,
    });
    expect(snippet).toBe(
      '<iframe src="https://x.org/?a=1&amp;b=&quot;2&quot;" title="Debt &lt;b&gt;&quot;map&quot;&lt;/b&gt;" loading="lazy" width="640" height="480" style="border:0"></iframe>',
    );
  });

  it("a responsive snippet fills the width and is marked for the host script", () => {
    expect(iframeSnippet(base, "t", { size: "responsive", custom: options.custom })).toContain(
      'data-atlas-embed style="border:0;width:100%"',
    );
  });
});

describe("the link and the embed speak the sender's language", () => {
  const langOf = (url: string) => parseView(new URL(url).search, new Set(["CN-NM"])).view.lang;

  it("a reader in Chinese sends lang=zh, whether chosen in the link or taken from the browser", () => {
    expect(langOf(viewLink(base, view, "zh"))).toBe("zh");
    expect(langOf(viewLink(base, { ...view, lang: "zh" }, "zh"))).toBe("zh");
  });

  it("English is the default: a link read in English adds no lang, but keeps one the sender chose", () => {
    expect(new URL(viewLink(base, view, "en")).searchParams.has("lang")).toBe(false);
    expect(viewLink(base, view)).toBe(viewLink(base, view, "en"));
    expect(langOf(viewLink(base, { ...view, lang: "en" }, "en"))).toBe("en");
  });

  it("the embed URL, and so the iframe code, carry lang=zh with the render flags", () => {
    const url = embedUrl(base, view, options, "zh");
    const parsed = parseView(new URL(url).search, new Set(["CN-NM"]));
    expect(parsed.view.lang).toBe("zh");
    expect(parsed.flags.embed).toBe(true);
    expect(iframeSnippet(url, "标题", options)).toContain("lang=zh");
    expect(new URL(embedUrl(base, view, options, "en")).searchParams.has("lang")).toBe(false);
  });
});
