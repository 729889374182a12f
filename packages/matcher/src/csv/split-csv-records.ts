import Papa from 'papaparse';
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

const PAPA_CODES: Readonly<Record<string, CsvRecordErrorCode>> = {
  MissingQuotes: CSV_RECORD_ERRORS.missingQuotes,
  InvalidQuotes: CSV_RECORD_ERRORS.invalidQuotes,
};

const MESSAGES: Readonly<Record<CsvRecordErrorCode, string>> = {
  [CSV_RECORD_ERRORS.missingQuotes]: 'A quoted cell is not closed on this line; the line was left out.',
  [CSV_RECORD_ERRORS.invalidQuotes]: 'Text follows a closing quote on this line; the line was left out.',
};

type PapaError = Papa.ParseError;

/** The earliest quote error, the one that decides where reading went wrong. */
function firstQuoteError(errors: readonly PapaError[]): (PapaError & { code: string; index: number }) | undefined {
  let first: (PapaError & { code: string; index: number }) | undefined;
  for (const e of errors) {
    if (!(e.code in PAPA_CODES) || typeof e.index !== 'number') continue;
    if (!first || e.index < first.index) first = e as PapaError & { code: string; index: number };
  }
  return first;
}

/** A final line break ends the last record; Papa Parse reads an empty record after it. */
function dropFinalEmpty(text: string, records: string[][]): void {
  const last = records.at(-1);
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) records.pop();
}

const parse = (text: string, delimiter: CsvDelimiter, newline: CsvLineBreak) =>
  Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', escapeChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false });

/**
 * Splits CSV text into records of cells with Papa Parse (RFC 4180): a cell starting with `"` is
 * quoted, `""` inside it is one quote, and quoted cells may hold delimiters and line breaks. The
 * line break (CRLF, LF or CR) is the first record's (a stray CR before LF stays in the last cell,
 * where converting cells trims it). Quotes inside an unquoted cell stay text.
 * Where quotes do not close properly, Papa Parse would read the following rows into that cell:
 * instead the line is reported (its text kept as one cell) and reading starts again after it.
 */
export function splitCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecords {
  // The line break is found here: Papa Parse's own guess can be misled by quotes inside unquoted cells.
  const newline = detectLineBreak(text, delimiter);
  const records: string[][] = [];
  const errors: CsvRecordError[] = [];
  let from = 0;
  while (from < text.length) {
    const rest = from === 0 ? text : text.slice(from);
    const parsed = parse(rest, delimiter, newline);
    const broken = firstQuoteError(parsed.errors);
    if (!broken) {
      records.push(...parsed.data);
      break;
    }
    records.push(...parsed.data.slice(0, broken.row));
    const before = rest.lastIndexOf(newline, broken.index);
    const start = before < 0 ? 0 : before + newline.length;
    const end = rest.indexOf(newline, broken.index);
    const code = PAPA_CODES[broken.code]!;
    errors.push({ record: records.length, code, message: MESSAGES[code] });
    records.push([rest.slice(start, end < 0 ? rest.length : end)]);
    if (end < 0) break;
    from += end + newline.length;
  }
  dropFinalEmpty(text, records);
  return { records, errors };
}
