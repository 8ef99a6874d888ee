/**
 * CSV for download: the numbers behind the current view, written so that Excel, Numbers, LibreOffice
 * and Google Sheets all open it the same way. Pure: returns a string; the caller makes the Blob.
 *
 * - A byte-order mark first, because Excel otherwise guesses a legacy code page and mangles Chinese.
 * - CRLF line ends and RFC 4180 quoting, the form every spreadsheet accepts.
 * - Formula-injection neutralisation (OWASP "CSV injection"): a string cell that starts with
 *   = + - @ TAB or CR is prefixed with a single quote, so a spreadsheet shows it as text instead of
 *   evaluating it. Cells that are numbers are written as numbers and never prefixed. A *string*
 *   such as "-5" is prefixed too: this function cannot tell a number that was stringified from a
 *   label that happens to look like one, and evaluating hostile text is the worse failure. Callers
 *   that want a negative number in the sheet pass it as a number.
 */

export type CsvCell = string | number | null;

/** The byte-order mark that tells spreadsheets the file is UTF-8. */
export const CSV_BOM = "\uFEFF";

const DANGEROUS_LEAD = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** One field as text: neutralised, then quoted if it needs quoting. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  // Non-finite numbers have no spreadsheet meaning ("NaN" would read as text); write them empty.
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = DANGEROUS_LEAD.has(cell.charAt(0)) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The whole file: BOM, header, rows, each line ended by CRLF. Every row must have as many cells as
 * the header: a ragged row is a bug in the caller, and our own parser (src/data/csv.ts) would refuse
 * the file, so it throws rather than writing something that reads back wrong.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  rows.forEach((row, k) => {
    if (row.length !== header.length) {
      throw new RangeError(`toCsv: row ${k + 1} has ${row.length} cells, the header has ${header.length}`);
    }
  });
  const lines = [header, ...rows].map((row) => {
    const line = row.map(csvField).join(",");
    // A one-column row with an empty cell would be a blank line, which parsers skip; quote it so
    // the row survives.
    return (line === "" ? '""' : line) + "\r\n";
  });
  return CSV_BOM + lines.join("");
}
