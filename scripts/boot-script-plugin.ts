/**
 * Ships public/boot.js minified. It is the one script the page runs before its first paint (a
 * classic script in <head>: scripts/csp-plugin.ts), so every byte of it is on the critical path;
 * its source stays commented and readable (tests/unit/boot-script.test.ts runs that source). Vite
 * copies public/ as it is, so the built copy is minified here, after the copy, with the minifier
 * Vite's own build uses (rolldown's), keeping it a classic script.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { minify } from "rolldown/experimental";
import type { Plugin } from "vite";

const BOOT = "boot.js";

export function minifiedBootScript(): Plugin {
  let outDir = "dist";
  let active = false;
  return {
    name: "atlas-boot-script",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      active = !config.build.ssr && config.publicDir !== "";
    },
    async closeBundle() {
      if (!active) return;
      const file = join(outDir, BOOT);
      const result = await minify(BOOT, readFileSync(file, "utf8"), { compress: true, mangle: true });
      if (result.errors.length > 0) throw new Error(`${BOOT}: ${result.errors.map((e) => e.message).join("; ")}`);
      writeFileSync(file, result.code);
    },
  };
}
