import { describe, expect, it } from "vitest";
import { CSV_BOM, toCsv } from "../../src/features/export/lib/csv";
import { parseCsv } from "../../src/data/csv";

const body = (csv: string) => csv.slice(CSV_BOM.length);

describe("toCsv", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    const csv = toCsv(["a", "b"], [[1, 2]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(body(csv)).toBe("a,b\r\n1,2\r\n");
  });

  it("quotes fields with quotes, commas, CR or LF and doubles inner quotes", () => {
    const csv = toCsv(["x"], [['say "hi"'], ["a,b"], ["two\nlines"], ["cr\rhere"], ["plain"]]);
    expect(body(csv)).toBe('x\r\n"say ""hi"""\r\n"a,b"\r\n"two\nlines"\r\n"cr\rhere"\r\nplain\r\n');
  });

  it("writes Chinese text as is", () => {
    expect(body(toCsv(["region"], [["内蒙古自治区"]]))).toBe("region\r\n内蒙古自治区\r\n");
  });

  it("writes null as an empty field, keeping a one-column row from becoming a blank line", () => {
    expect(body(toCsv(["a", "b"], [[null, "x"]]))).toBe("a,b\r\n,x\r\n");
    expect(body(toCsv(["a"], [[null]]))).toBe('a\r\n""\r\n');
  });

  it("writes numbers as JS prints them, without separators or prefix", () => {
    const rows = [[1234567.891], [-5], [0.1 + 0.2], [1e21], [NaN]].map(([v]) => ["n", v]);
    expect(body(toCsv(["k", "v"], rows))).toBe(
      "k,v\r\nn,1234567.891\r\nn,-5\r\nn,0.30000000000000004\r\nn,1e+21\r\nn,\r\n", // non-finite -> empty
    );
  });

  it("neutralises =HYPERLINK(...) and quotes the result", () => {
    const csv = toCsv(["link"], [['=HYPERLINK("http://x","click")']]);
    expect(body(csv)).toBe('link\r\n"\'=HYPERLINK(""http://x"",""click"")"\r\n');
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-5", "'-5"], // a string, so it is prefixed: intent cannot be told from text
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
    ["a=b", "a=b"], // only the first character matters
    ["", '""'], // one column: quoted so the row is not a blank line
  ])("string %j is written as %j", (cell, written) => {
    expect(body(toCsv(["c"], [[cell]])).split("\r\n")[1]).toBe(written);
  });

  it("neutralises header cells too", () => {
    expect(body(toCsv(["=x"], []))).toBe("'=x\r\n");
  });

  it("rejects a row with the wrong number of cells", () => {
    expect(() => toCsv(["a", "b"], [["only one"]])).toThrow(/row 1 has 1 cells/);
  });

  it("round-trips through the project's parser, neutralised cells keeping their prefix", () => {
    const header = ["region", "note", "value", "missing"];
    const rows = [
      ["内蒙古 Inner Mongolia", 'quoted "x", with comma', 1234.5, null],
      ['=HYPERLINK("http://x","click")', "line\r\nbreak", -5, null],
      ["-5", "@at", 0, "\tTab"],
    ];
    const parsed = parseCsv(toCsv(header, rows));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.header).toEqual(header);
    expect(parsed.records.map((r) => r.values)).toEqual([
      { region: "内蒙古 Inner Mongolia", note: 'quoted "x", with comma', value: "1234.5", missing: "" },
      { region: '\'=HYPERLINK("http://x","click")', note: "line\r\nbreak", value: "-5", missing: "" },
      { region: "'-5", note: "'@at", value: "0", missing: "'\tTab" },
    ]);
  });
});
