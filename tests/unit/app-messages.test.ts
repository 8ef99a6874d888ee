import { describe, expect, it } from "vitest";
import { appMessages } from "../../src/app/messages";
import { parseView } from "../../src/state/view-state";

const REGIONS = new Set(["CN-NM", "CN-GZ"]);
// One link per kind of problem the parser reports.
const BAD_LINKS = [
  "?v=2&zoom=1",
  "?v=2&m=balance&m=debt_gdp",
  "?v=2&view=atlas",
  "?v=2&r=CN-XX",
  "?v=2&cr=CN-XX,CN-NM",
  "?v=2&m=gdp",
  "?v=2&y=1999",
  "?v=2&ix=2025-06",
  "?v=2&b=2025",
  "?v=2&ek=sale",
  "?v=2&from=2024-13",
  `?v=2&q=${"x".repeat(150)}`,
  "?v=2&ev=<b>",
  "?v=2&theme=neon",
  "?v=2&lang=fr",
  "?v=2&embed=yes",
  "?v=2&from=2025&to=2020",
  "?v=2&view=region",
  "?v=abc",
  "?v=99",
];

describe("the ignored-settings notice in Chinese", () => {
  it("has a Chinese wording for every reason the link parser gives", () => {
    const reasons = BAD_LINKS.flatMap((q) => parseView(q, REGIONS).ignored.map((i) => i.reason));
    expect(reasons.length).toBeGreaterThanOrEqual(BAD_LINKS.length);
    for (const reason of reasons) {
      const zh = appMessages.zh.reason(reason);
      expect(zh, reason).toMatch(/[\u4e00-\u9fff]/);
      // No English sentence left over: only codes and examples may stay Latin.
      expect(zh, reason).not.toMatch(/\b(not|the|is|are|used|ignored)\b/);
    }
  });

  it("keeps English reasons as the parser wrote them", () => {
    expect(appMessages.en.reason("unknown parameter")).toBe("unknown parameter");
  });
});
