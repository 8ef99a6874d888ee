import { describe, expect, it } from "vitest";
import { metricValue } from "../../src/data/metric-values";
import type { MetricId } from "../../src/data/metrics";
import { closestPeers, peerAnchor } from "../../src/features/compare/lib/peers";
import { realIndex } from "../support/real-data";

const index = realIndex();
const valueOf = (iso: string, metric: MetricId, period: string) => {
  const v = metricValue(index, index.provinceByIso.get(iso)!.adcode, metric, period);
  return v.ok ? v.value : null;
};

describe("closest peers", () => {
  it("Tianjin's five nearest by debt/revenue at end-2024", () => {
    // Tianjin 628.0%; Hunan 616.0, Heilongjiang 662.9, Xinjiang 576.7, Hainan 560.2, Chongqing 555.9; next is Guangxi at 715.7.
    const r = closestPeers(index, "debt_revenue", "2024", "CN-TJ");
    expect(r.ok && r.peers.map((p) => p.iso)).toEqual(["CN-HN", "CN-HL", "CN-XJ", "CN-HI", "CN-CQ"]);
  });

  it.each([
    ["CN-GZ", "balance", "2024"],
    ["CN-BJ", "debt_gdp", "2020"],
    ["CN-QH", "debt_revenue", "2018"],
    ["CN-SH", "balance", "2025-06"],
  ] as const)(
    "%s by %s at %s: the k nearest by |difference|, anchor excluded, none nearer left out",
    (anchor, metric, period) => {
      const r = closestPeers(index, metric, period, anchor);
      if (!r.ok) throw new Error(r.reason);
      const own = valueOf(anchor, metric, period)!;
      expect(r.anchorValue).toBe(own);
      expect(r.peers).toHaveLength(5);
      expect(r.peers.map((p) => p.iso)).not.toContain(anchor);
      for (const p of r.peers) expect(p.distance).toBeCloseTo(Math.abs(valueOf(p.iso, metric, period)! - own), 9);
      const distances = r.peers.map((p) => p.distance);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      const chosen = new Set([anchor, ...r.peers.map((p) => p.iso)]);
      const others = index.covered
        .filter((p) => !chosen.has(p.iso))
        .map((p) => valueOf(p.iso, metric, period))
        .filter((v): v is number => v !== null);
      for (const v of others) expect(Math.abs(v - own)).toBeGreaterThanOrEqual(distances[4]);
    },
  );

  it("a province with no value is never a peer (Hainan has no 2018 revenue)", () => {
    const hainan2018 = valueOf("CN-HI", "debt_revenue", "2018");
    expect(hainan2018).toBeNull();
    for (const anchor of index.covered.map((p) => p.iso).filter((c) => c !== "CN-HI")) {
      const r = closestPeers(index, "debt_revenue", "2018", anchor, 30);
      expect(r.ok && r.peers.map((p) => p.iso)).not.toContain("CN-HI");
      expect(r.ok && r.peers).toHaveLength(29);
    }
  });

  it.each([
    [
      "the anchor's value is missing",
      "CN-HI",
      "debt_revenue",
      "2018",
      "Hainan has no value to compare: No general public budget revenue for 2018 in the data",
    ],
    [
      "no ratio at mid-year",
      "CN-GZ",
      "debt_gdp",
      "2025-06",
      "Guizhou has no value to compare: Not computed for a month-end: GDP is annual",
    ],
    ["not a covered province", "CN-TW", "balance", "2024", "CN-TW is not a covered province"],
  ] as const)("no peers when %s, with the reason", (_case, anchor, metric, period, reason) => {
    expect(closestPeers(index, metric, period, anchor)).toEqual({ ok: false, reason });
  });

  it.each([
    ["the region in the URL", "CN-GZ", ["CN-TJ"], "CN-GZ"],
    ["else the first province compared", null, ["CN-TJ", "CN-GZ"], "CN-TJ"],
    ["else none", null, [], null],
  ] as const)("anchor: %s", (_case, region, compare, anchor) => {
    expect(peerAnchor(region, [...compare])).toBe(anchor);
  });
});
