import type { ValidationResult } from '../model/validation-error.js';
import type { RecordSpec } from './record-spec.js';
import { validateRecord } from './validate-record.js';

/** Validates one record; `value` is the input itself when it passed. Never throws. */
export function validateSingle<T>(spec: RecordSpec, input: unknown): ValidationResult<T> {
  const errors = validateRecord(spec, input, { prefix: '' });
  return errors.length === 0 ? { ok: true, value: input as T, errors } : { ok: false, errors };
}
