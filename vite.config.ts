import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { minifiedBootScript } from "./scripts/boot-script-plugin.ts";
import { cjkFontFaces } from "./scripts/cjk-font-plugin.ts";
import { contentSecurityPolicy } from "./scripts/csp-plugin.ts";
import { firstViewChunk } from "./scripts/first-view-chunk-plugin.ts";
import { languageSplit } from "./scripts/language-split-plugin.ts";

// base "./" keeps every asset URL relative, so the build works from any static host and sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), cjkFontFaces(), firstViewChunk(), languageSplit(), minifiedBootScript()],
  build: {
    target: "es2022",
    sourcemap: false,
  },
  test: {
    environment: "node",
    // Builds public/generated/ when it is missing or older than its inputs (a fresh clone, an
    // edited CSV), so the tests that read the generated files never need a separate build step.
    globalSetup: ["tests/setup/global-setup.ts"],
    // Tests wait on states and events, never on time; the timeout only ends a test that hangs.
    // Vitest's 5 s default is a time bound in disguise: under another CPU-heavy process on a
    // 2-core box, typing into the full Events table in jsdom took 6-15 s and "failed".
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "test-results/unit.json" }]],
    // Vitest's default keeps a core for its own process (cores - 1 workers): one worker on the
    // 2-core machines this runs on, while the main process mostly waits. Every core runs tests.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          // Pure modules and the data: no file here leaves module state another relies on (no
          // mocks, stubs or singletons; the shared real data is frozen), so the files share their
          // workers and module graphs instead of each paying a process start and a fresh import
          // of the same modules. The few jsdom files still get a runner of their own: vitest
          // reuses a runner only for files of the same environment.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["tests/component/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/testing-library.ts"],
          // Components keep module state (the Your-data store, the code-split module loaders,
          // the query cache a view starts), so each file gets its own modules and its own jsdom.
          // vmThreads gives each file a fresh VM context (its own module graph and globals) in a
          // long-lived worker, so jsdom and the externalised libraries are loaded once per worker
          // rather than once per file as in a new process: a jsdom start was most of each file's
          // cost.
          pool: "vmThreads",
        },
        // recharts' package.json has no "exports", and by its "main" it is CommonJS requiring
        // @reduxjs/toolkit, which a VM context then loads as the toolkit's ES module and fails.
        // Its "module" field, first, gives its ES build, the one the app's bundle uses.
        resolve: { mainFields: ["module", "jsnext:main", "jsnext", "main"] },
      },
    ],
  },
});
