/**
 * No import cycles, of any kind. ESLint's import-x/no-cycle skips type-only and dynamic imports
 * by design; a cycle through either still ties two modules into one unit a reader must take in
 * whole (the export spec's types once went round four files), so this check follows every
 * import, export-from, `import type` and `import()` the TypeScript compiler sees, and fails
 * naming each cycle. Run by `npm run lint`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "..");
const DIRS = ["src", "scripts", "tests", "bench"];
const SKIP = new Set(["node_modules", "generated", ".out"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));
const known = new Set(files);
const options: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowImportingTsExtensions: true,
};

/** Each file's imports of other project files (static, type-only, re-exports and dynamic). */
const graph = new Map<string, string[]>();
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const targets = new Set<string>();
  for (const ref of info.importedFiles) {
    if (!ref.fileName.startsWith(".")) continue;
    const found = ts.resolveModuleName(ref.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName;
    if (found && known.has(found)) targets.add(found);
  }
  graph.set(file, [...targets]);
}

/** Tarjan's strongly connected components: every component of more than one file is a cycle. */
function cycles(): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component);
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

const found = cycles();
for (const component of found) {
  const names = component.map((f) => relative(ROOT, f)).sort();
  console.error(`Import cycle among ${names.length} files:\n  ${names.join("\n  ")}`);
}
if (found.length) {
  console.error(`\n${found.length} import cycle(s): move what the files share into a module that imports neither.`);
  process.exit(1);
}
console.log(`No import cycles in ${files.length} files.`);
