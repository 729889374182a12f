// Validators face files from anywhere: no input may make them throw, and no record may vanish.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { ListValidationResult, Mentee, Mentor, ValidationError } from '../model/index.js';
import { VALIDATION_ERROR_CODES } from './error-codes.js';
import { validateContactRequest } from './validate-contact-request.js';
import { validateMentees } from './validate-mentees.js';
import { validateMentors } from './validate-mentors.js';
import { validateProgramme } from './validate-programme.js';
import { validatePublicMentors } from './validate-public-mentors.js';

const MENTORS = loadSample<Mentor[]>('mentors');
const MENTEES = loadSample<Mentee[]>('mentees');
const LISTS = { validateMentors, validatePublicMentors, validateMentees };
const SINGLES = { validateContactRequest, validateProgramme };

function expectWellFormed(errors: ValidationError[]): void {
  expect(Array.isArray(errors)).toBe(true);
  for (const error of errors) {
    expect(error.path === '' || error.path.startsWith('/')).toBe(true);
    expect(VALIDATION_ERROR_CODES).toContain(error.code);
    expect(typeof error.field).toBe('string');
    expect(typeof error.message).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message.length).toBeLessThan(700);
  }
}

/** Every input record is either in `valid` or named by at least one error. */
function expectAccounted(input: unknown[], result: ListValidationResult<unknown>): void {
  const rejected = new Set(result.errors.map((e) => e.index));
  expect(rejected.has(undefined)).toBe(false);
  expect(result.valid.length + rejected.size).toBe(input.length);
  for (const record of result.valid) expect(input).toContain(record);
}

/** A sample record with some values replaced at random paths. */
function mutated<T>(records: readonly T[]) {
  const paths = [...new Set(records.flatMap((r) => leafPaths(r)))];
  return fc
    .tuple(fc.nat({ max: records.length - 1 }), fc.array(fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }))
    .map(([index, changes]) => {
      const record = structuredClone(records[index]) as unknown;
      for (const [path, value] of changes) setAt(record, path, value);
      return record;
    });
}

function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: string[], value: unknown): void {
  let node = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') return;
    node = node[key] as Record<string, unknown>;
  }
  if (path.length > 0) node[path[path.length - 1]!] = value;
}

describe('validators never throw', () => {
  for (const [name, validate] of Object.entries(LISTS)) {
    test.prop([fc.jsonValue()], { numRuns: 150 })(`${name} on any JSON value`, (input) => {
      const result = validate(input);
      expectWellFormed(result.errors);
      if (Array.isArray(input)) expectAccounted(input, result);
      else expect(result.errors).toEqual([expect.objectContaining({ path: '', code: 'type' })]);
    });

    test.prop([fc.array(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSparseArray: true }), { maxLength: 6 })], {
      numRuns: 150,
    })(`${name} on lists of arbitrary JavaScript values`, (input) => {
      const result = validate(input);
      expectWellFormed(result.errors);
      expectAccounted(input, result);
    });
  }

  test.prop([fc.array(fc.oneof(mutated(MENTORS), fc.anything()), { maxLength: 8 })], { numRuns: 200 })(
    'validateMentors accounts for every mutated mentor',
    (input) => {
      const result = validateMentors(input);
      expectWellFormed(result.errors);
      expectAccounted(input, result);
      // A record that passed in the list also passes alone.
      for (const record of result.valid) expect(validateMentors([record]).errors).toEqual([]);
    },
  );

  test.prop([fc.array(mutated(MENTEES), { maxLength: 8 })], { numRuns: 200 })('validateMentees accounts for every mutated mentee', (input) => {
    const result = validateMentees(input);
    expectWellFormed(result.errors);
    expectAccounted(input, result);
  });

  for (const [name, validate] of Object.entries(SINGLES)) {
    test.prop([fc.anything({ withNullPrototype: true, withBigInt: true, withSparseArray: true })], { numRuns: 200 })(
      `${name} on anything`,
      (input) => {
        const result = validate(input);
        expectWellFormed(result.errors);
        expect(result.ok).toBe(result.errors.length === 0);
      },
    );
  }
});

describe('hostile inputs', () => {
  const all = (input: unknown) => {
    for (const validate of [...Object.values(LISTS), ...Object.values(SINGLES)]) {
      const result = validate(input as never);
      expectWellFormed(result.errors);
    }
    for (const validate of Object.values(LISTS)) expectAccounted([input], validate([input]));
  };

  it('survives __proto__ and constructor keys without polluting prototypes', () => {
    const record = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "m-x1"}');
    const mentor = { ...structuredClone(MENTORS[0]!), ...JSON.parse('{"__proto__": {"status": "active"}}') };
    const bio = { ...structuredClone(MENTORS[0]!), bio: JSON.parse('{"__proto__": "x", "constructor": "y", "en": "fine"}') };
    all(record);
    all(mentor);
    all(bio);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const errors = validateMentors([bio]).errors;
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/0/bio/__proto__', 'language-code'],
      ['/0/bio/constructor', 'language-code'],
    ]);
    expect(errors[0]!.message).toBe("bio.__proto__: '__proto__' is not an ISO 639-1 language code");
  });

  it('survives huge strings and reports them briefly', () => {
    const huge = 'x'.repeat(5_000_000);
    const mentor = { ...structuredClone(MENTORS[0]!), displayName: huge, timezone: huge, region: huge, bio: { en: huge } };
    const { errors } = validateMentors([mentor]);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/0/displayName', 'max-length'],
      ['/0/region', 'max-length'],
      ['/0/timezone', 'max-length'],
      ['/0/bio/en', 'max-length'],
    ]);
    all(huge);
    expect(validateContactRequest({ message: { text: huge } }).errors.every((e) => e.message.length < 300)).toBe(true);
  });

  it('survives deep nesting', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = i % 2 ? [deep] : { a: deep };
    all(deep);
    all({ ...structuredClone(MENTORS[0]!), bio: { en: deep }, languages: [deep] });
  });

  it('survives objects that throw when read', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const getter = Object.defineProperty({ ...structuredClone(MENTORS[0]!) }, 'country', { get: () => { throw new Error('boom'); }, enumerable: true });
    all(trap);
    all(getter);
    expect(validateMentors([getter, MENTORS[1]]).valid).toEqual([MENTORS[1]]);
    expect(validateMentors([trap]).errors.map((e) => e.code)).toEqual(['unreadable']);
  });

  it('survives odd numbers and non-JSON values', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 60, 10n, Symbol('s'), () => 1, new Date(0), new Map(), Object.create(null)]) {
      all(value);
      const mentor = { ...structuredClone(MENTORS[0]!), capacity: { maxMentees: value, currentMentees: 0, acceptingRequests: true } };
      expect(validateMentors([mentor]).valid).toEqual([]);
    }
  });
});
