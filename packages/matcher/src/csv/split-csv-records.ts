import Papa from 'papaparse';
import type { CsvDelimiter } from './detect-delimiter.js';
import { detectLineBreak } from './detect-line-break.js';

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

const PAPA_CODES: Readonly<Record<string, CsvRecordErrorCode>> = {
  MissingQuotes: CSV_RECORD_ERRORS.missingQuotes,
  InvalidQuotes: CSV_RECORD_ERRORS.invalidQuotes,
};

const MESSAGES: Readonly<Record<CsvRecordErrorCode, string>> = {
  [CSV_RECORD_ERRORS.missingQuotes]: 'A quoted cell is not closed; the rest of the file was read into it.',
  [CSV_RECORD_ERRORS.invalidQuotes]: 'Text follows a closing quote; the rows up to the next quote were read into this one.',
};

/** A final line break ends the last record; Papa Parse reads an empty record after it. */
function dropFinalEmpty(text: string, records: string[][]): void {
  const last = records.at(-1);
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) records.pop();
}

/**
 * Splits CSV text into records of cells with Papa Parse (RFC 4180): a cell starting with `"` is
 * quoted, `""` inside it is one quote, and quoted cells may hold delimiters and line breaks. The
 * line break (CRLF, LF or CR) is the first record's. Quotes inside an unquoted cell stay text; a
 * record whose quotes do not close properly is reported once (the rows it swallowed with it).
 */
export function splitCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecords {
  // The line break is found here: Papa Parse's own guess can be misled by quotes inside unquoted cells.
  const newline = detectLineBreak(text, delimiter);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', escapeChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false });
  const records = parsed.data;
  dropFinalEmpty(text, records);
  const errors: CsvRecordError[] = [];
  for (const e of parsed.errors) {
    const code = PAPA_CODES[e.code];
    const record = e.row ?? records.length - 1;
    if (!code || errors.some((x) => x.record === record)) continue;
    errors.push({ record, code, message: MESSAGES[code] });
  }
  return { records, errors: errors.sort((a, b) => a.record - b.record) };
}
