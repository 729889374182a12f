import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Rule } from '../model/index.js';
import { checkMenteeRules } from './mentee-rules.js';

const mentees = loadSample<Mentee[]>('mentees');
const mentee = (id: string) => mentees.find((m) => m.id === id) as Mentee;
const rules: Rule[] = [{ rule: 'goalsSet' }, { rule: 'membershipPaidOn', date: 'relationshipStart' }, { rule: 'participationFeePaid' }, { rule: 'minYearsOfExperience', value: 5 }];
const dates = { start: '2026-01-05', end: '2026-06-15' };
const codes = (m: Mentee | Parameters<typeof checkMenteeRules>[0], d = dates) => checkMenteeRules(m, rules, d).map((r) => `${r.effect}:${r.code}`);

describe('checkMenteeRules', () => {
  it('passes an eligible mentee and fails e-cc-09, e-cc-10 and e-cc-11', () => {
    expect(codes(mentee('e-cc-01'))).toEqual([]);
    expect(codes(mentee('e-cc-09'))).toEqual(['blocking:mentee-rule-goals']);
    expect(codes(mentee('e-cc-10'))).toEqual(['blocking:mentee-rule-fee']);
    expect(codes(mentee('e-cc-11'))).toEqual(['blocking:mentee-rule-membership']);
  });

  it('reports a visitor query as unchecked rather than failing it', () => {
    expect(codes({ languages: [{ code: 'et', level: 'native' }] })).toEqual([
      'negative:rule-unchecked',
      'negative:rule-unchecked',
      'negative:rule-unchecked',
    ]);
  });
});
