import { describeValue, jsonTypeOf } from './describe-value.js';
import type { ValidationErrorCode } from './error-codes.js';

type Params = Record<string, unknown>;
type Problem = (value: unknown, params: Params) => string;

const shown = describeValue;
const list = (values: unknown): string =>
  Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : String(values);
const plural = (n: unknown, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

const PROBLEMS: Readonly<Record<ValidationErrorCode, Problem>> = Object.freeze({
  type: (v, p) => `expected ${String(p.expected).replace(/,/g, ' or ')}, got ${jsonTypeOf(v)}`,
  required: () => 'is required but missing',
  'unknown-property': () => 'is not a known field',
  enum: (v, p) => `${shown(v)} is not one of: ${list(p.allowed)}`,
  const: (v, p) => `must be ${JSON.stringify(p.expected)}, got ${shown(v)}`,
  pattern: (v, p) => `${shown(v)} does not match ${String(p.pattern)}`,
  id: (v) => `${shown(v)} is not a valid id (1-64 lower-case letters, digits or hyphens, not starting with a hyphen)`,
  blank: () => 'must not be blank',
  time: (v) => `${shown(v)} is not a time HH:MM (00:00-23:59; an end may be 24:00)`,
  'time-zone': (v) => `${shown(v)} is not an IANA time zone name such as Europe/Tallinn`,
  'https-url': (v) => `${shown(v)} is not an https URL`,
  date: (v) => `${shown(v)} is not a calendar date YYYY-MM-DD`,
  timestamp: (v) => `${shown(v)} is not an ISO 8601 timestamp with seconds and zone, e.g. 2026-01-05T09:00:00Z`,
  email: (v) => `${shown(v)} is not an e-mail address`,
  'country-code': (v, p) =>
    `${shown(v)} is not an ISO 3166-1 alpha-2 country code${p.suggestion ? ` (use '${String(p.suggestion)}')` : ''}`,
  'language-code': (v, p) =>
    `${shown(v)} is not an ISO 639-1 language code${p.suggestion ? ` (use '${String(p.suggestion)}')` : ''}`,
  'min-length': (_v, p) => `must have at least ${plural(p.limit, 'character')}${p.trimmed ? ' besides spaces' : ''}`,
  'max-length': (_v, p) => (p.limit === 0 ? 'must be empty' : `must have at most ${plural(p.limit, 'character')}`),
  minimum: (v, p) => `must be at least ${String(p.limit)}, got ${shown(v)}`,
  maximum: (v, p) => `must be at most ${String(p.limit)}, got ${shown(v)}`,
  'min-items': (_v, p) => `must have at least ${plural(p.limit, 'item')}`,
  'max-items': (_v, p) => `must have at most ${plural(p.limit, 'item')}`,
  'min-properties': () => 'must have at least one entry',
  'duplicate-item': (v, p) => `${shown(v)} repeats item ${String(p.firstIndex)}`,
  'duplicate-language': (v, p) => `language ${shown(v)} is listed twice (first at ${String(p.firstIndex)})`,
  'duplicate-id': (v, p) => `${shown(v)} is already used by the record at index ${String(p.firstIndex)}`,
  'slot-order': (_v, p) => `slot ends at ${String(p.end)}, not after its start ${String(p.start)}`,
  'date-order': (_v, p) => `${String(p.to)} is before the start date ${String(p.from)}`,
  'lone-surrogate': () => 'contains a broken character (a lone UTF-16 surrogate)',
  'bidi-control': () => 'contains a text direction override (U+202A-U+202E, U+2066-U+2069)',
  'control-character': () => 'contains a control character',
  'invisible-only': () => 'has no visible characters',
  unreadable: () => 'could not be read (it threw while being inspected)',
  'too-many-errors': (_v, p) => `more than ${String(p.limit)} errors; the rest are not listed`,
  invalid: (_v, p) => `is invalid (${String(p.keyword)})`,
});

/** Plain English message: `<where>: <problem>`. */
export function errorMessage(code: ValidationErrorCode, params: Params, value: unknown, where: string): string {
  return `${where}: ${PROBLEMS[code](value, params)}`;
}
