import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW,
  NO_FLAGS,
  linkedRegion,
  showsNationalSummary,
  parseView,
  serialiseView,
  type ViewState,
} from "../../src/state/view-state";
import { CURRENT_VERSION } from "../../src/state/migrations";
import { reasonMessages } from "../../src/state/reason-messages";
import { PARAM_SLOTS } from "../../src/state/url-params";

/** The notice's English words for an ignored parameter's reason code. */
const said = (reason: keyof typeof reasonMessages.en) => reasonMessages.en[reason];

const REGIONS = new Set(["CN-NM", "CN-GZ", "CN-BJ"]);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("parseView", () => {
  it("an empty query opens the default view", () => {
    expect(parseView("", REGIONS)).toEqual({ view: DEFAULT_VIEW, flags: NO_FLAGS, ignored: [], migratedFrom: null });
  });

  it("reads every parameter under its public name", () => {
    const r = parseView(
      "?v=2&view=national&r=CN-NM&m=debt_gdp&y=2024&theme=dark&embed=1&controls=1&transparent=1&static=1",
      REGIONS,
    );
    expect(r.view).toEqual(
      view({ view: "national", region: "CN-NM", metric: "debt_gdp", period: "2024", theme: "dark" }),
    );
    expect(r.flags).toEqual({ embed: true, controls: true, transparent: true, static: true });
    expect(r.ignored).toEqual([]);
  });

  it("accepts a region code in lower case", () => {
    expect(parseView("?v=2&r=cn-gz", REGIONS).view.region).toBe("CN-GZ");
  });

  it.each([
    ["?v=2&m=gdp", "m", "not a metric"],
    ["?v=2&y=2014", "y", "not a period"],
    ["?v=2&y=2025-07", "y", "not a period"],
    ["?v=2&r=CN-HK", "r", "not a covered province"],
    ["?v=2&r=<script>alert(1)</script>", "r", "not a covered province"],
    ["?v=2&zoom=3", "zoom", "unknown parameter"],
    ["?v=2&theme=neon", "theme", "not a theme"],
    ["?v=2&lang=fr", "lang", "not a language"],
    ["?v=2&lang=<b>zh</b>", "lang", "not a language"],
    ["?v=2&view=atlas", "view", "not a view"],
    ["?v=2&embed=yes", "embed", "use 1"],
    ["?v=2&view=region", "view", "needs a region"],
    ["?v=abc", "v", "not a link version"],
    ["?v=99", "v", "newer atlas"],
    ["?v=2&ix=2025-06", "ix", "not a year-end"],
    ["?v=2&b=1999", "b", "not a year-end"],
    ["?v=2&from=2024-13", "from", "not a date"],
    ["?v=2&ev=<img>", "ev", "not an event id"],
  ])("%s opens the default for %s and says why", (query, name, reason) => {
    const { view, ignored } = parseView(query, REGIONS);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(ignored).toHaveLength(1);
    expect(ignored[0].name).toBe(name);
    expect(said(ignored[0].reason)).toContain(reason);
  });

  it("keeps the valid parameters of a link that also has invalid ones", () => {
    const { view, ignored } = parseView("?v=2&r=CN-NM&m=nope&y=2020", REGIONS);
    expect(view).toEqual(viewWith({ region: "CN-NM", period: "2020" }));
    expect(ignored.map((i) => i.name)).toEqual(["m"]);
  });

  it("uses the first of repeated parameters and reports the rest", () => {
    const { view, ignored } = parseView("?v=2&y=2019&y=2020", REGIONS);
    expect(view.period).toBe("2019");
    expect(ignored).toEqual([{ name: "y", value: "2020", reason: "repeated" }]);
    expect(said("repeated")).toBe("repeated; the first value is used");
  });

  it("shortens very long values in what it reports", () => {
    const { ignored } = parseView(`?v=2&m=${"x".repeat(5000)}`, REGIONS);
    expect(ignored[0].value.length).toBeLessThanOrEqual(41);
  });

  it.each(PARAM_SLOTS.map((s) => [s.name]))("knows %s: a second copy is reported as repeated, not unknown", (name) => {
    const { ignored } = parseView(`?v=2&${name}=1&${name}=2`, REGIONS);
    expect(ignored.map((i) => i.reason)).not.toContain("unknown");
    expect(ignored).toContainEqual({ name, value: "2", reason: "repeated" });
  });

  it("never throws on malformed percent-encoding", () => {
    expect(() => parseView("?r=%E0%A4%A&m=%", REGIONS)).not.toThrow();
  });
});

describe("a prefecture", () => {
  it("is read with its province, and written after every other parameter", () => {
    const r = parseView("?v=2&r=CN-GZ&p=520100&y=2023", REGIONS);
    expect(r.view).toEqual(view({ region: "CN-GZ", prefecture: "520100", period: "2023" }));
    expect(serialiseView(r.view)).toBe("?v=2&r=CN-GZ&y=2023&p=520100");
  });

  it("without its province, or not a prefecture code, is dropped with the reason", () => {
    expect(parseView("?p=520100", REGIONS)).toMatchObject({
      view: DEFAULT_VIEW,
      ignored: [{ name: "p", value: "520100", reason: "prefecture_needs_region" }],
    });
    for (const bad of ["520000", "52010", "5201000", "abc123"]) {
      const r = parseView(`?r=CN-GZ&p=${bad}`, REGIONS);
      expect(r.view.prefecture).toBeNull();
      expect(r.ignored).toEqual([{ name: "p", value: bad, reason: "not_prefecture" }]);
    }
  });
});

describe("the prefecture league", () => {
  it("reads the level, the grade filter and the places, and writes them after every other parameter", () => {
    const r = parseView("?v=2&view=compare&m=debt_gdp&y=2023&cl=prefectures&pg=official&pp=key", REGIONS);
    expect(r.ignored).toEqual([]);
    expect(r.view).toEqual(
      view({
        view: "compare",
        metric: "debt_gdp",
        period: "2023",
        compareLevel: "prefectures",
        gradeFloor: "official",
        prefectureScope: "key",
      }),
    );
    expect(serialiseView(r.view)).toBe("?v=2&view=compare&m=debt_gdp&y=2023&cl=prefectures&pg=official&pp=key");
    // One province, in any case; the defaults (provinces, every grade, every province) are left out.
    expect(parseView("?v=2&view=compare&cl=prefectures&pp=cn-gz", REGIONS).view.prefectureScope).toBe("CN-GZ");
    expect(serialiseView(view({ view: "compare" }))).toBe("?v=2&view=compare");
  });

  it.each([
    ["cl", "cities", "not a Compare level (provinces, prefectures)"],
    ["pg", "A1", "not a grade filter (all, secondary, official)"],
    ["pp", "CN-XX", "not a province code (e.g. CN-GZ) or key"],
  ])("%s=%s falls back to the default and says why", (name, value, reason) => {
    const r = parseView(`?v=2&view=compare&${name}=${value}`, REGIONS);
    expect(r.view).toEqual(view({ view: "compare" }));
    expect(r.ignored).toHaveLength(1);
    expect(r.ignored[0]).toMatchObject({ name, value });
    expect(said(r.ignored[0].reason)).toBe(reason);
  });
});

describe("lists and ranges", () => {
  it("keeps the valid codes of a compare list and reports the rest", () => {
    const { view, ignored } = parseView("?v=2&cr=CN-GZ,cn-nm,CN-XX,CN-GZ", REGIONS);
    expect(view.compare).toEqual(["CN-GZ", "CN-NM"]);
    expect(ignored).toEqual([{ name: "cr", value: "CN-XX", reason: "not_regions" }]);
    expect(said("not_regions")).toBe("not covered province codes; the others are kept");
  });

  it("keeps known event kinds and reports unknown ones", () => {
    const { view, ignored } = parseView("?v=2&ek=policy,bribe", REGIONS);
    expect(view.eventKinds).toEqual(["policy"]);
    expect(ignored[0].name).toBe("ek");
  });

  it("swaps a reversed date range and says so", () => {
    const { view, ignored } = parseView("?v=2&from=2025&to=2023-06", REGIONS);
    expect([view.from, view.to]).toEqual(["2023-06", "2025"]);
    expect(said(ignored[0].reason)).toContain("swapped");
  });

  it("shortens a very long search and says so", () => {
    const { view, ignored } = parseView(`?v=2&q=${"a".repeat(300)}`, REGIONS);
    expect(view.query).toHaveLength(100);
    expect(ignored[0].name).toBe("q");
  });
});

describe("old links", () => {
  it("a first-release link (no version) opens the same view and is marked as migrated", () => {
    const r = parseView("?r=CN-NM&m=debt_gdp&y=2024", REGIONS);
    expect(r.view).toEqual(view({ region: "CN-NM", metric: "debt_gdp", period: "2024" }));
    expect(r.migratedFrom).toBe(1);
    expect(r.ignored).toEqual([]);
    expect(serialiseView(r.view)).toBe(`?v=${CURRENT_VERSION}&r=CN-NM&m=debt_gdp`);
  });
});

describe("showsNationalSummary (read before the data is in)", () => {
  it("is true for the National view and for the full atlas's map with no province open", () => {
    for (const link of [
      "",
      "?v=2&m=debt_gdp&y=2019",
      "?v=2&view=national",
      "?v=2&embed=1&view=national",
      "?lang=zh",
      "?v=2&r=",
    ])
      expect(showsNationalSummary(link), link).toBe(true);
  });

  it("is false where a province is open, in an embed of anything else, and on the other views", () => {
    for (const link of [
      "?v=2&r=CN-GZ",
      "?r=cn-gz&lang=zh",
      "?v=2&embed=1&m=debt_gdp",
      "?v=2&embed=1&r=CN-GZ",
      "?v=2&view=compare",
      "?v=2&view=events",
      "?v=2&view=sources",
    ])
      expect(showsNationalSummary(link), link).toBe(false);
  });
});

describe("linkedRegion (read before the data lists the provinces)", () => {
  it("names the province a link opens, in any version, case or embed", () => {
    expect(linkedRegion("?v=2&r=CN-GZ")).toBe("CN-GZ");
    expect(linkedRegion("?r=cn-gz&lang=zh")).toBe("CN-GZ");
    expect(linkedRegion("?r=CN-NM&m=debt_gdp&y=2024")).toBe("CN-NM");
    expect(linkedRegion("?v=2&embed=1&r=CN-GZ")).toBe("CN-GZ");
  });

  it("is null when the link opens none, or names a region the parser would not take", () => {
    for (const link of [
      "",
      "?v=2&m=debt_gdp",
      "?v=2&r=",
      "?v=2&r=%3Cscript%3E",
      "?v=2&view=compare&c=CN-GZ",
      "?v=2&view=events&r=CN-GZ",
      "?%E0%A4%A",
    ])
      expect(linkedRegion(link), link).toBeNull();
  });

  it("agrees with the full parse for every covered province", () => {
    for (const code of REGIONS)
      expect(linkedRegion(`?v=2&r=${code}`)).toBe(parseView(`?v=2&r=${code}`, REGIONS).view.region);
  });
});

describe("serialiseView", () => {
  it("omits defaults, so the default view has a bare URL", () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe("");
  });

  it("round-trips every view through the URL", () => {
    for (const v of [
      view({ region: "CN-NM", metric: "debt_gdp", period: "2024" }),
      view({ metric: "debt_revenue", period: "2025-06", theme: "projector" }),
      view({ view: "region", region: "CN-GZ", period: "2015", theme: "dark" }),
      view({ view: "national", theme: "light" }),
      view({ view: "national", lang: "zh" }),
      view({ region: "CN-GZ", lang: "en", theme: "dark" }),
      view({ region: "CN-GZ", period: "2023", metric: "debt_gdp", prefecture: "520100" }),
      view({
        view: "compare",
        compare: ["CN-GZ", "CN-NM"],
        metric: "debt_revenue",
        indexBase: "2023",
        changeBase: "2019",
      }),
      view({
        view: "events",
        region: "CN-BJ",
        eventKinds: ["asset_sale", "policy"],
        from: "2023-09",
        to: "2025",
        query: "砸锅卖铁 sale",
        event: "nm-exit-2025",
      }),
    ]) {
      expect(parseView(serialiseView(v), REGIONS)).toEqual({
        view: v,
        flags: NO_FLAGS,
        ignored: [],
        migratedFrom: null,
      });
    }
  });

  it("writes the version first and parameters in a fixed order", () => {
    expect(serialiseView(view({ region: "CN-NM", metric: "debt_gdp", period: "2020" }))).toBe(
      "?v=2&r=CN-NM&m=debt_gdp&y=2020",
    );
  });

  it("adds render flags only when asked", () => {
    const v = view({ view: "national" });
    expect(serialiseView(v, { ...NO_FLAGS, embed: true, static: true })).toBe("?v=2&view=national&embed=1&static=1");
  });
});

function viewWith(patch: Partial<ViewState>): ViewState {
  return view(patch);
}
