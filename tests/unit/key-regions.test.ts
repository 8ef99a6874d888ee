import { describe, expect, it } from "vitest";
import { isKeyAt, keyStatusAt, startOf } from "../../src/data/key-regions";
import { realIndex } from "../support/real-data";
import type { KeyRegionRecord } from "../../src/data/atlas-types";
import { KEY_REGIONS_2023 } from "../support/key-regions";

const source = { name: "s", date: "2025-01-01", url: "", quote: "q", strength: null };
function record(adcode: string, change: KeyRegionRecord["change"] = null): KeyRegionRecord {
  return {
    adcode,
    nameEn: adcode,
    status: "",
    listedDate: "2023-09",
    listedDocument: "",
    listedDocumentZh: "",
    listedBasis: "",
    listedSource: source,
    change,
    notes: "",
  };
}

describe("key-region membership as of a date", () => {
  const records = [
    record("A"),
    record("B", { kind: "exit (first of 12)", kindZh: "", isExit: true, date: "2025-08", precision: "month", source }),
    record("C", {
      kind: "application to exit",
      kindZh: "",
      isExit: false,
      date: "2025-03-06",
      precision: "day",
      source,
    }),
  ];

  it("before the list existed, no region is key and the status says so", () => {
    expect(keyStatusAt(records, "A", "2022-12-31")).toEqual({ kind: "list-not-yet", listedFrom: "2023-09-01" });
    expect(isKeyAt(records, "A", "2023-08-31")).toBe(false);
  });

  it("a listed region is key from its listing month", () => {
    expect(isKeyAt(records, "A", "2023-09-01")).toBe(true);
    expect(isKeyAt(records, "A", "2025-12-31")).toBe(true);
  });

  it("an exit dated to a month takes effect from that month, not before", () => {
    expect(isKeyAt(records, "B", "2025-07-31")).toBe(true);
    expect(keyStatusAt(records, "B", "2025-08-01").kind).toBe("exited");
  });

  it("an application to exit is noted but does not remove the region", () => {
    const s = keyStatusAt(records, "C", "2025-12-31");
    expect(s.kind).toBe("listed");
    expect(s.kind === "listed" && s.pendingNote).toContain("application to exit");
  });

  it("a region not on the list is never key", () => {
    expect(keyStatusAt(records, "Z", "2024-12-31")).toEqual({ kind: "never" });
  });

  it("partial dates start at the first day they allow", () => {
    expect([startOf("2025"), startOf("2025-08"), startOf("2025-08-06")]).toEqual([
      "2025-01-01",
      "2025-08-01",
      "2025-08-06",
    ]);
  });
});

describe("membership in the real data", () => {
  const index = realIndex();
  const keyAt = (date: string) =>
    index.covered
      .filter((p) => isKeyAt(index.data.keyRegions, p.adcode, date))
      .map((p) => p.iso)
      .sort();

  it("12 key regions at end-2024, as named for Document No. 47", () => {
    expect(keyAt("2024-12-31")).toEqual([...KEY_REGIONS_2023].sort());
  });

  it("Inner Mongolia is no longer key at end-2025 but still was at mid-2025", () => {
    expect(keyAt("2025-06-30")).toContain("CN-NM");
    expect(keyAt("2025-12-31")).not.toContain("CN-NM");
    expect(keyAt("2025-12-31")).toHaveLength(11);
  });

  it("no region is key at end-2022, before the list was drawn", () => {
    expect(keyAt("2022-12-31")).toEqual([]);
  });
});
