/**
 * Builds bench/bare with the app's own Vite config (same plugins, target, base), only moving the
 * root and the output, so the baseline differs from the atlas in content and nothing else.
 *   npx vite build --config bench/vite.bare.config.ts   (bench/run.ts does this itself)
 */
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig, type UserConfig, type UserConfigExport } from "vite";
// ".js" resolves to vite.config.ts for both tsc (bundler resolution) and Vite's config loader;
// without an extension Vite 8 warns, and ".ts" needs allowImportingTsExtensions.
import appConfig from "../vite.config.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig(async (env) => {
  // The app's config may become a function or a promise one day; accept every form Vite does.
  const exported = appConfig as UserConfigExport;
  const app: UserConfig = typeof exported === "function" ? await exported(env) : await exported;
  const merged: UserConfig = mergeConfig(app, {
    root: here("./bare"),
    publicDir: false, // the app's public/ (data files) is not part of a bare page
    build: { outDir: here("./.out/bare"), emptyOutDir: true },
  });
  // An explicit entry list in the app's config would point at the app; the bare page uses root/index.html.
  delete merged.build?.rollupOptions?.input;
  delete merged.build?.rolldownOptions?.input;
  return merged;
});
