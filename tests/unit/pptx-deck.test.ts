/**
 * The PowerPoint deck as a file: a zip with one slide part per view, native charts whose data is in
 * an embedded workbook, the map as freeform shapes (one per province, key regions outlined in the key
 * colour), notes with the view's permalink, and none of the library's known faults left in it. Built
 * from the real data; expected figures are read from the data files, not from the code under test.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { LIGHT_PALETTE } from "../../src/features/export/lib/export-themes";
import { slideSpec, type SlideSpec } from "../../src/features/export/lib/pptx/slide-spec";
import { writePptx } from "../../src/features/export/lib/pptx/write-pptx";
import type { PrefectureMapFile } from "../../src/geo/prefecture-map";
import { parseCsv } from "../../src/data/csv";
import { DATA_DIR } from "../support/csv-data";
import { exportContext, realGeometry, TEST_PALETTE } from "../support/export-fixtures";
import { GENERATED_DIR, realPrefectureData } from "../support/real-data";

const PALETTE = { ...TEST_PALETTE, general: "#4c5ca6", special: "#7e8bc6", limit: "#b45309", key: "#c2410c" };
const GZ = "520000";
const prefectureMap = JSON.parse(
  readFileSync(join(GENERATED_DIR, "prefectures", `${GZ}.json`), "utf8"),
) as PrefectureMapFile;

let zip: JSZip;
let specs: SlideSpec[];
const text = (path: string) => zip.file(path)!.async("string");

beforeAll(async () => {
  const geometry = realGeometry();
  const file = realPrefectureData(GZ);
  const link = (q: string) => `https://atlas.example/${q}`;
  specs = [
    slideSpec(exportContext("map", "en", {}, link("?v=2")), geometry, PALETTE),
    slideSpec(
      exportContext("region", "en", { view: "region", region: "CN-GZ" }, link("?v=2&view=region&r=CN-GZ")),
      geometry,
      PALETTE,
    ),
    slideSpec(
      exportContext("national", "zh", { view: "national" }, link("?v=2&view=national&lang=zh")),
      geometry,
      PALETTE,
    ),
    slideSpec(
      exportContext("compare", "en", { view: "compare", compare: ["CN-GZ", "CN-TJ"] }, link("?v=2&view=compare")),
      geometry,
      PALETTE,
    ),
    slideSpec(
      {
        ...exportContext("prefectures", "en", { region: "CN-GZ" }, link("?r=CN-GZ")),
        prefectureFile: file,
        prefectureMap,
      },
      geometry,
      PALETTE,
    ),
    slideSpec(exportContext("events", "en", { view: "events" }, link("?v=2&view=events")), geometry, PALETTE),
  ];
  const written = await writePptx(specs, { title: "Test deck", lang: "en" });
  if (process.env.PPTX_OUT) (await import("node:fs")).writeFileSync(process.env.PPTX_OUT, written);
  zip = await JSZip.loadAsync(written);
}, 60_000);

describe("the deck's package", () => {
  it("has one slide part per view, each with its notes", () => {
    const slides = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
    const notes = Object.keys(zip.files).filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p));
    expect(slides).toHaveLength(6);
    expect(notes).toHaveLength(6);
  });

  it("draws each chart as a native chart with its data in an embedded workbook", async () => {
    const charts = Object.keys(zip.files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p));
    const books = Object.keys(zip.files).filter((p) => /^ppt\/embeddings\/.*\.xlsx$/.test(p));
    // region, national, compare, events: four charts; the map and the prefecture map are shapes.
    expect(charts).toHaveLength(4);
    expect(books).toHaveLength(4);
    for (const chart of charts) {
      const rels = await text(chart.replace("charts/", "charts/_rels/") + ".rels");
      expect(rels).toMatch(/embeddings\/[^"]+\.xlsx/);
    }
  });

  it("puts the province's published figures in its chart, and leaves missing ones out", async () => {
    const parsed = parseCsv(readFileSync(join(DATA_DIR, "debt_balance.csv"), "utf8"));
    if (!parsed.ok) throw new Error(parsed.reason);
    const rows = parsed.records.map((r) => r.values).filter((r) => r.adcode === GZ && r.period === "2024-12-31");
    expect(rows.length).toBeGreaterThan(0);
    const xml = await text(await chartPartOfSlide(2));
    for (const field of ["general_bn_cny", "special_bn_cny", "limit_bn_cny"]) {
      const value = rows.find((r) => r[field] !== "")?.[field];
      expect(value, field).toBeDefined();
      expect(xml).toContain(`<c:v>${Number(value)}</c:v>`);
    }
    expect(xml).not.toMatch(/<c:v>\s*<\/c:v>/);
  });

  it("gives a Chinese chart its amounts in 亿元 (ten to a bn), as the page's axes do", async () => {
    const parsed = parseCsv(readFileSync(join(DATA_DIR, "national.csv"), "utf8"));
    if (!parsed.ok) throw new Error(parsed.reason);
    const end2024 = parsed.records
      .map((r) => r.values)
      .find((r) => r.series === "local_gov_debt_balance" && r.period === "2024-12-31");
    expect(end2024).toBeDefined();
    const xml = await text(await chartPartOfSlide(3));
    expect(xml).toContain("亿元");
    expect(xml).toContain(`<c:v>${Number((Number(end2024!.value_bn_cny) * 10).toFixed(6))}</c:v>`);
  });

  it("draws the map as one freeform per province, key regions outlined in the key colour", async () => {
    const xml = await text("ppt/slides/slide1.xml");
    const shapes = xml.match(/<a:custGeom>/g) ?? [];
    expect(shapes.length).toBe(realGeometry().shapes.length);
    const keyOutlines = xml.match(/<a:ln w="19050"><a:solidFill><a:srgbClr val="C2410C"\/>/g) ?? [];
    // Ten key regions at the default period (end-2024: the twelve less Inner Mongolia? no: listed 2023, Inner Mongolia left in 2025).
    expect(keyOutlines.length).toBeGreaterThanOrEqual(10);
    expect(xml).not.toMatch(/srgbClr val="[0-9A-F]{3}"/);
    expect(xml).toContain('name="Guizhou 贵州"');
    // Its words say what it draws: outlines (a freeform has no hatching), where the page's say hatched.
    expect(xml).toContain("key high-debt regions outlined");
    expect(xml).not.toContain("hatched");
    expect(await text("ppt/slides/slide5.xml")).toContain("doubtful figures outlined and not coloured");
  });

  it("names the provinces that fit on the map, each name a text box inside its province's shape", async () => {
    const xml = await text("ppt/slides/slide1.xml");
    // Each drawn thing: its name and its box (EMU).
    const boxes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map(([, sp]) => {
      const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? "";
      const [x, y] = (/<a:off x="(\d+)" y="(\d+)"\/>/.exec(sp) ?? []).slice(1).map(Number);
      const [w, h] = (/<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp) ?? []).slice(1).map(Number);
      return {
        name,
        x,
        y,
        w,
        h,
        text: /<a:t>([^<]*)<\/a:t>/.exec(sp)?.[1] ?? null,
        freeform: sp.includes("<a:custGeom>"),
      };
    });
    const labels = boxes.filter(
      (b) => !b.freeform && ["Xinjiang", "Tibet", "Sichuan", "Shanghai"].includes(b.text ?? ""),
    );
    expect(labels.map((l) => l.text).sort()).toEqual(["Sichuan", "Tibet", "Xinjiang"]);
    for (const label of labels) {
      const province = boxes.find((b) => b.freeform && b.name.startsWith(`${label.text} `))!;
      const [cx, cy] = [label.x + label.w / 2, label.y + label.h / 2];
      expect(cx, label.text!).toBeGreaterThan(province.x);
      expect(cx, label.text!).toBeLessThan(province.x + province.w);
      expect(cy, label.text!).toBeGreaterThan(province.y);
      expect(cy, label.text!).toBeLessThan(province.y + province.h);
    }
  });

  it("writes a prefecture map as shapes too, with each figure's grade in the notes", async () => {
    const xml = await text("ppt/slides/slide5.xml");
    expect((xml.match(/<a:custGeom>/g) ?? []).length).toBe(prefectureMap.shapes.length);
    const parsed = parseCsv(readFileSync(join(DATA_DIR, "prefecture_debt.csv"), "utf8"));
    if (!parsed.ok) throw new Error(parsed.reason);
    const guiyang = parsed.records
      .map((r) => r.values)
      .find((r) => r.adcode_current === "520100" && r.year === "2024")!;
    const notes = await text("ppt/notesSlides/notesSlide5.xml");
    const line = notes.match(/<a:t>Guiyang[^<]*<\/a:t>/)?.[0] ?? "";
    expect(line).toContain(Number(guiyang.total_balance_bn_cny).toFixed(1));
    expect(line).toContain(guiyang.source_grade);
  });

  it("gives every slide notes with its permalink, one paragraph per line", async () => {
    for (let k = 1; k <= 6; k++) {
      const xml = await text(`ppt/notesSlides/notesSlide${k}.xml`);
      expect(xml).toContain("https://atlas.example/");
      expect(xml).not.toMatch(/<a:t>[^<]*\n/);
    }
    expect(await text("ppt/notesSlides/notesSlide2.xml")).toContain("r=CN-GZ");
  });

  it("sets Chinese text in an East Asian font on slides and in charts", async () => {
    const slide = await text("ppt/slides/slide3.xml");
    expect(slide).toContain('<a:ea typeface="Microsoft YaHei"/>');
    const chart = await text(await chartPartOfSlide(3));
    expect(chart).toContain('<a:ea typeface="Microsoft YaHei"/>');
  });

  it("leaves none of the library's known faults in the package", async () => {
    for (const path of Object.keys(zip.files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))) {
      const xml = await text(path);
      const defined = new Set([...xml.matchAll(/<c:(?:catAx|valAx)>\s*<c:axId val="(\d+)"/g)].map((m) => m[1]));
      for (const [, id] of xml.matchAll(/<c:axId val="(\d+)"\/>/g))
        expect(defined.has(id), `${path} axis ${id}`).toBe(true);
      expect(xml, path).not.toContain("multiLvlStrRef");
    }
    for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".xlsx"))) {
      const book = await JSZip.loadAsync(await zip.file(path)!.async("uint8array"));
      const table = await book.file("xl/tables/table1.xml")!.async("string");
      expect(table).toMatch(/ref="[A-Z]+\d+:[A-Z]+\d+"/);
    }
  });
});

/** The chart part a slide's relationships point to. */
async function chartPartOfSlide(n: number): Promise<string> {
  const rels = await text(`ppt/slides/_rels/slide${n}.xml.rels`);
  const target = rels.match(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/)?.[1];
  if (!target) throw new Error(`slide ${n} has no chart`);
  return `ppt/charts/${target}`;
}

describe("the deck's colours", () => {
  it("are the light theme's, as the stylesheets set them", () => {
    const css = readFileSync(join("src", "app", "styles.css"), "utf8");
    const root = css.slice(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {")));
    const events = readFileSync(join("src", "features", "events", "events.css"), "utf8");
    const cssVar = (block: string, name: string) => block.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1].trim();
    const fields: [keyof typeof LIGHT_PALETTE, string][] = [
      ["general", "general"],
      ["special", "special"],
      ["limit", "limit"],
      ["key", "key"],
      ["notCovered", "not-covered"],
      ["noDataDot", "no-data-dot"],
      ["background", "bg"],
      ["totalOnly", "total-only"],
      ["accent", "accent"],
      ["text", "text"],
      ["muted", "muted"],
      ["border", "border"],
    ];
    for (const [field, name] of fields) expect(LIGHT_PALETTE[field], name).toBe(cssVar(root, name));
    for (const kind of ["asset_sale", "financial_risk", "other"] as const)
      expect(LIGHT_PALETTE.eventKinds![kind], kind).toBe(cssVar(events, `ev-${kind}`));
  });
});

/** LibreOffice's command, where it is installed (Debian's libreoffice-impress); null where not. */
function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const path = join(dir, "soffice");
    if (existsSync(path)) return path;
  }
  return null;
}
const soffice = findSoffice();

// A real consumer of the file: LibreOffice opens it and renders one page per slide. Runs where
// LibreOffice is installed (README, "PowerPoint decks"); elsewhere the structure tests above stand alone.
describe.runIf(soffice)("the deck in LibreOffice", () => {
  it("opens and renders one page per slide", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-pptx-"));
    try {
      writeFileSync(join(dir, "deck.pptx"), await writePptx(specs, { title: "Test deck", lang: "en" }));
      // Its own profile, so a LibreOffice the user has open (or another test run) does not get in the way.
      execFileSync(
        soffice!,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          join(dir, "deck.pptx"),
        ],
        { stdio: "pipe", timeout: 170_000 },
      );
      const pdf = readFileSync(join(dir, "deck.pdf"), "latin1");
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(specs.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("what a slide's chart holds", () => {
  /** A one-slide deck's chart part and its workbook's sheet. */
  async function oneChart(spec: SlideSpec) {
    const deck = await JSZip.loadAsync(await writePptx([spec], { title: "One", lang: spec.lang }));
    const part = (pattern: RegExp) => deck.file(Object.keys(deck.files).find((p) => pattern.test(p))!)!;
    const chart = await part(/^ppt\/charts\/chart\d+\.xml$/).async("string");
    const book = await JSZip.loadAsync(
      await deck.file(Object.keys(deck.files).find((p) => p.endsWith(".xlsx"))!)!.async("uint8array"),
    );
    const sheet = await book.file("xl/worksheets/sheet1.xml")!.async("string");
    const slide = await part(/^ppt\/slides\/slide\d+\.xml$/).async("string");
    const notes = await part(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).async("string");
    return { chart, sheet, slide, notes };
  }
  const geometry = realGeometry();

  it("keeps a published zero a zero in the workbook Edit Data opens (Tibet's special debt, end-2015)", async () => {
    const row = parseCsv(readFileSync(join(DATA_DIR, "debt_balance.csv"), "utf8"));
    if (!row.ok) throw new Error(row.reason);
    const tibet2015 = row.records.map((r) => r.values).find((r) => r.adcode === "540000" && r.period === "2015-12-31")!;
    expect(Number(tibet2015.special_bn_cny)).toBe(0);
    const { sheet } = await oneChart(
      slideSpec(exportContext("region", "en", { view: "region", region: "CN-XZ" }), geometry, PALETTE),
    );
    // Column C is special debt (B general); row 2 the first period drawn, end-2015.
    expect(sheet).toContain('<c r="C2"><v>0</v></c>');
  });

  it("leaves a period with no figure empty, in the chart and in its workbook", async () => {
    const { chart, sheet } = await oneChart(
      slideSpec(exportContext("region", "en", { view: "region", region: "CN-GZ" }), geometry, PALETTE),
    );
    // Mid-2025 onwards are provisional: the year-end series (general debt, column B) has no figure there.
    const general = chart.match(/<c:ser>[\s\S]*?<\/c:ser>/)![0];
    expect(general).toContain("<c:v>General debt</c:v>");
    const values = general.match(/<c:val>[\s\S]*?<\/c:val>/)![0];
    const points = [...values.matchAll(/<c:pt idx="(\d+)">/g)].map((m) => Number(m[1]));
    expect(points.length).toBeGreaterThan(5);
    const categories = [...chart.matchAll(/<c:cat>[\s\S]*?<\/c:cat>/g)][0][0];
    const mid2025 = [...categories.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].find(
      (m) => m[2] === "Mid-2025",
    )!;
    const gapAt = Number(mid2025[1]);
    expect(points).not.toContain(gapAt);
    expect(sheet).toContain(`<c r="B${gapAt + 2}"/>`);
  });

  it("indexes Compare's lines to the view's base year-end, as the page does", async () => {
    const { chart } = await oneChart(
      slideSpec(
        exportContext("compare", "en", { view: "compare", compare: ["CN-GZ", "CN-TJ"], indexBase: "2019" }),
        geometry,
        PALETTE,
      ),
    );
    const categories = [...chart.matchAll(/<c:cat>[\s\S]*?<\/c:cat>/g)][0][0];
    const at2019 = [...categories.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].find((m) => m[2] === "2019")![1];
    for (const series of chart.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!)
      expect(series).toMatch(new RegExp(`<c:pt idx="${at2019}">\\s*<c:v>100</c:v>`));
    expect(chart).toContain("index, end-2019 = 100");
  });

  it("carries the presenter's title, and writes no character a PowerPoint file may not hold", async () => {
    const ctx = {
      ...exportContext("events", "en", { view: "events", query: "sale\u0001" }),
      slideTitle: "Asset sales \u0002so far\ud800",
    };
    const { slide, notes } = await oneChart(slideSpec(ctx, geometry, PALETTE));
    expect(slide).toContain("<a:t>Asset sales so far</a:t>");
    expect(notes).toContain("Asset sales so far");
    // No control character (but tab and line breaks) and no surrogate half: XML 1.0 allows neither.
    const forbidden = [...(slide + notes)].filter((ch) => {
      const c = ch.codePointAt(0)!;
      return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff);
    });
    expect(forbidden).toEqual([]);
  });
});
