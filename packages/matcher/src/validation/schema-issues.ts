import { isCountryCode } from '../codes/country-codes.js';
import { isLanguageCode } from '../codes/language-codes.js';
import { normalizeCountryCode } from '../codes/normalize-country-code.js';
import type { ValidationErrorCode } from './error-codes.js';
import { PROGRAMME_RULE_NAMES } from './programme-rule-names.js';
import { appendPointer, valueAt } from './json-pointer.js';
import type { ValidationIssue } from './validation-issue.js';

/** The part of an ajv error object the precompiled validators produce. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
}

const FORMAT_CODES: Readonly<Record<string, ValidationErrorCode>> = Object.freeze({
  date: 'date',
  'date-time': 'timestamp',
  email: 'email',
  'iso3166-1-alpha2': 'country-code',
  'iso639-1': 'language-code',
});

// Patterns of the shared definitions, so their failures get the same code as their format.
const PATTERN_CODES: Readonly<Record<string, ValidationErrorCode>> = Object.freeze({
  '^[a-z0-9][a-z0-9-]{0,63}$': 'id',
  '\\S': 'blank',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'date',
  '^[A-Z]{2}$': 'country-code',
  '^[a-z]{2}$': 'language-code',
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'time',
  '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$': 'time',
  '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*){0,2}$': 'time-zone',
  '^https://[^\\s/?#"\'<>\\\\]+([/?#][^\\s"\'<>\\\\]*)?$': 'https-url',
});

const KEYWORD_CODES: Readonly<Record<string, ValidationErrorCode>> = Object.freeze({
  type: 'type',
  enum: 'enum',
  const: 'const',
  minLength: 'min-length',
  maxLength: 'max-length',
  minimum: 'minimum',
  maximum: 'maximum',
  minItems: 'min-items',
  maxItems: 'max-items',
  minProperties: 'min-properties',
});

function suggestion(code: ValidationErrorCode, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 8) return undefined;
  if (code === 'country-code') {
    const upper = value.trim().toUpperCase();
    // 'uk' is a language, not the United Kingdom: only suggest for clear cases.
    if (isCountryCode(upper)) return upper;
    return upper === value.trim() ? (normalizeCountryCode(value) ?? undefined) : undefined;
  }
  if (code === 'language-code') {
    const lower = value.trim().toLowerCase();
    return isLanguageCode(lower) ? lower : undefined;
  }
  return undefined;
}

function codeAndParams(error: SchemaError, value: unknown): { code: ValidationErrorCode; params: Record<string, unknown> } {
  const p = error.params;
  switch (error.keyword) {
    case 'format': {
      const code = FORMAT_CODES[String(p.format)] ?? 'pattern';
      return { code, params: { format: p.format } };
    }
    case 'pattern':
      return { code: PATTERN_CODES[String(p.pattern)] ?? 'pattern', params: { pattern: p.pattern } };
    case 'type':
      return { code: 'type', params: { expected: Array.isArray(p.type) ? p.type.join(',') : p.type } };
    case 'enum':
      return { code: 'enum', params: { allowed: p.allowedValues } };
    case 'const':
      return { code: 'const', params: { expected: p.allowedValue } };
    case 'anyOf':
      return { code: 'type', params: { expected: 'one of the allowed types' } };
    default: {
      const code = KEYWORD_CODES[error.keyword];
      return code ? { code, params: { limit: p.limit } } : { code: 'invalid', params: { keyword: error.keyword } };
    }
  }
}

function issueOf(error: SchemaError, record: unknown): ValidationIssue | null {
  const p = error.params;
  const base = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer: appendPointer(base, String(p.missingProperty)), code: 'required', params: {} };
    case 'additionalProperties':
      return { pointer: appendPointer(base, String(p.additionalProperty)), code: 'unknown-property', params: {} };
    case 'propertyNames':
      // Reported through the key's own failure, which carries `propertyName`.
      return null;
    case 'uniqueItems': {
      const later = Math.max(Number(p.i), Number(p.j));
      return { pointer: appendPointer(base, later), code: 'duplicate-item', params: { firstIndex: Math.min(Number(p.i), Number(p.j)) } };
    }
    case 'discriminator': {
      const pointer = appendPointer(base, String(p.tag));
      if (p.error === 'tag' && valueAt(record, pointer) === undefined) return { pointer, code: 'required', params: {} };
      return { pointer, code: p.error === 'tag' ? 'type' : 'enum', params: p.error === 'tag' ? { expected: 'string' } : { allowed: PROGRAMME_RULE_NAMES } };
    }
    default: {
      const pointer = error.propertyName === undefined ? base : appendPointer(base, error.propertyName);
      const value = error.propertyName === undefined ? valueAt(record, pointer) : error.propertyName;
      const { code, params } = codeAndParams(error, value);
      const hint = suggestion(code, value);
      const keyParams = error.propertyName === undefined ? params : { ...params, key: true };
      return { pointer, code, params: hint === undefined ? keyParams : { ...keyParams, suggestion: hint } };
    }
  }
}

/** Turns the precompiled validator's errors into issues, one per pointer and code. */
export function schemaIssues(errors: readonly SchemaError[] | null | undefined, record: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const error of errors ?? []) {
    const issue = issueOf(error, record);
    if (issue) issues.push(issue);
  }
  return issues;
}
