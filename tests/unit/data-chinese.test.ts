/**
 * The data's Chinese (issue 10): every event's title and summary in Chinese (events.csv title_zh,
 * summary_zh), and the Chinese labels and notes of source_labels.csv, key_regions.csv and
 * national.csv, written by the team and checked against the sources (data/README.md). Expected
 * values are read from the CSVs here, with the bare parser, not from the model the build makes;
 * the generated files must carry them unchanged.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/csv";
import { formatIssue } from "../../src/data/validate";
import { DATA_DIR, readDataFiles, validateTexts } from "../support/csv-data";
import { realEvents, realIndex } from "../support/real-data";

const HAN = /\p{Script=Han}/u;

/** Rows back to CSV text (every field quoted), for a test that edits one field. */
const writeCsv = (header: string[], rows: Record<string, string>[]) =>
  [header, ...rows.map((r) => header.map((h) => r[h]))]
    .map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(","))
    .join("\n") + "\n";

/** A data CSV as its header and rows of named fields, straight from the file. */
function csvRows(file: string): { header: string[]; rows: Record<string, string>[] } {
  const result = parseCsv(readFileSync(join(DATA_DIR, file), "utf8"));
  if (!result.ok) throw new Error(`${file}:${result.line}: ${result.reason}`);
  const header = Object.keys(result.records[0].values);
  return { header, rows: result.records.map((r) => r.values) };
}

describe("every event in Chinese too", () => {
  const { header, rows } = csvRows("events.csv");

  it("events.csv has title_zh and summary_zh right after summary_en", () => {
    const at = header.indexOf("summary_en");
    expect(header.slice(at - 1, at + 3)).toEqual(["title_en", "summary_en", "title_zh", "summary_zh"]);
  });

  it("gives every event, once each, a Chinese title and summary", () => {
    expect(rows).toHaveLength(316);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.title_zh.trim(), `${r.id}: title_zh`).not.toBe("");
      expect(r.summary_zh.trim(), `${r.id}: summary_zh`).not.toBe("");
      expect(HAN.test(r.title_zh), `${r.id}: title_zh in Chinese`).toBe(true);
      expect(HAN.test(r.summary_zh), `${r.id}: summary_zh in Chinese`).toBe(true);
    }
  });

  it("the generated events carry both languages, exactly as the CSV has them", () => {
    const events = realEvents();
    expect(events.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    for (const [k, r] of rows.entries()) {
      const { titleEn, titleZh, summaryEn, summaryZh, quote } = events[k];
      expect({ titleEn, titleZh, summaryEn, summaryZh, quote }, r.id).toEqual({
        titleEn: r.title_en,
        titleZh: r.title_zh,
        summaryEn: r.summary_en,
        summaryZh: r.summary_zh,
        // The source's own words are never translated.
        quote: r.quote,
      });
    }
  });

  it("refuses an event without its Chinese, or with Chinese that has no Chinese characters", () => {
    const files = readDataFiles();
    const text = files["events.csv"];
    const lines = text.split("\n");
    const n = lines.findIndex((l) => l.startsWith("gz-moutai-4pct-transfer-2019,"));
    const row = rows.find((r) => r.id === "gz-moutai-4pct-transfer-2019")!;
    const emptied = lines.map((l, k) => (k === n ? l.replace(`,${row.title_zh},`, ",,") : l)).join("\n");
    const latin = lines.map((l, k) => (k === n ? l.replace(`,${row.summary_zh},`, ",Moutai,") : l)).join("\n");
    const issues = (csv: string) => {
      const result = validateTexts({ ...files, "events.csv": csv });
      return result.ok ? [] : result.issues.map(formatIssue);
    };
    expect(issues(emptied)).toContain(`data/events.csv:${n + 1}: field "title_zh": "" must not be empty`);
    expect(issues(latin)).toContain(
      `data/events.csv:${n + 1}: field "summary_zh": "Moutai" must contain Chinese characters`,
    );
  });
});

describe("Chinese labels and notes beside the English", () => {
  const index = realIndex();

  it("source_labels.csv: each source's Chinese label and note reach the generated sources", () => {
    const { rows } = csvRows("source_labels.csv");
    expect(rows.filter((r) => r.label_zh !== "").length).toBeGreaterThan(0);
    for (const r of rows) {
      // The first label whose match the citation contains is the source's (build-model.ts).
      const refs = index.data.sources.filter((s) => rows.find((l) => s.text.includes(l.match)) === r);
      for (const s of refs)
        expect([s.label, s.labelZh, s.note, s.noteZh]).toEqual([r.label_en, r.label_zh, r.note, r.note_zh]);
    }
    // An unlabelled source has no Chinese label: the app shows its English (its citation's start).
    for (const s of index.data.sources.filter((x) => !rows.some((l) => x.text.includes(l.match)))) {
      expect([s.labelZh, s.noteZh]).toEqual(["", ""]);
    }
  });

  it("key_regions.csv: the listing document and the status change in Chinese, only where the English is set", () => {
    const { rows } = csvRows("key_regions.csv");
    for (const r of rows) {
      const k = index.data.keyRegions.find((x) => x.adcode === r.province_adcode)!;
      expect([k.listedDocument, k.listedDocumentZh]).toEqual([r.listed_document, r.listed_document_zh]);
      if (r.status_change_kind === "") expect([k.change, r.status_change_kind_zh]).toEqual([null, ""]);
      else expect([k.change!.kind, k.change!.kindZh]).toEqual([r.status_change_kind, r.status_change_kind_zh]);
    }
    expect(rows.filter((r) => r.status_change_kind_zh !== "")).toHaveLength(3);
  });

  it("national.csv: a note's Chinese for display, the English note kept for the page's rules", () => {
    const { rows } = csvRows("national.csv");
    expect(index.data.national.map((n) => [n.series, n.period, n.note, n.noteZh])).toEqual(
      rows.map((r) => [r.series, r.period, r.note, r.note_zh]),
    );
    for (const r of rows) if (r.note_zh !== "") expect(r.note, `${r.series} ${r.period}`).not.toBe("");
    // The words the page's rules read ("cumulative", "MONTHLY") stay in the English note beside the Chinese.
    expect(index.data.national.some((n) => /cumulative/.test(n.note) && n.noteZh.includes("累计"))).toBe(true);
  });

  it("refuses a Chinese note without an English one, and a change's kind in Chinese without the change", () => {
    const files = readDataFiles();
    const issues = (
      file: "national.csv" | "key_regions.csv",
      pick: (r: Record<string, string>) => boolean,
      field: string,
    ) => {
      const { header, rows } = csvRows(file);
      const k = rows.findIndex(pick);
      const edited = rows.map((r, j) => (j === k ? { ...r, [field]: "说明" } : r));
      const result = validateTexts({ ...files, [file]: writeCsv(header, edited) });
      return { line: k + 2, issues: result.ok ? [] : result.issues.map(formatIssue) };
    };
    const national = issues("national.csv", (r) => r.note === "", "note_zh");
    expect(national.issues).toEqual([`data/national.csv:${national.line}: field "note_zh": set without a note`]);
    const key = issues("key_regions.csv", (r) => r.status_change_kind === "", "status_change_kind_zh");
    expect(key.issues).toEqual([
      `data/key_regions.csv:${key.line}: field "status_change_kind_zh": set without a status change`,
    ]);
  });
});

describe("the platform's Chinese name", () => {
  // celma.org.cn calls itself 中国地方政府债券信息公开平台: the data's labels and the catalogues say it alike
  // ("the MoF's …", as the English "MoF local bond disclosure platform").
  const NAME = "中国地方政府债券信息公开平台";
  const MENTION = /\p{Script=Han}*信息公开平台/gu;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) ? [path] : [];
    });
  const { rows } = csvRows("source_labels.csv");
  const celma = rows.filter((r) => r.label_en.includes("(celma)"));

  it("the platform's source labels name it by its own name in Chinese", () => {
    expect(celma).toHaveLength(2);
    for (const r of celma) expect(r.label_zh).toContain(NAME);
  });

  it("every mention of the platform in the app's words is the one the labels use", () => {
    const labelled = new Set(celma.flatMap((r) => r.label_zh.match(MENTION) ?? []));
    expect([...labelled]).toEqual([`财政部${NAME}`]);
    const src = join(import.meta.dirname, "..", "..", "src");
    const mentions = files(src).flatMap((f) => readFileSync(f, "utf8").match(MENTION) ?? []);
    expect(mentions.length).toBeGreaterThan(0);
    expect(new Set(mentions)).toEqual(labelled);
  });
});
