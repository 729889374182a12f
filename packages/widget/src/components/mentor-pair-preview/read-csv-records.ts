import { defaultColumnMapping, parseColumnMapping, parseCsv, rowsToRecords, type ColumnMapping } from '@mentor-finder/matcher';
import type { DataSource } from '../../pair-preview-translations/pair-preview-translation.js';
import type { ReadRecords } from './read-records.js';
import { inputIssue, type RowIssue } from './row-issue.js';

function mappingFor(headers: readonly string[], mapping: unknown): { mapping?: ColumnMapping; defaulted?: boolean; issues: RowIssue[] } {
  if (mapping === null || mapping === undefined) return { mapping: defaultColumnMapping(headers), defaulted: true, issues: [] };
  const result = parseColumnMapping(mapping);
  if (result.ok) return { mapping: result.mapping, issues: [] };
  return { issues: result.errors.map((message) => inputIssue('mapping', 'invalid-mapping', message)) };
}

/**
 * CSV text to records, as the CLI reads it: the mapping file (or the headers as field paths) turns
 * columns into fields; columns that become no field are listed. Unreadable rows and cells are listed by
 * spreadsheet row (header = 1).
 */
export function readCsvRecords(source: DataSource, text: string, mapping: unknown): ReadRecords {
  const parsed = parseCsv(text);
  const issues: RowIssue[] = parsed.issues.map((issue) => ({
    source,
    row: issue.row,
    recordId: null,
    field: typeof issue.params?.['column'] === 'string' ? issue.params['column'] : '',
    code: issue.code,
    params: issue.params ?? {},
    message: issue.message,
  }));
  // Names and goals read from another encoding come out garbled and would be paired as such.
  if (parsed.headers.length === 0 || parsed.issues.some((i) => i.code === 'csv-not-utf8')) return { value: undefined, issues };
  const chosen = mappingFor(parsed.headers, mapping);
  if (!chosen.mapping) return { value: undefined, issues: [...issues, ...chosen.issues] };
  const converted = rowsToRecords(parsed.headers, parsed.rows, chosen.mapping);
  // Listed only when the headers are field paths: a mapping file leaves columns out on purpose.
  for (const column of chosen.defaulted ? converted.ignoredColumns : []) {
    issues.push({ source, row: 1, recordId: null, field: column, code: 'csv-ignored-column', params: { column }, message: `Column "${column}" names no field and was left out.` });
  }
  for (const cell of converted.issues) {
    issues.push({ source, row: cell.row, recordId: null, field: cell.field, code: cell.code, params: { column: cell.column, value: cell.value }, message: cell.message });
  }
  return { value: converted.records, rows: converted.sources.map((s) => s.row), issues };
}
