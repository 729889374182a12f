import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentor } from '../model/index.js';
import { VALIDATION_ERROR_CODES } from './error-codes.js';
import { validateMentors } from './validate-mentors.js';

const mentors = (): Mentor[] => structuredClone(loadSample<Mentor[]>('mentors'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const one = (change: (m: any) => void, id = 'm-ee-01') => {
  const mentor = mentors().find((m) => m.id === id);
  change(mentor);
  return validateMentors([mentor]);
};

describe('validateMentors', () => {
  it('accepts all 40 sample mentors', () => {
    const input = mentors();
    const result = validateMentors(input);
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(40);
    expect(result.valid[0]).toBe(input[0]);
  });

  it('takes ids of one to 64 lower-case letters, digits and hyphens, as a form export numbers its rows (1, 2, …)', () => {
    for (const id of ['1', '9', 'a', '10', 'm-ee-01', 'x'.repeat(64)]) expect(one((m) => (m.id = id)).errors, id).toEqual([]);
    for (const id of ['', '-1', 'M1', 'x'.repeat(65), 'm_1']) expect(one((m) => (m.id = id)).errors.map((e) => e.code), id).toEqual(['id']);
  });

  it('does not mutate its input', () => {
    const input = mentors();
    input[0]!.country = 'EL';
    const before = JSON.stringify(input);
    validateMentors(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('names the field and problem for an unknown language code', () => {
    const { errors } = one((m) => (m.languages[0]!.code = 'xx'));
    expect(errors).toEqual([
      {
        path: '/0/languages/0/code',
        code: 'language-code',
        field: 'code',
        message: "languages[0].code: 'xx' is not an ISO 639-1 language code",
        params: { format: 'iso639-1' },
        index: 0,
        recordId: 'm-ee-01',
      },
    ]);
  });

  it('rejects EL for Greece and suggests GR (m-gr-01)', () => {
    const { errors, valid } = one((m) => (m.country = 'EL'), 'm-gr-01');
    expect(valid).toEqual([]);
    expect(errors.map((e) => [e.path, e.code, e.params?.suggestion])).toEqual([['/0/country', 'country-code', 'GR']]);
    expect(errors[0]!.message).toBe("country: 'EL' is not an ISO 3166-1 alpha-2 country code (use 'GR')");
  });

  it('keeps UA the country apart from uk the language (m-ua-01)', () => {
    expect(one(() => undefined, 'm-ua-01').errors).toEqual([]);
    const swapped = one((m) => {
      m.country = 'uk';
      m.languages[0]!.code = 'UA';
    }, 'm-ua-01');
    expect(swapped.errors.map((e) => [e.path, e.code])).toEqual([
      ['/0/country', 'country-code'],
      ['/0/languages/0/code', 'language-code'],
    ]);
    // 'uk' is not turned into the United Kingdom by a hint.
    expect(swapped.errors[0]!.params?.suggestion).toBeUndefined();
  });

  it('accepts any assigned country and both Kyiv time zone spellings', () => {
    expect(one((m) => (m.country = 'JP')).errors).toEqual([]);
    expect(one((m) => (m.timezone = 'Europe/Kiev'), 'm-ua-01').errors).toEqual([]);
    expect(one((m) => (m.timezone = 'America/Argentina/Buenos_Aires')).errors).toEqual([]);
    expect(one((m) => (m.timezone = 'Europe Tallinn')).errors.map((e) => e.code)).toEqual(['time-zone']);
  });

  it('reports missing, mistyped and unknown fields with pointers', () => {
    const { errors } = one((m) => {
      delete m.private.email;
      m.capacity.maxMentees = '2';
      m.phone = '+372 5555 5555';
    });
    expect(errors.map((e) => [e.path, e.code, e.field])).toEqual(
      expect.arrayContaining([
        ['/0/private/email', 'required', 'email'],
        ['/0/capacity/maxMentees', 'type', 'maxMentees'],
        ['/0/phone', 'unknown-property', 'phone'],
      ]),
    );
    expect(errors.find((e) => e.code === 'type')!.message).toBe('capacity.maxMentees: expected integer, got string');
  });

  it('rejects repeated language codes, slots ending before they start and reversed dates', () => {
    const { errors } = one((m) => {
      m.languages.push({ code: 'et', level: 'C1' });
      m.availability.weekly![1] = { day: 'thu', start: '18:00', end: '18:00' };
      m.availability.to = '2025-12-31';
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['/0/languages/3/code', 'duplicate-language'],
      ['/0/availability/to', 'date-order'],
      ['/0/availability/weekly/1/end', 'slot-order'],
    ]);
  });

  it('checks formats: real dates, timestamps, e-mail, https photos, LocalizedText', () => {
    const { errors } = one((m) => {
      m.availability.from = '2026-02-30';
      m.private.createdAt = '2025-09-03 09:12';
      m.private.email = 'kadri.tamm@';
      m.photoUrl = 'http://example.org/p.jpg';
      m.bio = { xx: 'text', en: 'x'.repeat(2001) };
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual(
      expect.arrayContaining([
        ['/0/availability/from', 'date'],
        ['/0/private/createdAt', 'timestamp'],
        ['/0/private/email', 'email'],
        ['/0/photoUrl', 'https-url'],
        ['/0/bio/xx', 'language-code'],
        ['/0/bio/en', 'max-length'],
      ]),
    );
    expect(one((m) => (m.photoUrl = 'https://site.example/photos/kadri.jpg')).errors).toEqual([]);
    expect(one((m) => (m.bio = {})).errors.map((e) => e.code)).toEqual(['min-properties']);
  });

  it('counts bio length in characters, not UTF-16 units', () => {
    expect(one((m) => (m.bio = { en: '😀'.repeat(2000) })).errors).toEqual([]);
    expect(one((m) => (m.bio = { en: '😀'.repeat(2001) })).errors.map((e) => e.code)).toEqual(['max-length']);
  });

  it('keeps good records when some are bad', () => {
    const input: unknown[] = mentors();
    input.splice(3, 0, null, { id: 'm-x-1' }, 'mentor');
    (input[10] as Mentor).languages = [];
    const result = validateMentors(input);
    expect(result.valid).toHaveLength(39);
    expect([...new Set(result.errors.map((e) => e.index))]).toEqual([3, 4, 5, 10]);
    expect(result.errors.filter((e) => e.index === 4).every((e) => e.recordId === 'm-x-1')).toBe(true);
    expect(result.errors.find((e) => e.index === 3)!.message).toBe('mentor: expected object, got null');
  });

  it('rejects later duplicates of an id with duplicate-id', () => {
    const input = mentors();
    const copy = { ...input[5]!, id: input[1]!.id };
    const result = validateMentors([...input, copy]);
    expect(result.valid).toHaveLength(40);
    expect(result.valid).not.toContain(copy);
    expect(result.errors).toEqual([
      expect.objectContaining({ path: '/40/id', code: 'duplicate-id', field: 'id', index: 40, recordId: 'm-ee-02', params: { firstIndex: 1 } }),
    ]);
  });

  it('gives one type error at the root for anything but an array', () => {
    for (const input of [undefined, null, 42, 'mentors', { 0: {} }, true]) {
      const result = validateMentors(input);
      expect(result.valid).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ path: '', code: 'type', field: '' });
    }
  });

  it('reports holes in sparse arrays instead of skipping them', () => {
    const input = new Array(2);
    input[1] = mentors()[0];
    const result = validateMentors(input);
    expect(result.valid).toHaveLength(1);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([['/0', 'type']]);
  });

  it('caps the error list when asked', () => {
    const result = validateMentors(Array.from({ length: 20 }, () => ({})), { maxErrors: 5 });
    expect(result.errors).toHaveLength(6);
    expect(result.errors[5]).toMatchObject({ code: 'too-many-errors', params: { limit: 5 } });
  });

  it('uses only documented codes and messages that name the field', () => {
    const input = mentors().map((m, i) => ({ ...m, [Object.keys(m)[i % 15]!]: i % 2 ? null : 'x' }));
    const { errors } = validateMentors(input);
    expect(errors.length).toBeGreaterThan(20);
    for (const error of errors) {
      expect(VALIDATION_ERROR_CODES).toContain(error.code);
      expect(error.message.startsWith(`${error.field}:`) || error.message.includes(`${error.field}:`) || error.message.includes(`.${error.field}`)).toBe(true);
    }
  });
});
