import type { CsvDelimiter } from './detect-delimiter.js';

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

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/**
 * Splits CSV text into records of cells (RFC 4180): a cell starting with `"` is quoted, `""` inside it
 * is one quote, and quoted cells may hold delimiters and line breaks. Lines end with CRLF, LF or CR.
 * Lenient where spreadsheets are: quotes inside an unquoted cell are kept as text; text after a
 * closing quote is kept too, but the record is reported.
 */
export function splitCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecords {
  const sep = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const errors: CsvRecordError[] = [];
  const n = text.length;
  let record: string[] = [];
  let i = 0;
  const fail = (code: CsvRecordErrorCode, message: string) => {
    if (errors.at(-1)?.record !== records.length) errors.push({ record: records.length, code, message });
  };
  while (i < n) {
    let cell = '';
    const quoted = text.charCodeAt(i) === QUOTE;
    if (quoted) {
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) {
          cell += text.slice(j);
          i = n;
          fail(CSV_RECORD_ERRORS.missingQuotes, 'A quoted cell is not closed.');
          break;
        }
        cell += text.slice(j, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        cell += '"';
        j = close + 2;
      }
    }
    let end = i;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === sep || c === CR || c === LF) break;
      end++;
    }
    if (end > i) {
      if (quoted) fail(CSV_RECORD_ERRORS.invalidQuotes, 'Text follows the closing quote of a cell.');
      cell += text.slice(i, end);
    }
    record.push(cell);
    i = end;
    if (i >= n) break;
    const c = text.charCodeAt(i);
    i++;
    if (c === sep) {
      if (i === n) record.push('');
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return { records, errors };
}
