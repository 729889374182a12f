// A small hand-made report shared by the output tests.
import type { Suggestion } from '../../cohort/index.js';
import type { Mentee, Mentor } from '../../model/index.js';
import type { PairsReport } from '../pairs-report.js';

const suggestion: Suggestion = {
  strategy: 'optimal',
  pairs: [
    {
      menteeId: 'e-1',
      mentorId: 'm-1',
      score: 0.825,
      reasons: [{ code: 'shared-language', effect: 'positive', params: { language: 'et', level: 'C1' } }],
      pinned: false,
    },
    {
      menteeId: 'e-2',
      mentorId: 'm-2',
      score: 0,
      reasons: [],
      pinned: true,
      warnings: [{ code: 'no-shared-language', effect: 'blocking' }],
    },
  ],
  unmatched: [
    {
      menteeId: 'e-3',
      reasons: [
        { code: 'no-shared-language-any', effect: 'blocking', params: { languages: ['pt'] } },
        { code: 'blocked-by', effect: 'blocking', params: { reason: 'no-shared-language', count: 2, mentorIds: ['m-1', 'm-2'] } },
      ],
    },
  ],
  alternatives: { 'e-1': [{ mentorId: 'm-2', score: 0.5 }], 'e-2': [], 'e-3': [] },
  stats: {
    total: 3,
    matched: 2,
    unmatched: 1,
    pinned: 1,
    alreadyPaired: 0,
    totalScore: 0.825,
    meanScore: 0.4125,
    minScore: 0,
    load: { 'm-1': { free: 1, existing: 0, pinned: 0, suggested: 1, remaining: 0 }, 'm-2': { free: 2, existing: 0, pinned: 1, suggested: 0, remaining: 1 } },
  },
  issues: [],
};

const person = (id: string, displayName: string) => [id, { id, displayName }] as const;

export function sampleReport(names: { e1?: string } = {}): PairsReport {
  return {
    runs: [{ suggestion }],
    mentors: new Map([person('m-1', 'Kadri T.'), person('m-2', 'Jonas P.')]) as unknown as Map<string, Mentor>,
    mentees: new Map([person('e-1', names.e1 ?? 'Maarja K.'), person('e-2', 'Ana S.'), person('e-3', 'João P.')]) as unknown as Map<string, Mentee>,
    inputIssues: [{ file: 'mentees.csv', row: 4, column: 'Country', field: 'country', code: 'country-code', message: 'not a country' }],
    locale: 'en',
  };
}
