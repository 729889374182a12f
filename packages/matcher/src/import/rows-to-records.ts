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

/** `topics.3`: one item of a list, which an answer mapped to null leaves out (one column per checkbox). */
const isListItem = (field: string): boolean => /\.\d+$/.test(field);

/**
 * Lists filled by numbered columns close up where a column gave nothing: `[, 'twinspace']` →
 * `['twinspace']`. `moved` records each item that moved (its path in the record as built → its new
 * index), so problems found later still name the column the item came from.
 */
function withoutGaps(value: unknown, path: string, moved: Map<string, number>): unknown {
  const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    // forEach passes over the gaps.
    value.forEach((item, index) => {
      if (out.length !== index) moved.set(at(index), out.length);
      out.push(withoutGaps(item, at(index), moved));
    });
    return out;
  }
  if (typeof value !== 'object' || value === null) return value;
  for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = withoutGaps(inner, at(key), moved);
  return value;
}

/** A field path of the record as built, in the record after its lists closed up. */
function movedPath(field: string, moved: ReadonlyMap<string, number>): string {
  let original = '';
  return field
    .split('.')
    .map((segment) => {
      original = original === '' ? segment : `${original}.${segment}`;
      const index = moved.get(original);
      return index === undefined ? segment : String(index);
    })
    .join('.');
}

/** A header as a person reads it: one Unicode form, any run of spaces (a no-break one too) as one, any case. */
const headerKey = (header: string): string => header.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The file's header for each column the mapping names: the same text, or else the same words
 * written differently (a Mac's decomposed letters, a no-break space, another case).
 */
function matchHeaders(headers: readonly string[], mapping: ColumnMapping): Map<string, string> {
  const exact = new Set(headers);
  const byKey = new Map<string, string>();
  for (const header of headers) if (!byKey.has(headerKey(header))) byKey.set(headerKey(header), header);
  const matched = new Map<string, string>();
  for (const column of mapping.columns.keys()) {
    const header = exact.has(column) ? column : byKey.get(headerKey(column));
    if (header !== undefined) matched.set(column, header);
  }
  return matched;
}

/** Applies a column mapping to parsed rows; cells that do not convert are reported and left out. */
export function rowsToRecords(headers: readonly string[], rows: readonly CsvRow[], mapping: ColumnMapping): ConvertedRows {
  const matched = matchHeaders(headers, mapping);
  const used = new Set(matched.values());
  const ignoredColumns = headers.filter((h) => h !== '' && !used.has(h));
  const missingColumns = [...mapping.columns.entries()].filter(([h, spec]) => spec !== null && !matched.has(h)).map(([h]) => h);
  const defaults = defaultLeaves(mapping.defaults);
  const records: Record<string, unknown>[] = [];
  const sources: RecordSource[] = [];
  const issues: CellIssue[] = [];
  for (const { row, cells } of rows) {
    const record: Record<string, unknown> = {};
    const source: RecordSource = { row, columns: {}, failed: [] };
    for (const [mapped, spec] of mapping.columns) {
      const column = matched.get(mapped);
      if (spec === null || column === undefined) continue;
      source.columns[spec.field] = column;
      const value = cells[column] ?? '';
      const result = convertCell(value, spec);
      if (!result.ok) {
        issues.push({ row, column, field: spec.field, code: result.code, message: result.message, value });
        source.failed.push(spec.field);
      } else if (result.value !== undefined && !(result.value === null && isListItem(spec.field))) setPath(record, spec.field, result.value);
    }
    for (const [field, value] of defaults) {
      const failed = source.failed.some((f) => field === f || field.startsWith(`${f}.`));
      if (!hasPath(record, field) && !failed) setPath(record, field, copyValue(value));
    }
    const moved = new Map<string, number>();
    records.push(withoutGaps(record, '', moved) as Record<string, unknown>);
    if (moved.size > 0) {
      // An item that moved into a gap takes the place of the column that gave nothing there.
      const entries = Object.entries(source.columns).map(([field, column]) => [movedPath(field, moved), column, movedPath(field, moved) !== field] as const);
      source.columns = Object.fromEntries([...entries.filter((e) => !e[2]), ...entries.filter((e) => e[2])].map(([field, column]) => [field, column]));
      source.failed = source.failed.map((field) => movedPath(field, moved));
    }
    sources.push(source);
  }
  return { records, sources, issues, ignoredColumns, missingColumns };
}
