import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { cjkFontFaces } from "./scripts/cjk-font-plugin";
import { contentSecurityPolicy } from "./scripts/csp-plugin";

// base "./" keeps every asset URL relative, so the build works from any static host and sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), cjkFontFaces()],
  build: {
    target: "es2022",
    sourcemap: false,
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
    environment: "node",
    reporters: ["default", ["json", { outputFile: "test-results/unit.json" }]],
  },
});
