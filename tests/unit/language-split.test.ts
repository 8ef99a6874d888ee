/**
 * The build ships the first view's catalogues with their English half only and their Chinese half
 * in a chunk of its own (scripts/language-split-plugin.ts, src/i18n/messages.ts). Built for real:
 * a small app with the atlas's own catalogue module, built by Vite with the plugin, then run.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "vite";
import { languageSplit, staticClosure, staticImportSpecifiers } from "../../scripts/language-split-plugin";
import { defineMessages, loadWords, wordsLoaded } from "../../src/i18n/messages";

describe("which modules the first view imports", () => {
  it("reads run-time imports and skips type-only ones", () => {
    const source = [
      'import { a } from "./a";',
      'import type { B } from "./b";',
      'export { c } from "./c";',
      'export type { D } from "./d";',
      'import "./side-effect.css";',
      "import {\n  e,\n  f,\n} from './e';",
      'import { g } from "react";',
      'const lazy = () => import("./lazy");',
    ].join("\n");
    expect(staticImportSpecifiers(source).sort()).toEqual(["./a", "./c", "./e", "./side-effect.css"]);
  });

  it("follows static imports through files, not dynamic ones", () => {
    const files: Record<string, string> = {
      "/p/src/app/main.tsx": 'import { x } from "./x";\nconst v = () => import("../views/lazy");',
      "/p/src/app/x.ts": 'import { y } from "../lib";',
      "/p/src/lib/index.ts": "export const y = 1;",
      "/p/src/views/lazy.tsx": 'import { z } from "./z";',
      "/p/src/views/z.ts": "",
    };
    const closure = staticClosure("/p/src/app/main.tsx", (p) => files[p] ?? null);
    expect([...closure].sort()).toEqual(["/p/src/app/main.tsx", "/p/src/app/x.ts", "/p/src/lib/index.ts"]);
  });
});

describe("without the build (dev server, tests, the server render)", () => {
  it("every catalogue has both halves and loading words resolves at once", async () => {
    const words = defineMessages({ hi: "Hello" }, { hi: "你好" });
    expect(wordsLoaded("zh")).toBe(true);
    await loadWords("zh");
    expect(words.zh.hi).toBe("你好");
  });
});

describe("a production build with the plugin", () => {
  let dir = "";
  let out = "";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "atlas-language-split-"));
    const write = (path: string, text: string) => {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    // The atlas's real runtime, and a first view whose catalogue calls a helper it imports.
    write("src/i18n/messages.ts", readFileSync("src/i18n/messages.ts", "utf8"));
    write("src/i18n/lang.ts", readFileSync("src/i18n/lang.ts", "utf8"));
    write("src/app/count.ts", "export const count = (n: number, unit: string) => `${n}${unit}`;\n");
    write(
      "src/app/words.ts",
      [
        'import { defineMessages } from "../i18n/messages";',
        'import { count } from "./count";',
        "export const words = defineMessages<{ title: string; regions: (n: number) => string }>(",
        '  { title: "China Local Debt Atlas", regions: (n) => count(n, " regions") },',
        '  { title: "中国地方债务地图", regions: (n) => count(n, "个地区") },',
        ");",
      ].join("\n"),
    );
    write(
      "src/app/main.tsx",
      [
        'export { words } from "./words";',
        'export { loadWords, wordsLoaded } from "../i18n/messages";',
        'export const lazyView = () => import("../views/lazy");',
      ].join("\n"),
    );
    // A lazily loaded view keeps both halves: it is not the first view's code.
    write(
      "src/views/lazy.ts",
      'import { defineMessages } from "../i18n/messages";\nexport const lazyWords = defineMessages({ t: "Compare" }, { t: "比较" });\n',
    );
    out = join(dir, "dist");
    await build({
      root: dir,
      configFile: false,
      logLevel: "silent",
      plugins: [languageSplit()],
      build: {
        outDir: out,
        modulePreload: false,
        minify: false,
        rollupOptions: {
          input: join(dir, "src/app/main.tsx"),
          preserveEntrySignatures: "strict",
          output: { entryFileNames: "main.js", chunkFileNames: "[name].js" },
        },
      },
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const chunk = (pattern: RegExp) => {
    const name = readdirSync(out).find((f) => pattern.test(f));
    if (!name) throw new Error(`no chunk matching ${pattern} in ${readdirSync(out).join(", ")}`);
    return readFileSync(join(out, name), "utf8");
  };

  it("leaves the Chinese half out of the first view's chunk and puts it in a chunk of its own", () => {
    expect(chunk(/^main\.js$/)).toContain("China Local Debt Atlas");
    expect(chunk(/^main\.js$/)).not.toContain("中国地方债务地图");
    expect(chunk(/zh-words/)).toContain("中国地方债务地图");
    expect(chunk(/zh-words/)).not.toContain("China Local Debt Atlas");
    expect(chunk(/^lazy/)).toContain("比较");
  });

  it("reads English at once and Chinese once its words are loaded, helpers and all", async () => {
    const app = await import(pathToFileURL(join(out, "main.js")).href);
    expect(app.words.en.title).toBe("China Local Debt Atlas");
    expect(app.words.en.regions(3)).toBe("3 regions");
    expect(app.wordsLoaded("zh")).toBe(false);
    expect(() => app.words.zh.title).toThrow(/not loaded/);
    await app.loadWords("zh");
    expect(app.wordsLoaded("zh")).toBe(true);
    expect(app.words.zh.title).toBe("中国地方债务地图");
    expect(app.words.zh.regions(3)).toBe("3个地区");
    const lazy = await app.lazyView();
    expect(lazy.lazyWords.zh.t).toBe("比较");
  });
});
