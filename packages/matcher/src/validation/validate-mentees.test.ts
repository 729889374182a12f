import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee } from '../model/index.js';
import { validateMentees } from './validate-mentees.js';

const mentees = (): (Mentee & Record<string, any>)[] => structuredClone(loadSample<Mentee[]>('mentees'));

describe('validateMentees', () => {
  it('accepts all 60 sample mentees', () => {
    const result = validateMentees(mentees());
    expect(result.errors).toEqual([]);
    expect(result.valid).toHaveLength(60);
  });

  it('accepts GR for the Greek mentee and rejects EL', () => {
    const list = mentees().filter((m) => m.country === 'GR');
    expect(list.length).toBeGreaterThan(0);
    expect(validateMentees(list).errors).toEqual([]);
    list[0]!.country = 'EL';
    expect(validateMentees(list).errors.map((e) => [e.field, e.code, e.params?.suggestion])).toEqual([['country', 'country-code', 'GR']]);
  });

  it('accepts uk as a language and UA as a country, not the other way round', () => {
    const ua = mentees().find((m) => m.country === 'UA')!;
    expect(ua.languages.map((l) => l.code)).toContain('uk');
    expect(validateMentees([ua]).errors).toEqual([]);
    expect(validateMentees([{ ...ua, country: 'UK' }]).errors.map((e) => [e.path, e.code, e.params?.suggestion])).toEqual([
      ['/0/country', 'country-code', 'GB'],
    ]);
    const swapped = { ...ua, languages: [{ code: 'ua', level: 'native' }] };
    expect(validateMentees([swapped]).errors.map((e) => [e.path, e.code])).toEqual([['/0/languages/0/code', 'language-code']]);
  });

  it('accepts goals.lang null and rejects an unknown goals language', () => {
    const [mentee] = mentees();
    expect(validateMentees([{ ...mentee!, goals: { text: 'tere', lang: null } }]).errors).toEqual([]);
    const errors = validateMentees([{ ...mentee!, goals: { text: 'tere', lang: 'xx' } }]).errors;
    expect(errors.map((e) => [e.path, e.code])).toEqual([['/0/goals/lang', 'language-code']]);
    const missing = validateMentees([{ ...mentee!, goals: { text: 'tere' } }]).errors;
    expect(missing.map((e) => [e.path, e.code])).toEqual([['/0/goals/lang', 'required']]);
  });

  it('limits preferred mentors to three and rejects repeats', () => {
    const [mentee] = mentees();
    const prefs = (ids: string[]) => ({ ...mentee!, preferences: { ...mentee!.preferences, preferredMentorIds: ids } });
    expect(validateMentees([prefs(['m-ee-01', 'm-ee-02', 'm-ee-03', 'm-ee-04'])]).errors.map((e) => e.code)).toEqual(['max-items']);
    const repeated = validateMentees([prefs(['m-ee-01', 'm-ee-01'])]).errors;
    expect(repeated.map((e) => [e.path, e.code])).toEqual([['/0/preferences/preferredMentorIds/1', 'duplicate-item']]);
  });

  it('rejects later duplicate ids (a second submission re-using an id)', () => {
    const list = mentees();
    const result = validateMentees([...list, { ...list[2]! }]);
    expect(result.valid).toHaveLength(60);
    expect(result.errors.map((e) => [e.index, e.code, e.params?.firstIndex])).toEqual([[60, 'duplicate-id', 2]]);
  });

  it('reports a non-array input once at the root', () => {
    expect(validateMentees({ mentees: [] }).errors).toEqual([
      expect.objectContaining({ path: '', code: 'type', field: '', message: 'input: expected an array of mentee records, got an object' }),
    ]);
    const said = (input: unknown) => validateMentees(input).errors[0]?.message.replace('input: expected an array of mentee records, got ', '');
    expect([null, undefined, 'e-1', 5].map(said)).toEqual(['null', 'nothing', "string 'e-1'", 'integer 5']);
  });
});
