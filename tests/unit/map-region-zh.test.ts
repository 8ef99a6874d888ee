/**
 * The words the map and the province panel take from pure modules, for a Chinese reader: missing
 * values' reasons and citation roles, scope caveats, key-region status, legend classes and
 * prefecture markers. The language changes the words, never the numbers.
 */
import { describe, expect, it } from "vitest";
import { metricValue, rankedValues } from "../../src/data/metric-values";
import { balanceCaveats } from "../../src/data/caveats";
import { keyStatusAt } from "../../src/data/key-regions";
import { scaleFor } from "../../src/data/scale";
import { METRIC_IDS } from "../../src/data/metrics";
import { PERIODS } from "../../src/data/periods";
import { buildMapModel } from "../../src/features/map/lib/map-model";
import { keyStatusText } from "../../src/ui/key-status";
import { classLabels } from "../../src/features/map/MapLegend";
import {
  countLabel,
  markerLabel,
  markerTitle,
  type PrefectureMarker,
} from "../../src/features/region/lib/prefecture-markers";
import type { EventRecord, KeyRegionRecord } from "../../src/data/atlas-types";
import { realIndex } from "../support/real-data";

const index = realIndex();
/** Latin words of three letters or more: interface English a Chinese reader should not see. */
const english = (text: string, allowed: string[] = []) =>
  (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !allowed.includes(w));

describe("metric values in Chinese", () => {
  it("are the same numbers, ranks and sources as in English", () => {
    for (const metric of METRIC_IDS) {
      for (const period of [PERIODS[0], PERIODS[PERIODS.length - 1], PERIODS.find((p) => p.kind === "mid_year")!]) {
        const en = rankedValues(index, metric, period.id);
        const zh = rankedValues(index, metric, period.id, "zh");
        expect(zh.withData).toBe(en.withData);
        expect(zh.rows.map((r) => [r.adcode, r.rank, r.result.ok && r.result.value])).toEqual(
          en.rows.map((r) => [r.adcode, r.rank, r.result.ok && r.result.value]),
        );
        // The same sources (full citations as written); their short labels in Chinese where the data has them.
        expect(zh.rows.map((r) => r.result.citations.map((c) => c.text))).toEqual(
          en.rows.map((r) => r.result.citations.map((c) => c.text)),
        );
        for (const c of zh.rows.flatMap((r) => r.result.citations)) {
          const ref = index.data.sources.find((s) => s.text === c.text)!;
          expect([c.label, c.labelLang]).toEqual(ref.labelZh ? [ref.labelZh, "zh-CN"] : [ref.label, "en"]);
        }
      }
    }
  });

  it("say why a value is missing in Chinese, naming the year and the denominator", () => {
    const v = metricValue(index, "460000", "debt_revenue", "2018", "zh");
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.reason).toContain("2018年");
    expect(v.reason).toContain("一般公共预算收入");
    expect(english(v.reason)).toEqual([]);
  });

  it("say a ratio is not computed at mid-year because the denominator is annual", () => {
    const v = metricValue(index, "520000", "debt_gdp", "2025-06", "zh");
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.reason).toContain("年度");
    expect(english(v.reason, ["GDP"])).toEqual([]);
  });

  it("name what each source supplied in Chinese, with the year", () => {
    const v = metricValue(index, "520000", "debt_gdp", "2023", "zh");
    expect(v.citations.map((c) => c.role)).toEqual(["债务余额", expect.stringMatching(/^2023年.*地区生产总值/)]);
  });

  it("carry the language into the map model's cells", () => {
    const model = buildMapModel(index, scaleFor(index, "debt_revenue"), "debt_revenue", "2018", "zh");
    const hainan = model.cells.get("460000")!;
    expect(hainan.kind).toBe("no-data");
    expect(hainan.result && !hainan.result.ok && english(hainan.result.reason)).toEqual([]);
  });
});

describe("scope caveats in Chinese", () => {
  it("say a whole-region sum, keeping the data's own list of what was summed", () => {
    const [first] = balanceCaveats(index.balance("210000", "2024"), "zh");
    expect(first.startsWith("全区口径：")).toBe(true);
    expect(first).toContain("辽宁省 + 大连市");
    expect(english(first)).toEqual([]);
  });

  it("give the same caveats as in English, each in Chinese", () => {
    for (const [adcode, period] of [
      ["650000", "2024"],
      ["210000", "2016"],
      ["110000", "2024"],
      ["500000", "2025"],
    ]) {
      const b = index.balance(adcode, period);
      const zh = balanceCaveats(b, "zh");
      expect(zh).toHaveLength(balanceCaveats(b).length);
      for (const c of zh) expect(english(c)).toEqual([]);
    }
    expect(balanceCaveats(index.balance("650000", "2024"), "zh").join("")).toContain("新疆生产建设兵团");
    expect(balanceCaveats(index.balance("210000", "2016"), "zh").join("")).toContain("银行贷款");
  });
});

describe("key-region status in Chinese", () => {
  const source = { name: "s", date: "2025-01-01", url: "", quote: "q", strength: null };
  const record = (adcode: string, change: KeyRegionRecord["change"] = null): KeyRegionRecord => ({
    adcode,
    nameEn: adcode,
    status: "",
    listedDate: "2023-09",
    listedDocument: "",
    listedDocumentZh: "",
    listedBasis: "",
    listedSource: source,
    change,
    notes: "",
  });
  const records = [
    record("A"),
    record("B", { kind: "exit (first of 12)", kindZh: "", isExit: true, date: "2025-08", precision: "month", source }),
    record("C", {
      kind: "application to exit",
      kindZh: "",
      isExit: false,
      date: "2025-03-06",
      precision: "day",
      source,
    }),
    record("D", {
      kind: "application to exit",
      kindZh: "申请退出",
      isExit: false,
      date: "2025-03-06",
      precision: "day",
      source,
    }),
  ];

  it("says when a region was listed, as 年月", () => {
    expect(keyStatusText(keyStatusAt(records, "A", "2024-12-31"), "zh")).toBe("重点省份（2023年9月列入）");
  });

  it("says when a region left the list", () => {
    expect(keyStatusText(keyStatusAt(records, "B", "2025-12-31"), "zh")).toBe("已于2025年8月退出重点省份名单");
  });

  it("gives a pending change in the data's Chinese where written, else in its English", () => {
    const text = keyStatusText(keyStatusAt(records, "C", "2025-12-31"), "zh");
    expect(text.startsWith("重点省份（2023年9月列入）；")).toBe(true);
    expect(text).toContain("application to exit");
    expect(keyStatusText(keyStatusAt(records, "D", "2025-12-31"), "zh")).toBe(
      "重点省份（2023年9月列入）；申请退出（2025-03-06）",
    );
    expect(keyStatusText(keyStatusAt(records, "D", "2025-12-31"))).toContain("; application to exit (2025-03-06)");
  });

  it("says the list did not exist yet, and when it was first drawn", () => {
    const text = keyStatusText(keyStatusAt(records, "A", "2022-12-31"), "zh");
    expect(text).toContain("2023年9月");
    expect(english(text)).toEqual([]);
  });

  it("says a region never listed is not a key region", () => {
    expect(english(keyStatusText(keyStatusAt(records, "Z", "2024-12-31"), "zh"))).toEqual([]);
    expect(keyStatusText(keyStatusAt(records, "Z", "2024-12-31"), "zh")).not.toBe(
      keyStatusText(keyStatusAt(records, "A", "2024-12-31"), "zh"),
    );
  });
});

describe("legend classes in Chinese", () => {
  it("give amounts in 亿 (ten times the bn breaks) and ratios unchanged", () => {
    const balance = scaleFor(index, "balance");
    const numbers = (label: string) => (label.match(/[\d,]+(\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, "")));
    const en = classLabels(balance, "balance").map(numbers);
    const zh = classLabels(balance, "balance", "zh").map(numbers);
    expect(zh).toEqual(en.map((ns) => ns.map((n) => n * 10)));
    const gdp = scaleFor(index, "debt_gdp");
    expect(classLabels(gdp, "debt_gdp", "zh")).toEqual(classLabels(gdp, "debt_gdp"));
  });
});

describe("prefecture markers in Chinese", () => {
  const event = (id: string, titleEn: string, titleZh: string) => ({ id, titleEn, titleZh }) as EventRecord;
  const marker: PrefectureMarker = {
    code: "620100",
    nameZh: "兰州市",
    nameEn: "Lanzhou",
    x: 0,
    y: 0,
    events: [event("b", "Event b", "事件乙"), event("a", "Lanzhou event", "兰州事件")],
  };

  it("name the place in Chinese with a count in 个", () => {
    expect(markerLabel(marker, "zh")).toBe("兰州市：2个事件");
    expect(countLabel(1, "zh")).toBe("1个事件");
  });

  it("give the events' titles in the reader's language in the tooltip", () => {
    const lines = markerTitle(marker, "zh").split("\n");
    expect(lines[0]).toBe("兰州市：2个事件");
    expect(lines.slice(1)).toEqual(["• 事件乙", "• 兰州事件"]);
    expect(markerTitle(marker, "en").split("\n").slice(1)).toEqual(["• Event b", "• Lanzhou event"]);
  });
});
