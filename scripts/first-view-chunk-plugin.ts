/**
 * Puts the code the first view runs in one chunk. The page's entry (src/app/entry.ts) is tiny and
 * imports the app (src/app/main.tsx) dynamically, after the drawn page is on screen. Rolldown then
 * gives every module that the app and one of its lazy views share a chunk of its own (it does not
 * see that such a module is always already loaded when the lazy view loads: rolldown issue #10731),
 * so the first view fetched about twenty files of a few hundred bytes each, one round trip per six
 * of them. This plugin lists the modules the app imports statically (less those the entry already
 * has) once the module graph is known, and a code-splitting group keeps exactly those in the app's
 * chunk. Lazy views still get their own chunks and import what they share from it.
 *
 * The same holds for the code of a first click (src/app/chart-modules.ts): the province panel and
 * what it imports were about sixteen small files, fetched just after the map works, and a click at
 * that moment waited for the last of them. A second group keeps the panel's static closure in one
 * chunk, less what the app and the entry have and what code that must not wait for the panel
 * imports (APART_MODULES). Lazy views loaded later that share a module with the panel import it
 * from that chunk, so a link straight to Compare, Events or Sources fetches the panel's chunk with
 * its view (measured: splitting the shared modules into a chunk of their own lost most of the gain
 * for the click, three files instead of one).
 */
import type { Plugin } from "vite";

const APP_MODULE = /\/src\/app\/main\.tsx$/;
const ENTRY_MODULE = /\/src\/app\/entry\.ts$/;
const PANEL_MODULE = /\/src\/features\/region\/RegionPanel\.tsx$/;
/**
 * Lazily loaded code that must never wait for the panel's: what some pages fetch before the map
 * works (beside the data: the national summary and the embed's shell, src/app/national-part.ts and
 * embed-part.ts; the ignored-settings notice, the map's event filtering, the Chinese words) and the
 * map's tooltip, fetched the moment the map works. Modules they import stay in small chunks of their own.
 */
const APART_MODULES = [
  /\/src\/features\/national\/NationalView\.tsx$/,
  /\/src\/app\/EmbedApp\.tsx$/,
  /\/src\/app\/IgnoredNotice\.tsx$/,
  /\/src\/features\/events\/lib\/(filter-events|event-dates)\.ts$/,
  /\/src\/features\/map\/MapTooltip\.tsx$/,
  /atlas-zh-words/,
];

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
  const panelModules = new Set<string>();
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
                groups: [
                  { name: "main", test: (id: string) => appModules.has(id) },
                  { name: "RegionPanel", test: (id: string) => panelModules.has(id) },
                ],
              },
            },
          },
        },
      };
    },
    buildEnd() {
      appModules.clear();
      panelModules.clear();
      const ids = [...this.getModuleIds()];
      const app = ids.find((id) => APP_MODULE.test(id));
      const entry = ids.find((id) => ENTRY_MODULE.test(id));
      if (!app || !entry) return;
      const entryModules = staticClosure(this, entry);
      for (const id of staticClosure(this, app)) if (!entryModules.has(id)) appModules.add(id);
      const panel = ids.find((id) => PANEL_MODULE.test(id));
      if (!panel) return;
      // What that code imports stays out of the panel's chunk, so it never waits for the panel.
      const apart = new Set<string>();
      for (const id of ids)
        if (APART_MODULES.some((test) => test.test(id))) for (const m of staticClosure(this, id)) apart.add(m);
      for (const id of staticClosure(this, panel))
        if (!entryModules.has(id) && !appModules.has(id) && !apart.has(id)) panelModules.add(id);
    },
  };
}
