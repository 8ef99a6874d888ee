/**
 * The themes' colours, read from src/app/styles.css, against WCAG 2.2 AA: 4.5:1 for the text the
 * page sets in them, 3:1 for graphics a reader must see (the key-region outline, chart series, the
 * selected pill), the darkest end of the map's colour ramp against the page, and the key regions'
 * hatch on every class. The ramp must span a wide range of lightness (so its classes stay apart on a
 * projector, which washes out tints and crushes darks) and stay readable for colour-blind readers:
 * lightness strictly monotonic with clear steps, in normal vision and in simulated protanopia,
 * deuteranopia and tritanopia.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RAMP } from "../../src/data/scale";
import { THEMES, type Theme } from "../../src/state/view-state";

const CSS = readFileSync(join(import.meta.dirname, "../../src/app/styles.css"), "utf8");

/** Custom properties per theme: :root's, overridden by :root[data-theme="…"]'s. */
function themeVariables(css: string): Record<Theme, Map<string, string>> {
  const blocks = new Map<string, Map<string, string>>();
  for (const [, theme, body] of css.matchAll(/:root(?:\[data-theme="(\w+)"\])?\s*\{([^}]*)\}/g)) {
    const vars = blocks.get(theme ?? "") ?? new Map<string, string>();
    for (const [, name, value] of body.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
      vars.set(name, value.trim());
    blocks.set(theme ?? "", vars);
  }
  const root = blocks.get("") ?? new Map<string, string>();
  return Object.fromEntries(
    THEMES.map((t) => [t, new Map([...root, ...(t === "light" ? [] : (blocks.get(t) ?? []))])]),
  ) as Record<Theme, Map<string, string>>;
}

const THEME_VARS = themeVariables(CSS);

function colour(theme: Theme, name: string): string {
  const value = THEME_VARS[theme].get(name);
  if (!value || !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value))
    throw new Error(`${theme} ${name} is ${value ?? "not set"}, not a hex colour`);
  return value;
}

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const h = hex.slice(1);
  const full = h.length === 3 ? [...h].map((c) => c + c).join("") : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255) as Rgb;
}

/** sRGB component (0–1) to linear light, as WCAG 2.2 defines relative luminance. */
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function luminanceOfLinear([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const luminance = (hex: string) => luminanceOfLinear(rgb(hex).map(toLinear) as Rgb);

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** CIE L* (D65) from relative luminance: perceived lightness, 0 (black) to 100 (white). */
function lightnessOfLuminance(y: number): number {
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/**
 * Dichromat simulations at full severity (Machado, Oliveira & Fernandes 2009), applied to linear
 * RGB: how the colour looks to a reader without L, M or S cones.
 */
const CVD: Record<string, [Rgb, Rgb, Rgb]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulatedLightness(hex: string, matrix: [Rgb, Rgb, Rgb] | null): number {
  const lin = rgb(hex).map(toLinear) as Rgb;
  const seen = matrix
    ? (matrix.map((row) => Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]))) as Rgb)
    : lin;
  return lightnessOfLuminance(luminanceOfLinear(seen));
}

/** CIE L*a*b* (D65) of an sRGB colour. */
function cieLab(hex: string): Rgb {
  const [r, g, bl] = rgb(hex).map(toLinear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** A rule's stroke-opacity in styles.css (1 where it sets none). */
function strokeOpacity(selector: string): number {
  const body = new RegExp(`${selector.replace(".", "\\.")}\\s*\\{([^}]*)\\}`).exec(CSS)?.[1];
  if (body === undefined) throw new Error(`styles.css has no ${selector} rule`);
  return Number(/stroke-opacity:\s*([\d.]+)/.exec(body)?.[1] ?? 1);
}
const HATCH_OPACITY = { ".key-hatch": strokeOpacity(".key-hatch"), ".key-hatch-ink": strokeOpacity(".key-hatch-ink") };

/** `top` at opacity `alpha` over `under`, composited in sRGB as browsers do. */
function blend(top: string, under: string, alpha: number): string {
  const [t, u] = [rgb(top), rgb(under)];
  return `#${t
    .map((v, i) =>
      Math.round((alpha * v + (1 - alpha) * u[i]) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

const rampOf = (theme: Theme) => RAMP.map((_, k) => colour(theme, `--ramp-${k}`));

describe.each(THEMES)("the %s theme", (theme) => {
  const c = (name: string) => colour(theme, name);

  it.each([
    ["--text", "--bg"],
    ["--text", "--panel"],
    ["--text", "--surface"],
    ["--text", "--warn-bg"],
    ["--muted", "--bg"],
    ["--muted", "--panel"],
    ["--muted", "--surface"],
    ["--muted", "--warn-bg"],
    ["--accent", "--bg"],
    ["--accent", "--panel"],
    ["--accent", "--surface"],
    ["--key", "--surface"], // the tooltip's key-region line
    ["--key", "--panel"],
    ["--bg", "--accent"], // the selected metric, the Share button, the chosen language
  ])("text in %s on %s reaches 4.5:1", (fg, bg) => {
    expect(contrast(c(fg), c(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ["--key", "--bg"], // the key-region outline on the map, on its halo in the page's colour over any fill
    ["--accent", "--bg"], // the selected pill's shape
    ["--general", "--surface"], // chart series on the chart's background
    ["--special", "--surface"],
    ["--limit", "--surface"],
    ["--key", "--surface"],
    ["--focus", "--bg"], // the keyboard focus ring, around controls on the page
    ["--focus", "--panel"],
    ["--focus", "--surface"],
  ])("the graphic in %s against %s reaches 3:1", (fg, bg) => {
    expect(contrast(c(fg), c(bg))).toBeGreaterThanOrEqual(3);
  });

  it("spans the ramp from a tint the page still shows to a class far from the page", () => {
    const ramp = rampOf(theme);
    const bg = c("--bg");
    // The lowest class is told from the page (where a province meets the sea or the frame) and the
    // highest stands well clear of it; together they span most of the lightness scale.
    expect(contrast(ramp[0], bg)).toBeGreaterThanOrEqual(1.1);
    expect(contrast(ramp[ramp.length - 1], bg)).toBeGreaterThanOrEqual(7);
    const lightness = ramp.map((hex) => simulatedLightness(hex, null));
    expect(Math.abs(lightness[0] - lightness[lightness.length - 1])).toBeGreaterThanOrEqual(50);
  });

  it("sets neighbouring classes clearly apart in colour, not only in lightness", () => {
    // CIE ΔE*ab between each class and the next: the old one-hue navy ramp stepped 9–11, and its
    // highest three or four classes read as one colour on a projector.
    const ramp = rampOf(theme).map(cieLab);
    for (let k = 1; k < ramp.length; k++) {
      const [a, b] = [ramp[k - 1], ramp[k]];
      expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `classes ${k - 1} and ${k}`).toBeGreaterThanOrEqual(15);
    }
  });

  it("tells the lowest class from the page, the provinces not covered and the no-data pattern by its colour", () => {
    // The light themes' lowest class is a tint, close to the page in lightness: it must be a clear
    // colour (CIE chroma 20 or more) where the page, the not-covered fill and no-data's ground are
    // greys (chroma under 8), or else stand 1.5:1 from each.
    const chroma = (hex: string) => Math.hypot(cieLab(hex)[1], cieLab(hex)[2]);
    const lowest = rampOf(theme)[0];
    for (const other of ["--bg", "--not-covered", "--no-data-bg"])
      expect(
        contrast(lowest, c(other)) >= 1.5 || (chroma(lowest) >= 20 && chroma(c(other)) < 8),
        `${lowest} against ${other} ${c(other)}`,
      ).toBe(true);
  });

  it("shows the key regions' hatch on every class's fill, in one of its two tones", () => {
    // styles.css .key-hatch (the page's colour) and .key-hatch-ink (the text's) are drawn side by
    // side, each at its opacity: what shows is the line blended over the fill.
    for (const [k, fill] of rampOf(theme).entries()) {
      const page = blend(c("--bg"), fill, HATCH_OPACITY[".key-hatch"]);
      const ink = blend(c("--text"), fill, HATCH_OPACITY[".key-hatch-ink"]);
      expect(Math.max(contrast(page, fill), contrast(ink, fill)), `class ${k}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("sets each higher class further from the page's background", () => {
    const against = rampOf(theme).map((r) => contrast(r, c("--bg")));
    for (let k = 1; k < against.length; k++) expect(against[k], `class ${k}`).toBeGreaterThan(against[k - 1]);
  });

  it.each([["normal vision", null] as const, ...Object.entries(CVD)])(
    "keeps the ramp's classes apart in lightness (%s)",
    (_, matrix) => {
      const lightness = rampOf(theme).map((hex) => simulatedLightness(hex, matrix));
      const steps = lightness.slice(1).map((l, k) => l - lightness[k]);
      const direction = Math.sign(steps[0]);
      expect(direction).not.toBe(0);
      // Monotonic, and each step a clear one: at least 8 L* units (7 when a cone type is missing).
      for (const step of steps) expect(step * direction).toBeGreaterThanOrEqual(matrix ? 7 : 8);
    },
  );
});

describe("the ramp the map paints", () => {
  it("takes each class's colour from the theme, falling back to the light theme's", () => {
    expect(RAMP.length).toBeGreaterThanOrEqual(5);
    RAMP.forEach((paint, k) => {
      expect(paint).toBe(`var(--ramp-${k}, ${colour("light", `--ramp-${k}`)})`);
    });
  });
});
