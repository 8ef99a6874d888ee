/**
 * What an event's amount measures (events.csv amount_measure) and which amounts overlap: the rules
 * a reader depends on before comparing two amounts, checked on the real data and on broken copies.
 */
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/csv";
import { AMOUNT_MEASURES } from "../../src/data/amount-measures";
import { checkEvents } from "../../src/data/check-generated";
import { formatIssue } from "../../src/data/validate";
import { amountLabel } from "../../src/features/events/lib/event-format";
import { eventsCsv } from "../../src/features/export/lib/views/events";
import { readDataFiles, validateTexts } from "../support/csv-data";
import { realEvents, realIndex } from "../support/real-data";

const texts = readDataFiles();
const events = realEvents();
const byId = new Map(events.map((e) => [e.id, e]));

/** events.csv with one field of the row `id` replaced (fields found by the CSV parser, written back quoted). */
function withField(id: string, field: string, value: string): string {
  const text = texts["events.csv"];
  const lines = text.split("\n");
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  const record = parsed.records.find((r) => r.values.id === id)!;
  const cells = parsed.header.map((h) => (h === field ? value : record.values[h]));
  lines[record.line - 1] = cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  return lines.join("\n");
}

const issuesFor = (eventsText: string) => {
  const result = validateTexts({ ...texts, "events.csv": eventsText });
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe("the events file", () => {
  it("has unique ids, the 142 rows merged in 2026-12 included", () => {
    const parsed = parseCsv(texts["events.csv"]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const ids = parsed.records.map((r) => r.values.id);
    expect(new Set(ids).size).toBe(ids.length);
    // 174 rows before the merge, 84 + 58 after it.
    expect(ids).toHaveLength(174 + 84 + 58);
    for (const id of [
      "gz-guiyang-gongtou-stake-to-province-2025-12", // first file's priced asset sales
      "jl-provincial-offices-345-properties-revitalised-2025",
      "tj-zhonghuan-group-100pct-to-tcl-2020-09", // second file's
      "nx-shizuishan-idle-state-assets-revitalised-2023-06", // its last row
    ])
      expect(ids).toContain(id);
  });

  it("says what every amount measures, in a known code, and sets no measure without an amount", () => {
    const withAmount = events.filter((e) => e.amountBn !== null);
    expect(withAmount.length).toBeGreaterThan(100);
    for (const e of events) {
      if (e.amountBn === null) expect(e.amountMeasure, e.id).toBeNull();
      else expect(AMOUNT_MEASURES, e.id).toContain(e.amountMeasure);
    }
  });

  it("records the measures the data README gives for the priced asset sales", () => {
    // What each amount is, as listed in the notes of the files merged in 2026-12 (data/README.md).
    const expected: Record<string, string> = {
      "gz-guiyang-gongtou-stake-to-province-2025-12": "sale_price", // agreed price
      "yn-chengtou-zhongjian-suifeng-70pct-listing-2025-09": "listing_price", // listing floor price
      "qh-sct-xining-steel-shares-for-debt-2025-11": "debt_settled_in_kind", // debt principal offset by shares
      "gx-energy-swaps-guohai-stake-2025-09": "asset_swap_value", // value offset in an asset swap
      "gs-mining-rights-sales-2021-2025": "mining_right_income", // cumulative transaction price
      "cq-shapingba-2023-land-transfer-income": "land_transfer_income",
      "cq-shapingba-2023-equity-transfers-pledges": "equity_transfer_and_pledge",
      "jl-idle-govt-assets-revitalised-110bn-2025": "revitalised_asset_value", // not cash
      "yn-chengtou-gemdale-framework-deposit-2019-10": "earnest_money",
      "qh-salt-lake-fifth-asset-auction-fails-2020-01": "opening_price_no_sale", // court auction, no bid
      "ln-shengjing-bank-sells-176bn-assets-to-liaoning-amc-2023-09": "bank_asset_price",
      "ln-small-bank-special-bonds-13-5bn-2022-04": "bond_size",
      "nm-five-clean-ups-idle-funds-4-5bn-2022-09": "idle_funds_returned",
      "nm-hadatu-coalfield-right-13-9bn": "mining_right_price",
      "cq-fuling-flgc202203-limestone-listing-2022-07": "mining_right_starting_price",
    };
    for (const [id, measure] of Object.entries(expected)) expect(byId.get(id)?.amountMeasure, id).toBe(measure);
  });

  it("marks the overlapping totals the README says not to add, on both sides", () => {
    const pairs = [
      ["nm-92-mining-rights-22bn-since-2024", "nm-hadatu-coalfield-right-13-9bn"],
      ["nm-92-mining-rights-22bn-since-2024", "nm-huolinhe-no4-coalfield-right-2-9bn"],
      ["nm-alxa-7-mining-rights-jan-jul-2025", "nm-alxa-right-banner-silica-right-2025"],
      ["gs-mining-rights-sales-2021-2025", "gs-mining-rights-2022-269-rights-38bn"],
      ["gs-mining-rights-sales-2021-2025", "gs-mining-rights-2023-first-batch-1-3bn"],
      ["gs-mining-rights-sales-2021-2025", "gs-17-mining-rights-1-7bn-2024-06"],
      ["yn-chengtou-gemdale-framework-deposit-2019-10", "yn-chengtou-dongguan-yuntou-90pct-to-poly-2019-12"],
    ];
    for (const [a, b] of pairs) {
      expect(byId.get(a)!.amountOverlaps, a).toContain(b);
      expect(byId.get(b)!.amountOverlaps, b).toContain(a);
    }
    for (const e of events)
      for (const other of e.amountOverlaps) expect(byId.get(other)?.amountOverlaps).toContain(e.id);
  });
});

describe("the data build refuses, naming file, line and field", () => {
  const line = (id: string) => texts["events.csv"].split("\n").findIndex((l) => l.startsWith(`${id},`)) + 1;

  it("an amount without a measure", () => {
    const id = "gz-guiyang-gongtou-stake-to-province-2025-12";
    expect(issuesFor(withField(id, "amount_measure", ""))).toEqual([
      `data/events.csv:${line(id)}: field "amount_measure": an amount must say what it measures (a code, or not_stated)`,
    ]);
  });

  it("a measure that is not a code, or one without an amount", () => {
    const id = "gz-guiyang-gongtou-stake-to-province-2025-12";
    expect(issuesFor(withField(id, "amount_measure", "agreed price"))[0]).toMatch(
      new RegExp(`^data/events.csv:${line(id)}: field "amount_measure": "agreed price" must be empty or a code`),
    );
    const none = events.find((e) => e.amountBn === null)!.id;
    expect(issuesFor(withField(none, "amount_measure", "sale_price"))).toEqual([
      `data/events.csv:${line(none)}: field "amount_measure": "sale_price" is set but the row has no amount`,
    ]);
  });

  it("an overlap named on one side only, or naming no event", () => {
    const id = "gs-mining-rights-2022-269-rights-38bn";
    expect(
      issuesFor(withField(id, "amount_overlaps", "gs-mining-rights-sales-2021-2025;gs-17-mining-rights-1-7bn-2024-06")),
    ).toEqual([
      `data/events.csv:${line(id)}: field "amount_overlaps": "gs-17-mining-rights-1-7bn-2024-06" must list "${id}" in its amount_overlaps too`,
    ]);
    expect(issuesFor(withField(id, "amount_overlaps", "no-such-event"))).toContain(
      `data/events.csv:${line(id)}: field "amount_overlaps": "no-such-event" is not an event id`,
    );
  });

  it("a generated events file whose amount has lost its measure", () => {
    const k = events.findIndex((e) => e.amountBn !== null);
    const damaged = events.map((e, i) => (i === k ? { ...e, amountMeasure: null } : e));
    expect(checkEvents(damaged)).toBe(`events[${k}].amountMeasure: missing for an amount`);
    expect(checkEvents(events)).toBeNull();
  });
});

describe("an amount as the reader sees it", () => {
  const guiyang = byId.get("gz-guiyang-gongtou-stake-to-province-2025-12")!;

  it("says what it measures, in both languages", () => {
    // The row: 100.00亿元 = 10 bn, "agreed sale price" in its notes.
    expect(amountLabel(guiyang, "en")).toBe("10 bn CNY (sale price)");
    expect(amountLabel(guiyang, "zh")).toBe("100亿元（成交价格）");
    const listing = byId.get("tj-port-lists-cr-storage-60pct-2025-11")!; // 2252.43万元 floor price
    expect(amountLabel(listing, "en")).toBe("22.5243 mn CNY (asking price, outcome unknown)");
    // Under 1亿 in 万元, as the source printed it.
    expect(amountLabel(listing, "zh")).toBe("2252.43万元（挂牌价，结果不详）");
    expect(amountLabel(byId.get("gz-gaosu-mining-25pct-listing-2025-07")!, "en")).toMatch(/^5\.012 mn CNY/);
  });

  it("goes into the Events CSV with its measure: the code in English, words in Chinese", () => {
    const index = realIndex();
    const en = eventsCsv(index, [guiyang], "en");
    const zh = eventsCsv(index, [guiyang], "zh");
    const cell = (t: typeof en, name: string) => t.rows[0][t.header.indexOf(name)];
    expect(cell(en, "amount_bn_cny")).toBe(10);
    expect(cell(en, "amount_measure")).toBe("sale_price");
    expect(cell(zh, "金额（亿元）")).toBe(100);
    expect(cell(zh, "金额含义")).toBe("成交价格");
    const hadatu = eventsCsv(index, [byId.get("nm-hadatu-coalfield-right-13-9bn")!], "en");
    expect(cell(hadatu, "amount_overlaps")).toBe("nm-92-mining-rights-22bn-since-2024");
  });
});
