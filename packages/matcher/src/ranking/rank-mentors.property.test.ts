import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import {
  LANGUAGE_LEVELS,
  MEETING_MODES,
  SCHOOL_LEVELS,
  WEEKDAYS,
  type AnyMentor,
  type LanguageSkill,
  type MeetingMode,
  type Mentee,
  type Mentor,
  type Programme,
  type PublicMentor,
  type Rule,
} from '../model/index.js';
import { SCORE_COMPONENTS } from '../scoring/default-weights.js';
import { buildMenteeContext } from '../scoring/mentee-context.js';
import type { ScoreOptions } from '../scoring/score-options.js';
import { scorePair } from '../scoring/score-pair.js';
import { CAREER_TOPICS, ETWINNING_TOPICS } from '../vocabulary/index.js';
import { prepareMentors } from './prepare-mentors.js';
import { rankMentors } from './rank-mentors.js';
import { INELIGIBLE, scorePrepared } from './score-prepared.js';

const sampleMentors = loadSample<Mentor[]>('mentors');
const sampleMentees = loadSample<Mentee[]>('mentees');
const programmes = loadSample<Programme[]>('programmes');

const TOPICS = [...ETWINNING_TOPICS.slice(0, 8), ...CAREER_TOPICS.slice(0, 4)];
const SUBJECTS = ['art', 'music', 'physics', 'history', 'foreign-languages'];
const LANGS = ['en', 'et', 'fi', 'lt', 'ru'];
const COUNTRIES = ['EE', 'FI', 'LT'];
// Same clock, other offsets (Lisbon, Tbilisi without summer time, Kolkata's half hour), the week's
// other end (Kiritimati, Pago Pago), a zone no runtime knows, and none.
const ZONES = ['Europe/Tallinn', 'Europe/Helsinki', 'Europe/Kiev', 'Europe/Kyiv', 'Europe/Lisbon', 'Asia/Tbilisi', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Mars/Base', ''];
const DATES = ['2025-12-31', '2026-01-05', '2026-03-01', '2026-04-30', '2026-06-12', '2026-06-15', '2026-09-01', 'not-a-date'];
const IDS = ['m-a', 'm-b', 'm-c', 'm-d', 'm-e', 'm-f'];

/** `usual` nine times in ten, so that most pairs are eligible and their scores get compared. */
const mostly = <T>(usual: T, ...others: T[]) =>
  fc.oneof({ arbitrary: fc.constant(usual), weight: 9 }, { arbitrary: fc.constantFrom(usual, ...others), weight: 1 });

// Mostly with a good English, so that many pairs are eligible and their scores get compared.
const languages = fc
  .tuple(
    fc.uniqueArray(fc.record({ code: fc.constantFrom(...LANGS), level: fc.constantFrom(...LANGUAGE_LEVELS) }), {
      maxLength: 3,
      selector: (l) => l.code,
    }),
    mostly<LanguageSkill['level'] | null>('C1', 'B2', 'native', 'B1', null),
  )
  .map(([list, en]) => (en && !list.some((l) => l.code === 'en') ? [...list, { code: 'en', level: en }] : list)) as fc.Arbitrary<LanguageSkill[]>;
const subset = <T>(values: readonly T[], maxLength = values.length) => fc.uniqueArray(fc.constantFrom(...values), { maxLength });
const slot = fc
  .record({ day: fc.constantFrom(...WEEKDAYS.slice(0, 3)), start: fc.integer({ min: 8, max: 18 }), length: fc.integer({ min: 0, max: 4 }) })
  .map(({ day, start, length }) => ({ day, start: `${pad(start)}:${length === 0 ? '30' : '00'}`, end: `${pad(start + length)}:30` }));
const weekly = fc.array(slot, { maxLength: 3 });
const date = fc.constantFrom(...DATES);
const from = mostly('2026-01-05', '2026-03-01', ...DATES);
const to = mostly('2026-06-15', '2026-06-12', ...DATES);

const mentorArb: fc.Arbitrary<AnyMentor> = fc
  .record({
    base: fc.constantFrom(...sampleMentors),
    id: fc.constantFrom(...IDS),
    status: mostly<Mentor['status']>('active', 'paused'),
    programmeId: mostly('etwinning-mentors-2026', 'career-mentoring-2025-26'),
    country: fc.constantFrom(...COUNTRIES),
    timezone: fc.constantFrom(...ZONES),
    languages,
    topics: subset(TOPICS, 5),
    subjects: subset(SUBJECTS, 3),
    schoolLevels: subset(SCHOOL_LEVELS, 3),
    maxMentees: mostly(3, 0, 1, 2),
    currentMentees: mostly(0, 1, 2, 3),
    accepting: mostly(true, false),
    modes: fc.oneof({ arbitrary: fc.constant<MeetingMode[]>(['video']), weight: 4 }, { arbitrary: subset(MEETING_MODES, 3), weight: 1 }),
    from,
    to,
    weekly,
    years: fc.integer({ min: 0, max: 10 }),
    projects: fc.integer({ min: 0, max: 8 }),
    labels: fc.integer({ min: 0, max: 4 }),
    training: fc.boolean(),
    certificates: fc.array(fc.record({ type: fc.constantFrom('career-counsellor', 'hr-manager'), validUntil: date }), { maxLength: 2 }),
    paidUntil: fc.option(date),
    conflictsWith: fc.oneof(fc.constant<string[]>([]), fc.constant<string[]>([]), subset(['e-x', 'e-y'], 2)),
    isPublic: fc.boolean(),
    area: fc.constantFrom(undefined, 'Tartu', 'Rīga', 'Riga '),
    region: fc.constantFrom(undefined, '', 'Tartumaa', 'Saaremaa'),
  })
  .map((r) => {
    const base = r.base;
    const common = {
      ...base,
      id: r.id,
      status: r.status as Mentor['status'],
      programmeId: r.programmeId,
      country: r.country,
      timezone: r.timezone,
      languages: r.languages,
      topics: r.topics,
      subjects: r.subjects,
      schoolLevels: r.schoolLevels,
      experience: { yearsInProfession: r.years, etwinning: { projects: r.projects, nationalQualityLabels: r.labels } },
      eligibility: { yearsOfExperience: r.years, certificates: r.certificates, mentorTraining: { completed: r.training } },
      availability: { from: r.from, to: r.to, weekly: r.weekly, meetingModes: r.modes, ...(r.area ? { inPersonArea: r.area } : {}) },
      region: r.region,
    };
    if (r.isPublic) {
      const { private: _p, ...rest } = common;
      const status = r.currentMentees >= r.maxMentees ? 'full' : 'available';
      return { ...rest, capacity: { maxMentees: r.maxMentees, status, acceptingRequests: r.accepting } } as PublicMentor;
    }
    return {
      ...common,
      capacity: { maxMentees: r.maxMentees, currentMentees: r.currentMentees, acceptingRequests: r.accepting },
      private: {
        ...base.private,
        conflictsWith: r.conflictsWith,
        ...(r.paidUntil === null ? { membership: undefined } : { membership: { organisation: 'x', paidUntil: r.paidUntil } }),
      },
    } as Mentor;
  });

const menteeArb: fc.Arbitrary<Mentee> = fc
  .record({
    base: fc.constantFrom(...sampleMentees),
    id: fc.constantFrom('e-x', 'e-y', 'e-z'),
    programmeId: mostly('etwinning-mentors-2026', 'career-mentoring-2025-26'),
    country: fc.constantFrom(...COUNTRIES),
    timezone: fc.constantFrom(...ZONES),
    languages,
    topics: subset(TOPICS, 4),
    subjects: subset(SUBJECTS, 3),
    schoolLevels: subset(SCHOOL_LEVELS, 2),
    modes: fc.oneof(fc.constant<MeetingMode[]>(['video']), subset(MEETING_MODES, 3)),
    sameCountryOnly: mostly(false, true),
    excluded: fc.oneof(fc.constant<string[]>([]), fc.constant<string[]>([]), subset(IDS, 2)),
    preferred: subset(IDS, 2),
    from,
    to,
    weekly,
    goalsSet: mostly(true, false),
    fee: mostly(true, false),
    paidUntil: date,
    area: fc.constantFrom(undefined, 'Tartu', 'riga', 'Kuressaare'),
    region: fc.constantFrom(undefined, 'tartumaa ', 'Harjumaa'),
  })
  .map((r) => ({
    ...r.base,
    id: r.id,
    programmeId: r.programmeId,
    country: r.country,
    region: r.region as string,
    timezone: r.timezone,
    languages: r.languages,
    topics: r.topics,
    subjects: r.subjects,
    schoolLevels: r.schoolLevels,
    preferences: {
      meetingModes: r.modes,
      sameCountryOnly: r.sameCountryOnly,
      excludedMentorIds: r.excluded,
      preferredMentorIds: r.preferred,
      ...(r.area ? { inPersonArea: r.area } : {}),
    },
    availability: { from: r.from, to: r.to, weekly: r.weekly },
    eligibility: { goalsSet: r.goalsSet, participationFeePaid: r.fee },
    private: { ...r.base.private, membership: { organisation: 'x', paidUntil: r.paidUntil } },
  }));

const ruleArb: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ rule: fc.constant('minYearsOfExperience' as const), value: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ rule: fc.constant('minEtwinningProjects' as const), value: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ rule: fc.constant('minNationalQualityLabels' as const), value: fc.integer({ min: 0, max: 3 }) }),
  fc.constant({ rule: 'mentorTrainingCompleted' as const }),
  fc.record({
    rule: fc.constant('certificateAnyOf' as const),
    types: fc.uniqueArray(fc.constantFrom('career-counsellor', 'hr-manager', 'hr-specialist'), { minLength: 1, maxLength: 2 }),
    validOn: fc.constantFrom('relationshipStart' as const, 'relationshipEnd' as const),
  }),
  fc.record({ rule: fc.constant('membershipPaidOn' as const), date: fc.constantFrom('relationshipStart' as const, 'relationshipEnd' as const) }),
  fc.constant({ rule: 'goalsSet' as const }),
  fc.constant({ rule: 'participationFeePaid' as const }),
);

const programmeArb: fc.Arbitrary<Programme | undefined> = fc.oneof(
  fc.constant(undefined),
  mostly(programmes[0] as Programme, ...programmes),
  fc
    .record({ id: mostly('etwinning-mentors-2026', 'career-mentoring-2025-26'), mentorRules: fc.array(ruleArb, { maxLength: 3 }), menteeRules: fc.array(ruleArb, { maxLength: 2 }) })
    .map((r) => ({ ...(programmes[0] as Programme), ...r })),
);

const optionsArb: fc.Arbitrary<ScoreOptions> = fc
  .record({
    programme: programmeArb,
    weights: fc.option(fc.dictionary(fc.constantFrom(...SCORE_COMPONENTS), fc.double({ min: 0, max: 3, noNaN: true }))),
    minLanguageLevel: fc.constantFrom(undefined, 'A2' as const, 'B1' as const, 'C1' as const),
    menteeTopics: fc.array(
      fc.record({ topic: fc.constantFrom(...TOPICS), confidence: fc.double({ min: 0, max: 1, noNaN: true }), matched: fc.constant([] as string[]) }),
      { maxLength: 4 },
    ),
    relationship: fc.option(fc.record({ start: date, end: date })),
  })
  .map((r) => {
    const options: ScoreOptions = { menteeTopics: r.menteeTopics };
    if (r.programme) options.programme = r.programme;
    if (r.weights) options.weights = r.weights;
    if (r.minLanguageLevel) options.minLanguageLevel = r.minLanguageLevel;
    if (r.relationship) options.relationship = r.relationship;
    return options;
  });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function shuffled<T>(list: readonly T[] | undefined, seed: number): T[] {
  const out = [...(list ?? [])];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const params = { numRuns: 300 };

describe('scoring properties', () => {
  test.prop([mentorArb, menteeArb, optionsArb], params)('score and components stay in 0..1; ineligible means 0', (mentor, mentee, options) => {
    const result = scorePair(mentor, mentee, options);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    for (const value of Object.values(result.components)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    const blocking = result.reasons.filter((r) => r.effect === 'blocking');
    expect(result.eligible).toBe(blocking.length === 0);
    if (!result.eligible) expect(result.score).toBe(0);
  });

  test.prop([mentorArb, menteeArb, optionsArb, fc.nat()], params)('adding a topic the mentor offers never lowers the score', (mentor, mentee, options, pick) => {
    fc.pre(mentor.topics.length > 0);
    const topic = mentor.topics[pick % mentor.topics.length] as string;
    const { menteeTopics: _m, ...rest } = options;
    const exact = { ...rest, menteeTopics: [] };
    const before = scorePair(mentor, mentee, exact);
    const after = scorePair(mentor, { ...mentee, topics: [...(mentee.topics ?? []), topic] }, exact);
    expect(after.score).toBeGreaterThanOrEqual(before.score);
    expect(after.eligible).toBe(before.eligible);
  });

  test.prop([mentorArb, menteeArb, optionsArb, fc.nat()], params)('does not depend on the order of lists inside the records', (mentor, mentee, options, seed) => {
    const reordered = {
      ...mentor,
      languages: shuffled(mentor.languages, seed),
      topics: shuffled(mentor.topics, seed + 1),
      subjects: shuffled(mentor.subjects, seed + 2),
      availability: { ...mentor.availability, weekly: shuffled(mentor.availability.weekly, seed + 3), meetingModes: shuffled(mentor.availability.meetingModes, seed + 4) },
    } as AnyMentor;
    const menteeReordered: Mentee = {
      ...mentee,
      languages: shuffled(mentee.languages, seed + 5),
      topics: shuffled(mentee.topics, seed + 6),
      subjects: shuffled(mentee.subjects, seed + 7),
      schoolLevels: shuffled(mentee.schoolLevels, seed + 8),
      preferences: { ...mentee.preferences, meetingModes: shuffled(mentee.preferences.meetingModes, seed + 9) },
    };
    const topics = shuffled(options.menteeTopics, seed + 10);
    expect(scorePair(reordered, menteeReordered, { ...options, menteeTopics: topics })).toEqual(scorePair(mentor, mentee, options));
  });
});

describe('ranking properties', () => {
  const seen = { total: 0, eligible: 0 };
  afterAll(() => {
    // the kernel property means little unless many pairs are eligible
    expect(seen.eligible).toBeGreaterThan(seen.total / 10);
  });

  test.prop([fc.array(mentorArb, { maxLength: 12 }), menteeArb, optionsArb], params)('the kernel gives scorePair’s score exactly', (mentors, mentee, options) => {
    const prepared = prepareMentors(mentors);
    const fast = scorePrepared(prepared, buildMenteeContext(mentee, options));
    prepared.mentors.forEach((mentor, i) => {
      const full = scorePair(mentor, mentee, options);
      seen.total++;
      if (full.eligible) seen.eligible++;
      expect(fast[i], `${mentor.id} ${JSON.stringify(full.reasons)}`).toBe(full.eligible ? full.score : INELIGIBLE);
    });
  });

  test.prop([fc.array(mentorArb, { maxLength: 12 }), menteeArb, optionsArb, fc.nat(), fc.option(fc.integer({ min: 0, max: 8 }))], params)(
    'ranks the same whatever the order of the mentors',
    (mentors, mentee, options, seed, limit) => {
      const rankOptions = { ...options, includeIneligible: true, ...(limit === null ? {} : { limit }) };
      const a = rankMentors(mentee, mentors, rankOptions);
      const b = rankMentors(mentee, shuffled(mentors, seed), rankOptions);
      const view = (list: typeof a) => list.map((r) => [r.mentor.id, r.result.score, r.result.eligible, r.rank]);
      expect(view(b)).toEqual(view(a));
      for (let k = 1; k < a.length; k++) {
        const prev = a[k - 1]!;
        const cur = a[k]!;
        if (prev.result.eligible && cur.result.eligible) {
          expect(prev.result.score > cur.result.score || (prev.result.score === cur.result.score && prev.mentor.id <= cur.mentor.id)).toBe(true);
        }
        expect(!prev.result.eligible && cur.result.eligible).toBe(false);
      }
    },
  );
});
