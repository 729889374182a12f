import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import { fieldsMissingEverywhere } from './fields-missing-everywhere.js';
import { validateMentees } from './validate-mentees.js';
import { validateMentors } from './validate-mentors.js';

const mentees = loadSample<Record<string, unknown>[]>('mentees');
const mentors = loadSample<Record<string, unknown>[]>('mentors');

const without = <T extends Record<string, unknown>>(records: T[], field: string): Record<string, unknown>[] =>
  records.map((record) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== field)));

describe('fieldsMissingEverywhere', () => {
  it('names a required field that no record has, once, and keeps every other error', () => {
    const records = without(mentees, 'languages');
    records[2] = { ...records[2], country: 'Estonia' };
    const { errors } = validateMentees(records);
    const { fields, rest } = fieldsMissingEverywhere(errors, records.length);
    expect(fields).toEqual(['languages']);
    expect(rest.some((error) => error.code === 'required' && error.field === 'languages')).toBe(false);
    expect(rest.map((error) => [error.index, error.field])).toContainEqual([2, 'country']);
    expect(rest).toHaveLength(errors.length - records.length);
  });

  it('finds a nested field (capacity.maxMentees) missing from every mentor', () => {
    const records = mentors.map((record) => {
      const { maxMentees: _drop, ...capacity } = record['capacity'] as Record<string, unknown>;
      return { ...record, capacity };
    });
    expect(fieldsMissingEverywhere(validateMentors(records).errors, records.length).fields).toEqual(['capacity.maxMentees']);
  });

  it('leaves to each row a field whose cells could not be read: the column is there', () => {
    const records = without(mentees, 'languages');
    const { errors } = validateMentees(records);
    const result = fieldsMissingEverywhere(errors, records.length, new Set(['languages']));
    expect(result.fields).toEqual([]);
    expect(result.rest).toEqual(errors);
  });

  it('leaves a field that only some records lack to their own rows', () => {
    const records = [...without(mentees.slice(0, 3), 'languages'), ...mentees.slice(3)];
    const { errors } = validateMentees(records);
    const result = fieldsMissingEverywhere(errors, records.length);
    expect(result.fields).toEqual([]);
    expect(result.rest).toEqual(errors);
  });

  it('says nothing about a list of one record, or about an entry of a list inside a record', () => {
    const one = without(mentees.slice(0, 1), 'languages');
    expect(fieldsMissingEverywhere(validateMentees(one).errors, 1).fields).toEqual([]);
    const noCodes = mentees.map((record) => ({ ...record, languages: (record['languages'] as Record<string, unknown>[]).map(({ level }) => ({ level })) }));
    expect(fieldsMissingEverywhere(validateMentees(noCodes).errors, noCodes.length).fields).toEqual([]);
  });
});
