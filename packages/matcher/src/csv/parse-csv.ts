import { CSV_DELIMITERS, detectDelimiter, headerDelimiterCounts, type CsvDelimiter } from './detect-delimiter.js';
import { splitCsvRecords } from './split-csv-records.js';

export interface CsvRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: Record<string, string>;
}

/** A problem with the file or one row; `row` 1 is the header. */
export interface CsvIssue {
  row: number;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  /** Rows listed here are not in `rows`. */
  issues: CsvIssue[];
}

export interface ParseCsvOptions {
  /** Detected from the header line when absent. */
  delimiter?: CsvDelimiter;
}

const BOM = '\uFEFF';

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The file's text: bytes are read as UTF-8, and what is not UTF-8 becomes U+FFFD, reported below. */
function textOf(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return new TextDecoder('utf-8').decode(input);
  throw new TypeError(`parseCsv: the input must be the file's text or its bytes (a Uint8Array or Buffer), got ${input === null ? 'null' : typeof input}`);
}

/**
 * Excel's `sep=;` first line names the delimiter; spreadsheets hide it, so the header stays row 1.
 * A delimiter it names that is not one of ours is left to detection.
 */
function withoutSepLine(text: string): { text: string; named?: CsvDelimiter } {
  // A spreadsheet saving the file again pads the line with delimiters: `sep=;;;;`.
  const line = /^sep=(.)\1*(\r\n|\n|\r|$)/.exec(text);
  if (!line) return { text };
  const named = (CSV_DELIMITERS as readonly string[]).includes(line[1]!) ? (line[1] as CsvDelimiter) : undefined;
  return { text: text.slice(line[0].length), ...(named ? { named } : {}) };
}

/**
 * Parses a CSV export (UTF-8 with or without BOM, comma, semicolon or tab, an Excel `sep=` line), given as text or as the
 * file's bytes. Rows that cannot be read are reported by spreadsheet row number and left out; blank
 * rows are skipped but still counted. Anything but text or bytes is a TypeError.
 */
export function parseCsv(input: string | Uint8Array, options: ParseCsvOptions = {}): ParsedCsv {
  const decoded = textOf(input);
  const given = options.delimiter;
  if (given !== undefined && !(CSV_DELIMITERS as readonly string[]).includes(given)) {
    throw new RangeError(`parseCsv: options.delimiter must be one of ",", ";" or "\\t" (a tab character), got ${JSON.stringify(given)}`);
  }
  const { text, named } = withoutSepLine(decoded.startsWith(BOM) ? decoded.slice(1) : decoded);
  const delimiter = given ?? named ?? detectDelimiter(text);
  const { records: data, errors } = splitCsvRecords(text, delimiter);
  const issues: CsvIssue[] = [];
  const broken = new Map<number, CsvIssue>(errors.map((e) => [e.record, { row: e.record + 1, code: e.code, message: e.message }]));
  const headers = (data[0] ?? []).map((h) => h.trim());
  if (headers.length === 0 || isBlank(headers)) {
    return { headers: [], rows: [], delimiter, issues: [{ row: 1, code: 'csv-no-header', message: 'The file has no header row.' }] };
  }
  // A delimiter given that the file does not use leaves the whole header in one column.
  const counts = given !== undefined && headers.length === 1 ? headerDelimiterCounts(text) : undefined;
  const other = counts ? CSV_DELIMITERS.find((d) => d !== delimiter && (counts.get(d) ?? 0) > 0) : undefined;
  if (other !== undefined) {
    issues.push({
      row: 1,
      code: 'csv-delimiter-mismatch',
      message: `The header is one column holding ${JSON.stringify(other)}: the file seems to be separated by ${JSON.stringify(other)}, not ${JSON.stringify(delimiter)}.`,
      params: { delimiter, likely: other },
    });
  }
  // Text decoded as UTF-8 from another encoding (a spreadsheet's regional "CSV") has U+FFFD where its letters were.
  const unreadable = data.findIndex((cells) => cells.some((cell) => cell.includes('\uFFFD')));
  if (unreadable >= 0) {
    issues.push({
      row: unreadable + 1,
      code: 'csv-not-utf8',
      message: 'Letters such as õ, ä or š come out as � from here on: the file is probably not UTF-8. Save it as "CSV UTF-8" and load it again.',
    });
  }
  const seen = new Set<string>();
  for (const h of headers) {
    if (h !== '' && seen.has(h)) issues.push({ row: 1, code: 'csv-duplicate-header', message: `Column "${h}" appears twice.`, params: { column: h } });
    seen.add(h);
  }
  const rows: CsvRow[] = [];
  for (let index = 1; index < data.length; index++) {
    const cells = data[index] ?? [];
    const problem = broken.get(index);
    if (problem) {
      issues.push(problem);
      continue;
    }
    if (isBlank(cells)) continue;
    if (cells.length !== headers.length) {
      issues.push({
        row: index + 1,
        code: 'csv-column-count',
        message: `Expected ${headers.length} cells, got ${cells.length} (cells split at ${JSON.stringify(delimiter)}).`,
        params: { expected: headers.length, got: cells.length, delimiter },
      });
      continue;
    }
    const record: Record<string, string> = {};
    headers.forEach((h, c) => {
      if (h !== '') record[h] = cells[c] ?? '';
    });
    rows.push({ row: index + 1, cells: record });
  }
  return { headers, rows, delimiter, issues };
}
