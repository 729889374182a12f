import { describe, expect, it } from 'vitest';
import type { Reason } from '../model/index.js';
import { explainUnmatched, type MentorVerdict } from './explain-unmatched.js';

const block = (code: string): Reason => ({ code, effect: 'blocking' });
const verdict = (mentorId: string, codes: string[], room = 1): MentorVerdict => ({ mentorId, blocking: codes.map(block), room });
const codes = (reasons: Reason[]): string[] => reasons.map((r) => r.code);

describe('explainUnmatched', () => {
  it('says so when there are no mentors at all', () => {
    expect(codes(explainUnmatched([], ['et']))).toEqual(['no-mentors']);
  });

  it('reports no shared language with anyone, with the mentee languages', () => {
    const reasons = explainUnmatched([verdict('m-b', ['no-shared-language']), verdict('m-a', ['no-shared-language', 'mentor-full'])], ['pt']);
    expect(reasons[0]).toEqual({ code: 'no-shared-language-any', effect: 'blocking', params: { languages: ['pt'] } });
    expect(reasons[1]).toEqual({
      code: 'blocked-by',
      effect: 'blocking',
      params: { reason: 'no-shared-language', count: 2, mentorIds: ['m-a', 'm-b'] },
    });
    expect(reasons[2]?.params).toEqual({ reason: 'mentor-full', count: 1, mentorIds: ['m-a'] });
  });

  it('names the mentee rules that fail, followed by the rule reasons themselves, each once', () => {
    const reasons = explainUnmatched(
      [verdict('m-a', ['mentee-rule-goals']), verdict('m-b', ['mentee-rule-goals', 'rule-certificate'])],
      ['et'],
    );
    expect(reasons[0]).toEqual({ code: 'mentee-ineligible', effect: 'blocking', params: { rules: ['mentee-rule-goals'] } });
    expect(reasons[1]).toEqual(block('mentee-rule-goals'));
    // The mentors' own failures are still counted; the mentee's rule is not counted again.
    expect(reasons.slice(2).map((r) => r.params?.['reason'])).toEqual(['rule-certificate']);
  });

  it('reports everyone excluded when each mentor is excluded one way or another', () => {
    const reasons = explainUnmatched([verdict('m-a', ['excluded-by-coordinator']), verdict('m-b', ['conflict-of-interest'])], ['et']);
    expect(codes(reasons)[0]).toBe('all-excluded');
  });

  it('reports eligible mentors with room that the solution gave to others', () => {
    const reasons = explainUnmatched([verdict('m-b', []), verdict('m-a', []), verdict('m-c', ['no-shared-language'])], ['et']);
    expect(reasons[0]).toEqual({ code: 'lost-to-others', effect: 'blocking', params: { mentorIds: ['m-a', 'm-b'] } });
  });

  it('reports every suitable mentor full, counting mentors whose room went to pins or existing pairs', () => {
    const reasons = explainUnmatched([verdict('m-a', ['mentor-full'], 0), verdict('m-b', [], 0), verdict('m-c', ['different-country'])], ['lv']);
    expect(reasons[0]).toEqual({ code: 'all-suitable-full', effect: 'blocking', params: { mentorIds: ['m-a', 'm-b'] } });
    const full = reasons.find((r) => r.params?.['reason'] === 'mentor-full');
    expect(full?.params?.['mentorIds']).toEqual(['m-a', 'm-b']);
  });

  it("keeps the blocked reasons' params, joining values that differ", () => {
    const country = (mentorId: string, c: string): MentorVerdict => ({
      mentorId,
      blocking: [{ code: 'different-country', effect: 'blocking', params: { country: c, modes: [c] } }],
      room: 1,
    });
    const reasons = explainUnmatched([country('m-b', 'FI'), country('m-a', 'EE'), country('m-c', 'EE')], ['lv']);
    expect(reasons[1]?.params).toEqual({
      reason: 'different-country',
      count: 3,
      mentorIds: ['m-a', 'm-b', 'm-c'],
      'reason.country': 'EE, FI',
      'reason.modes': ['EE', 'FI'],
    });
    const single = explainUnmatched([country('m-a', 'EE')], ['lv']);
    expect(single[1]?.params?.['reason.country']).toBe('EE');
  });

  it('falls back to a count when the blocks are mixed', () => {
    const reasons = explainUnmatched([verdict('m-a', ['different-country']), verdict('m-b', ['no-in-person'])], ['lv']);
    expect(codes(reasons)).toEqual(['no-eligible-mentor', 'blocked-by', 'blocked-by']);
    // Equal counts are ordered by code.
    expect(reasons.slice(1).map((r) => r.params?.['reason'])).toEqual(['different-country', 'no-in-person']);
  });
});
