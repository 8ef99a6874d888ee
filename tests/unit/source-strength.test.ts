/**
 * The 2026-12 source check applied to the data (data/README.md, "Source upgrades"): confirmed facts
 * cite the better source with the old one kept as an alternative, partly confirmed ones say so,
 * and facts that rest on one weak source are marked weak, wherever their source is shown.
 */
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/csv";
import { keyStatusAt } from "../../src/data/key-regions";
import { formatIssue } from "../../src/data/validate";
import { eventsCsv } from "../../src/features/export/lib/views/events";
import { nationalCsv } from "../../src/features/export/lib/views/national";
import { keyStatusStrengthNote } from "../../src/ui/key-status";
import { readDataFiles, validateTexts } from "../support/csv-data";
import { realEvents, realIndex } from "../support/real-data";

const texts = readDataFiles();
const events = realEvents();
const index = realIndex();
const byId = new Map(events.map((e) => [e.id, e]));
const national = (series: string, period: string) =>
  index.data.national.find((n) => n.series === series && n.period === period)!;
const keyRegion = (adcode: string) => index.data.keyRegions.find((k) => k.adcode === adcode)!;

describe("the source check in the data", () => {
  it("marks as weak the facts that rest on one weak source, and keeps their source", () => {
    // The Epoch Times is the only source found for Wuhai's 2024 pledge.
    const wuhai = byId.get("nm-wuhai-2024-work-report")!;
    expect(wuhai.sourceStrength).toBe("weak");
    expect(wuhai.sourceName).toMatch(/Epoch Times/);
    // Goldman's 94 trn: no established source found.
    expect(national("hidden_debt_estimate_goldman", "2023-08-31").sourceStrength).toBe("weak");
    // 174 event rows and 4 national rows were not upgraded; one event is only corroborated, and the
    // IMF 2024 figure conflicts with the newer source, so both stay weak too.
    expect(events.filter((e) => e.sourceStrength === "weak")).toHaveLength(174 + 1);
    expect(index.data.national.filter((n) => n.sourceStrength === "weak")).toHaveLength(4 + 1);
  });

  it("cites the better source where it confirms the fact, keeping the old one as an alternative", () => {
    const e = byId.get("ln-soe-stake-sales-2016")!;
    expect(e.sourceName).toMatch(/^China Daily USA/);
    expect(e.sourceUrl).toBe("http://www.pressreader.com/china/china-daily-usa/20160913/282011851816410");
    expect(e.notes).toContain(
      "Alternative source: China Daily (mirror ttav89.com) http://www.ttav89.com/business/2016-09/13/content_26779450.htm",
    );
    expect(e.sourceStrength).toBeNull();
    const balance = national("local_gov_debt_balance", "2024-06-30");
    expect(balance.sourceUrl).toMatch(/^https?:\/\/yss\.mof\.gov\.cn\//);
    expect(balance.note).toContain("Alternative source: Dajiyuan / The Epoch Times");
    // Values are not changed by the check: the row keeps its 42.6 trn (the MoF release prints 426,098亿).
    expect(balance.value).toBe(42600);
  });

  it("says where the better source confirms only part, and copies what it does not confirm", () => {
    const e = byId.get("gz-moutai-4pct-transfer-2019")!;
    expect(e.sourceName).toMatch(/^The Business Times/);
    expect(e.sourceStrength).toBe("partly_confirmed");
    expect(e.notes).toContain(
      "Alternative source: China Knowledge https://www.chinaknowledge.com/News/DetailNews?id=88702",
    );
    expect(e.notes).toContain("rest on China Knowledge only");
    expect(e.amountBn).toBe(56.957);
  });

  it("does not cite a source that gives a different value: the IMF 2024 figure keeps its weak source", () => {
    const imf = national("imf_augmented_debt_pct_gdp", "2024-12-31");
    expect(imf.value).toBe(124);
    expect(imf.sourceName).toMatch(/^Reddit/);
    expect(imf.sourceStrength).toBe("weak");
    expect(imf.note).toContain("Conflicting source");
    expect(imf.note).toContain("117.0");
  });

  it("lists the 12 key regions on Yicai Global, the Epoch Times kept as an alternative; Ningxia's application partly confirmed", () => {
    for (const k of index.data.keyRegions) {
      expect(k.listedSource.name, k.nameEn).toMatch(/^Yicai Global/);
      expect(k.listedSource.strength).toBeNull();
    }
    const csv = parseCsv(texts["key_regions.csv"]);
    if (!csv.ok) throw new Error(csv.reason);
    for (const r of csv.records)
      expect(r.values.corroborating_sources).toContain("Alternative source (listing): Dajiyuan / The Epoch Times");
    const ningxia = keyRegion("640000");
    expect(ningxia.change!.source.name).toMatch(/^Yicai Global/);
    expect(ningxia.change!.source.strength).toBe("partly_confirmed");
    expect(ningxia.notes).toContain("not the day (6 March)");
    expect(keyRegion("150000").change!.source.name).toMatch(/^Yicai Global/);
  });
});

describe("the verdict wherever the source is shown", () => {
  it("beside the key-region status on the map, in both languages", () => {
    const pending = keyStatusAt(index.data.keyRegions, "640000", "2025-12-31");
    expect(keyStatusStrengthNote(pending, "en")).toBe(" (partly confirmed: some details rest on a weaker source)");
    expect(keyStatusStrengthNote(pending, "zh")).toBe("（仅部分得到证实：部分细节只见于较弱的来源）");
    expect(keyStatusStrengthNote(keyStatusAt(index.data.keyRegions, "620000", "2025-12-31"), "en")).toBe("");
  });

  it("in the Events and National CSVs: the code in English, the words in Chinese", () => {
    const wuhai = [byId.get("nm-wuhai-2024-work-report")!];
    const en = eventsCsv(index, wuhai, "en");
    const zh = eventsCsv(index, wuhai, "zh");
    expect(en.rows[0][en.header.indexOf("source_strength")]).toBe("weak");
    expect(zh.rows[0][zh.header.indexOf("来源可靠性核查")]).toBe("单一弱来源：转载、镜像、AI摘要之类");
    const nat = nationalCsv(index, "en");
    expect(nat.header).toContain("national_source_strength");
  });
});

describe("the data build refuses, naming file, line and field", () => {
  const edit = (file: "events.csv" | "key_regions.csv", id: string, field: string, value: string) => {
    const parsed = parseCsv(texts[file]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const record = parsed.records.find((r) => Object.values(r.values)[0] === id)!;
    const lines = texts[file].split("\n");
    lines[record.line - 1] = parsed.header
      .map((h) => (h === field ? value : record.values[h]))
      .map((c) => `"${c.replace(/"/g, '""')}"`)
      .join(",");
    const result = validateTexts({ ...texts, [file]: lines.join("\n") });
    return { line: record.line, issues: result.ok ? [] : result.issues.map(formatIssue) };
  };

  it("a verdict that is not one of the codes", () => {
    const { line, issues } = edit("events.csv", "nm-wuhai-2024-work-report", "source_strength", "dubious");
    expect(issues).toEqual([
      `data/events.csv:${line}: field "source_strength": "dubious" must be empty or one of weak, partly_confirmed`,
    ]);
  });

  it("a verdict on a key-region status change that does not exist", () => {
    const { line, issues } = edit("key_regions.csv", "620000", "status_change_source_strength", "weak");
    expect(issues).toEqual([
      `data/key_regions.csv:${line}: field "status_change_source_strength": set without a status change`,
    ]);
  });
});
