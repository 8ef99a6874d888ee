/**
 * The font build: subsets Noto Sans SC to exactly the CJK characters the atlas can show, so Chinese
 * renders on machines without a Chinese system font (a fresh Linux box, a headless browser).
 *   npx tsx scripts/build-font.ts [--generated-dir DIR]
 * Runs after the data builds (it reads their output). Writes to <generated>/fonts/:
 *   atlas-cjk-<slice>-<hash>.woff2  one per slice of the source font that holds a needed character
 *   atlas-cjk.json                  the manifest (src/i18n/cjk-font.ts): characters and bytes per file
 *   LICENSE-noto-sans-sc.txt        the font's copyright and the SIL Open Font License it ships with
 *
 * Characters: every CJK character in src/ (the Chinese catalogues, domain words, formatters) and in
 * the generated data (province and place names, quotes, event text, prefecture names).
 *
 * Source: @fontsource-variable/noto-sans-sc, which ships Google Fonts' slicing of the variable font
 * (about 100 woff2 files, each with the unicode range it holds). HarfBuzz (subset-font) cannot
 * merge fonts, so each slice holding a needed character is subset on its own, pinned to weight 400,
 * and becomes one small file; the page's unicode-range rules then fetch only the files whose
 * characters are on screen. Every file's cmap is read back (harfbuzzjs): a needed character that
 * no file maps fails the build, since a reader without a Chinese font would see an empty box.
 * No network: everything comes from node_modules.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import subsetFont from "subset-font";
import { Blob as HbBlob, Face } from "harfbuzzjs";
import {
  CJK_FONT_FAMILY,
  CJK_FONT_MANIFEST,
  cjkCharacters,
  type CjkFontFile,
  type CjkFontManifest,
} from "../src/i18n/cjk-font";

const SOURCE_PACKAGE = "@fontsource-variable/noto-sans-sc";
const WEIGHT = 400;
const LICENSE_FILE = "LICENSE-noto-sans-sc.txt";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const generatedDir = resolve(arg("--generated-dir", "public/generated"));
const outDir = join(generatedDir, "fonts");
const srcDir = resolve("src");
const require = createRequire(import.meta.url);
const started = performance.now();

function fail(message: string): never {
  console.error(`build-font: ${message}`);
  process.exit(1);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The generated JSON the atlas shows text from: the top level, prefectures/ and prefecture-data/. */
function generatedFiles(): string[] {
  const jsonIn = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => join(dir, f));
  let files: string[];
  try {
    files = [
      ...jsonIn(generatedDir),
      ...jsonIn(join(generatedDir, "prefectures")),
      ...jsonIn(join(generatedDir, "prefecture-data")),
    ];
  } catch (error) {
    fail(`cannot read the generated data in ${generatedDir}: run the data builds first (${(error as Error).message})`);
  }
  if (!files.some((f) => f.endsWith("atlas-data.json")))
    fail(`${generatedDir}/atlas-data.json is missing: run the data build first`);
  return files;
}

// 1. The characters: every file under src/, and the generated JSON.
const sources = [...filesUnder(srcDir), ...generatedFiles()];
const needed = cjkCharacters(sources.map((f) => readFileSync(f, "utf8")).join("\n"));
if (needed.length === 0) fail("found no CJK character in src/ or the generated data, which cannot be right");

// 2. The source font's slices and the unicode ranges each holds.
const packageJsonPath = require.resolve(`${SOURCE_PACKAGE}/package.json`);
const packageDir = dirname(packageJsonPath);
const packageJson = JSON.parse(readFileSync(packageJsonPath, "utf8")) as { version: string; license: string };
const slices = Object.entries(
  JSON.parse(readFileSync(join(packageDir, "unicode.json"), "utf8")) as Record<string, string>,
).map(([key, ranges]) => ({
  id: key.replace(/^\[|\]$/g, ""),
  ranges: ranges.split(",").map((r) => {
    const [from, to] = r
      .trim()
      .replace(/^U\+/i, "")
      .split("-")
      .map((h) => parseInt(h, 16));
    return [from, to ?? from] as const;
  }),
}));

/** The code points a TrueType font maps, read from its cmap by HarfBuzz. */
function mappedCharacters(ttf: Buffer): Set<string> {
  const face = new Face(new HbBlob(ttf));
  return new Set([...face.collectUnicodes()].map((cp) => String.fromCodePoint(cp)));
}

function copyrightOf(ttf: Buffer): string {
  return new Face(new HbBlob(ttf)).getName(0, "en");
}

// 3. Subset each slice that holds a needed character; build everything before writing anything.
const outputs: { file: string; bytes: Buffer; entry: CjkFontFile }[] = [];
const covered = new Set<string>();
let copyright = "";
const subsetStarted = performance.now();
for (const slice of slices) {
  const chars = needed.filter((c) => {
    const cp = c.codePointAt(0)!;
    return !covered.has(c) && slice.ranges.some(([from, to]) => cp >= from && cp <= to);
  });
  if (chars.length === 0) continue;
  const sourceFile = join(packageDir, "files", `noto-sans-sc-${slice.id}-wght-normal.woff2`);
  let source: Buffer;
  try {
    source = readFileSync(sourceFile);
  } catch {
    fail(`${SOURCE_PACKAGE} lists slice ${slice.id} but has no ${sourceFile}`);
  }
  const ttf = await subsetFont(source, chars.join(""), {
    targetFormat: "truetype",
    variationAxes: { wght: WEIGHT },
    preserveNameIds: [0, 13, 14],
  });
  const mapped = [...mappedCharacters(ttf)]
    .filter((c) => chars.includes(c))
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  if (mapped.length === 0) continue;
  copyright ||= copyrightOf(ttf);
  for (const c of mapped) covered.add(c);
  const woff2 = await subsetFont(ttf, mapped.join(""), { targetFormat: "woff2" });
  const hash = createHash("sha256").update(woff2).digest("hex").slice(0, 10);
  const file = `atlas-cjk-${slice.id}-${hash}.woff2`;
  outputs.push({
    file,
    bytes: woff2,
    entry: { file, characters: mapped.join(""), bytes: woff2.length, gzipBytes: gzipSync(woff2).length },
  });
}
const subsetMs = performance.now() - subsetStarted;

const missing = needed.filter((c) => !covered.has(c));
if (missing.length > 0) {
  fail(
    `the font has no glyph for ${missing.length} character(s) the atlas shows: ${missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(", ")}. ` +
      `Readers without a Chinese system font would see empty boxes: reword the text or choose a font that has them.`,
  );
}

const files = outputs.map((o) => o.entry).sort((a, b) => a.characters.codePointAt(0)! - b.characters.codePointAt(0)!);
const manifest: CjkFontManifest = {
  version: 1,
  family: CJK_FONT_FAMILY,
  weight: WEIGHT,
  source: {
    package: SOURCE_PACKAGE,
    version: packageJson.version,
    font: "Noto Sans SC",
    copyright,
    license: packageJson.license,
  },
  characters: [...covered].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(""),
  files,
  bytes: files.reduce((sum, f) => sum + f.bytes, 0),
  gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
};

const licenseText = readFileSync(join(packageDir, "LICENSE"), "utf8");
const attribution =
  `The "${CJK_FONT_FAMILY}" font files in this folder are subsets of Noto Sans SC (weight ${WEIGHT}),\n` +
  `taken from the npm package ${SOURCE_PACKAGE}@${packageJson.version}, and are distributed under the\n` +
  `SIL Open Font License, Version 1.1 (${packageJson.license}), reproduced below.\n\n` +
  `Font copyright: ${copyright}\n\n` +
  `---- LICENSE as shipped in ${SOURCE_PACKAGE} ----\n\n`;

// 4. Write: the folder holds only this build's files (old hashed names would pile up otherwise).
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const o of outputs) writeFileSync(join(outDir, o.file), o.bytes);
writeFileSync(join(outDir, CJK_FONT_MANIFEST), JSON.stringify(manifest));
writeFileSync(join(outDir, LICENSE_FILE), attribution + licenseText);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `font: ${manifest.characters.length} characters from ${sources.length} files -> ${files.length} woff2 files, ` +
    `${kb(manifest.bytes)} (${kb(manifest.gzipBytes)} gzip); subset ${(subsetMs / 1000).toFixed(1)} s, total ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
