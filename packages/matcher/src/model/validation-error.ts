/** One problem found in input data. `message` is plain English for logs; UIs translate `code`. */
export interface ValidationError {
  /** JSON pointer into the input, e.g. `/3/languages/0/code`. */
  path: string;
  /** Stable code, one of VALIDATION_ERROR_CODES: e.g. `required`, `type`, `enum`, `email`, `duplicate-id`. */
  code: string;
  /** The field name the error is about (last path segment or the missing property). */
  field: string;
  message: string;
  params?: Record<string, unknown>;
  /** Index of the record in a list input, when the input is a list. */
  index?: number;
  /** Id of the record, when it has a readable one. */
  recordId?: string;
}

/** Result of validating a list: every error, and the records that passed. */
export interface ListValidationResult<T> {
  valid: T[];
  errors: ValidationError[];
}

/** Result of validating one record: after `if (result.ok)` TypeScript knows `value` is set. */
export type ValidationResult<T> = { ok: true; value: T; errors: ValidationError[] } | { ok: false; value?: undefined; errors: ValidationError[] };
