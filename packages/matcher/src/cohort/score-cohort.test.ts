import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme } from '../model/index.js';
import { scorePair } from '../scoring/score-pair.js';
import { extractTopics } from '../topics/index.js';
import { pairKey } from './resolve-constraints.js';
import { EXCLUDED_BY_COORDINATOR, scoreCohort } from './score-cohort.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentees = loadSample<Mentee[]>('mentees');
const programmes = loadSample<Programme[]>('programmes');
const blockingOf = (reasons: { effect: string }[]) => reasons.filter((r) => r.effect === 'blocking');

describe('scoreCohort', () => {
  // Mentors in reverse id order: columns follow the given order, not the prepared one.
  const cols = [...mentors].reverse();
  const excluded = new Set([pairKey('e-ee-01', 'm-ee-01'), pairKey('e-lt-01', 'm-lt-01')]);

  for (const programme of [undefined, ...programmes]) {
    it(`fills the matrix with scorePair's scores, −Infinity where blocked or excluded (${programme?.id ?? 'no programme'})`, () => {
      const options = programme ? { programme } : {};
      const scores = scoreCohort(mentees, cols, excluded, options);
      let eligible = 0;
      mentees.forEach((mentee, i) => {
        const menteeTopics = extractTopics(mentee.goals.text, { lang: mentee.goals.lang ?? null });
        cols.forEach((mentor, j) => {
          const full = scorePair(mentor, mentee, { ...options, menteeTopics });
          const isExcluded = excluded.has(pairKey(mentee.id, mentor.id));
          const expected = full.eligible && !isExcluded ? full.score : Number.NEGATIVE_INFINITY;
          if (expected > Number.NEGATIVE_INFINITY) eligible++;
          expect(scores.matrix[i * cols.length + j], `${mentee.id} ${mentor.id}`).toBe(expected);
          expect(scores.result(i, j)).toEqual(full);
          expect(scores.blocking(i, j)).toEqual([...blockingOf(full.reasons), ...(isExcluded ? [EXCLUDED_BY_COORDINATOR] : [])]);
        });
      });
      // the comparison means little unless many pairs are allowed
      expect(eligible).toBeGreaterThan(20);
    });
  }
});
