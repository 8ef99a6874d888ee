/**
 * The one RFC 4180 tokenizer: chunks of text in, records (fields + the line each starts on + the
 * first syntax problem in it) out. Both CSV readers sit on it: data/csv.ts (the curated data at build
 * time, strict: the first problem fails the file) and the analyst's own file in "Your data"
 * (features/user-data/lib/user-csv-reader.ts, lenient: a problem rejects only its row, and the file
 * arrives in chunks from a worker). Pure: no I/O, no React.
 *
 * It keeps its state between chunks, so a chunk may end anywhere: inside a quoted field, between the
 * two quotes of an escaped `""`, between CR and LF. Lines are counted from 1 (the header's line), with
 * LF, CRLF and a lone CR each ending a line, and line breaks inside quotes counted too, so a record's
 * line is what a text editor shows. Lenient where a file can still be read row by row: a stray quote
 * marks only its own record; the only thing that swallows later records is a quote that is never
 * closed, and that is reported at the end.
 */

export type CsvSyntaxKind =
  | "quote-in-unquoted" // `ab"c`: a quote inside a field that did not start with one
  | "text-after-quote" // `"ab"c`: something other than a comma or line end after a closing quote
  | "unclosed-quote" // a quoted field still open at the end of the input
  | "field-too-long"; // a field longer than the tokenizer's limit (cut there)

export interface CsvSyntaxProblem {
  kind: CsvSyntaxKind;
  /** 0-based index of the field the problem is in. */
  field: number;
  /** The line the problem was found on; for an unclosed quote, the line the quote opened on. */
  line: number;
}

/** Receives each record: its fields, the line it starts on, and its first syntax problem (or null). */
export type CsvRecordSink = (fields: string[], line: number, problem: CsvSyntaxProblem | null) => void;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Field states: nothing read yet, unquoted text read, a quoted field just closed. */
const FRESH = 0;
const UNQUOTED = 1;
const CLOSED = 2;

export class CsvTokenizer {
  private fields: string[] = [];
  private field = "";
  private fieldState = FRESH;
  private inQuotes = false;
  /** Inside quotes, the previous character was a quote: an escape or the closing quote. */
  private quotePending = false;
  /** The previous chunk ended with CR: an LF at the start of this one belongs to it. */
  private crPending = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private problem: CsvSyntaxProblem | null = null;

  /**
   * @param sink called once per record, blank lines (nothing at all between two line ends) skipped
   * @param maxField characters kept per field; a longer field is cut and marked "field-too-long"
   */
  constructor(
    private readonly sink: CsvRecordSink,
    private readonly maxField: number = Infinity,
  ) {}

  /** Feeds the next piece of text (the first may start with a byte-order mark, which is dropped). */
  push(text: string): void {
    let i = 0;
    const n = text.length;
    if (!this.started && n > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1; // a BOM is not part of the first header name
    }
    while (i < n) {
      if (this.crPending) {
        this.crPending = false;
        if (text.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      i = this.inQuotes ? this.readQuoted(text, i) : this.readUnquoted(text, i);
    }
  }

  /** The end of the input: flushes the last record (and reports a quote left open). */
  end(): void {
    if (this.inQuotes && !this.quotePending) this.mark("unclosed-quote", this.quoteLine);
    this.inQuotes = false;
    this.quotePending = false;
    if (this.fields.length > 0 || this.field !== "" || this.fieldState !== FRESH) this.endRecord();
  }

  /** Inside quotes from `i`: returns where reading goes on. */
  private readQuoted(text: string, i: number): number {
    if (this.quotePending) {
      this.quotePending = false;
      if (text.charCodeAt(i) === QUOTE) {
        this.append('"');
        return i + 1;
      }
      // The previous quote closed the field; this character is read as outside quotes.
      this.inQuotes = false;
      this.fieldState = CLOSED;
      return i;
    }
    // Whole runs at a time: a 50 MB file is mostly plain text between the quotes.
    const q = text.indexOf('"', i);
    const end = q === -1 ? text.length : q;
    const part = text.slice(i, end);
    for (let k = part.indexOf("\n"); k !== -1; k = part.indexOf("\n", k + 1)) this.line++;
    this.append(part);
    if (q === -1) return end;
    this.quotePending = true;
    return q + 1;
  }

  /** Outside quotes from `i`: returns where reading goes on. */
  private readUnquoted(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      this.endField();
      return i + 1;
    }
    if (c === LF || c === CR) {
      this.endRecord();
      this.line++;
      this.recordLine = this.line;
      if (c === CR) this.crPending = true;
      return i + 1;
    }
    if (c === QUOTE) {
      if (this.fieldState === FRESH) {
        this.inQuotes = true;
        this.quoteLine = this.line;
        this.fieldState = CLOSED; // the field exists now, even if it turns out empty ("")
      } else {
        this.mark("quote-in-unquoted");
        this.append('"');
        this.fieldState = UNQUOTED;
      }
      return i + 1;
    }
    let j = i + 1;
    while (j < text.length) {
      const d = text.charCodeAt(j);
      if (d === COMMA || d === LF || d === CR || d === QUOTE) break;
      j++;
    }
    if (this.fieldState === CLOSED) this.mark("text-after-quote");
    this.append(text.slice(i, j));
    this.fieldState = UNQUOTED;
    return j;
  }

  /** Keeps a record's first problem only: later ones are usually echoes of it. */
  private mark(kind: CsvSyntaxKind, line = this.line) {
    if (!this.problem) this.problem = { kind, field: this.fields.length, line };
  }

  private append(text: string) {
    if (text === "") return;
    const room = this.maxField - this.field.length;
    if (text.length > room) {
      this.field += text.slice(0, Math.max(0, room));
      this.mark("field-too-long");
    } else this.field += text;
  }

  private endField() {
    this.fields.push(this.field);
    this.field = "";
    this.fieldState = FRESH;
  }

  private endRecord() {
    const blank = this.fields.length === 0 && this.field === "" && this.fieldState === FRESH;
    this.endField();
    if (!blank) this.sink(this.fields, this.recordLine, this.problem);
    this.fields = [];
    this.problem = null;
  }
}
