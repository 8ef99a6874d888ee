import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseView, serialiseView } from "../../src/state/view-state";

const REGIONS = new Set(["CN-NM", "CN-GZ", "CN-BJ"]);

describe("parseView", () => {
  it("an empty query opens the default view", () => {
    expect(parseView("", REGIONS)).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  it("reads region, metric and period under their public names", () => {
    expect(parseView("?r=CN-NM&m=debt_gdp&y=2024", REGIONS).view).toEqual({ region: "CN-NM", metric: "debt_gdp", period: "2024" });
    expect(parseView("y=2025-06", REGIONS).view.period).toBe("2025-06");
  });

  it("accepts a region code in lower case", () => {
    expect(parseView("?r=cn-gz", REGIONS).view.region).toBe("CN-GZ");
  });

  it.each([
    ["?m=gdp", "m", "not a metric"],
    ["?y=2014", "y", "not a period"],
    ["?y=2025-07", "y", "not a period"],
    ["?r=CN-HK", "r", "not a covered province"],
    ["?r=<script>alert(1)</script>", "r", "not a covered province"],
    ["?zoom=3", "zoom", "unknown parameter"],
  ])("%s opens the default for %s and says why", (query, name, reason) => {
    const { view, ignored } = parseView(query, REGIONS);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(ignored).toHaveLength(1);
    expect(ignored[0].name).toBe(name);
    expect(ignored[0].reason).toContain(reason);
  });

  it("keeps the valid parameters of a link that also has invalid ones", () => {
    const { view, ignored } = parseView("?r=CN-NM&m=nope&y=2020", REGIONS);
    expect(view).toEqual({ region: "CN-NM", metric: DEFAULT_VIEW.metric, period: "2020" });
    expect(ignored.map((i) => i.name)).toEqual(["m"]);
  });

  it("uses the first of repeated parameters and reports the rest", () => {
    const { view, ignored } = parseView("?y=2019&y=2020", REGIONS);
    expect(view.period).toBe("2019");
    expect(ignored).toEqual([{ name: "y", value: "2020", reason: "repeated; the first value is used" }]);
  });

  it("shortens very long values in what it reports", () => {
    const { ignored } = parseView(`?m=${"x".repeat(5000)}`, REGIONS);
    expect(ignored[0].value.length).toBeLessThanOrEqual(41);
  });

  it("never throws on malformed percent-encoding", () => {
    expect(() => parseView("?r=%E0%A4%A&m=%", REGIONS)).not.toThrow();
  });
});

describe("serialiseView", () => {
  it("omits defaults, so the default view has a bare URL", () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe("");
  });

  it("round-trips every view through the URL", () => {
    for (const view of [
      { region: "CN-NM", metric: "debt_gdp" as const, period: "2024" },
      { region: null, metric: "debt_revenue" as const, period: "2025-06" },
      { region: "CN-GZ", metric: "balance" as const, period: "2015" },
    ]) {
      expect(parseView(serialiseView(view), REGIONS)).toEqual({ view, ignored: [] });
    }
  });

  it("writes parameters in a fixed order", () => {
    expect(serialiseView({ region: "CN-NM", metric: "debt_gdp", period: "2020" })).toBe("?r=CN-NM&m=debt_gdp&y=2020");
  });
});
