import type { CsvRow } from '../csv/parse-csv.js';
import type { ColumnMapping } from './column-mapping.js';
import { convertCell } from './convert-cell.js';
import { hasPath, setPath } from './set-path.js';

/** Where a converted record came from, to point validation errors back at the sheet. */
export interface RecordSource {
  row: number;
  /** Field path → column header. */
  columns: Record<string, string>;
  /** Fields whose cell could not be converted (left out of the record). */
  failed: string[];
}

export interface CellIssue {
  row: number;
  column: string;
  field: string;
  code: string;
  message: string;
  /** The cell's text as the file has it. */
  value: string;
}

export interface ConvertedRows {
  records: Record<string, unknown>[];
  sources: RecordSource[];
  issues: CellIssue[];
  /** Headers the mapping does not mention. */
  ignoredColumns: string[];
  /** Mapped headers the file does not have. */
  missingColumns: string[];
}

/** A fresh copy of a default value, so records never share lists or objects. */
function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyValue);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyValue(v)]));
}

/** `{a: {b: 1}}` → `[['a.b', 1]]`, so a default object fills only the leaves no column filled. */
function defaultLeaves(defaults: Readonly<Record<string, unknown>>, prefix = ''): [string, unknown][] {
  return Object.entries(defaults).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    const nested = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
    return nested ? defaultLeaves(value as Record<string, unknown>, path) : [[path, value]];
  });
}

/** Applies a column mapping to parsed rows; cells that do not convert are reported and left out. */
export function rowsToRecords(headers: readonly string[], rows: readonly CsvRow[], mapping: ColumnMapping): ConvertedRows {
  const present = new Set(headers);
  const ignoredColumns = headers.filter((h) => h !== '' && !mapping.columns.has(h));
  const missingColumns = [...mapping.columns.entries()].filter(([h, spec]) => spec !== null && !present.has(h)).map(([h]) => h);
  const defaults = defaultLeaves(mapping.defaults);
  const records: Record<string, unknown>[] = [];
  const sources: RecordSource[] = [];
  const issues: CellIssue[] = [];
  for (const { row, cells } of rows) {
    const record: Record<string, unknown> = {};
    const source: RecordSource = { row, columns: {}, failed: [] };
    for (const [column, spec] of mapping.columns) {
      if (spec === null || !present.has(column)) continue;
      source.columns[spec.field] = column;
      const value = cells[column] ?? '';
      const result = convertCell(value, spec);
      if (!result.ok) {
        issues.push({ row, column, field: spec.field, code: result.code, message: result.message, value });
        source.failed.push(spec.field);
      } else if (result.value !== undefined) setPath(record, spec.field, result.value);
    }
    for (const [field, value] of defaults) {
      const failed = source.failed.some((f) => field === f || field.startsWith(`${f}.`));
      if (!hasPath(record, field) && !failed) setPath(record, field, copyValue(value));
    }
    records.push(record);
    sources.push(source);
  }
  return { records, sources, issues, ignoredColumns, missingColumns };
}
