/** Which revised figures a pinned view says: the ones it shows, and each figure once. */
import { describe, expect, it } from "vitest";
import type { Revision } from "../../src/data/releases";
import { revisionsForView, shownFields } from "../../src/features/releases/lib/view-revisions";
import { DEFAULT_VIEW, type ViewState } from "../../src/state/view-state";

const rev = (file: string, province: string, period: string, patch: Partial<Revision> = {}): Revision => ({
  file,
  kind: "changed",
  province,
  place: "",
  period,
  label: "",
  fields: [{ name: "total_bn_cny", old: "1", new: "2" }],
  ...patch,
});
const ADCODES: Record<string, string> = { "CN-GZ": "520000", "CN-YN": "530000", "CN-TJ": "120000" };
const adcodeOf = (iso: string) => ADCODES[iso];
const ALL = [
  rev("debt_balance.csv", "520000", "2024-12-31"),
  rev("debt_balance.csv", "530000", "2023-12-31"),
  rev("macro.csv", "530000", "2024", { label: "gdp" }),
  rev("national.csv", "", "2024-12-31", { label: "local_gov_debt_balance" }),
  rev("events.csv", "120000", "2025-03-01", { kind: "added" }),
  rev("prefecture_debt.csv", "520000", "2022", { place: "520100" }),
];
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const files = (list: Revision[]) => list.map((r) => `${r.file}:${r.province}:${r.period}`);

describe("the revisions a pinned view shows", () => {
  it("a province: every row about it, its prefectures' included, whatever the year", () => {
    expect(files(revisionsForView(ALL, view({ region: "CN-GZ" }), adcodeOf))).toEqual([
      "debt_balance.csv:520000:2024-12-31",
      "prefecture_debt.csv:520000:2022",
    ]);
  });
  it("the map: the provinces' figures of its period (yearly rows by their year), the rows behind its marks, the national summary", () => {
    expect(files(revisionsForView(ALL, view({ period: "2024" }), adcodeOf))).toEqual([
      "debt_balance.csv:520000:2024-12-31",
      "macro.csv:530000:2024",
      "national.csv::2024-12-31",
      "events.csv:120000:2025-03-01",
    ]);
    expect(files(revisionsForView(ALL, view({ period: "2023" }), adcodeOf))).toEqual([
      "debt_balance.csv:530000:2023-12-31",
      "national.csv::2024-12-31",
      "events.csv:120000:2025-03-01",
    ]);
  });
  it("National: the national series alone; Events: the events (of the filtered province)", () => {
    expect(files(revisionsForView(ALL, view({ view: "national" }), adcodeOf))).toEqual(["national.csv::2024-12-31"]);
    expect(revisionsForView(ALL, view({ view: "events" }), adcodeOf)).toHaveLength(1);
    expect(revisionsForView(ALL, view({ view: "events", region: "CN-GZ" }), adcodeOf)).toHaveLength(0);
  });
  it("Compare: its provinces' figures, or the prefecture rows for the league; Sources: everything", () => {
    expect(files(revisionsForView(ALL, view({ view: "compare", compare: ["CN-YN"] }), adcodeOf))).toEqual([
      "debt_balance.csv:530000:2023-12-31",
      "macro.csv:530000:2024",
    ]);
    expect(files(revisionsForView(ALL, view({ view: "compare", compareLevel: "prefectures" }), adcodeOf))).toEqual([
      "prefecture_debt.csv:520000:2022",
    ]);
    expect(revisionsForView(ALL, view({ view: "sources" }), adcodeOf)).toHaveLength(ALL.length);
  });
});

describe("the columns a revision says", () => {
  it("says a figure once: not its copy in 100m yuan, nor the map's total beside the total", () => {
    const fields = [
      { name: "total_bn_cny", old: "1", new: "2" },
      { name: "total_100m_cny", old: "10", new: "20" },
      { name: "map_total_bn_cny", old: "1", new: "2" },
      { name: "general_100m_cny", old: "5", new: "6" },
    ];
    expect(shownFields(fields).map((f) => f.name)).toEqual(["total_bn_cny", "general_100m_cny"]);
  });
});
