/**
 * Puts the "Atlas CJK" @font-face rules (one per subset file, each limited by unicode-range to the
 * characters its file holds) into the page's <head> as an inline <style>, from the manifest that
 * scripts/build-font.ts writes. Inline rather than a stylesheet: no extra request, and the rules
 * cost nothing until a character they cover is on screen. The file URLs are relative to the page,
 * like the data preloads, so the build works under any sub-path.
 * A build without the manifest fails (it would ship a page that cannot show Chinese on machines
 * without a Chinese font); the dev server only warns.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { CJK_FONT_DIR, CJK_FONT_MANIFEST, pageFontFaceCss, parseCjkFontManifest } from "../src/i18n/cjk-font.ts";

export function cjkFontFaces(): Plugin {
  let building = false;
  let publicDir = resolve("public");
  return {
    name: "atlas-cjk-font",
    configResolved(config) {
      building = config.command === "build";
      if (config.publicDir) publicDir = config.publicDir;
    },
    transformIndexHtml() {
      const path = join(publicDir, CJK_FONT_DIR, CJK_FONT_MANIFEST);
      let manifest: ReturnType<typeof parseCjkFontManifest> = null;
      try {
        manifest = parseCjkFontManifest(JSON.parse(readFileSync(path, "utf8")));
      } catch {
        // A missing or unreadable file is reported below like a malformed one.
      }
      if (!manifest) {
        const message = `${path} is missing or malformed: run \`npm run prepare-assets\` (scripts/build-font.ts)`;
        if (building) throw new Error(message);
        console.warn(`atlas-cjk-font: ${message}; Chinese text uses system fonts only`);
        return [];
      }
      return [
        {
          tag: "style",
          attrs: { id: "atlas-cjk-font" },
          children: pageFontFaceCss(manifest, `./${CJK_FONT_DIR}`),
          injectTo: "head",
        },
      ];
    },
  };
}
