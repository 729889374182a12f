import type { ValidationError } from '../model/validation-error.js';
import { errorMessage } from './error-message.js';
import { displayPath, fieldOf, valueAt } from './json-pointer.js';
import type { RecordSpec } from './record-spec.js';
import { schemaIssues } from './schema-issues.js';
import type { ValidationIssue } from './validation-issue.js';

/** Where a record sits in a list input, for pointers and error context. */
export interface RecordPlace {
  /** Pointer of the record in the whole input ('' for a single record). */
  prefix: string;
  index?: number;
  recordId?: string;
}

function inspect(spec: RecordSpec, record: unknown): ValidationIssue[] {
  try {
    const ok = spec.compiled(record);
    const issues = ok ? [] : schemaIssues(spec.compiled.errors, record);
    for (const check of spec.checks) for (const issue of check(record)) issues.push(issue);
    return issues;
  } catch {
    // Hostile objects (throwing getters, proxies) end here instead of crashing the caller.
    return [{ pointer: '', code: 'unreadable', params: {} }];
  }
}

function unique(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code} ${issue.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words an issue as a ValidationError placed in the input. */
export function toValidationError(issue: ValidationIssue, record: unknown, label: string, place: RecordPlace): ValidationError {
  let value: unknown;
  try {
    value = issue.params.key === true ? fieldOf(issue.pointer) : valueAt(record, issue.pointer);
  } catch {
    value = undefined;
  }
  const error: ValidationError = {
    path: `${place.prefix}${issue.pointer}`,
    code: issue.code,
    field: fieldOf(issue.pointer),
    message: errorMessage(issue.code, issue.params, value, displayPath(issue.pointer, label)),
  };
  if (Object.keys(issue.params).length > 0) error.params = issue.params;
  if (place.index !== undefined) error.index = place.index;
  if (place.recordId !== undefined) error.recordId = place.recordId;
  return error;
}

/** Every problem of one record, never throwing. */
export function validateRecord(spec: RecordSpec, record: unknown, place: RecordPlace): ValidationError[] {
  return unique(inspect(spec, record)).map((issue) => toValidationError(issue, record, spec.label, place));
}
