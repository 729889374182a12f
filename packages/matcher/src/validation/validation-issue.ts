import type { ValidationErrorCode } from './error-codes.js';

/** One problem inside a record, before it is placed in a list and worded. */
export interface ValidationIssue {
  /** JSON pointer relative to the record. */
  pointer: string;
  code: ValidationErrorCode;
  params: Record<string, unknown>;
}
