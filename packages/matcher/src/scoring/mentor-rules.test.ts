import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentor, Rule } from '../model/index.js';
import { checkMentorRules } from './mentor-rules.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentor = (id: string) => mentors.find((m) => m.id === id) as Mentor;
const dates = { start: '2026-01-05', end: '2026-06-15' };
const codes = (m: Mentor, rules: Rule[], d: { start?: string; end?: string } = dates) => checkMentorRules(m, rules, d).map((r) => `${r.effect}:${r.code}`);

describe('checkMentorRules', () => {
  it('applies inclusive thresholds', () => {
    expect(codes(mentor('m-lv-02'), [{ rule: 'minNationalQualityLabels', value: 2 }])).toEqual([]);
    expect(codes(mentor('m-lv-02'), [{ rule: 'minNationalQualityLabels', value: 3 }])).toEqual(['blocking:rule-min-quality-labels']);
    expect(codes(mentor('m-lv-02'), [{ rule: 'minEtwinningProjects', value: 6 }])).toEqual([]);
    expect(codes(mentor('m-cc-06'), [{ rule: 'minYearsOfExperience', value: 3 }])).toEqual([]);
    expect(codes(mentor('m-cc-06'), [{ rule: 'minYearsOfExperience', value: 4 }])).toEqual(['blocking:rule-min-years']);
  });

  it('checks a certificate on the date the rule names', () => {
    const start: Rule = { rule: 'certificateAnyOf', types: ['career-information-specialist'], validOn: 'relationshipStart' };
    const end: Rule = { ...start, validOn: 'relationshipEnd' } as Rule;
    expect(codes(mentor('m-cc-04'), [start])).toEqual([]);
    expect(codes(mentor('m-cc-04'), [end])).toEqual(['blocking:rule-certificate']);
    // the certificate must be of a listed type
    expect(codes(mentor('m-cc-10'), [{ rule: 'certificateAnyOf', types: ['hr-manager'], validOn: 'relationshipStart' }])).toEqual(['blocking:rule-certificate']);
    expect(codes(mentor('m-cc-10'), [{ rule: 'certificateAnyOf', types: ['hr-specialist'], validOn: 'relationshipEnd' }])).toEqual([]);
  });

  it('reports what it cannot check instead of blocking', () => {
    expect(codes(mentor('m-cc-08'), [{ rule: 'membershipPaidOn', date: 'relationshipStart' }], {})).toEqual(['negative:rule-unchecked']);
    const { private: _p, ...publicView } = mentor('m-cc-08');
    expect(codes(publicView as unknown as Mentor, [{ rule: 'membershipPaidOn', date: 'relationshipStart' }])).toEqual(['negative:rule-unchecked']);
    expect(codes(mentor('m-cc-08'), [{ rule: 'membershipPaidOn', date: 'relationshipStart' }])).toEqual(['blocking:rule-membership']);
    expect(codes(mentor('m-cc-01'), [{ rule: 'someday' } as unknown as Rule, { rule: 'minYearsOfExperience', value: 'five' } as unknown as Rule])).toEqual([
      'negative:rule-unchecked',
      'negative:rule-unchecked',
    ]);
  });

  it('ignores mentee rules', () => {
    expect(codes(mentor('m-cc-07'), [{ rule: 'goalsSet' }, { rule: 'participationFeePaid' }])).toEqual([]);
    expect(codes(mentor('m-cc-07'), [{ rule: 'mentorTrainingCompleted' }])).toEqual(['blocking:rule-training']);
  });
});
