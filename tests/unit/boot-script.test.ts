/**
 * public/boot.js, the script that runs before the first paint, run as the browser runs it (a
 * classic script, in its own global scope) against fake pages. For every link it must set the
 * theme and transparency the app's own URL parser and use-theme rule give, and it may leave the
 * prerendered map (the default view, in English, scripts/prerender.ts) showing only what is this
 * link's: its colours only when the app will show the default metric, period and no event filter;
 * its words only when the app will speak English; its side panel only with no province open; any
 * of it only on the map view, never in an embed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { langFromSearch } from "../../src/i18n/lang";
import { DEFAULT_VIEW, parseView } from "../../src/state/view-state";
import { hostileQueries } from "../e2e/fuzz-urls";

const SCRIPT = readFileSync(join(import.meta.dirname, "..", "..", "public", "boot.js"), "utf8");
const REGIONS = new Set(["CN-GZ", "CN-NM", "CN-BJ"]);

interface Page {
  search: string;
  systemDark?: boolean;
  languages?: string[];
}

function boot({ search, systemDark = false, languages = ["en-GB"] }: Page) {
  const attrs = new Map<string, string>();
  const documentElement = { setAttribute: (k: string, v: string) => attrs.set(k, v) };
  runInNewContext(SCRIPT, {
    document: { documentElement },
    location: { search },
    navigator: { languages, language: languages[0] },
    URLSearchParams,
    window: { matchMedia: (q: string) => ({ matches: systemDark && q === "(prefers-color-scheme: dark)" }) },
  });
  const prepaint = new Set((attrs.get("data-prepaint") ?? "").split(" ").filter(Boolean));
  return { theme: attrs.get("data-theme"), transparent: attrs.get("data-transparent") === "true", prepaint };
}

/** What the app decides for the same page. */
function app({ search, systemDark = false, languages = ["en-GB"] }: Page) {
  const { view, flags } = parseView(search, REGIONS);
  return { view, flags, lang: langFromSearch(search, languages), theme: view.theme ?? (systemDark ? "dark" : "light") };
}

/** The promises boot.js makes about the prerendered map, checked against the app's reading. */
function check(page: Page) {
  const b = boot(page);
  const a = app(page);
  expect({ theme: b.theme, transparent: b.transparent }).toEqual({ theme: a.theme, transparent: a.flags.transparent });
  if (b.prepaint.has("none")) return;
  expect(a.flags.embed).toBe(false);
  expect(["map", "region"]).toContain(a.view.view);
  if (!b.prepaint.has("neutral")) {
    expect(a.view.metric).toBe(DEFAULT_VIEW.metric);
    expect(a.view.period).toBe(DEFAULT_VIEW.period);
    expect([a.view.eventKinds, a.view.from, a.view.to, a.view.query, a.view.event]).toEqual([
      DEFAULT_VIEW.eventKinds,
      DEFAULT_VIEW.from,
      DEFAULT_VIEW.to,
      DEFAULT_VIEW.query,
      DEFAULT_VIEW.event,
    ]);
  }
  if (!b.prepaint.has("words")) expect(a.lang).toBe("en");
  if (!b.prepaint.has("side")) expect(a.view.region).toBeNull();
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
  "?m=debt_gdp&y=2019",
  "?r=CN-GZ&lang=zh",
  "?m=balance&y=2024",
  "?y=2025-06",
  "?y=2019",
  "?v=1&m=debt_gdp",
  "?view=national",
  "?view=region&r=CN-GZ",
  "?view=compare&cl=prefectures",
  "?ek=asset_sale",
  "?lang=ZH",
  "?lang=fr",
  "?r=CN-GZ&p=520100",
];

describe("the boot script, before any app code runs", () => {
  for (const search of LINKS)
    for (const systemDark of [false, true])
      it(`${search || "(no query)"} with a ${systemDark ? "dark" : "light"} system`, () =>
        check({ search, systemDark }));

  it("a Chinese browser without lang in the link hides the prerendered English words", () => {
    expect(boot({ search: "", languages: ["zh-CN", "en"] }).prepaint.has("words")).toBe(true);
    check({ search: "", languages: ["zh-CN", "en"] });
    check({ search: "?lang=en", languages: ["zh-TW"] });
    check({ search: "", languages: ["fr-FR", "zh"] });
  });

  it("the default view shows the whole prerendered map; the issue's two examples do not show its colours or words", () => {
    expect([...boot({ search: "" }).prepaint]).toEqual([]);
    expect(boot({ search: "?m=debt_gdp&y=2019" }).prepaint.has("neutral")).toBe(true);
    expect(boot({ search: "?r=CN-GZ&lang=zh" }).prepaint).toEqual(new Set(["words", "side"]));
  });

  it("keeps its promises on hostile and generated links", () => {
    for (const search of hostileQueries(300, 7, ["cn-example-event"])) check({ search });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("m", "y", "v", "view", "r", "p", "lang", "ek", "embed", "theme", "q", "zz"),
            fc.constantFrom(
              "",
              "balance",
              "2024",
              "2019",
              "2025-06",
              "2",
              "map",
              "region",
              "debt_gdp",
              "zh",
              "en",
              "1",
              "CN-GZ",
              " x",
            ),
          ),
          { maxLength: 5 },
        ),
        (pairs) => check({ search: `?${new URLSearchParams(pairs).toString()}` }),
      ),
      { seed: 11, numRuns: 400 },
    );
  });

  it("a browser without matchMedia gets the light theme, not an error", () => {
    const attrs = new Map<string, string>();
    runInNewContext(SCRIPT, {
      document: { documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) } },
      location: { search: "" },
      navigator: { languages: [] },
      URLSearchParams,
      window: {},
    });
    expect(attrs.get("data-theme")).toBe("light");
  });
});
