import type { ValidationError } from '@mentor-finder/matcher';
import type { DataSource } from '../../pair-preview-translations/pair-preview-translation.js';

/** One problem in loaded data: where (source, row, record, field) and what (a code with params). */
export interface RowIssue {
  source: DataSource;
  /** 1-based record number in a JSON list, or the line in a CSV file; null when the whole input is wrong. */
  row: number | null;
  recordId: string | null;
  field: string;
  code: string;
  params: Readonly<Record<string, unknown>>;
  /** Plain English, for logs; the UI words the code. */
  message: string;
}

/** Validation errors of a JSON list as row issues; `rows` maps a list index to its row (CSV lines). */
export function issuesFromValidation(source: DataSource, errors: readonly ValidationError[], rows?: readonly number[]): RowIssue[] {
  return errors.map((error) => ({
    source,
    row: error.index === undefined ? null : (rows?.[error.index] ?? error.index + 1),
    recordId: error.recordId ?? null,
    field: error.field,
    code: error.code,
    params: error.params ?? {},
    message: error.message,
  }));
}

/** An issue about the whole input (not JSON, not a list, unreadable file). */
export function inputIssue(source: DataSource, code: string, message: string, params: Record<string, unknown> = {}): RowIssue {
  return { source, row: null, recordId: null, field: '', code, params, message };
}
