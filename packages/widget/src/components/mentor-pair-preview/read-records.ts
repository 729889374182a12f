import type { DataSource } from '../../pair-preview-translations/pair-preview-translation.js';
import { readCsvRecords } from './read-csv-records.js';
import { parseJsonInput } from './parse-json-input.js';
import type { RowIssue } from './row-issue.js';

/** Records read from a file's text, before validation; `rows` gives each record's line in a CSV file. */
export interface ReadRecords {
  value: unknown;
  rows?: number[];
  issues: RowIssue[];
}

export interface ReadRecordsOptions {
  /** File name or URL; a `.csv` ending selects CSV. */
  name?: string;
  /** Column mapping file content for CSV input. */
  mapping?: unknown;
}

/** Whether text is CSV rather than JSON: by the name's extension, else by its first character. */
export function looksLikeCsv(text: string, name = ''): boolean {
  if (/\.csv(\?|#|$)/i.test(name)) return true;
  if (/\.json(\?|#|$)/i.test(name)) return false;
  return !/^[\s\uFEFF]*[[{]/.test(text);
}

/** Parses JSON text; a syntax error becomes an issue, never an exception. */
export function readJsonText(source: DataSource, text: string): ReadRecords {
  const parsed = parseJsonInput(source, text);
  return parsed.ok ? { value: parsed.value, issues: [] } : { value: undefined, issues: [parsed.issue] };
}

/** Reads records from a file's text: JSON as is, CSV through the column mapping. */
export function readRecordsText(source: DataSource, text: string, options: ReadRecordsOptions = {}): ReadRecords {
  if (looksLikeCsv(text, options.name)) return readCsvRecords(source, text, options.mapping);
  return readJsonText(source, text);
}
