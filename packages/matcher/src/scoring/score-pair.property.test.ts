import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import { LANGUAGE_LEVELS, type Mentor, type MenteeQuery } from '../model/index.js';
import { ETWINNING_TOPICS } from '../vocabulary/index.js';
import { combineComponents } from './component-values.js';
import { DEFAULT_WEIGHTS, SCORE_COMPONENTS, weightSum, type ScoreWeights } from './default-weights.js';
import { scorePair } from './score-pair.js';

const base = loadSample<Mentor[]>('mentors').find((m) => m.id === 'm-ee-03')!;
const TOPICS = ETWINNING_TOPICS.slice(0, 10);

/** Everything of a pair but the topics: the other components vary freely. */
const setting = fc.record({
  mentorLevel: fc.constantFrom(...LANGUAGE_LEVELS.filter((l) => l !== 'A1' && l !== 'A2')),
  menteeLevel: fc.constantFrom('B1', 'B2', 'C1', 'native' as const),
  mentorCountry: fc.constantFrom('EE', 'FI', 'LV'),
  menteeCountry: fc.constantFrom('EE', 'FI', undefined),
  max: fc.integer({ min: 1, max: 4 }),
  current: fc.integer({ min: 0, max: 3 }),
  modes: fc.subarray(['video', 'chat', 'phone'] as const, { minLength: 0 }),
  weights: fc.option(
    fc.record(Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, fc.integer({ min: 0, max: 20 }).map((n) => n / 20)])) as Record<keyof ScoreWeights, fc.Arbitrary<number>>),
    { nil: undefined },
  ),
});
type Setting = typeof setting extends fc.Arbitrary<infer T> ? T : never;

function mentorWith(s: Setting, topics: readonly string[]): Mentor {
  return {
    ...base,
    id: 'm-x',
    country: s.mentorCountry,
    topics: [...topics],
    languages: [{ code: 'en', level: s.mentorLevel }],
    capacity: { maxMentees: s.max, currentMentees: Math.min(s.current, s.max - 1), acceptingRequests: true },
    availability: { ...base.availability, meetingModes: ['video', 'chat', 'phone'] },
  } as Mentor;
}

function menteeWith(s: Setting, topics: readonly string[], goals?: string): MenteeQuery {
  return {
    languages: [{ code: 'en', level: s.menteeLevel }],
    ...(s.menteeCountry ? { country: s.menteeCountry } : {}),
    topics: [...topics],
    preferences: { meetingModes: [...s.modes] },
    ...(goals === undefined ? {} : { goals: { text: goals, lang: 'en' } }),
  };
}

const score = (s: Setting, mentorTopics: readonly string[], menteeTopics: readonly string[], goals?: string) => {
  const result = scorePair(mentorWith(s, mentorTopics), menteeWith(s, menteeTopics, goals), { weights: s.weights });
  expect(result.eligible).toBe(true);
  return result;
};

/** A non-empty set of wanted topics, a mentor topic list covering none of them, and one covering some. */
const wantedAndMentors = fc
  .tuple(fc.shuffledSubarray([...TOPICS], { minLength: 2 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }))
  .map(([shuffled, cut, covered]) => {
    const wanted = shuffled.slice(0, Math.min(cut, shuffled.length - 1));
    const others = shuffled.slice(wanted.length);
    return { wanted, none: others, some: [...others, ...wanted.slice(0, Math.max(1, Math.min(covered, wanted.length)))] };
  });

describe('calibrated scores', () => {
  test.prop([setting, wantedAndMentors])(
    'a mentor who covers none of the understood goals never scores above one who covers some, at any level of understanding',
    (s, { wanted, none, some }) => {
      for (let known = 0; known <= wanted.length; known++) {
        const understood = wanted.slice(0, known);
        const coversSome = some.some((t) => understood.includes(t));
        const a = score(s, none, understood).score;
        const b = score(s, some, understood).score;
        expect(a).toBeLessThanOrEqual(b);
        if (coversSome && (s.weights?.topics ?? 1) > 0) expect(a).toBeLessThan(b);
      }
    },
  );

  test.prop([setting, wantedAndMentors])('goals not understood never score above understood goals the mentor partly covers', (s, { wanted, some }) => {
    const partly = score(s, some, wanted).score;
    expect(score(s, some, [], 'asdf qwer').score).toBeLessThanOrEqual(partly);
    expect(score(s, some, []).score).toBeLessThanOrEqual(partly);
  });

  test.prop([setting, wantedAndMentors, fc.nat()])('adding a topic the mentor offers never lowers the score', (s, { wanted, some }, pick) => {
    const offered = some[pick % some.length]!;
    const before = score(s, some, wanted.filter((t) => t !== offered)).score;
    expect(score(s, some, [...new Set([...wanted, offered])]).score).toBeGreaterThanOrEqual(before);
  });

  test.prop([setting, fc.shuffledSubarray([...TOPICS], { minLength: 8, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })])(
    "scores of different mentees are comparable: the same share covered gives the same score whatever the mentee's number of topics",
    (s, topics, a, b) => {
      // Mentee A wants 2a topics and mentee B 2b, the mentor offers half of each: the same goals value.
      const offered = [...topics.slice(0, 4)];
      const wantedA = [...topics.slice(0, a), ...topics.slice(4, 4 + a)];
      const wantedB = [...topics.slice(0, b), ...topics.slice(4, 4 + b)];
      const ra = score(s, offered, wantedA);
      const rb = score(s, offered, wantedB);
      expect(ra.components).toEqual(rb.components);
      expect(ra.score).toBe(rb.score);
      expect(ra.fit).toBe(rb.fit);
    },
  );

  test.prop([setting, wantedAndMentors])('a score is the weighted mean of its components, with nothing that depends on the mentee', (s, { wanted, some }) => {
    const result = score(s, some, wanted);
    const weights = { ...DEFAULT_WEIGHTS, ...(s.weights ?? {}) };
    expect(result.score).toBe(combineComponents(result.components, weights, weightSum(weights)));
  });
});
