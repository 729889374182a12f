import type { CsvDelimiter } from './detect-delimiter.js';
import { detectLineBreak, type CsvLineBreak } from './detect-line-break.js';

export const CSV_RECORD_ERRORS = Object.freeze({
  /** A quoted cell never closes: the rest of the file fell into it. */
  missingQuotes: 'csv-missing-quotes',
  /** Text follows a closing quote inside the same cell. */
  invalidQuotes: 'csv-invalid-quotes',
} as const);
export type CsvRecordErrorCode = (typeof CSV_RECORD_ERRORS)[keyof typeof CSV_RECORD_ERRORS];

export interface CsvRecordError {
  /** 0-based index of the record in `records`. */
  record: number;
  code: CsvRecordErrorCode;
  message: string;
}

export interface CsvRecords {
  /** Every record, blank ones included; a final line break does not start a record. */
  records: string[][];
  /** At most one per record. */
  errors: CsvRecordError[];
}

const MESSAGES: Readonly<Record<CsvRecordErrorCode, string>> = {
  [CSV_RECORD_ERRORS.missingQuotes]: 'A quoted cell is not closed on this line; the line was left out.',
  [CSV_RECORD_ERRORS.invalidQuotes]: 'Text follows a closing quote on this line; the line was left out.',
};

const QUOTE = '"';

/**
 * Finds closing quotes in one pass over the file. Inside a quoted cell a run of quotes closes the
 * cell when its length is odd (pairs are literal quotes). Once a search from some point has run to
 * the end without closing, every later run is even, so a later search only has to look at the run
 * it starts in: a file of many unclosed quotes stays linear.
 */
class QuoteCloser {
  /** Content position from which a search ran to the end without finding a close; -1 if none yet. */
  private openToEnd = -1;

  constructor(private readonly text: string) {}

  /** Index of the quote that closes a cell whose content starts at `from`, or -1. */
  close(from: number): number {
    const { text } = this;
    if (this.openToEnd >= 0 && from > this.openToEnd) {
      let end = from;
      while (text[end] === QUOTE) end++;
      return (end - from) % 2 === 1 ? end - 1 : -1;
    }
    let at = from;
    for (;;) {
      const q = text.indexOf(QUOTE, at);
      if (q < 0) {
        this.openToEnd = from;
        return -1;
      }
      if (text[q + 1] !== QUOTE) return q;
      at = q + 2;
    }
  }
}

/** Next index of `needle` at or after `from`, cached so that repeated look-ups scan each character once. */
class NextIndex {
  private at = -2;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  from(position: number): number {
    if (this.at === -1 || this.at >= position) return this.at;
    this.at = this.text.indexOf(this.needle, position);
    return this.at;
  }
}

/**
 * Splits CSV text into records of cells in one pass (RFC 4180): a cell starting with `"` is quoted,
 * `""` inside it is one quote, and quoted cells may hold delimiters and line breaks. Records end at
 * CRLF or LF alike (files joined from two exports mix them), or at CR in a file whose first record
 * ends with a lone CR. Quotes inside an unquoted cell stay text.
 * Where quotes do not close properly, the record is reported (its text up to the end of that line
 * kept as one cell) and reading goes on from the next line, so one bad quote never swallows the
 * rows after it: a quote followed by text on its own line is `csv-invalid-quotes`; a quote whose
 * cell does not close, or closes badly only on a later line, is `csv-missing-quotes` at its line.
 */
export function splitCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecords {
  // Found outside quoted cells: a quote inside an unquoted cell must not mislead the guess.
  const firstBreak: CsvLineBreak = detectLineBreak(text, delimiter);
  // Every LF ends a record (with the CR before it, if any), unless the file breaks lines with lone CRs.
  const lineFeed = firstBreak !== '\r';
  const newline = lineFeed ? '\n' : '\r';
  /** Length of the line break starting at `i`, 0 when there is none. */
  const breakAt = (i: number): number => (lineFeed && text.startsWith('\r\n', i) ? 2 : text[i] === newline ? 1 : 0);
  /** Where the text before the line break found at `n` ends (a CR before the LF is part of the break). */
  const beforeBreak = (n: number, from: number): number => (lineFeed && n > from && text[n - 1] === '\r' ? n - 1 : n);
  const records: string[][] = [];
  const errors: CsvRecordError[] = [];
  const closer = new QuoteCloser(text);
  const nextDelimiter = new NextIndex(text, delimiter);
  const nextNewline = new NextIndex(text, newline);
  const length = text.length;

  const fail = (recordStart: number, errorAt: number, code: CsvRecordErrorCode): number => {
    const end = nextNewline.from(errorAt);
    const stop = end < 0 ? length : beforeBreak(end, recordStart);
    errors.push({ record: records.length, code, message: MESSAGES[code] });
    records.push([text.slice(recordStart, stop)]);
    return end < 0 ? length : end + 1;
  };

  let pos = 0;
  while (pos < length) {
    const recordStart = pos;
    const cells: string[] = [];
    let next = -1;
    for (;;) {
      if (text[pos] === QUOTE) {
        const close = closer.close(pos + 1);
        if (close < 0) {
          next = fail(recordStart, pos, CSV_RECORD_ERRORS.missingQuotes);
          break;
        }
        const after = close + 1;
        const ends = after >= length || text.startsWith(delimiter, after) || breakAt(after) > 0;
        if (!ends) {
          // A bad close on a later line means this line's quote never closed: report it, read the next line.
          const lineEnd = nextNewline.from(pos);
          const code = lineEnd >= 0 && lineEnd < close ? CSV_RECORD_ERRORS.missingQuotes : CSV_RECORD_ERRORS.invalidQuotes;
          next = fail(recordStart, code === CSV_RECORD_ERRORS.missingQuotes ? pos : after, code);
          break;
        }
        cells.push(text.slice(pos + 1, close).replaceAll('""', QUOTE));
        if (after >= length) {
          records.push(cells);
          next = length;
          break;
        }
        if (text.startsWith(delimiter, after)) {
          pos = after + delimiter.length;
          continue;
        }
        records.push(cells);
        next = after + breakAt(after);
        break;
      }
      const d = nextDelimiter.from(pos);
      const n = nextNewline.from(pos);
      if (d >= 0 && (n < 0 || d < n)) {
        cells.push(text.slice(pos, d));
        pos = d + delimiter.length;
        continue;
      }
      cells.push(text.slice(pos, n < 0 ? length : beforeBreak(n, pos)));
      records.push(cells);
      next = n < 0 ? length : n + 1;
      break;
    }
    pos = next;
  }
  return { records, errors };
}
