import type { ListValidationResult, ValidationError } from '../model/validation-error.js';
import { describeValue, jsonTypeOf } from './describe-value.js';
import type { RecordSpec } from './record-spec.js';
import { toValidationError, validateRecord } from './validate-record.js';

/** Options of the list validators. */
export interface ValidateListOptions {
  /** Stop listing errors after this many (one `too-many-errors` entry follows); records are still checked. */
  maxErrors?: number;
}

/** Defaults of ValidateListOptions. */
export const DEFAULT_VALIDATE_LIST_OPTIONS: Readonly<Required<ValidateListOptions>> = Object.freeze({
  maxErrors: Number.POSITIVE_INFINITY,
});

const READABLE_ID = /^[^\u0000-\u001f]{1,64}$/;

function ownId(record: unknown): string | undefined {
  try {
    if (record === null || typeof record !== 'object' || Array.isArray(record) || !Object.hasOwn(record, 'id')) return undefined;
    const id = (record as { id?: unknown }).id;
    return typeof id === 'string' && READABLE_ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** `string 'abc'`, `integer 5`; `null`, `nothing`, `an object` for the others, whose description names the type. */
function gotText(input: unknown): string {
  const primitive = ['string', 'number', 'boolean', 'bigint'].includes(typeof input);
  return primitive ? `${jsonTypeOf(input)} ${describeValue(input)}` : describeValue(input);
}

function notAList(spec: RecordSpec, input: unknown): ListValidationResult<never> {
  return {
    valid: [],
    errors: [
      {
        path: '',
        code: 'type',
        field: '',
        message: `input: expected an array of ${spec.label} records, got ${gotText(input)}`,
        params: { expected: 'array' },
      },
    ],
  };
}

/** Validates each record of a list; good records pass even when others fail. Never throws. */
export function validateList<T>(spec: RecordSpec, input: unknown, options?: ValidateListOptions): ListValidationResult<T> {
  try {
    return Array.isArray(input) ? validateEach<T>(spec, input, options) : notAList(spec, input);
  } catch {
    return { valid: [], errors: [{ path: '', code: 'unreadable', field: '', message: 'input: could not be read (it threw while being inspected)' }] };
  }
}

function validateEach<T>(spec: RecordSpec, input: unknown[], options?: ValidateListOptions): ListValidationResult<T> {
  const requested = options?.maxErrors ?? DEFAULT_VALIDATE_LIST_OPTIONS.maxErrors;
  const maxErrors = Number.isNaN(requested) ? DEFAULT_VALIDATE_LIST_OPTIONS.maxErrors : Math.max(0, Math.floor(requested));
  const valid: T[] = [];
  const errors: ValidationError[] = [];
  const firstIndexOf = new Map<string, number>();
  let truncated = false;
  // A plain loop: forEach would skip holes, and a hole is a record that must be reported.
  for (let index = 0; index < input.length; index += 1) {
    const record: unknown = input[index];
    const recordId = ownId(record);
    const place = { prefix: `/${index}`, index, ...(recordId === undefined ? {} : { recordId }) };
    const found = validateRecord(spec, record, place);
    if (recordId !== undefined) {
      const firstIndex = firstIndexOf.get(recordId);
      if (firstIndex === undefined) firstIndexOf.set(recordId, index);
      else found.push(toValidationError({ pointer: '/id', code: 'duplicate-id', params: { firstIndex } }, record, spec.label, place));
    }
    if (found.length === 0) valid.push(record as T);
    for (const error of found) {
      if (errors.length < maxErrors) errors.push(error);
      else truncated = true;
    }
  }
  if (truncated) {
    errors.push({
      path: '',
      code: 'too-many-errors',
      field: '',
      message: `input: more than ${maxErrors} errors; the rest are not listed`,
      params: { limit: maxErrors },
    });
  }
  return { valid, errors };
}
