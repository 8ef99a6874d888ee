/**
 * What was sold: a province's priced asset sales grouped by what the amount measures; a total only
 * within a measure of single sales, and never over rows the data says overlap. Expected values are
 * read from data/events.csv here.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/data/csv";
import { salesOf, SUMMABLE } from "../../src/features/region/lib/sales";
import { realEvents } from "../support/real-data";
import { DATA_DIR } from "../support/csv-data";

const parsed = parseCsv(readFileSync(join(DATA_DIR, "events.csv"), "utf8"));
if (!parsed.ok) throw new Error(parsed.reason);
const rows = parsed.records.map((r) => r.values);
const events = realEvents();

describe("what was sold", () => {
  it("lists every priced asset sale of the province once, in the group of its measure", () => {
    for (const province of ["520000", "500000", "530000", "620000"]) {
      const expected = rows.filter(
        (r) => r.kind === "asset_sale" && r.amount_bn_cny !== "" && r.province_adcode === province,
      );
      const groups = salesOf(events, province);
      const listed = groups.flatMap((g) => g.events.map((e) => [e.id, g.measure]));
      expect(listed.sort()).toEqual(expected.map((r) => [r.id, r.amount_measure]).sort());
    }
  });

  it("totals only single sales of one measure, never across measures or over overlapping rows", () => {
    for (const province of new Set(rows.map((r) => r.province_adcode).filter(Boolean))) {
      for (const g of salesOf(events, province)) {
        if (g.total === null) continue;
        expect(SUMMABLE.has(g.measure)).toBe(true);
        expect(g.events.length).toBeGreaterThan(1);
        const sum = rows
          .filter((r) => g.events.some((e) => e.id === r.id))
          .reduce((acc, r) => acc + Number(r.amount_bn_cny), 0);
        expect(g.total).toBeCloseTo(sum, 9);
        const ids = new Set(g.events.map((e) => e.id));
        expect(g.events.some((e) => e.amountOverlaps.some((id) => ids.has(id)))).toBe(false);
      }
    }
    // Aggregates such as Gansu's mining-right income over several years are listed, not summed.
    const gansu = salesOf(events, "620000").find((g) => g.measure === "mining_right_income");
    expect(gansu?.events.length).toBeGreaterThan(1);
    expect(gansu?.total).toBeNull();
  });

  it("narrows to one prefecture by its code", () => {
    const guiyang = salesOf(events, "520000", "5201").flatMap((g) => g.events);
    expect(guiyang.length).toBeGreaterThan(0);
    for (const e of guiyang) expect(e.placeAdcode?.startsWith("5201")).toBe(true);
  });
});
