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

/** Where in the record, as a dotted path like a column mapping's (`availability.from`, `topics.0`), not only `from`. */
function fieldPath(error: ValidationError): string {
  const segments = error.path.split('/').slice(error.index === undefined ? 1 : 2);
  return segments.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')).join('.') || error.field;
}

/** Validation errors of a JSON list as row issues; `rows` maps a list index to its row (CSV lines). */
export function issuesFromValidation(source: DataSource, errors: readonly ValidationError[], rows?: readonly number[]): RowIssue[] {
  return errors.map((error) => ({
    source,
    row: error.index === undefined ? null : (rows?.[error.index] ?? error.index + 1),
    recordId: error.recordId ?? null,
    field: fieldPath(error),
    code: error.code,
    params: error.params ?? {},
    message: error.message,
  }));
}

/** An issue about the whole input (not JSON, not a list, unreadable file). */
export function inputIssue(source: DataSource, code: string, message: string, params: Record<string, unknown> = {}): RowIssue {
  return { source, row: null, recordId: null, field: '', code, params, message };
}

/** The CSV column of a cell that could not be converted, when it says more than the field does. */
export function issueColumn(issue: RowIssue): string | undefined {
  const column = issue.params['column'];
  return typeof column === 'string' && column !== '' && column !== issue.field ? column : undefined;
}
