import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme } from '../model/index.js';
import { rankMentors } from '../ranking/rank-mentors.js';
import { isPreparedMentee, prepareMentee } from './prepare-mentee.js';
import { scorePair } from './score-pair.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentees = loadSample<Mentee[]>('mentees');
const programmes = loadSample<Programme[]>('programmes');

describe('prepareMentee', () => {
  it('gives scorePair the same result as the raw mentee, for every sample pair', () => {
    for (const mentee of mentees) {
      const programme = programmes.find((p) => p.id === mentee.programmeId);
      const options = { programme, weights: { topics: 0.5 } };
      const prepared = prepareMentee(mentee, options);
      for (const mentor of mentors) expect(scorePair(mentor, prepared)).toEqual(scorePair(mentor, mentee, options));
    }
  });

  it('uses the options it was prepared with, not those given to scorePair', () => {
    const mentee = mentees.find((m) => m.id === 'e-ee-01') as Mentee;
    const mentor = mentors.find((m) => m.id === 'm-ee-01') as Mentor;
    const weights = { topics: 1, subjects: 0, schoolLevels: 0, language: 0, country: 0, meetingModes: 0, availability: 0, freePlaces: 0, preferred: 0 };
    const onlyTopics = { weights };
    const prepared = prepareMentee(mentee, onlyTopics);
    expect(scorePair(mentor, prepared, {})).toEqual(scorePair(mentor, mentee, onlyTopics));
    expect(scorePair(mentor, prepared, {}).score).not.toBe(scorePair(mentor, mentee, {}).score);
  });

  it('ranks like the raw mentee', () => {
    const mentee = mentees.find((m) => m.id === 'e-lt-01') as Mentee;
    const programme = programmes.find((p) => p.id === mentee.programmeId);
    const prepared = prepareMentee(mentee, { programme });
    expect(rankMentors(prepared, mentors, { limit: 10, includeIneligible: true })).toEqual(
      rankMentors(mentee, mentors, { programme, limit: 10, includeIneligible: true }),
    );
  });

  it('does not change the mentee, is frozen and is recognised', () => {
    const mentee = structuredClone(mentees[0] as Mentee);
    const before = JSON.stringify(mentee);
    const prepared = prepareMentee(mentee, { programme: programmes[0] });
    expect(JSON.stringify(mentee)).toBe(before);
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(isPreparedMentee(prepared)).toBe(true);
    expect(isPreparedMentee(mentee)).toBe(false);
    expect(isPreparedMentee(null)).toBe(false);
  });

  it('never throws on a non-object mentee', () => {
    const prepared = prepareMentee(null as unknown as Mentee);
    const result = scorePair(mentors[0] as Mentor, prepared);
    expect(result.eligible).toBe(false);
    expect(result.reasons.map((r) => r.code)).toContain('no-shared-language');
  });
});
