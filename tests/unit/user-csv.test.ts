/**
 * The analyst's own CSV ("Your data"): the incremental parser and the row rules, on the atlas's real
 * province list. Expected values are written out by hand from the input text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvTokenizer } from "../../src/data/csv-tokenizer";
import { checkPeriod, checkValue } from "../../src/features/user-data/lib/user-csv-fields";
import { USER_CSV_LIMITS, type RowError, type UserCsvResult } from "../../src/features/user-data/lib/user-csv-format";
import { userValue } from "../../src/features/user-data/lib/user-csv-grid";
import { createUserCsvReader, parseUserCsv, tooLarge } from "../../src/features/user-data/lib/user-csv-reader";
import { realIndex } from "../support/real-data";

const provinces = realIndex().data.provinces;
const parse = (text: string) => parseUserCsv(text, provinces);

/** Errors without the optional fields that are undefined, for compact expectations. */
const brief = (r: UserCsvResult) => r.errors.map((e) => ({ row: e.row, column: e.column, kind: e.kind }));

function valuesOf(r: UserCsvResult): Record<string, number> {
  const out: Record<string, number> = {};
  r.data.periods.forEach((p, k) =>
    r.data.regions.forEach((adcode, j) => {
      const i = k * r.data.regions.length + j;
      if (r.data.rows[i] !== 0) out[`${adcode}|${p}`] = r.data.values[i];
    }),
  );
  return out;
}

describe("reading a well-formed file", () => {
  it("takes one value per province and period, with its line and source", () => {
    const r = parse("region,period,value,source\nCN-GZ,2024,1234.5,NBS\nCN-SC,2024,-3,\nCN-GZ,2023,7,MoF\n");
    expect(r.fatal).toBeNull();
    expect(r.rowsRead).toBe(3);
    expect(r.rejected).toBe(0);
    expect(r.data.periods).toEqual(["2023", "2024"]);
    expect(valuesOf(r)).toEqual({ "520000|2024": 1234.5, "510000|2024": -3, "520000|2023": 7 });
    expect(userValue(r.data, "520000", "2024")).toEqual({ value: 1234.5, row: 2, source: "NBS" });
    expect(userValue(r.data, "510000", "2024")).toEqual({ value: -3, row: 3, source: null });
    expect(userValue(r.data, "110000", "2024")).toBeNull();
    expect(userValue(r.data, "520000", "2022")).toBeNull();
  });

  it("recognises a province by code, name or romanisation, ignoring case and spaces", () => {
    const spellings = [
      "CN-GZ",
      "cn-gz",
      "520000",
      "Guizhou",
      " GUIZHOU ",
      "贵州",
      "贵州省",
      "Guizhou Sheng",
      "guizhousheng",
    ];
    for (const s of spellings) {
      const r = parse(`region,period,value\n"${s}",2024,1\n`);
      expect(r.rejected, s).toBe(0);
      expect(userValue(r.data, "520000", "2024")?.value, s).toBe(1);
    }
    // Names that differ by one letter stay apart.
    const r = parse(
      "region,period,value\nShanxi,2024,1\nShaanxi,2024,2\nInner Mongolia,2024,3\nNei Mongol Zizhiqu,2023,4\n",
    );
    expect(valuesOf(r)).toEqual({ "140000|2024": 1, "610000|2024": 2, "150000|2024": 3, "150000|2023": 4 });
  });

  it("accepts Chinese or differently-cased column names in any order and ignores other columns", () => {
    const zh = parse("数值,地区,时期,来源\n5,贵州,2024-06,财政部\n");
    expect(zh.rejected).toBe(0);
    expect(userValue(zh.data, "520000", "2024-06")).toEqual({ value: 5, row: 2, source: "财政部" });
    const mixed = parse("Notes, Region ,PERIOD,Value\nhello,CN-BJ,2020,9\n");
    expect(mixed.fatal).toBeNull();
    expect(mixed.ignoredColumns).toEqual(["Notes"]);
    expect(mixed.hasSource).toBe(false);
    expect(valuesOf(mixed)).toEqual({ "110000|2020": 9 });
  });

  it("reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes", () => {
    const r = parse(
      'region,period,value,source\nCN-GZ,2024,"1,234.5","Table 3, ""final"" figures\nsecond line"\nCN-SC,2024,2,x\n',
    );
    expect(r.rejected).toBe(0);
    expect(userValue(r.data, "520000", "2024")).toEqual({
      value: 1234.5,
      row: 2,
      source: 'Table 3, "final" figures\nsecond line',
    });
    // The next row starts on line 4: the quoted line break counts.
    expect(userValue(r.data, "510000", "2024")?.row).toBe(4);
  });

  it("strips a byte-order mark and reads CRLF and CR line ends", () => {
    const crlf = parse("\uFEFFregion,period,value\r\nCN-GZ,2024,1\r\nCN-SC,2024,2\r\n");
    expect(crlf.columns).toEqual(["region", "period", "value"]);
    expect(valuesOf(crlf)).toEqual({ "520000|2024": 1, "510000|2024": 2 });
    const cr = parse("region,period,value\rCN-GZ,2024,1\rCN-SC,2024,2");
    expect(valuesOf(cr)).toEqual({ "520000|2024": 1, "510000|2024": 2 });
    expect(userValue(cr.data, "510000", "2024")?.row).toBe(3);
  });

  it("skips blank lines and all-empty rows without counting them, keeping line numbers", () => {
    const r = parse("\nregion,period,value\n\n,,\nCN-GZ,2024,1\n   \n");
    expect(r.fatal).toBeNull();
    expect(r.rowsRead).toBe(1);
    expect(userValue(r.data, "520000", "2024")?.row).toBe(5);
  });

  it("reads a file without a final line break", () => {
    expect(valuesOf(parse("region,period,value\nCN-GZ,2024,1"))).toEqual({ "520000|2024": 1 });
  });
});

describe("numbers and periods", () => {
  it.each([
    ["1234.5", 1234.5],
    [" 42 ", 42],
    ["-3", -3],
    ["+7", 7],
    ["0.5", 0.5],
    [".5", 0.5],
    ["1.2e3", 1200],
    ["1,234", 1234],
    ["1,234,567.25", 1234567.25],
    ["-1,000", -1000],
  ])("reads %j as %d", (text, value) => {
    expect(checkValue(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "missing-value"],
    ["   ", "missing-value"],
    ["1.234,5", "bad-value"],
    ["12,34", "bad-value"],
    ["1 234", "bad-value"],
    ["5%", "bad-value"],
    ["$5", "bad-value"],
    ["NaN", "bad-value"],
    ["Infinity", "bad-value"],
    ["0x10", "bad-value"],
    ["—", "bad-value"],
    ["1e400", "not-finite"],
  ])("rejects %j as %s", (text, kind) => {
    expect(checkValue(text)).toEqual({ ok: false, kind });
  });

  it.each(["2024", "2025-06", "2024-02-29", "1900", "2100-12-31"])("accepts the period %j as written", (text) => {
    expect(checkPeriod(text)).toEqual({ ok: true, period: text });
  });

  it.each([
    ["", "missing-period"],
    ["2023-02-29", "bad-period"],
    ["2024-13", "bad-period"],
    ["2024-00", "bad-period"],
    ["2024-6", "bad-period"],
    ["2024/06", "bad-period"],
    ["24", "bad-period"],
    ["end-2024", "bad-period"],
    ["1899", "period-range"],
    ["2101-01", "period-range"],
  ])("rejects the period %j as %s", (text, kind) => {
    expect(checkPeriod(text)).toEqual({ ok: false, kind });
  });

  it("keeps 2024 and 2024-12-31 as two periods", () => {
    const r = parse("region,period,value\nCN-GZ,2024,1\nCN-GZ,2024-12-31,2\n");
    expect(r.rejected).toBe(0);
    expect(r.data.periods).toEqual(["2024", "2024-12-31"]);
  });
});

describe("short rows", () => {
  it("accepts a row that leaves off the optional source, as a spreadsheet writes an empty last cell", () => {
    const r = parse(["region,period,value,source", "CN-GZ,2024,1.5", "CN-SC,2024,2,survey"].join("\n"));
    expect(r.rejected).toBe(0);
    expect(userValue(r.data, "520000", "2024")).toEqual({ value: 1.5, row: 2, source: null });
    expect(userValue(r.data, "510000", "2024")).toEqual({ value: 2, row: 3, source: "survey" });
  });
});

describe("rejected rows", () => {
  it("names the row, the column as written in the header, and the problem, for every kind", () => {
    const text = [
      "Region,Period,Value,Source", // 1
      "CN-GZ,2024,1,ok", // 2 accepted
      "Atlantis,2024,1,x", // 3 unknown region
      "Hong Kong,2024,1,x", // 4 not covered
      ",2024,1,x", // 5 missing region
      "CN-SC,,1,x", // 6 missing period
      "CN-SC,2024/06,1,x", // 7 bad period
      "CN-SC,1850,1,x", // 8 period out of range
      "CN-SC,2024,,x", // 9 missing value
      "CN-SC,2024,12%,x", // 10 bad value
      "CN-SC,2024,1e999,x", // 11 not finite
      "CN-GZ,2024,5,again", // 12 duplicate of row 2
      "CN-SC,2024", // 13 too few fields: no value
      "CN-SC,2024,1,234,x", // 14 unquoted thousands separator: too many fields
      'CN-SC,20"24,1,x', // 15 quote inside an unquoted field
      'CN-SC,"2024"x,1,x', // 16 text after a closing quote
      `CN-SC,2024,1,${"s".repeat(USER_CSV_LIMITS.maxSourceChars + 1)}`, // 17 source too long
      "CN-SC,2024,2,fine", // 18 accepted
    ].join("\n");
    const r = parse(text);
    expect(r.fatal).toBeNull();
    expect(r.rowsRead).toBe(17);
    expect(r.rejected).toBe(15);
    expect(brief(r)).toEqual([
      { row: 3, column: "Region", kind: "unknown-region" },
      { row: 4, column: "Region", kind: "not-covered-region" },
      { row: 5, column: "Region", kind: "missing-region" },
      { row: 6, column: "Period", kind: "missing-period" },
      { row: 7, column: "Period", kind: "bad-period" },
      { row: 8, column: "Period", kind: "period-range" },
      { row: 9, column: "Value", kind: "missing-value" },
      { row: 10, column: "Value", kind: "bad-value" },
      { row: 11, column: "Value", kind: "not-finite" },
      { row: 12, column: null, kind: "duplicate" },
      { row: 13, column: null, kind: "field-count" },
      { row: 14, column: null, kind: "field-count" },
      { row: 15, column: "Period", kind: "malformed-quote" },
      { row: 16, column: "Period", kind: "malformed-quote" },
      { row: 17, column: "Source", kind: "source-too-long" },
    ]);
    const byRow = new Map<number, RowError>(r.errors.map((e) => [e.row, e]));
    expect(byRow.get(3)?.text).toBe("Atlantis");
    expect(byRow.get(10)?.text).toBe("12%");
    expect(byRow.get(12)?.firstRow).toBe(2);
    expect(byRow.get(13)).toMatchObject({ found: 2, expected: 4 });
    expect(byRow.get(14)).toMatchObject({ found: 5, expected: 4 });
    // The duplicate never replaces the first value; the missing value is never filled.
    expect(userValue(r.data, "520000", "2024")).toEqual({ value: 1, row: 2, source: "ok" });
    expect(userValue(r.data, "510000", "2024")).toEqual({ value: 2, row: 18, source: "fine" });
    expect(r.errorsByKind["field-count"]).toBe(2);
  });

  it("counts a row with several problems once, and lists each problem", () => {
    const r = parse("region,period,value\nAtlantis,someday,lots\n");
    expect(r.rejected).toBe(1);
    expect(r.errorCount).toBe(3);
    expect(brief(r).map((e) => e.kind)).toEqual(["unknown-region", "bad-period", "bad-value"]);
  });

  it("reports a quote that is never closed at the row where it opened, keeping the rows before it", () => {
    const r = parse('region,period,value,source\nCN-GZ,2024,1,a\nCN-SC,2024,2,"open\nCN-BJ,2024,3,b\nCN-TJ,2024,4,c\n');
    expect(valuesOf(r)).toEqual({ "520000|2024": 1 });
    expect(r.rowsRead).toBe(2);
    expect(brief(r)).toEqual([{ row: 3, column: null, kind: "unclosed-quote" }]);
  });

  it("cuts a field longer than the limit and rejects its row, then goes on", () => {
    const long = "x".repeat(USER_CSV_LIMITS.maxFieldChars + 10);
    const r = parse(`region,period,value,source\nCN-GZ,2024,1,"${long}"\nCN-SC,2024,2,b\n`);
    expect(brief(r)).toEqual([{ row: 2, column: "source", kind: "field-too-long" }]);
    expect(valuesOf(r)).toEqual({ "510000|2024": 2 });
  });

  it("keeps the first 1,000 problems in detail and counts them all", () => {
    const rows = Array.from({ length: 2500 }, (_, k) => `Nowhere,2024,${k}`);
    const r = parse(`region,period,value\n${rows.join("\n")}\n`);
    expect(r.rowsRead).toBe(2500);
    expect(r.rejected).toBe(2500);
    expect(r.errorCount).toBe(2500);
    expect(r.errors).toHaveLength(1000);
    expect(r.errors[999].row).toBe(1001);
  });

  it("stops taking new periods and new sources beyond the limits, and says so", () => {
    const days = (n: number) => {
      const out: string[] = [];
      for (let t = Date.UTC(1900, 0, 1); out.length < n; t += 86_400_000)
        out.push(new Date(t).toISOString().slice(0, 10));
      return out;
    };
    const periods = days(USER_CSV_LIMITS.maxPeriods + 2);
    const many = parse(`region,period,value\n${periods.map((p) => `CN-GZ,${p},1`).join("\n")}\n`);
    expect(many.data.periods).toHaveLength(USER_CSV_LIMITS.maxPeriods);
    expect(brief(many)).toEqual([
      { row: USER_CSV_LIMITS.maxPeriods + 2, column: "period", kind: "too-many-periods" },
      { row: USER_CSV_LIMITS.maxPeriods + 3, column: "period", kind: "too-many-periods" },
    ]);
    const sources = days(USER_CSV_LIMITS.maxSources + 1).map((p, k) => `CN-GZ,${p},1,source ${k}`);
    const manySources = parse(`region,period,value,source\n${sources.join("\n")}\n`);
    expect(manySources.data.sources).toHaveLength(USER_CSV_LIMITS.maxSources);
    expect(brief(manySources)).toEqual([
      { row: USER_CSV_LIMITS.maxSources + 2, column: "source", kind: "too-many-sources" },
    ]);
  });
});

describe("files that cannot be used", () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const fromBytes = (chunks: Uint8Array[]) => {
    const reader = createUserCsvReader(provinces);
    chunks.forEach((c) => reader.pushBytes(c));
    return reader.finish();
  };

  it.each([
    ["an empty file", "", { kind: "empty-file" }],
    ["only spaces and line breaks", " \r\n\n ", { kind: "empty-file" }],
    ["only a byte-order mark", "\uFEFF", { kind: "empty-file" }],
    ["a header without value", "region,period\nCN-GZ,2024\n", { kind: "missing-columns", missing: ["value"] }],
    [
      "data where the header should be",
      "CN-GZ,2024,1\n",
      { kind: "missing-columns", missing: ["region", "period", "value"] },
    ],
    ["two value columns", "region,period,value,数值\n", { kind: "duplicate-column", column: "数值" }],
    ["a NUL byte", "region,period,value\nCN-GZ,2024,1\u0000\n", { kind: "binary" }],
  ])("refuses %s", (_name, text, fatal) => {
    const r = parse(text);
    expect(r.fatal).toEqual(fatal);
    expect(r.rowsRead).toBe(0);
    expect(r.data.periods).toEqual([]);
  });

  it("says a header-only file has no rows, without calling it broken", () => {
    const r = parse("region,period,value\n");
    expect(r.fatal).toBeNull();
    expect(r.rowsRead).toBe(0);
    expect(r.data.periods).toEqual([]);
  });

  it("refuses bytes that are not UTF-8 (binary, or a GBK / UTF-16 file)", () => {
    expect(fromBytes([bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8)]).fatal?.kind).toBe("not-utf8");
    // 贵州 in GBK.
    expect(
      fromBytes([new TextEncoder().encode("region,period,value\n"), bytes(0xb9, 0xf3, 0xd6, 0xdd, 0x2c)]).fatal,
    ).toEqual({ kind: "not-utf8", offset: 20 });
    expect(fromBytes([bytes(0xff, 0xfe, 0x72, 0x00)]).fatal?.kind).toBe("not-utf8");
    // A UTF-8 character cut at the end of the file.
    expect(
      fromBytes([new TextEncoder().encode("region,period,value\nCN-GZ,2024,1,"), bytes(0xe8, 0xb4)]).fatal?.kind,
    ).toBe("not-utf8");
  });

  it("refuses files over 200 MB before reading them, and not 50 MB ones", () => {
    expect(tooLarge(50 * 1024 * 1024)).toBeNull();
    expect(tooLarge(200 * 1024 * 1024 + 1)).toEqual({ kind: "too-large", limit: 200 * 1024 * 1024 });
  });
});

describe("hostile content", () => {
  it("keeps markup and formula text as plain text, never altered", () => {
    const formula = "=cmd|' /C calc'!A0";
    const markup = '<img src=x onerror="alert(1)">';
    const r = parse(
      `region,period,value,source\nCN-GZ,2024,1,"${formula}"\nCN-SC,2024,2,<script>alert(1)</script>\nCN-BJ,2024,3,"${markup.replace(/"/g, '""')}"\n"${markup.replace(/"/g, '""')}",2024,4,x\n`,
    );
    expect(userValue(r.data, "520000", "2024")?.source).toBe(formula);
    expect(userValue(r.data, "510000", "2024")?.source).toBe("<script>alert(1)</script>");
    expect(userValue(r.data, "110000", "2024")?.source).toBe(markup);
    expect(r.errors).toEqual([{ row: 5, column: "region", kind: "unknown-region", text: markup }]);
  });

  it("cuts long offending text in a problem to 60 characters", () => {
    const r = parse(`region,period,value\n${"y".repeat(500)},2024,1\n`);
    expect(r.errors[0].text).toBe(`${"y".repeat(60)}…`);
  });
});

// ---------------------------------------------------------------------------------------------
// Chunk boundaries: the same text read in any pieces gives the same result.

const FIELD = fc.oneof(
  fc.constantFrom("CN-GZ", "贵州省", "guizhou", "Sichuan", "Atlantis", "Hong Kong", "", "  "),
  fc.constantFrom("2024", "2025-06", "2023-02-29", "x"),
  fc.constantFrom("1", "-2.5", "1,234.5", "", "12%", "1e999"),
  fc.constantFrom('say "hi"', "a,b", "line\nbreak", "crlf\r\nbreak", "<script>", "=1+1", "北京 ✓ 😀"),
  fc.string({ maxLength: 6 }),
);

function encodeField(value: string, forceQuotes: boolean): string {
  return forceQuotes || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csvFile = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    header: fc.constantFrom("region,period,value,source", "地区,时期,数值,来源", "Value,Region,Period"),
    rows: fc.array(fc.tuple(fc.array(FIELD, { minLength: 2, maxLength: 5 }), fc.boolean()), { maxLength: 25 }),
    trailingEol: fc.boolean(),
  })
  .map(({ bom, eol, header, rows, trailingEol }) => {
    const lines = [header, ...rows.map(([fields, quoteAll]) => fields.map((f) => encodeField(f, quoteAll)).join(","))];
    return `${bom ? "\uFEFF" : ""}${lines.join(eol)}${trailingEol ? eol : ""}`;
  });

function cutsOf(length: number) {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 12 })
    .map((xs) => [...xs].sort((a, b) => a - b));
}

function pieces<T extends { slice(a: number, b?: number): T }>(whole: T, cuts: number[]): T[] {
  const out: T[] = [];
  let at = 0;
  for (const c of [...cuts, Infinity]) {
    out.push(whole.slice(at, c === Infinity ? undefined : c));
    if (c !== Infinity) at = c;
  }
  return out;
}

describe("chunk boundaries anywhere", () => {
  it("gives the same result for text cut at any points", () => {
    fc.assert(
      fc.property(
        csvFile.chain((text) => fc.tuple(fc.constant(text), cutsOf(text.length))),
        ([text, cuts]) => {
          const reader = createUserCsvReader(provinces);
          pieces(text, cuts).forEach((p) => reader.pushText(p));
          expect(reader.finish()).toEqual(parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the same result for UTF-8 bytes cut at any points, even inside a character", () => {
    fc.assert(
      fc.property(
        csvFile.chain((text) => {
          const b = new TextEncoder().encode(text);
          return fc.tuple(fc.constant(text), fc.constant(b), cutsOf(b.length));
        }),
        ([text, encoded, cuts]) => {
          const reader = createUserCsvReader(provinces);
          pieces(encoded, cuts).forEach((p) => reader.pushBytes(p));
          expect(reader.finish()).toEqual(parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads back exactly the fields an RFC 4180 writer wrote, in any pieces", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.array(fc.string({ unit: "grapheme", maxLength: 8 }), { minLength: 1, maxLength: 4 }),
            fc.boolean(),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, eol, rawCuts) => {
          // A record that is one empty field is a blank line in CSV: quote it so it survives.
          const text =
            rows
              .map(([fields, quoteAll]) =>
                fields.map((f) => encodeField(f, quoteAll || (fields.length === 1 && f === ""))).join(","),
              )
              .join(eol) + eol;
          const got: string[][] = [];
          const tokenizer = new CsvTokenizer((fields, _line, problem) => {
            expect(problem).toBeNull();
            got.push(fields);
          });
          const cuts = [...new Set(rawCuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          pieces(text, cuts).forEach((p) => tokenizer.push(p));
          tokenizer.end();
          expect(got).toEqual(rows.map(([fields]) => fields));
        },
      ),
      { numRuns: 300 },
    );
  });
});
