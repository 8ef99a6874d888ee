/**
 * One pass over the package pptxgenjs 4.0.1 writes, mending what its readers trip on (each from the
 * library's issue tracker; README, "PowerPoint decks"):
 * - an axis id that a bar or line chart names but no axis defines (PowerPoint offers to repair, #1534);
 * - a missing value written as an empty number (<c:v></c:v>): left out, a gap, as OOXML means it;
 * - multi-level category references for plain labels (Google Slides numbers the categories 1, 2, 3, #1466);
 * - the embedded workbook's table range ending in a stray apostrophe (Keynote drops the chart, #1531);
 * - chart text with a Latin font only (#1420) and slide text whose East Asian font is the Latin one:
 *   Chinese in both set in `eastAsianFont`;
 * - speaker notes as one run with raw line breaks (shown as one line): one paragraph per line;
 * - the embedded workbook's cells written as `value || ""`, so a published 0 came out blank (what
 *   "Edit Data" shows): each cell is written from its chart's own figures, a missing one left empty.
 * Then the package is compressed again (the library's own output is stored, not deflated, in browsers).
 */
import JSZip from "jszip";

export interface FixOptions {
  eastAsianFont: string;
  /** The notes' proofing language (en-US, zh-CN). */
  notesLang: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A chart part, mended (pure; exported for its tests). */
export function fixChartXml(xml: string, eastAsianFont: string): string {
  const defined = new Set(
    [...xml.matchAll(/<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"/g)].map((m) => m[1]),
  );
  let out = xml.replace(/<c:axId val="(\d+)"\/>/g, (tag, id: string) => (defined.has(id) ? tag : ""));
  out = out.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, "");
  out = out.replace(
    /<c:multiLvlStrRef>([\s\S]*?)<c:multiLvlStrCache>([\s\S]*?)<\/c:multiLvlStrCache>\s*<\/c:multiLvlStrRef>/g,
    (_, ref: string, cache: string) => {
      const levels = [...cache.matchAll(/<c:lvl>([\s\S]*?)<\/c:lvl>/g)];
      // Only one level (plain labels) can be written as plain strings.
      if (levels.length !== 1) return _;
      const count = cache.match(/<c:ptCount val="\d+"\/>/)?.[0] ?? "";
      return `<c:strRef>${ref}<c:strCache>${count}${levels[0][1]}</c:strCache></c:strRef>`;
    },
  );
  return withEastAsianFont(out, eastAsianFont);
}

/** Every run's East Asian font set (after its Latin one, where it has none). */
export function withEastAsianFont(xml: string, font: string): string {
  const ea = `<a:ea typeface="${escapeAttr(font)}"/>`;
  return xml
    .replace(/<a:ea typeface="[^"]*"[^>]*\/>/g, ea)
    .replace(/(<a:latin typeface="[^"]*"[^>]*\/>)(?!<a:ea )/g, `$1${ea}`);
}

/** Speaker notes: each line of the one run pptxgenjs writes becomes a paragraph of its own. */
export function fixNotesXml(xml: string, lang: string): string {
  return xml.replace(
    /<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*" dirty="0"\/><\/a:p>/,
    (_, text: string) =>
      text
        .split(/\r?\n/)
        .map((line) => `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`)
        .join(""),
  );
}

/** The embedded workbook's table range without the stray apostrophe ("A1:D4'"). */
export function fixTableXml(xml: string): string {
  return xml.replace(/ref="([A-Z]+\d+:[A-Z]+\d+)'"/g, 'ref="$1"');
}

/**
 * The figures a chart part holds, by the workbook cell each comes from ("B5" -> "0"): read off its
 * series' references (Sheet1!$B$2:$B$16) and cached points, before empty points are dropped.
 */
export function chartCells(xml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [, body] of xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)) {
    const ref = /<c:f>Sheet1!\$([A-Z]+)\$(\d+):\$[A-Z]+\$\d+<\/c:f>/.exec(body);
    if (!ref) continue;
    const [, column, first] = ref;
    for (const [, idx, value] of body.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>\s*<\/c:pt>/g))
      if (value.trim() !== "") cells.set(`${column}${Number(first) + Number(idx)}`, value.trim());
  }
  return cells;
}

/** A worksheet's number cells written from the chart's figures; a cell with none is left empty. */
export function fillSheet(xml: string, cells: ReadonlyMap<string, string>): string {
  return xml.replace(/<c r="([A-Z]+\d+)"><v>([^<]*)<\/v><\/c>/g, (whole, ref: string, written: string) => {
    const value = cells.get(ref);
    if (value !== undefined) return `<c r="${ref}"><v>${value}</v></c>`;
    return written.trim() === "" ? `<c r="${ref}"/>` : whole;
  });
}

export async function fixPackage(data: Uint8Array, options: FixOptions): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const edit = async (path: string, fix: (xml: string) => string) => {
    const file = zip.file(path);
    if (file) zip.file(path, fix(await file.async("string")));
  };
  // Each workbook's cells from its chart's figures, read before the chart's empty points go.
  const bookCells = new Map<string, Map<string, string>>();
  for (const path of Object.keys(zip.files).filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))) {
    const rels = await zip.file(path.replace("charts/", "charts/_rels/") + ".rels")?.async("string");
    const book = rels?.match(/Target="\.\.\/embeddings\/([^"]+\.xlsx)"/)?.[1];
    if (book) bookCells.set(`ppt/embeddings/${book}`, chartCells(await zip.file(path)!.async("string")));
  }
  for (const path of Object.keys(zip.files)) {
    if (/^ppt\/charts\/chart\d+\.xml$/.test(path)) await edit(path, (x) => fixChartXml(x, options.eastAsianFont));
    else if (/^ppt\/slides\/slide\d+\.xml$/.test(path))
      await edit(path, (x) => withEastAsianFont(x, options.eastAsianFont));
    else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(path))
      await edit(path, (x) => fixNotesXml(x, options.notesLang));
    else if (/^ppt\/embeddings\/.*\.xlsx$/.test(path)) {
      const book = await JSZip.loadAsync(await zip.file(path)!.async("uint8array"));
      for (const inner of Object.keys(book.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p)))
        book.file(inner, fixTableXml(await book.file(inner)!.async("string")));
      const cells = bookCells.get(path);
      const sheet = book.file("xl/worksheets/sheet1.xml");
      if (cells && sheet) book.file("xl/worksheets/sheet1.xml", fillSheet(await sheet.async("string"), cells));
      zip.file(path, await book.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    }
  }
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  });
}
