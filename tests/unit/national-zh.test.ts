/**
 * The national page's own words in Chinese, on the real data: dates as 年月日, amounts in 亿/万亿,
 * a percent of GDP never converted as if it were an amount, and the data's own text (event titles,
 * sources, notes) passed through as written. The numbers chosen never depend on the language.
 */
import { describe, expect, it } from "vitest";
import type { NationalFigure } from "../../src/data/atlas-types";
import { estimates, estimateStatusLabel } from "../../src/features/national/lib/estimates";
import { periodText } from "../../src/features/national/lib/figures";
import { issuance, issuanceLabel, ISSUANCE_PARTS, subAnnualLabel } from "../../src/features/national/lib/issuance";
import { officialBalance } from "../../src/features/national/lib/official-balance";
import { figureValueText, otherFigures, reasonFor } from "../../src/features/national/lib/other-figures";
import { precisionText } from "../../src/features/national/lib/time-axis";
import { MILESTONES, timelineMarkers } from "../../src/features/national/lib/timeline";
import { realEvents, realIndex } from "../support/real-data";

const index = realIndex();
const national = index.data.national;
const events = realEvents();
/** An English word left in text that should be all Chinese ("GDP" is the glossary's own term). */
const englishWord = /\b(?!GDP\b)[A-Za-z]{3,}\b/;

function fig(period: string, precision = "day", unit: NationalFigure["unit"] = "bn_cny", value = 1): NationalFigure {
  return {
    series: "x",
    period,
    precision,
    value,
    unit,
    note: "",
    noteZh: "",
    sourceName: "s",
    sourceDate: "2025-01-01",
    sourceUrl: "https://example.org/",
    quote: "q",
    sourceStrength: null,
  };
}

describe("dates in Chinese, only as precise as the row", () => {
  it("says year-ends, month-ends, months, years and days the Chinese way", () => {
    expect(periodText(fig("2024-12-31"), "zh")).toBe("2024年末");
    expect(periodText(fig("2024-11-30"), "zh")).toBe("2024年11月末");
    expect(periodText(fig("2023-11-15", "month"), "zh")).toBe("2023年11月");
    expect(periodText(fig("2013-12-31", "year"), "zh")).toBe("2013年");
    expect(periodText(fig("2024-11-08"), "zh")).toBe("2024年11月8日");
  });

  it("marks a month- or year-only date, and adds nothing for a day", () => {
    expect(precisionText("day", "zh")).toBe("");
    expect(precisionText("month", "zh")).toMatch(/月/);
    expect(precisionText("year", "zh")).toMatch(/年/);
    expect(precisionText("month", "zh")).not.toBe(precisionText("year", "zh"));
  });
});

describe("the estimates panel in Chinese", () => {
  const en = estimates(national);
  const zh = estimates(national, "zh");

  it("draws the same figures beside the same official balances in either language", () => {
    const pick = (e: typeof en) =>
      [...e.inBn, ...e.pctGdp].map((r) => [r.figure, r.official?.figure ?? null, r.status, r.lowReliability]);
    expect(pick(zh)).toEqual(pick(en));
  });

  it("names whose each estimate is in Chinese: 财政部, 高盛, 国际货币基金组织", () => {
    expect(new Set(zh.inBn.map((r) => r.whose))).toEqual(new Set(["财政部", "高盛", "国际货币基金组织"]));
    for (const r of [...zh.inBn, ...zh.pctGdp]) {
      expect(r.what).not.toMatch(englishWord);
      expect(estimateStatusLabel(r.status, "zh")).not.toMatch(englishWord);
    }
    expect(estimateStatusLabel("estimate", "zh")).toBe("估算");
  });

  it("keeps a percent of GDP a percentage, never turned into 亿", () => {
    for (const r of zh.pctGdp) {
      const text = figureValueText(r.figure, "zh");
      expect(text).toContain(`${r.figure.value}%`);
      expect(text).not.toMatch(/亿/);
    }
    expect(figureValueText(fig("2024-12-31", "day", "pct_gdp", 45), "zh")).not.toContain("450");
  });

  it("says amounts in 亿元 or 万亿元", () => {
    const mof = zh.inBn.find((r) => r.figure.series === "hidden_debt_official" && r.figure.period === "2024-12-31")!;
    expect(figureValueText(mof.figure, "zh")).toBe("10.50万亿元"); // 10,500 bn = 105,000亿
    expect(figureValueText(fig("2024-07-31", "day", "bn_cny", 320), "zh")).toBe("3200亿元");
  });
});

describe("the official balance and issuance in Chinese", () => {
  it("labels year-ends 2024年末 with the same figures", () => {
    const en = officialBalance(national);
    const zh = officialBalance(national, "zh");
    expect(zh.points.map((p) => p.label)).toEqual(en.points.map((p) => `${p.year}年末`));
    expect(zh.points.map(({ label: _label, ...rest }) => rest)).toEqual(
      en.points.map(({ label: _label, ...rest }) => rest),
    );
  });

  it("words the issuance components and annotations in Chinese, over the same rows", () => {
    const en = issuance(national);
    const zh = issuance(national, "zh");
    expect(zh.years).toEqual(en.years);
    expect(zh.subAnnual).toEqual(en.subAnnual);
    expect(zh.annotations.map((a) => a.figure)).toEqual(en.annotations.map((a) => a.figure));
    for (const a of zh.annotations) {
      expect(a.label).not.toMatch(englishWord);
      expect(a.caveat).not.toMatch(englishWord);
    }
    expect(zh.annotations.map((a) => a.label).join()).toContain("特殊再融资债券");
    for (const p of ISSUANCE_PARTS) expect(issuanceLabel(p, "zh")).not.toMatch(englishWord);
    for (const f of zh.subAnnual) expect(subAnnualLabel(f.series, "zh")).not.toMatch(englishWord);
  });

  it("gives every uncharted row a reason in Chinese", () => {
    const rows = otherFigures(national);
    expect(rows.length).toBeGreaterThan(0);
    for (const f of rows) {
      expect(reasonFor(f, "zh")).not.toMatch(englishWord);
      expect(reasonFor(f, "zh")).not.toBe(reasonFor(f, "en"));
    }
  });
});

describe("the policy timeline in Chinese", () => {
  const en = timelineMarkers(events, index.data.keyRegions);
  const zh = timelineMarkers(events, index.data.keyRegions, index.data.provinces, "zh");
  const byId = new Map(zh.map((m) => [m.id, m]));

  it("places the same markers at the same dates", () => {
    expect(zh.map((m) => [m.id, m.number, m.date, m.span])).toEqual(en.map((m) => [m.id, m.number, m.date, m.span]));
  });

  it("translates the atlas's own labels and notes, with the province's Chinese name for an exit", () => {
    expect(byId.get("exit-150000")!.short).toBe("内蒙古退出");
    expect(byId.get("exit-220000")!.short).toBe("吉林退出");
    for (const m of zh) expect(m.short).not.toMatch(englishWord);
    const note = byId.get(MILESTONES[0].id)!.note!;
    expect(note).not.toMatch(englishWord);
    expect(note).toContain("宁夏");
  });

  it("shows the events' titles and summaries in the data's Chinese, and the sources as the data has them", () => {
    for (const m of zh) {
      const e = en.find((x) => x.id === m.id)!;
      expect(m.source).toEqual(e.source);
      const event = events.find((x) => x.id === m.id);
      if (!event) continue; // an exit without an event row: the atlas's own words (below)
      expect([m.title, m.summary]).toEqual([
        { text: event.titleZh, lang: "zh-CN" },
        { text: event.summaryZh, lang: "zh-CN" },
      ]);
      expect([e.title, e.summary]).toEqual([
        { text: event.titleEn, lang: "en" },
        { text: event.summaryEn, lang: "en" },
      ]);
    }
  });

  it("words an exit without an event in Chinese, falling back to the English name when no Chinese one is known", () => {
    const source = { name: "Paper", date: "2026-05-01", url: "https://example.org/", quote: "q", strength: null };
    const region = {
      adcode: "520000",
      nameEn: "Guizhou",
      status: "exited",
      listedDate: "2023-09",
      listedDocument: "",
      listedDocumentZh: "",
      listedBasis: "",
      listedSource: source,
      change: { kind: "exit (third of 12)", kindZh: "", isExit: true, date: "2026-04", precision: "month", source },
      notes: "",
    };
    const [m] = timelineMarkers([], [region], index.data.provinces, "zh");
    expect(m.short).toBe("贵州退出");
    expect(m.title).toEqual({ text: expect.stringContaining("贵州"), lang: "zh-CN" });
    expect(m.title.text).not.toMatch(englishWord);
    // key_regions.csv's own wording: no Chinese written for this change, so the English, marked as such.
    expect(m.summary).toEqual({ text: "exit (third of 12)", lang: "en" });
    expect(timelineMarkers([], [region], [], "zh")[0].short).toBe("Guizhou退出");
  });
});
