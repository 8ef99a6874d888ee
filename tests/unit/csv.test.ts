import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const r = parseCsv('a,b\n"x, y","say ""hi""\nthere"\n3,4\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.records.map((x) => x.values)).toEqual([
      { a: "x, y", b: 'say "hi"\nthere' },
      { a: "3", b: "4" },
    ]);
  });

  it("numbers records by the line they start on, counting lines inside quotes", () => {
    const r = parseCsv('a,b\n"multi\nline",1\n2,3\n');
    expect(r.ok && r.records.map((x) => x.line)).toEqual([2, 4]);
  });

  it("strips a byte-order mark and accepts CRLF line ends", () => {
    const r = parseCsv("\uFEFFname,v\r\nx,1\r\n");
    expect(r.ok && r.header).toEqual(["name", "v"]);
    expect(r.ok && r.records[0].values).toEqual({ name: "x", v: "1" });
  });

  it.each([
    ["a,b\n1,2,3\n", 2, "expected 2 fields, found 3"],
    ['a,b\n"open,1\n', 2, "never closed"],
    ["a,a\n1,2\n", 1, 'repeats the column "a"'],
    ["", 1, "empty"],
    ['a,b\nx"y,1\n', 2, "quote inside an unquoted field"],
  ])("rejects malformed input %j at line %i", (text, line, reason) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.line).toBe(line);
    expect(r.reason).toContain(reason);
  });
});
