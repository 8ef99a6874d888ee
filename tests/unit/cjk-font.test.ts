/**
 * The atlas's Chinese subset font (scripts/build-font.ts, run by `npm run prepare-assets`): it must
 * hold every CJK character the atlas can show, or a reader without a Chinese system font sees empty
 * boxes. The expected characters are gathered here on their own route: the source files as text,
 * the data model built from the CSVs (not the generated JSON the build read), and the prefecture
 * maps. Also the pure helpers the page and the exports use.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEvents, buildModel } from "../../src/data/build-model";
import { buildPrefectureData } from "../../src/data/build-prefecture-data";
import {
  CJK_FONT_FAMILY,
  cjkCharacters,
  filesFor,
  hasCjk,
  pageFontFaceCss,
  SYSTEM_CJK_FAMILY,
  parseCjkFontManifest,
  unicodeRange,
  type CjkFontManifest,
} from "../../src/i18n/cjk-font";
import { readDataFiles, validateTexts } from "../support/csv-data";

const ROOT = join(import.meta.dirname, "..", "..");
const FONT_DIR = join(ROOT, "public", "generated", "fonts");

/** Ideographs, CJK punctuation (U+3000-303F) and full-width forms (U+FF00-FFEF), by code point. */
function hanAndPunctuation(text: string): Set<string> {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (/\p{Script=Han}/u.test(ch) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) out.add(ch);
  }
  return out;
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );
}

function readManifest(): CjkFontManifest {
  let raw: string;
  try {
    raw = readFileSync(join(FONT_DIR, "atlas-cjk.json"), "utf8");
  } catch {
    throw new Error("public/generated/fonts/atlas-cjk.json is missing: run `npm run prepare-assets` first");
  }
  const manifest = parseCjkFontManifest(JSON.parse(raw));
  if (!manifest) throw new Error("atlas-cjk.json does not have the manifest's shape");
  return manifest;
}

const STALE = "characters the built font lacks (after changing text or data, run `npm run prepare-assets`)";

describe("the built subset font", () => {
  const manifest = readManifest();
  const covered = new Set(manifest.files.flatMap((f) => [...f.characters]));

  it("covers every CJK character in the interface's sources (catalogues, domain words, formats)", () => {
    const sources = filesUnder(join(ROOT, "src")).map((f) => readFileSync(f, "utf8"));
    const expected = hanAndPunctuation(sources.join("\n"));
    // The Chinese catalogues alone hold hundreds of distinct characters.
    expect(expected.size).toBeGreaterThan(300);
    expect(
      [...expected].filter((c) => !covered.has(c)),
      STALE,
    ).toEqual([]);
  });

  it("covers every CJK character of the data: province and place names, quotes, event text", () => {
    const result = validateTexts(readDataFiles());
    if (!result.ok) throw new Error("real data invalid");
    const text = [...stringsIn(buildModel(result.rows)), ...stringsIn(buildEvents(result.rows))].join("\n");
    const expected = hanAndPunctuation(text);
    expect(expected.has("内") && expected.has("蒙")).toBe(true); // 内蒙古, a province name
    expect(
      [...expected].filter((c) => !covered.has(c)),
      STALE,
    ).toEqual([]);
  });

  it("covers the prefecture panel's Chinese text: names, publishers and document titles", () => {
    const result = validateTexts(readDataFiles());
    if (!result.ok) throw new Error("real data invalid");
    const text = buildPrefectureData(result.rows)
      .flatMap((f) => stringsIn(f))
      .join("\n");
    const expected = hanAndPunctuation(text);
    expect(expected.has("六") && expected.has("盘")).toBe(true); // 六盘水, a prefecture
    expect(
      [...expected].filter((c) => !covered.has(c)),
      STALE,
    ).toEqual([]);
  });

  it("covers every prefecture and county name the province maps show", () => {
    const dir = join(ROOT, "public", "generated", "prefectures");
    const names = readdirSync(dir).flatMap((f) => {
      const map = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
        shapes: { name: string }[];
        omitted: { name: string }[];
      };
      return [...map.shapes, ...map.omitted].map((s) => s.name);
    });
    expect(names.length).toBeGreaterThan(300);
    expect(
      [...hanAndPunctuation(names.join(""))].filter((c) => !covered.has(c)),
      STALE,
    ).toEqual([]);
  });

  it("lists each character once, in files that exist with the sizes it states", () => {
    const all = manifest.files.flatMap((f) => [...f.characters]);
    expect(all.length).toBe(covered.size);
    expect([...manifest.characters].sort()).toEqual([...covered].sort());
    for (const f of manifest.files) {
      const bytes = readFileSync(join(FONT_DIR, f.file));
      expect(bytes.length).toBe(f.bytes);
      expect(bytes.subarray(0, 4).toString("latin1")).toBe("wOF2");
    }
    expect(manifest.bytes).toBe(manifest.files.reduce((s, f) => s + f.bytes, 0));
    expect(manifest.family).toBe(CJK_FONT_FAMILY);
  });

  it("ships the font's copyright and the SIL Open Font License next to the files", () => {
    const text = readFileSync(join(FONT_DIR, "LICENSE-noto-sans-sc.txt"), "utf8");
    expect(manifest.source.license).toBe("OFL-1.1");
    expect(manifest.source.copyright).toMatch(/Adobe/);
    expect(text).toContain(manifest.source.copyright);
    expect(text).toContain("SIL OPEN FONT LICENSE Version 1.1");
  });
});

describe("cjk-font helpers", () => {
  it("finds CJK characters (ideographs, CJK and full-width punctuation) and nothing else", () => {
    expect(cjkCharacters("Inner Mongolia 内蒙古（2024年末），“quoted” – 5%")).toEqual([
      "内",
      "古",
      "年",
      "末",
      "蒙",
      "（",
      "）",
      "，",
    ]);
    expect(hasCjk("Debt / GDP, end-2024")).toBe(false);
    expect(hasCjk("Debt 债务")).toBe(true);
  });

  it("writes a unicode-range of exactly the characters, joining consecutive code points", () => {
    // 一 U+4E00, 丁 U+4E01, 七 U+4E03, 万 U+4E07; order and repeats do not matter.
    expect(unicodeRange("万一七丁一")).toBe("U+4E00-4E01,U+4E03,U+4E07");
    expect(unicodeRange("，")).toBe("U+FF0C");
  });

  const manifest: CjkFontManifest = {
    version: 1,
    family: "Atlas CJK",
    weight: 400,
    source: { package: "p", version: "1", font: "f", copyright: "c", license: "OFL-1.1" },
    characters: "一丁七万",
    files: [
      { file: "a-1.woff2", characters: "一丁", bytes: 10, gzipBytes: 10 },
      { file: "b-2.woff2", characters: "七万", bytes: 10, gzipBytes: 10 },
    ],
    bytes: 20,
    gzipBytes: 20,
  };

  it("picks only the files holding a character of the text", () => {
    expect(filesFor("七 and more", manifest).map((f) => f.file)).toEqual(["b-2.woff2"]);
    expect(filesFor("一万", manifest).map((f) => f.file)).toEqual(["a-1.woff2", "b-2.woff2"]);
    expect(filesFor("no Chinese", manifest)).toEqual([]);
  });

  it("gives the page one swap-displayed @font-face per file, limited to that file's characters", () => {
    const css = pageFontFaceCss(manifest, "./generated/fonts/");
    const rules = css.split("\n").slice(1); // after the system family's rule (below)
    expect(rules).toHaveLength(2);
    expect(rules[0]).toContain('font-family:"Atlas CJK"');
    expect(rules[0]).toContain('url("./generated/fonts/a-1.woff2")');
    expect(rules[0]).toContain("font-display:swap");
    expect(rules[0]).toContain("unicode-range:U+4E00-4E01}");
    expect(rules[1]).toContain("unicode-range:U+4E03,U+4E07}");
  });

  it("names the system's own Chinese fonts once, as a family of their own, before the subset files", () => {
    const [system, ...files] = pageFontFaceCss(manifest, "./generated/fonts/").split("\n");
    expect(system).toContain(`font-family:"${SYSTEM_CJK_FAMILY}"`);
    const src = /src:([^;]*);/.exec(system)![1];
    expect(src.split(",").every((s) => s.startsWith("local("))).toBe(true);
    for (const name of ["Noto Sans CJK SC", "PingFangSC-Regular", "Microsoft YaHei"])
      expect(src).toContain(`local("${name}")`);
    // Chinese characters only (U+4E00 is 一), never Latin: English keeps its own fonts.
    expect(system).toMatch(/unicode-range:[^}]*U\+4E00-9FFF/);
    expect(system).not.toMatch(/U\+00|U\+0-/);
    // The subset's rules download their files and name no system font (that cost ~140 ms of style work).
    expect(files).toHaveLength(2);
    for (const rule of files) expect(rule).not.toContain("local(");
    // The page's font stack puts the system family first, then the subset.
    const css = readFileSync("src/app/styles.css", "utf8");
    expect(css).toMatch(new RegExp(`font-family:\\s*"${SYSTEM_CJK_FAMILY}",\\s*"${CJK_FONT_FAMILY}",`));
  });

  it("accepts only a manifest whose file names are plain woff2 names", () => {
    expect(parseCjkFontManifest(manifest)).not.toBeNull();
    expect(parseCjkFontManifest({ ...manifest, files: [{ ...manifest.files[0], file: "../../x.woff2" }] })).toBeNull();
    expect(
      parseCjkFontManifest({ ...manifest, files: [{ ...manifest.files[0], file: 'a.woff2") ; @import url("x' }] }),
    ).toBeNull();
    expect(parseCjkFontManifest({ ...manifest, version: 2 })).toBeNull();
    expect(parseCjkFontManifest(null)).toBeNull();
  });
});
