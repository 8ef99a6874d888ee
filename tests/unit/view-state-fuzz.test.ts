/**
 * Property tests: whatever a link carries, parsing gives a valid view, never throws, reports what it
 * dropped, and the canonical URL it writes parses back to the same view with nothing ignored.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_KINDS } from "../../src/data/event-kinds";
import { METRIC_IDS } from "../../src/data/metrics";
import { periodById } from "../../src/data/periods";
import { LANGS } from "../../src/i18n/lang";
import { PARAM_NAMES } from "../../src/state/url-params";
import { parseView, serialiseView, THEMES, VIEWS } from "../../src/state/view-state";

const REGIONS = new Set(["CN-NM", "CN-GZ", "CN-BJ", "CN-TJ"]);
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "%",
    "%E0%A4%A",
    "zh",
    "ZH",
    "en",
    "zh-Hant",
    "__proto__",
    "constructor",
    "../../etc",
    "\u0000\u202e",
    "CN-NM,CN-GZ,",
    "2025-06",
    "1e309",
  ),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string()), hostile), { maxLength: 12 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"));
const rawQuery = fc.oneof(query, fc.string({ unit: "binary", maxLength: 300 }));

function isValid(view: ReturnType<typeof parseView>["view"]) {
  expect(VIEWS).toContain(view.view);
  expect(METRIC_IDS).toContain(view.metric);
  expect(periodById(view.period)).toBeDefined();
  if (view.region) expect(REGIONS.has(view.region)).toBe(true);
  for (const c of view.compare) expect(REGIONS.has(c)).toBe(true);
  for (const k of view.eventKinds) expect(EVENT_KINDS).toContain(k);
  if (view.theme) expect(THEMES).toContain(view.theme);
  if (view.lang) expect(LANGS).toContain(view.lang);
  if (view.view === "region") expect(view.region).not.toBeNull();
  if (view.from && view.to) expect(view.from <= view.to).toBe(true);
  expect(view.query.length).toBeLessThanOrEqual(100);
}

describe("parseView under random and hostile links", () => {
  it("always yields a valid view and never throws", () => {
    fc.assert(
      fc.property(rawQuery, (q) => {
        const parsed = parseView(q, REGIONS);
        isValid(parsed.view);
        for (const i of parsed.ignored) {
          expect(i.value.length).toBeLessThanOrEqual(41);
          expect(i.name.length).toBeLessThanOrEqual(41);
          // Repeated in the notice: no control characters (\p{Cc}: U+0000-001F, U+007F-009F), no bidi controls that would reorder the line.
          expect(`${i.name}${i.value}`).not.toMatch(/[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("writes a canonical link that reads back to the same view, with nothing ignored", () => {
    fc.assert(
      fc.property(rawQuery, (q) => {
        const first = parseView(q, REGIONS);
        const again = parseView(serialiseView(first.view, first.flags), REGIONS);
        expect(again.view).toEqual(first.view);
        expect(again.flags).toEqual(first.flags);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
