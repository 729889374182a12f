import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme } from '../model/index.js';
import { suggestPairs } from './suggest-pairs.js';

const mentors = loadSample<Mentor[]>('mentors').slice(0, 3);
const mentees = loadSample<Mentee[]>('mentees').slice(0, 3);

describe('suggestPairs arguments', () => {
  it('names what is not lists of records, instead of failing deep inside', () => {
    expect(() => suggestPairs(null as never)).toThrow(new TypeError('suggestPairs: input must be an object { mentors, mentees, programme?, pins?, exclusions?, existingPairs? }, got null'));
    expect(() => suggestPairs([] as never)).toThrow(/got an array/);
    expect(() => suggestPairs({ mentors: 'all' as never, mentees })).toThrow(/input\.mentors must be an array of mentor records, got string/);
    expect(() => suggestPairs({ mentors, mentees: [mentees[0]!, null as never] })).toThrow(/input\.mentees\[1\] is not a mentee record with an id; validate the list first \(validateMentees\)/);
  });

  it('names options out of range', () => {
    expect(() => suggestPairs({ mentors, mentees }, { strategy: 'bogus' as never })).toThrow(new RangeError('suggestPairs: options.strategy must be one of optimal, greedy, got "bogus"'));
    expect(() => suggestPairs({ mentors, mentees }, { alternatives: -1 })).toThrow(/options\.alternatives must be a whole number from 0, got -1/);
    expect(() => suggestPairs({ mentors, mentees }, { alternatives: 1.5 })).toThrow(RangeError);
  });

  it('names lists of pairs that are not arrays and a programme that is not one record', () => {
    expect(() => suggestPairs({ mentors, mentees, exclusions: { a: 1 } as never })).toThrow(/input\.exclusions must be an array of \{ menteeId, mentorId \}, got object/);
    expect(() => suggestPairs({ mentors, mentees, pins: 'x' as never })).toThrow(/input\.pins must be an array/);
    const programmes = loadSample<Programme[]>('programmes');
    expect(() => suggestPairs({ mentors, mentees, programme: programmes as never })).toThrow(/input\.programme must be one programme record with an id, got an array; for several programmes, call suggestPairs once per programme/);
    expect(suggestPairs({ mentors, mentees, programme: programmes[0]!, pins: [], exclusions: [], existingPairs: [] }).stats).toBeDefined();
    expect(suggestPairs({ mentors, mentees, pins: null as never, exclusions: null as never, existingPairs: null as never, programme: null as never }).stats.total).toBe(3);
  });

  it('names duplicate options it cannot use and numbers as they are', () => {
    expect(() => suggestPairs({ mentors, mentees }, { duplicates: null as never })).toThrow(new TypeError('suggestPairs: options.duplicates must be an object { keep?, chosen? }, got null'));
    expect(() => suggestPairs({ mentors, mentees }, { duplicates: { keep: 'bogus' as never } })).toThrow(/options\.duplicates\.keep must be one of first, last, best, all, got "bogus"/);
    expect(() => suggestPairs({ mentors, mentees }, { duplicates: { chosen: 'm1' as never } })).toThrow(/options\.duplicates\.chosen must be an array of mentee ids/);
    expect(() => suggestPairs({ mentors, mentees }, { alternatives: Number.NaN })).toThrow(/got NaN$/);
  });

  it('takes missing lists as empty, as before', () => {
    expect(suggestPairs({} as never).pairs).toEqual([]);
    expect(suggestPairs({ mentors, mentees }, { strategy: 'greedy', alternatives: 0 }).stats.total).toBe(3);
  });
});
