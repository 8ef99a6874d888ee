/**
 * The ignored-settings notice in both languages. The type checker already refuses a reason code
 * without words in either catalogue (the last test pins that); these tests check the words
 * themselves, and that every code the parser can give is reached by some link.
 */
import { describe, expect, it } from "vitest";
import { defineMessages } from "../../src/i18n/messages";
import { IGNORED_REASONS, type IgnoredReason } from "../../src/state/ignored";
import { reasonMessages } from "../../src/state/reason-messages";
import { parseView } from "../../src/state/view-state";
// A deck's slides are read by code a page with a deck loads (app/main.tsx): loaded here, as there.
import "../../src/state/deck-reader";

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
  "?v=2&r=CN-GZ&p=520000",
  "?v=2&p=520100",
  "?v=2&view=compare&cl=cities",
  "?v=2&view=compare&cl=prefectures&pg=A1",
  "?v=2&view=compare&cl=prefectures&pp=CN-XX",
  "?v=2&view=compare&cl=prefectures&ls=rank",
  "?v=abc",
  "?v=99",
  `?v=2&deck=${"s%3Dmap,".repeat(40)}`,
  "?v=2&deck=s%3Datlas",
  "?v=2&deck=s%3Dmap&present=first",
  "?v=2&deck=s%3Dmap&present=5",
  "?v=2&present=1",
  "?v=2&deck=s%3Dmap%26embed%3D1",
  "?v=2&vintage=latest",
];
// No string makes URLSearchParams throw, so the parser's last resort cannot be reached by a link.
const UNREACHABLE: IgnoredReason[] = ["unreadable"];

describe("the ignored-settings notice", () => {
  it("has a reason for every kind of bad link, and each reason is reached by one", () => {
    const reasons = BAD_LINKS.flatMap((q) => parseView(q, REGIONS).ignored.map((i) => i.reason));
    expect(reasons.length).toBeGreaterThanOrEqual(BAD_LINKS.length);
    expect(new Set([...reasons, ...UNREACHABLE])).toEqual(new Set(IGNORED_REASONS));
  });

  it.each(IGNORED_REASONS.map((r) => [r]))("words %s in English and in Chinese", (reason) => {
    expect(reasonMessages.en[reason].trim()).not.toBe("");
    const zh = reasonMessages.zh[reason];
    expect(zh, reason).toMatch(/[\u4e00-\u9fff]/);
    // No English sentence left over: only codes and examples may stay Latin.
    expect(zh, reason).not.toMatch(/\b(not|the|is|are|used|ignored)\b/);
  });

  it("says the English reasons as the parser always has", () => {
    expect(reasonMessages.en.unknown).toBe("unknown parameter");
    expect(reasonMessages.en.not_theme).toBe("not a theme (light, dark, projector)");
    expect(reasonMessages.zh.not_theme).toBe("不是有效的主题（light、dark、projector）");
    expect(reasonMessages.en.shortened).toBe("shortened to 100 characters");
    expect(reasonMessages.zh.shortened).toBe("已截短为100个字符");
  });

  it("cannot gain a reason code without Chinese words (checked by tsc)", () => {
    const { unknown: _dropped, ...withoutOne } = reasonMessages.zh;
    // @ts-expect-error: the Chinese catalogue lacks "unknown", which the compiler must refuse
    const partial = defineMessages<Record<IgnoredReason, string>>(reasonMessages.en, withoutOne);
    expect(partial.zh).not.toHaveProperty("unknown");
  });
});
