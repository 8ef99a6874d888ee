// @vitest-environment jsdom
/**
 * Chinese exports carry their font inside the SVG (an SVG drawn through <img> loads nothing from
 * outside). The @font-face is written by embedFontFaces alone, from checked parts; chart markup
 * still cannot bring in a font, a URL or a script of its own.
 */
import { describe, expect, it } from "vitest";
import { composeSvg } from "../../src/features/export/lib/compose-svg";
import type { ExportSpec } from "../../src/features/export/lib/export-spec";
import { DEFAULT_EXPORT_THEMES } from "../../src/features/export/lib/export-themes";
import { sanitiseSvgMarkup } from "../../src/features/export/lib/svg-sanitise";
import { embedFontFaces } from "../../src/features/export/lib/svg-fonts";

/** Base64 of a few arbitrary bytes (the test needs valid base64, not a valid font). */
const B64 = btoa(String.fromCharCode(0x77, 0x4f, 0x46, 0x32, 0x00, 0x01, 0xff, 0xfe, 0x10));

function chineseExport(): string {
  const spec: ExportSpec = {
    width: 1200,
    height: 760,
    theme: DEFAULT_EXPORT_THEMES.light,
    title: "内蒙古：地方政府债务余额",
    subtitle: "债务余额（亿元），2024年末",
    legend: [{ label: "一般债务", swatch: { kind: "fill", colour: "#4c5ca6" } }],
    body: {
      kind: "svg",
      markup: '<svg viewBox="0 0 10 10"><text x="1" y="5">债务</text></svg>',
      width: 10,
      height: 10,
    },
    sourceLine: "来源：财政部",
    dataDate: "2024-12-31",
    permalink: "https://example.org/atlas/?r=CN-NM&lang=zh",
  };
  return composeSvg(spec);
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

/** Every url(...) target in the document, quotes stripped. */
const urls = (svg: string) => [...svg.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((m) => m[1]);

describe("embedFontFaces", () => {
  it("puts one @font-face per file first in the document, as data: URLs, and changes nothing else", () => {
    const svg = chineseExport();
    const out = embedFontFaces(svg, "Atlas CJK", 400, [
      { characters: "内蒙古", base64: B64 },
      { characters: "债务", base64: B64 },
    ]);
    const doc = parse(out);
    const root = doc.documentElement;
    expect(root.firstElementChild?.tagName).toBe("style");
    const css = root.firstElementChild!.textContent!;
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain('font-family:"Atlas CJK"');
    expect(css).toContain(`url("data:font/woff2;base64,${B64}")`);
    // 内 U+5185, 蒙 U+8499, 古 U+53E4; 债 U+503A, 务 U+52A1.
    expect(css).toContain("unicode-range:U+5185,U+53E4,U+8499");
    expect(css).toContain("unicode-range:U+503A,U+52A1");
    for (const target of urls(out)) expect(target).toMatch(/^(#|data:font\/woff2;base64,)/);
    expect(out.replace(/<style>[^<]*<\/style>/, "")).toBe(svg);
    // The export's own font stack names the embedded family.
    expect(root.getAttribute("font-family")).toContain('"Atlas CJK"');
  });

  it("leaves an SVG without fonts to embed as it was", () => {
    const svg = chineseExport();
    expect(embedFontFaces(svg, "Atlas CJK", 400, [])).toBe(svg);
  });

  it("refuses data that could carry anything but a font", () => {
    const svg = chineseExport();
    const bad = [
      () =>
        embedFontFaces(svg, "Atlas CJK", 400, [
          { characters: "债务", base64: `${B64}") } @import url("https://evil.example/x.css` },
        ]),
      () => embedFontFaces(svg, "Atlas CJK", 400, [{ characters: "债务", base64: "" }]),
      () =>
        embedFontFaces(svg, "Atlas CJK", 400, [{ characters: "债务}</style><script>alert(1)</script>", base64: B64 }]),
      () =>
        embedFontFaces(svg, 'X"; } @import url(https://evil.example/x.css); {', 400, [
          { characters: "债务", base64: B64 },
        ]),
      () => embedFontFaces(svg, "Atlas CJK", Number.NaN, [{ characters: "债务", base64: B64 }]),
      () => embedFontFaces("<p>not svg</p>", "Atlas CJK", 400, [{ characters: "债务", base64: B64 }]),
    ];
    for (const call of bad) expect(call).toThrow();
  });
});

describe("chart markup still cannot bring its own fonts, URLs or scripts", () => {
  it("drops @font-face (data: or http), external url() and script from chart markup", () => {
    const hostile =
      "<svg><style>@font-face{font-family:x;src:url(data:font/woff2;base64,AAAA)} " +
      "@font-face{font-family:y;src:url(https://evil.example/f.woff2)} text{fill:red}</style>" +
      '<script>alert(1)</script><text style="font-family:x;background:url(https://evil.example/t.png)">债务</text></svg>';
    const clean = sanitiseSvgMarkup(hostile);
    expect(clean).not.toMatch(/@font-face/i);
    expect(clean).not.toMatch(/data:/i);
    expect(clean).not.toContain("evil.example");
    expect(clean).not.toMatch(/<script/i);
    expect(clean).toContain("债务");
  });

  it("a composed export with chart markup carrying a font embeds only the fonts given to embedFontFaces", () => {
    const spec: ExportSpec = {
      width: 800,
      height: 500,
      theme: DEFAULT_EXPORT_THEMES.light,
      title: "债务",
      subtitle: "",
      legend: [],
      body: {
        kind: "svg",
        markup:
          '<svg viewBox="0 0 10 10"><style>@font-face{font-family:z;src:url(data:font/woff2;base64,QUJD)}</style><text>债务</text></svg>',
        width: 10,
        height: 10,
      },
      sourceLine: "",
      dataDate: "2024-12-31",
      permalink: "https://example.org/",
    };
    const out = embedFontFaces(composeSvg(spec), "Atlas CJK", 400, [{ characters: "债务", base64: B64 }]);
    expect(out.match(/@font-face/g)).toHaveLength(1);
    expect(out).not.toContain("QUJD");
    parse(out);
  });
});
