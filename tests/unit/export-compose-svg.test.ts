// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { composeSvg } from "../../src/features/export/lib/compose-svg";
import type { ExportBody, ExportSpec } from "../../src/features/export/lib/export-spec";
import { DEFAULT_EXPORT_THEMES } from "../../src/features/export/lib/export-themes";
import { sanitiseSvgMarkup } from "../../src/features/export/lib/svg-sanitise";
import { textUnits, wrapText } from "../../src/features/export/lib/svg-text";

const mapBody: ExportBody = {
  kind: "map",
  viewBox: [800, 600],
  shapes: [
    { d: "M10 10L100 10L100 100Z", fill: "#fde68a" },
    { d: "M200 200l50 0l0 50z", fill: "#b91c1c", key: true, selected: true },
    { d: "M300 300h40v40h-40z", fill: "hatch-none", noData: true },
  ],
  keyColour: "#c2410c",
  noDataDot: "#8b8f99",
  strokeColour: "#ffffff",
};

function spec(overrides: Partial<ExportSpec> = {}): ExportSpec {
  return {
    width: 1600,
    height: 900,
    theme: DEFAULT_EXPORT_THEMES.light,
    title: "Debt / GDP, 2024: Inner Mongolia 内蒙古",
    subtitle: "Statutory local government debt balance ÷ GDP of the same year × 100, whole province",
    legendTitle: "Debt / GDP (%)",
    legend: [
      { label: "< 20%", swatch: { kind: "fill", colour: "#fde68a" } },
      { label: "Key high-debt region", swatch: { kind: "hatch", colour: "#ffffff", stroke: "#c2410c" } },
      { label: "No data", swatch: { kind: "dots", colour: "#ffffff", dot: "#8b8f99" } },
    ],
    body: mapBody,
    sourceLine: "Source: Ministry of Finance, local government debt disclosure platform; NBS GDP.",
    dataDate: "2024-12-31",
    permalink: "https://example.org/atlas/?r=CN-NM&m=debt_gdp&y=2024",
    ...overrides,
  };
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

/** Every href in the output, of any namespace, and every url() target. */
function references(svg: string): string[] {
  const hrefs = [...svg.matchAll(/\shref\s*=\s*"([^"]*)"|xlink:href\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? m[2]);
  const urls = [...svg.matchAll(/url\(([^)]*)\)/gi)].map((m) => m[1]);
  return [...hrefs, ...urls];
}

function expectSelfContained(svg: string) {
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toMatch(/<image/i);
  expect(svg).not.toMatch(/@import/i);
  expect(svg).not.toMatch(/\son\w+\s*=/i);
  for (const ref of references(svg)) expect(ref.replace(/["'\s]/g, "")).toMatch(/^#/);
}

describe("composeSvg", () => {
  it("is a well-formed SVG document of the requested size", () => {
    const doc = parse(composeSvg(spec()));
    const root = doc.documentElement;
    expect(root.localName).toBe("svg");
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("width")).toBe("1600");
    expect(root.getAttribute("height")).toBe("900");
    expect(root.getAttribute("viewBox")).toBe("0 0 1600 900");
  });

  it("draws the title, subtitle, source, data date and permalink as text", () => {
    const doc = parse(composeSvg(spec()));
    const text = Array.from(doc.getElementsByTagName("text"))
      .map((t) => t.textContent)
      .join("\n");
    expect(text).toContain("Debt / GDP, 2024: Inner Mongolia 内蒙古");
    expect(text).toContain("whole province");
    expect(text).toContain("Ministry of Finance");
    expect(text).toContain("Data: 2024-12-31");
    expect(text).toContain("https://example.org/atlas/?r=CN-NM&m=debt_gdp&y=2024");
    expect(text).toContain("Key high-debt region");
    // The permalink is text, not a link: no <a> and no external reference.
    expect(doc.getElementsByTagName("a")).toHaveLength(0);
  });

  it("escapes markup and quotes in every text it writes", () => {
    const hostile = `<script>alert(1)</script> & "x" 'y'`;
    const svg = composeSvg(
      spec({ title: hostile, subtitle: hostile, sourceLine: hostile, legendTitle: hostile, permalink: hostile }),
    );
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &apos;y&apos;");
    const doc = parse(svg);
    expect(doc.getElementsByTagName("script")).toHaveLength(0);
    expect(doc.querySelector("text.title")?.textContent).toBe(hostile);
    expect(doc.documentElement.getAttribute("aria-label")).toBe(hostile);
    expectSelfContained(svg);
  });

  it("draws one path per map shape, plus a hatch overlay per key region and an outline for the selected one", () => {
    const doc = parse(composeSvg(spec()));
    const shapes = doc.querySelectorAll("path.shape");
    expect(shapes).toHaveLength(3);
    expect(doc.querySelectorAll("path.key-overlay")).toHaveLength(1);
    expect(doc.querySelectorAll("path.selected-outline")).toHaveLength(1);
    // On a halo in the page's colour, drawn just before it.
    const outline = doc.querySelector("path.selected-outline")!;
    expect(outline.previousElementSibling?.getAttribute("class")).toBe("outline-halo");
    expect(outline.previousElementSibling?.getAttribute("stroke")).toBe(
      mapBody.kind === "map" ? mapBody.strokeColour : "",
    );
    expect(shapes[0].getAttribute("fill")).toBe("#fde68a");
    // The no-data shape is filled with the dot pattern, defined in <defs> under a local id.
    const noDataFill = shapes[2].getAttribute("fill")!;
    const id = /^url\(#([^)]+)\)$/.exec(noDataFill)?.[1];
    expect(id).toBeTruthy();
    expect(doc.getElementById(id!)?.localName).toBe("pattern");
    expect(doc.getElementById(id!)?.querySelector("circle")?.getAttribute("fill")).toBe("#8b8f99");
    const keyFill = doc.querySelector("path.key-overlay")!.getAttribute("fill")!;
    expect(doc.getElementById(/#([^)]+)/.exec(keyFill)![1])?.localName).toBe("pattern");
  });

  it("draws the key regions as on screen: a two-tone hatch, and a halo under the outline in the page's colour", () => {
    const doc = parse(composeSvg(spec()));
    const body = spec().body as Extract<ReturnType<typeof spec>["body"], { kind: "map" }>;
    const halo = doc.querySelector("path.key-halo")!;
    const outline = doc.querySelector("path.key-overlay")!;
    expect(halo.getAttribute("d")).toBe(outline.getAttribute("d"));
    // Drawn first: the outline lies on it.
    expect(halo.compareDocumentPosition(outline) & 4).toBe(4);
    expect(halo.getAttribute("stroke")).toBe(body.strokeColour);
    expect(halo.getAttribute("fill")).toBe("none");
    const pattern = doc.getElementById(/#([^)]+)/.exec(outline.getAttribute("fill")!)![1])!;
    // One line in the page's colour and one in the text's, so the hatch shows on a tint and on a dark class alike.
    expect([...pattern.querySelectorAll("line")].map((l) => l.getAttribute("stroke"))).toEqual([
      body.strokeColour,
      DEFAULT_EXPORT_THEMES.light.text,
    ]);
    expect(outline.getAttribute("stroke")).toBe(body.keyColour);
  });

  it("keeps the map's aspect ratio and stays inside the canvas", () => {
    const doc = parse(composeSvg(spec()));
    const transform = doc.querySelector("g.map")!.getAttribute("transform")!;
    const [, tx, ty, k] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/.exec(transform)!.map(Number);
    expect(k).toBeGreaterThan(0);
    expect(tx).toBeGreaterThanOrEqual(0);
    expect(tx + 800 * k).toBeLessThanOrEqual(1600);
    expect(ty + 600 * k).toBeLessThanOrEqual(900);
  });

  it("puts the legend under the body on a tall canvas and beside it on a 16:9 slide when that enlarges the body", () => {
    const layout = (width: number, height: number) => {
      const doc = parse(composeSvg(spec({ width, height })));
      const [, tx, ty, k] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/
        .exec(doc.querySelector("g.map")!.getAttribute("transform")!)!
        .map(Number);
      const label = doc.querySelector("text.legend-label")!;
      return {
        right: tx + 800 * k,
        bottom: ty + 600 * k,
        x: Number(label.getAttribute("x")),
        y: Number(label.getAttribute("y")),
      };
    };
    const tall = layout(600, 800);
    expect(tall.y).toBeGreaterThan(tall.bottom);
    const slide = layout(1920, 1080);
    expect(slide.x).toBeGreaterThan(slide.right);
    expect(slide.y).toBeLessThan(slide.bottom);
  });

  it("uses ids that differ between exports, so two previews on one page do not clash", () => {
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const a = ids(composeSvg(spec()));
    const b = ids(composeSvg(spec({ theme: DEFAULT_EXPORT_THEMES.dark })));
    expect(new Set(a).size).toBe(a.length);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it("omits the background for a transparent theme and scales type for the projector", () => {
    const transparent = parse(composeSvg(spec({ theme: { ...DEFAULT_EXPORT_THEMES.light, background: null } })));
    expect(transparent.querySelector("rect.background")).toBeNull();
    const size = (svg: string) => Number(parse(svg).querySelector("text.title")!.getAttribute("font-size"));
    expect(size(composeSvg(spec({ theme: DEFAULT_EXPORT_THEMES.projector })))).toBeGreaterThan(
      size(composeSvg(spec())),
    );
    expect(size(composeSvg(spec({ width: 400, height: 300 })))).toBeGreaterThanOrEqual(18);
  });

  it("wraps a long subtitle into several lines", () => {
    const long = "Statutory local government debt balance of the province at the end of the period, ".repeat(4);
    const doc = parse(composeSvg(spec({ width: 800, height: 600, subtitle: long })));
    expect(doc.querySelectorAll("text.subtitle").length).toBeGreaterThan(1);
  });

  it("embeds a chart body as a sanitised nested svg keeping its viewBox", () => {
    const markup =
      '<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" width="420" height="260" viewBox="0 0 420 260" onload="alert(1)">' +
      '<defs><clipPath id="recharts1-clip"><rect x="0" y="0" width="400" height="240"/></clipPath></defs>' +
      '<g clip-path="url(#recharts1-clip)"><rect x="10" y="20" width="30" height="200" fill="#4c5ca6"/></g>' +
      '<script>alert(2)</script><image href="http://evil.example/x.png"/>' +
      '<text x="5" y="250" style="font-size:11px;fill:#5b5f6a">2024</text></svg>';
    const svg = composeSvg(spec({ body: { kind: "svg", markup, width: 420, height: 260 }, legend: [] }));
    expectSelfContained(svg);
    const doc = parse(svg);
    const nested = doc.querySelector("svg.chart")!;
    expect(nested.getAttribute("viewBox")).toBe("0 0 420 260");
    expect(nested.querySelector("clipPath#recharts1-clip")).not.toBeNull();
    expect(nested.querySelectorAll("rect")).toHaveLength(2);
    expect(nested.querySelector("text")?.textContent).toBe("2024");
    expect(Number(nested.getAttribute("width")) / Number(nested.getAttribute("height"))).toBeCloseTo(420 / 260, 2);
  });
});

describe("sanitiseSvgMarkup", () => {
  const clean = (markup: string) => {
    const out = sanitiseSvgMarkup(markup);
    expectSelfContained(out);
    return out;
  };

  it("keeps ordinary chart markup and its local references", () => {
    const out = clean(
      '<svg viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
        '<rect fill="url(#g)" width="10" height="10"/><use xlink:href="#g"/><use href="#g"/><text>a &amp; b</text></svg>',
    );
    expect(out).toContain('fill="url(#g)"');
    expect(out).toContain('xlink:href="#g"');
    expect(out).toContain('<use href="#g"/>');
    expect(out).toContain("<linearGradient");
    expect(out).toContain("<text>a &amp; b</text>");
    expect(parse(out).documentElement.getAttribute("viewBox")).toBe("0 0 10 10");
  });

  it.each([
    ["script element", "<svg><script>alert(1)</script><rect/></svg>"],
    [
      "script in any case and with a prefix",
      '<svg><SCRIPT type="text/javascript">alert(1)</SCRIPT><svg:script>alert(2)</svg:script></svg>',
    ],
    ["script containing a fake end tag in a string", '<svg><script>var s="<rect/>";</script></svg>'],
    ["self-closing script with src", '<svg><script href="http://evil/x.js"/></svg>'],
    [
      "foreignObject with HTML",
      '<svg><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"></div></foreignObject></svg>',
    ],
    ["image", '<svg><image href="http://evil/x.png"/><IMAGE xlink:href="data:image/png;base64,AAAA"/></svg>'],
    [
      "event handlers, any quoting and case",
      `<svg onload="alert(1)"><rect ONCLICK='alert(2)' onmouseover=alert(3) width="1"/></svg>`,
    ],
    [
      "javascript: link",
      '<svg><a href="javascript:alert(1)"><text>x</text></a><a xlink:href=" JavaScript:alert(2)">y</a></svg>',
    ],
    [
      "entity-encoded external href",
      '<svg><use href="&#x68;ttp://evil/x.svg#a"/><use href="&#104;ttp://evil/y.svg#b"/></svg>',
    ],
    ["external use", "<svg><use xlink:href=\"http://evil/sprite.svg#icon\"/><use href='//evil/x#y'/></svg>"],
    [
      "url() to outside in attributes",
      '<svg><rect fill="url(http://evil/p.svg#x)" filter="URL( \'https://evil/f.svg#f\' )" mask="url(&quot;//evil#m&quot;)"/></svg>',
    ],
    [
      "url() to outside in a style attribute",
      '<svg><rect style="fill: url(https://evil/x.svg#p); stroke: red; background-image: url(data:image/png;base64,AA)"/></svg>',
    ],
    [
      "style element with @import, font-face and url()",
      '<svg><style>@import url(http://evil/a.css); @import "http://evil/b.css"; @font-face { font-family: x; src: url(http://evil/f.woff) } rect { fill: url(http://evil/p#x) }</style></svg>',
    ],
    [
      "CSS escapes hiding url()",
      '<svg><rect style="fill: \\75 rl(http://evil/x#p)"/><style>rect{fill:\\75rl(http://evil/x#p)}</style></svg>',
    ],
    ["image-set with bare strings", "<svg><rect style=\"fill: image-set('http://evil/x.png' 1x)\"/></svg>"],
    [
      "animation that could set an href",
      '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="href" to="http://evil"/><text>x</text></a></svg>',
    ],
    [
      "feImage, iframe, embed, object",
      '<svg><filter><feImage href="http://evil/x.png"/></filter><iframe src="http://evil"></iframe><embed src="x"/><object data="x"></object></svg>',
    ],
    [
      "xml-stylesheet and doctype with external entity",
      '<?xml-stylesheet href="http://evil/s.css"?><!DOCTYPE svg [<!ENTITY x SYSTEM "http://evil/e">]><svg><text>&x;</text></svg>',
    ],
    [
      "xml:base and unknown namespaces",
      '<svg xml:base="http://evil/"><h:div xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></h:div><rect evil:href="http://x" xmlns:evil="urn:x"/></svg>',
    ],
    ["unclosed and unbalanced tags", '<svg><g><rect width="1"><script>alert(1)'],
    ["attribute with > inside quotes", '<svg><rect title="a > b" onclick="alert(1)" width="2"/></svg>'],
  ])("neutralises %s", (_name, markup) => {
    const out = clean(markup);
    parse(out); // always well-formed
    expect(out).not.toMatch(/alert|evil|javascript/i);
  });

  it("repairs markup into well-formed XML and drops a tag it cannot read", () => {
    const out = clean('<svg><g><rect width="1"></g><text>1 < 2 & 3</text><rect width="2');
    const doc = parse(out);
    expect(doc.querySelectorAll("rect")).toHaveLength(1);
    expect(doc.querySelector("text")?.textContent).toBe("1 < 2 & 3");
  });

  it("keeps the camelCase SVG element names and drops stray HTML", () => {
    const out = clean('<svg><clippath id="c"><rect/></clippath><div>x</div><p>y</p></svg>');
    expect(out).toContain('<clipPath id="c">');
    expect(out).not.toMatch(/<div|<p>/);
  });
});

describe("text estimates", () => {
  it("counts CJK characters double", () => {
    expect(textUnits("abc")).toBe(3);
    expect(textUnits("内蒙古")).toBe(6);
    expect(textUnits("𠀀")).toBe(2); // outside the BMP
  });

  it("wraps at spaces, between CJK characters, and hard-breaks a long URL", () => {
    expect(wrapText("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrapText("内蒙古自治区债务", 6)).toEqual(["内蒙古", "自治区", "债务"]);
    expect(wrapText("https://example.org/a/b/c", 10)).toEqual(["https://ex", "ample.org/", "a/b/c"]);
  });

  it("ends a cut text with an ellipsis within the budget", () => {
    const lines = wrapText("one two three four five six", 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(textUnits(lines[1])).toBeLessThanOrEqual(9);
  });
});
