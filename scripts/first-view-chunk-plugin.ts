/**
 * Puts the code the first view runs in one chunk. The page's entry (src/app/entry.ts) is tiny and
 * imports the app (src/app/main.tsx) dynamically, after the drawn page is on screen. Rolldown then
 * gives every module that the app and one of its lazy views share a chunk of its own (it does not
 * see that such a module is always already loaded when the lazy view loads: rolldown issue #10731),
 * so the first view fetched about twenty files of a few hundred bytes each, one round trip per six
 * of them. This plugin lists the modules the app imports statically (less those the entry already
 * has) once the module graph is known, and a code-splitting group keeps exactly those in the app's
 * chunk. Lazy views still get their own chunks and import what they share from it.
 */
import type { Plugin } from "vite";

const APP_MODULE = /\/src\/app\/main\.tsx$/;
const ENTRY_MODULE = /\/src\/app\/entry\.ts$/;

interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

function staticClosure(graph: ModuleGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

export function firstViewChunk(): Plugin {
  const appModules = new Set<string>();
  return {
    name: "atlas-first-view-chunk",
    apply: "build",
    config(_config, env) {
      if (env.isSsrBuild) return;
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // The modules the entry has stay in its chunk (the app imports them from there), as do
                // the entry's stylesheets: only the listed modules move. Rolldown advises strict
                // execution order when dependencies are not pulled in; not needed here, since the
                // group is a whole static closure less what the entry has already run.
                includeDependenciesRecursively: false,
                groups: [{ name: "main", test: (id: string) => appModules.has(id) }],
              },
            },
          },
        },
      };
    },
    buildEnd() {
      appModules.clear();
      const ids = [...this.getModuleIds()];
      const app = ids.find((id) => APP_MODULE.test(id));
      const entry = ids.find((id) => ENTRY_MODULE.test(id));
      if (!app || !entry) return;
      const entryModules = staticClosure(this, entry);
      for (const id of staticClosure(this, app)) if (!entryModules.has(id)) appModules.add(id);
    },
  };
}
