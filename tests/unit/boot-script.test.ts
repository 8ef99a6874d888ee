/**
 * public/boot.js, the script that sets the theme before the first paint, run as the browser runs
 * it (a classic script, in its own global scope) against fake pages: for every link, it must set
 * exactly the theme and transparency the app's own URL parser and use-theme rule give, so the
 * first frame never shows another theme than the app.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseView } from "../../src/state/view-state";

const SCRIPT = readFileSync(join(import.meta.dirname, "..", "..", "public", "boot.js"), "utf8");

function boot(search: string, systemDark: boolean) {
  const attrs = new Map<string, string>();
  const documentElement = { setAttribute: (k: string, v: string) => attrs.set(k, v) };
  runInNewContext(SCRIPT, {
    document: { documentElement },
    location: { search },
    URLSearchParams,
    window: { matchMedia: (q: string) => ({ matches: systemDark && q === "(prefers-color-scheme: dark)" }) },
  });
  return { theme: attrs.get("data-theme"), transparent: attrs.get("data-transparent") === "true" };
}

/** What the app decides: the link's theme, else the system's (src/app/use-theme.ts). */
function app(search: string, systemDark: boolean) {
  const { view, flags } = parseView(search, new Set());
  return { theme: view.theme ?? (systemDark ? "dark" : "light"), transparent: flags.transparent };
}

const LINKS = [
  "",
  "?theme=dark",
  "?v=2&theme=projector&m=debt_gdp",
  "?theme=light",
  "?theme=%20dark%20",
  "?theme=Dark",
  "?theme=sepia",
  "?theme=",
  "?theme=dark&theme=light",
  "?embed=1&transparent=1",
  "?embed=1&transparent=0&theme=dark",
  "?transparent=yes",
  "?%E0%A4%A=1&theme=dark",
];

describe("the boot script sets the theme the app will use, before any app code runs", () => {
  for (const search of LINKS)
    for (const systemDark of [false, true])
      it(`${search || "(no query)"} with a ${systemDark ? "dark" : "light"} system`, () => {
        expect(boot(search, systemDark)).toEqual(app(search, systemDark));
      });

  it("a browser without matchMedia gets the light theme, not an error", () => {
    const attrs = new Map<string, string>();
    runInNewContext(SCRIPT, {
      document: { documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) } },
      location: { search: "" },
      URLSearchParams,
      window: {},
    });
    expect(attrs.get("data-theme")).toBe("light");
  });
});
