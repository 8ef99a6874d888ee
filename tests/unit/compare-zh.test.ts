/**
 * Compare's words in Chinese, on the real data: province names, missing-value reasons, changes,
 * key-region status and the table's sort order as a Chinese reader expects them, with the values,
 * ranks and gaps exactly those of the English view.
 */
import { describe, expect, it } from "vitest";
import type { MetricValue } from "../../src/data/metric-values";
import { changeSince } from "../../src/features/compare/lib/change";
import { indexSeries } from "../../src/features/compare/lib/indexing";
import { changeUnitLabel, formatChange, formatSeriesValue, keyLabel } from "../../src/features/compare/lib/labels";
import { missingSummary } from "../../src/features/compare/lib/missing";
import { closestPeers, PEER_COUNT } from "../../src/features/compare/lib/peers";
import { MACRO_REGIONS, macroRegionLabel } from "../../src/features/compare/lib/presets";
import { citationTitle, sortRows, tableRows, tableSources } from "../../src/features/compare/lib/ranked-table";
import { searchProvinces } from "../../src/features/compare/lib/search";
import { buildSeries, chartRows, pointAt } from "../../src/features/compare/lib/series";
import { baseOptionLabel } from "../../src/features/compare/ScaleToggle";
import { realIndex } from "../support/real-data";

const index = realIndex();
const englishWord = /\b(?!GDP\b)[A-Za-z]{3,}\b/;
const v = (value: number): MetricValue => ({ ok: true, value, provisional: false, citations: [], notes: [] });
const gap = (reason: string): MetricValue => ({ ok: false, reason, citations: [] });

describe("series in Chinese", () => {
  const en = buildSeries(index, ["CN-HI", "CN-GZ"], "debt_revenue");
  const zh = buildSeries(index, ["CN-HI", "CN-GZ"], "debt_revenue", "zh");

  it("names provinces in Chinese, with the same values and gaps", () => {
    expect(zh.map((s) => s.name)).toEqual(["海南", "贵州"]);
    expect(zh.map((s) => s.points.map((p) => p.value))).toEqual(en.map((s) => s.points.map((p) => p.value)));
  });

  it("says why a point is missing in Chinese", () => {
    const reason = pointAt(zh[0], "2018")!.reason!;
    expect(reason).toContain("2018年");
    expect(reason).toContain("一般公共预算收入");
    expect(reason).not.toMatch(englishWord);
    expect(pointAt(zh[0], "2025-06")!.reason).not.toMatch(englishWord);
  });

  it("labels the chart's periods the Chinese way", () => {
    const labels = chartRows(zh, "zh").map((r) => r.label);
    expect(labels).toContain("2025年6月");
    expect(labels.join()).not.toMatch(englishWord);
  });

  it("groups what is missing by reason, naming provinces and periods in Chinese", () => {
    const summary = missingSummary(zh, "zh");
    expect({ missing: summary.missing, total: summary.total }).toEqual({
      missing: missingSummary(en).missing,
      total: missingSummary(en).total,
    });
    const hainan = summary.groups.find((g) => g.reason.includes("2018年"))!;
    expect(hainan.where).toContain("海南");
    expect(hainan.where).toContain("2018");
    for (const g of summary.groups) expect(`${g.reason} ${g.where}`).not.toMatch(englishWord);
    const midYear = summary.groups.find((g) => g.where.includes("2025年6月"))!;
    expect(midYear.where).toContain("图中所有省份"); // both provinces miss it: said once, not per province
  });

  it("indexes to a base the same way, with the reason in Chinese when the base is missing", () => {
    const indexed = indexSeries(zh[0], "2018", "zh");
    expect(indexed.points.every((p) => p.value === null)).toBe(true);
    expect(indexed.points[0].reason).toContain("2018年末");
    expect(indexed.points[0].reason).not.toMatch(englishWord);
    const gz = indexSeries(zh[1], "2023", "zh");
    expect(gz.points.map((p) => p.value)).toEqual(indexSeries(en[1], "2023").points.map((p) => p.value));
  });
});

describe("numbers and statuses in Chinese", () => {
  it("gives balances in 亿/万亿 and ratios and indices unchanged", () => {
    expect(formatSeriesValue("balance", 1753.7, false, "zh")).toBe("1.75万亿元");
    expect(formatSeriesValue("debt_revenue", 808.16, false, "zh")).toBe("808.2%");
    expect(formatSeriesValue("balance", 114.53, true, "zh")).toBe("114.5");
  });

  it("says a change in points as 个百分点, a change in per cent as %", () => {
    expect(formatChange({ ok: true, value: -4.53, unit: "pp" }, "zh")).toBe("−4.5个百分点");
    expect(formatChange({ ok: true, value: 12.34, unit: "%" }, "zh")).toBe("+12.3%");
    expect(changeUnitLabel("pp", "zh")).toBe("百分点");
  });

  it("explains an uncomputed change in Chinese, quoting each side's reason", () => {
    const labels = { now: "2024年末", base: "2023年末" };
    const c = changeSince("debt_revenue", v(1), gap("原因甲"), labels, "zh");
    expect(c.ok).toBe(false);
    if (!c.ok) {
      expect(c.reason).toContain("2023年末");
      expect(c.reason).toContain("原因甲");
      expect(c.reason).not.toMatch(englishWord);
    }
    const zero = changeSince("balance", v(5), v(0), labels, "zh");
    expect(!zero.ok && zero.reason).toContain("2023年末");
  });

  it("words key-region status in Chinese, dates as 年月", () => {
    const exited = tableRows(index, "balance", "2025", "2023", "zh").find((r) => r.iso === "CN-NM")!;
    expect(exited.key.text).toContain("2025年8月");
    expect(exited.key.text).not.toMatch(englishWord);
    expect(keyLabel({ kind: "never" }, "zh").text).toBe("否");
    expect(keyLabel({ kind: "list-not-yet", listedFrom: "2023-09-01" }, "zh").text).toContain("2023年9月");
  });
});

describe("the ranked table in Chinese", () => {
  const en = tableRows(index, "debt_revenue", "2018", "2023");
  const zh = tableRows(index, "debt_revenue", "2018", "2023", "zh");

  it("ranks the same provinces the same way, with Chinese names and reasons", () => {
    expect(zh.map((r) => [r.iso, r.rank, r.value.ok && r.value.value])).toEqual(
      en.map((r) => [r.iso, r.rank, r.value.ok && r.value.value]),
    );
    const hainan = zh.find((r) => r.iso === "CN-HI")!;
    expect(hainan.name).toBe("海南");
    expect(hainan.nameEn).toBe("Hainan");
    expect(!hainan.value.ok && hainan.value.reason).not.toMatch(englishWord);
    expect(!hainan.change.ok && hainan.change.reason).not.toMatch(englishWord);
  });

  it("sorts names by pinyin, not by code point", () => {
    const names = sortRows(zh, { key: "name", dir: "asc" }, "zh").map((r) => r.name);
    expect(names[0]).toBe("安徽"); // Ānhuī; by code point 上海 would come first
    expect(names.indexOf("北京")).toBeLessThan(names.indexOf("上海"));
  });

  it("shows each cell's sources with Chinese roles and the data's own labels", () => {
    const gz = zh.find((r) => r.iso === "CN-GZ")!;
    const title = citationTitle(gz.base.citations, "zh");
    expect(title).toContain("债务余额：");
    for (const c of gz.base.citations) expect(title).toContain(c.label);
    const roles = tableSources(zh).flatMap((s) => s.roles);
    expect(roles).toEqual(expect.arrayContaining(["债务余额", "一般公共预算收入"]));
  });
});

describe("presets and search in Chinese", () => {
  it("names the macro-regions 东部, 中部, 西部, 东北", () => {
    expect(MACRO_REGIONS.map((m) => macroRegionLabel(m.id, "zh"))).toEqual(["东部", "中部", "西部", "东北"]);
  });

  it("explains in Chinese why closest peers cannot run", () => {
    const r = closestPeers(index, "debt_revenue", "2025-06", "CN-GZ", PEER_COUNT, "zh");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain("贵州");
      expect(r.reason).not.toMatch(englishWord);
    }
  });

  it("words the index base in Chinese", () => {
    expect(baseOptionLabel("2023", "zh")).toMatch(/^2023年 = 100（.+）$/);
    expect(baseOptionLabel("2020", "zh")).toBe("2020年 = 100");
  });

  it("finds provinces by English, Chinese or romanised name whatever the interface language", () => {
    const iso = (q: string) => searchProvinces(index.covered, q)[0]?.iso;
    expect([iso("Guizhou"), iso("贵州"), iso("Xizang"), iso("西藏"), iso("Tibet")]).toEqual([
      "CN-GZ",
      "CN-GZ",
      "CN-XZ",
      "CN-XZ",
      "CN-XZ",
    ]);
  });
});
