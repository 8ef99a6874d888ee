/**
 * Ships the first view's words in one language. Every catalogue is written with both languages side
 * by side (`defineMessages(en, zh)`, src/i18n/messages.ts), and the first view's code carried both:
 * Chinese text compresses poorly, so the Chinese halves were ~14 kB of the ~125 kB gzip a reader
 * fetched before the map worked, whichever language they read. In the production build this
 * plugin moves the Chinese half of each catalogue in the first view's code (the modules main.tsx
 * imports statically) into one chunk of Chinese words, loaded when a page or a reader's choice
 * asks for Chinese (`loadWords` in src/i18n/messages.ts):
 *
 *   the module itself   defineMessages(EN, ZH)  ->  withDeferredZh(EN, "<module>", i, () => import(pack))
 *   <module>?atlas-zh   defineMessages(EN, ZH)  ->  zhPart(i, ZH)   (same imports, so ZH's helpers resolve)
 *   the pack            imports every <module>?atlas-zh and exports their parts by module
 *
 * Catalogues of lazily loaded views keep both languages: they load with the view, after the map
 * works, and splitting them would add a round trip to each view in Chinese. The dev server and
 * tests run the sources unchanged (both languages in every catalogue); so does the server render.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseAst, transformWithOxc, type Plugin } from "vite";

export const ZH_PACK_ID = "virtual:atlas-zh-words";
const RESOLVED_PACK_ID = "\0atlas-zh-words";
const ZH_QUERY = "?atlas-zh";
const CALLEE = "defineMessages";

// ---- pure parts (tests/unit/language-split.test.ts) ----

/**
 * The relative modules a source file imports at run time: `import ... from`, `export ... from` and
 * bare `import "..."`, less `import type` / `export type` (erased by TypeScript). Over-inclusion is
 * harmless here (a module taken for the first view's that is not only gets its words split).
 */
export function staticImportSpecifiers(source: string): string[] {
  const found: string[] = [];
  const fromClause = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^"'`;]*?)\s*from\s*["']([^"']+)["']/g;
  for (const m of source.matchAll(fromClause)) if (!m[2]) found.push(m[4]);
  for (const m of source.matchAll(/(?:^|[\n;])\s*import\s*["']([^"']+)["']/g)) found.push(m[1]);
  return found.filter((s) => s.startsWith("."));
}

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** Every source module reachable from `start` through static relative imports (absolute paths). */
export function staticClosure(start: string, read: (path: string) => string | null = readSource): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const source = read(file);
    if (source === null) continue;
    seen.add(file);
    for (const spec of staticImportSpecifiers(source)) {
      const base = resolve(dirname(file), spec);
      const target = EXTENSIONS.map((ext) => base + ext).find((p) => /\.tsx?$/.test(p) && read(p) !== null);
      if (target) stack.push(target);
    }
  }
  return seen;
}

function readSource(path: string): string | null {
  return existsSync(path) ? readFileSync(path, "utf8") : null;
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The `defineMessages(en, zh)` calls in a module's JavaScript, in source order. */
export function catalogueCalls(program: Node): { en: Node; zh: Node; call: Node }[] {
  const calls: { en: Node; zh: Node; call: Node }[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== "object" || value === null || typeof (value as Node).type !== "string") return;
    const node = value as Node;
    const callee = node.callee as Node | undefined;
    const args = node.arguments as Node[] | undefined;
    if (node.type === "CallExpression" && callee?.type === "Identifier" && callee.name === CALLEE && args?.length === 2)
      calls.push({ en: args[0], zh: args[1], call: node });
    for (const key of Object.keys(node)) if (key !== "type" && key !== "start" && key !== "end") visit(node[key]);
  };
  visit(program);
  return calls.sort((a, b) => a.call.start - b.call.start);
}

/** Replaces non-overlapping ranges of `code` (given in any order). */
function replaceRanges(code: string, edits: { start: number; end: number; text: string }[]): string {
  let out = code;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * The module as the first view runs it: each catalogue keeps its English half and says where its
 * Chinese half is. Null when the module defines no catalogue.
 */
export function englishSide(code: string, program: Node, key: string, messagesModule: string): string | null {
  const calls = catalogueCalls(program);
  if (calls.length === 0) return null;
  const edits = calls.map(({ en, call }, i) => ({
    start: call.start,
    end: call.end,
    text: `__atlasDeferZh(${code.slice(en.start, en.end)}, ${JSON.stringify(key)}, ${i}, () => import(${JSON.stringify(ZH_PACK_ID)}))`,
  }));
  return `import { withDeferredZh as __atlasDeferZh } from ${JSON.stringify(messagesModule)};\n${replaceRanges(code, edits)}`;
}

/**
 * The module as the Chinese words' chunk holds it: the same code with each catalogue reduced to its
 * Chinese half, collected in `__atlasZhParts` (in call order). A catalogue still reads as one (both
 * halves the Chinese one), so any top-level code that touches it runs as before.
 */
export function chineseSide(code: string, program: Node): string {
  const calls = catalogueCalls(program);
  const edits = calls.map(({ zh, call }, i) => ({
    start: call.start,
    end: call.end,
    text: `__atlasZhPart(${i}, ${code.slice(zh.start, zh.end)})`,
  }));
  return (
    "const __atlasZhParts = [];\n" +
    "const __atlasZhPart = (i, zh) => ((__atlasZhParts[i] = zh), { en: zh, zh });\n" +
    replaceRanges(code, edits) +
    "\nexport { __atlasZhParts };\n"
  );
}

/** The pack: every split module's Chinese parts, by the module's key. */
export function packModule(modules: { key: string; id: string }[]): string {
  const imports = modules.map((m, i) => `import { __atlasZhParts as p${i} } from ${JSON.stringify(m.id)};`);
  const entries = modules.map((m, i) => `  ${JSON.stringify(m.key)}: p${i},`);
  return `${imports.join("\n")}\nexport default {\n${entries.join("\n")}\n};\n`;
}

// ---- the plugin ----

const APP_MODULE = "src/app/main.tsx";
const MESSAGES_MODULE = "src/i18n/messages.ts";

export function languageSplit(): Plugin[] {
  let root = process.cwd();
  let active = false;
  const split = new Map<string, string>(); // absolute path -> key
  const keyOf = (path: string) => relative(root, path).split("\\").join("/");
  // A call, possibly with type arguments (`defineMessages<Words>(`); the parse then finds the calls.
  const isCatalogueModule = (path: string) =>
    /\.tsx?$/.test(path) && new RegExp(`\\b${CALLEE}\\s*[<(]`).test(readFileSync(path, "utf8"));
  return [
    {
      name: "atlas-language-split:pack",
      configResolved(config) {
        root = config.root;
        // The client build only: not the dev server, the server render or a worker's own build.
        active = config.command === "build" && !config.build.ssr;
      },
      buildStart() {
        split.clear();
        if (!active) return;
        const messages = resolve(root, MESSAGES_MODULE);
        for (const path of staticClosure(resolve(root, APP_MODULE)))
          if (path !== messages && isCatalogueModule(path)) split.set(path, keyOf(path));
      },
      // The pack exists in every mode (empty where nothing is split), so code may import it anywhere.
      resolveId(source) {
        return source === ZH_PACK_ID ? RESOLVED_PACK_ID : null;
      },
      async load(id) {
        if (id === RESOLVED_PACK_ID) return packModule([...split].map(([path, key]) => ({ key, id: path + ZH_QUERY })));
        if (!id.endsWith(ZH_QUERY)) return null;
        const path = id.slice(0, -ZH_QUERY.length);
        const js = await transformWithOxc(readFileSync(path, "utf8"), path, {
          lang: path.endsWith("x") ? "tsx" : "ts",
        });
        return { code: chineseSide(js.code, parseAst(js.code) as unknown as Node), moduleType: "js" };
      },
    },
    {
      // After TypeScript is compiled away, so the catalogue calls are parsed as JavaScript.
      name: "atlas-language-split:english",
      enforce: "post",
      transform(code, id) {
        const key = split.get(id);
        if (!active || key === undefined) return null;
        const out = englishSide(code, parseAst(code) as unknown as Node, key, resolve(root, MESSAGES_MODULE));
        return out === null ? null : { code: out, map: null };
      },
    },
  ];
}
