// Checks JSON Schema cannot express. They run on any input and read only values of the right type.
import { codePointLength } from './code-point-length.js';
import { isIsoDate } from './formats.js';
import { appendPointer } from './json-pointer.js';
import { textProblem } from './text-problem.js';
import type { ValidationIssue } from './validation-issue.js';

/** A record-level check: returns the issues it finds, never throws on well-formed JSON. */
export type RecordCheck = (record: unknown) => ValidationIssue[];

const TIME = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;

function field(node: unknown, name: string): unknown {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, name)
    ? (node as Record<string, unknown>)[name]
    : undefined;
}

/** Languages are unique by code; later repeats are reported. */
export function languageIssues(record: unknown): ValidationIssue[] {
  const languages = field(record, 'languages');
  if (!Array.isArray(languages)) return [];
  const first = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  languages.forEach((skill, index) => {
    const code = field(skill, 'code');
    if (typeof code !== 'string') return;
    const seen = first.get(code);
    if (seen === undefined) first.set(code, index);
    else issues.push({ pointer: `/languages/${index}/code`, code: 'duplicate-language', params: { firstIndex: seen } });
  });
  return issues;
}

function slotIssues(slots: unknown, pointer: string): ValidationIssue[] {
  if (!Array.isArray(slots)) return [];
  const issues: ValidationIssue[] = [];
  slots.forEach((slot, index) => {
    const start = field(slot, 'start');
    const end = field(slot, 'end');
    // Zero-padded HH:MM strings order like the times they name.
    if (typeof start === 'string' && typeof end === 'string' && TIME.test(start) && TIME.test(end) && end <= start)
      issues.push({ pointer: appendPointer(appendPointer(pointer, index), 'end'), code: 'slot-order', params: { start, end } });
  });
  return issues;
}

function dateOrderIssues(range: unknown, pointer: string): ValidationIssue[] {
  const from = field(range, 'from');
  const to = field(range, 'to');
  if (typeof from !== 'string' || typeof to !== 'string' || !isIsoDate(from) || !isIsoDate(to) || to >= from) return [];
  return [{ pointer: appendPointer(pointer, 'to'), code: 'date-order', params: { from, to } }];
}

/** Availability window in order and weekly slots ending after they start. */
export function availabilityIssues(record: unknown): ValidationIssue[] {
  const availability = field(record, 'availability');
  return [
    ...dateOrderIssues(availability, '/availability'),
    ...slotIssues(field(availability, 'weekly'), '/availability/weekly'),
  ];
}

/** Programme period and relationship window in order. */
export function programmeDateIssues(record: unknown): ValidationIssue[] {
  return [
    ...dateOrderIssues(field(record, 'period'), '/period'),
    ...dateOrderIssues(field(record, 'relationshipWindow'), '/relationshipWindow'),
  ];
}

const MIN_MESSAGE = 20;

/** A message of spaces is not a message: 20 characters besides leading and trailing space. */
export function messageIssues(record: unknown): ValidationIssue[] {
  const text = field(field(record, 'message'), 'text');
  if (typeof text !== 'string' || text.length > 100_000 || codePointLength(text.trim()) >= MIN_MESSAGE) return [];
  return [{ pointer: '/message/text', code: 'min-length', params: { limit: MIN_MESSAGE, trimmed: true } }];
}

/** A person's display name and private names: shown text only, no direction overrides or controls. */
export function nameIssues(record: unknown): ValidationIssue[] {
  const names: [string, unknown][] = [
    ['/displayName', field(record, 'displayName')],
    ['/private/givenName', field(field(record, 'private'), 'givenName')],
    ['/private/familyName', field(field(record, 'private'), 'familyName')],
  ];
  return names.flatMap(([pointer, value]) => {
    const code = typeof value === 'string' ? textProblem(value) : undefined;
    return code ? [{ pointer, code, params: {} }] : [];
  });
}
