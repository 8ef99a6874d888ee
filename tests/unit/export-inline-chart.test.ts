// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { serialiseChartSvg } from "../../src/features/export/inline-chart";
import { localiseUrlRefs, resolveCssVars } from "../../src/features/export/lib/css-refs";

const vars: Record<string, string> = {
  "--general": "#4c5ca6",
  "--muted": " #5b5f6a ", // computed custom properties keep their whitespace
  "--alias": "var(--general)",
  "--loop": "var(--loop)",
};
const lookup = (name: string) => vars[name] ?? "";

describe("resolveCssVars", () => {
  it.each([
    ["var(--general)", "#4c5ca6"],
    ["VAR( --general )", "#4c5ca6"],
    ["var(--muted)", "#5b5f6a"],
    ["fill: var(--general); stroke: var(--muted)", "fill: #4c5ca6; stroke: #5b5f6a"],
    ["var(--missing, #fff)", "#fff"],
    ["var(--missing, rgb(1, 2, 3))", "rgb(1, 2, 3)"],
    ["var(--missing, var(--general))", "#4c5ca6"],
    ["var(--general, red)", "#4c5ca6"],
    ["var(--alias)", "#4c5ca6"],
    ["var(--missing)", ""],
    ["1px solid var(--general)", "1px solid #4c5ca6"],
    ["no vars here", "no vars here"],
    ["somevar(--general)", "somevar(--general)"],
    ["var(--general", "var(--general"], // unterminated: left alone
  ])("%s -> %s", (input, output) => {
    expect(resolveCssVars(input, lookup)).toBe(output);
  });

  it("terminates on a custom property that refers to itself", () => {
    expect(resolveCssVars("var(--loop)", lookup)).toBe("");
  });
});

describe("localiseUrlRefs", () => {
  const page = "https://atlas.example.org/app/?r=CN-NM#top";
  it.each([
    ['url("#clip")', "url(#clip)"],
    ['url("https://atlas.example.org/app/?r=CN-NM#clip")', "url(#clip)"],
    ["url(https://atlas.example.org/app/?r=CN-NM#p1) none", "url(#p1) none"],
    ['url("https://evil.example/x.svg#a")', 'url("https://evil.example/x.svg#a")'],
    ["url(image.png)", "url(image.png)"],
  ])("%s -> %s", (input, output) => {
    expect(localiseUrlRefs(input, page)).toBe(output);
  });
});

describe("serialiseChartSvg (jsdom: no layout, so sizes come from attributes)", () => {
  afterEach(() => {
    document.head.innerHTML = "";
    document.body.innerHTML = "";
  });

  it("writes custom properties as values and returns sanitised, sized markup", () => {
    document.head.innerHTML = "<style>:root { --general: #4c5ca6; }</style>";
    document.body.innerHTML =
      '<svg id="c" xmlns="http://www.w3.org/2000/svg" width="420" height="260" viewBox="0 0 420 260" onclick="x()">' +
      '<rect width="10" height="10" fill="var(--general)"/><rect width="5" height="5" fill="var(--missing, #abcdef)"/>' +
      '<rect class="recharts-tooltip-cursor" width="1" height="1"/><script>alert(1)</script></svg>';
    const out = serialiseChartSvg(document.getElementById("c") as unknown as SVGSVGElement);
    expect(out.width).toBe(420);
    expect(out.height).toBe(260);
    expect(out.markup).toContain('fill="#4c5ca6"');
    expect(out.markup).toContain('fill="#abcdef"');
    expect(out.markup).toContain('viewBox="0 0 420 260"');
    expect(out.markup).not.toMatch(/var\(|onclick|<script|tooltip-cursor/);
  });
});
