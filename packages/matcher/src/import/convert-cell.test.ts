import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from './column-mapping.js';
import { convertCell } from './convert-cell.js';

const spec = (type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ field: 'x', type, ...extra });
const value = (raw: string, s: ColumnSpec) => {
  const result = convertCell(raw, s);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
};
const code = (raw: string, s: ColumnSpec) => {
  const result = convertCell(raw, s);
  return result.ok ? null : result.code;
};

describe('convertCell', () => {
  it('leaves empty scalars out, gives lists [] and nullable null', () => {
    expect(value('  ', spec('string'))).toBeUndefined();
    expect(value('', spec('integer'))).toBeUndefined();
    expect(value('', spec('list'))).toEqual([]);
    expect(value('', spec('languages'))).toEqual([]);
    expect(value('', spec('nullable'))).toBeNull();
  });

  it('reads numbers, rejecting what is not one', () => {
    expect(value(' 12 ', spec('integer'))).toBe(12);
    expect(code('2.5', spec('integer'))).toBe('integer');
    expect(value('2,5', spec('number'))).toBe(2.5);
    expect(code('two', spec('number'))).toBe('number');
  });

  it('reads yes/no answers in several languages', () => {
    for (const yes of ['yes', 'TRUE', '1', 'x', 'jah', 'Kyllä', 'taip', 'jā']) expect(value(yes, spec('boolean'))).toBe(true);
    for (const no of ['no', 'false', '0', 'ei', 'ne', 'nē']) expect(value(no, spec('boolean'))).toBe(false);
    expect(code('maybe', spec('boolean'))).toBe('boolean');
  });

  it('reads ISO and day.month.year dates, and timestamps as UTC', () => {
    expect(value('2026-01-05', spec('date'))).toBe('2026-01-05');
    expect(value('5.1.2026', spec('date'))).toBe('2026-01-05');
    expect(code('01/05/2026', spec('date'))).toBe('date');
    expect(value('2025-09-03T09:12:00Z', spec('timestamp'))).toBe('2025-09-03T09:12:00Z');
    expect(value('03.09.2025 9:12', spec('timestamp'))).toBe('2025-09-03T09:12:00Z');
    // A cell formatted as a number: days since 1899-12-30, a fraction for the time of day.
    expect(value('46027', spec('date'))).toBe('2026-01-05');
    expect(value('45918.7375', spec('timestamp'))).toBe('2025-09-18T17:42:00Z');
    expect(value('45918,5', spec('timestamp'))).toBe('2025-09-18T12:00:00Z');
    expect(code('46027.5', spec('date'))).toBe('date');
    expect(code('4602', spec('date'))).toBe('date');
    // ISO without a zone is taken as UTC, like the other forms without one.
    expect(value('2025-09-18T17:42:03', spec('timestamp'))).toBe('2025-09-18T17:42:03Z');
  });

  it('upper-cases countries and maps EU aliases to ISO', () => {
    expect(value('ee', spec('country'))).toBe('EE');
    expect(value('EL', spec('country'))).toBe('GR');
  });

  it('splits lists on comma or semicolon, or on the given separator', () => {
    expect(value('video; in-person, phone', spec('list'))).toEqual(['video', 'in-person', 'phone']);
    expect(value('a, b|c', spec('list', { split: '|' }))).toEqual(['a, b', 'c']);
  });

  it('reads language skills as code:level in several spellings', () => {
    expect(value('ET:native; en:b2, ru (B1), fi C1', spec('languages'))).toEqual([
      { code: 'et', level: 'native' },
      { code: 'en', level: 'B2' },
      { code: 'ru', level: 'B1' },
      { code: 'fi', level: 'C1' },
    ]);
    expect(code('en:fluent', spec('languages'))).toBe('language');
    expect(code('english', spec('languages'))).toBe('language');
    expect(value('et, en', spec('languages', { format: 'code', level: 'C1' }))).toEqual([
      { code: 'et', level: 'C1' },
      { code: 'en', level: 'C1' },
    ]);
  });

  it('reads weekly slots and certificates', () => {
    expect(value('Tuesday 9:00-11:30; thu 16:00–18:00', spec('weekly'))).toEqual([
      { day: 'tue', start: '09:00', end: '11:30' },
      { day: 'thu', start: '16:00', end: '18:00' },
    ]);
    expect(code('someday 9-11', spec('weekly'))).toBe('weekly');
    expect(value('career-counsellor:2027-05-31', spec('certificates'))).toEqual([{ type: 'career-counsellor', validUntil: '2027-05-31' }]);
    expect(code('career-counsellor', spec('certificates'))).toBe('certificate');
  });

  it('replaces form answers with stored values, for cells and list items, case-insensitively', () => {
    const role = spec('string', { values: { 'Head teacher': 'head-teacher' } });
    expect(value('head TEACHER', role)).toBe('head-teacher');
    expect(value('librarian', role)).toBe('librarian');
    const modes = spec('list', { values: { 'Video call': 'video', 'Face to face': 'in-person', 'Not sure': null } });
    expect(value('Video call; Face to face; Not sure', modes)).toEqual(['video', 'in-person']);
    expect(value('Ja', spec('boolean', { values: { Ja: true } }))).toBe(true);
  });

  it('keeps a listed answer whole when it holds the separator, and matches answers in any Unicode form', () => {
    const modes = spec('list', { split: ', ', values: { 'Videokõne (Zoom, Teams)': 'video', Telefon: 'phone', 'Kohtumine, kohvik': 'in-person' } });
    expect(value('Videokõne (Zoom, Teams), Telefon', modes)).toEqual(['video', 'phone']);
    expect(value('telefon, videokõne (zoom, teams), kohtumine, kohvik', modes)).toEqual(['phone', 'video', 'in-person']);
    // Without a split given, comma and semicolon both separate; the listed answer still stays whole.
    expect(value('Telefon; Videokõne (Zoom, Teams)', spec('list', { values: { 'Videokõne (Zoom, Teams)': 'video', Telefon: 'phone' } }))).toEqual(['phone', 'video']);
    // "ä" written as "a" and a combining diaeresis, as a Mac may save it.
    expect(value('Ta\u0308iskasvanud', spec('string', { values: { Täiskasvanud: 'adults' } }))).toBe('adults');
    expect(code('Videokõne (Zoom', modes)).toBe(null);
    // Only whole items: a listed answer is not looked for inside a longer one.
    const phones = spec('list', { values: { 'Phone, video': 'both', Smartphone: 'sp', video: 'v' } });
    expect(value('Smartphone, video', phones)).toEqual(['sp', 'v']);
    expect(value('video; Phone, video', phones)).toEqual(['v', 'both']);
  });

  it('parses JSON cells and reports broken ones', () => {
    expect(value('{"en":"Hi"}', spec('json'))).toEqual({ en: 'Hi' });
    expect(code('{en:', spec('json'))).toBe('json');
  });
});
