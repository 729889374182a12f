import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Programme } from '../model/index.js';
import { validateProgramme } from './validate-programme.js';

const programmes = (): (Programme & Record<string, any>)[] => structuredClone(loadSample<Programme[]>('programmes'));

describe('validateProgramme', () => {
  it('accepts both sample programmes', () => {
    for (const programme of programmes()) {
      const result = validateProgramme(programme);
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.value).toBe(programme);
    }
  });

  it('names an unknown rule and a rule missing its data', () => {
    const [programme] = programmes();
    programme!.mentorRules = [{ rule: 'minAge', value: 30 }, { rule: 'minYearsOfExperience' }] as never;
    const result = validateProgramme(programme);
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['/mentorRules/0/rule', 'enum'],
      ['/mentorRules/1/value', 'required'],
    ]);
    expect(result.errors[0]!.message).toContain("mentorRules[0].rule: 'minAge' is not one of: minYearsOfExperience, certificateAnyOf");
  });

  it('takes a reply window of 1 to 60 whole days and names the field otherwise', () => {
    for (const [days, code] of [[1, undefined], [60, undefined], [0, 'minimum'], [61, 'maximum'], [2.5, 'type']] as const) {
      const [programme] = programmes();
      programme!.contact = { ...programme!.contact, replyWindowDays: days };
      const errors = validateProgramme(programme).errors.map((e) => [e.path, e.code]);
      expect([days, errors]).toEqual([days, code ? [['/contact/replyWindowDays', code]] : []]);
    }
  });

  it('rejects reversed periods and bad capacity', () => {
    const [, programme] = programmes();
    programme!.relationshipWindow = { from: '2026-06-15', to: '2026-01-05' };
    programme!.capacity = { maxMentees: 0 };
    expect(validateProgramme(programme).errors.map((e) => [e.path, e.code])).toEqual([
      ['/capacity/maxMentees', 'minimum'],
      ['/relationshipWindow/to', 'date-order'],
    ]);
  });

  it('never throws and reports a root type error for non-objects', () => {
    for (const input of [undefined, null, [], 'programme', 3]) {
      const result = validateProgramme(input);
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([expect.objectContaining({ path: '', code: 'type', field: '' })]);
    }
  });
});
