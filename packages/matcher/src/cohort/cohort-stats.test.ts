import { describe, expect, it } from 'vitest';
import { cohortStats } from './cohort-stats.js';
import type { SuggestedPair } from './suggestion.js';

const pair = (menteeId: string, mentorId: string, score: number, pinned = false): SuggestedPair => ({
  menteeId,
  mentorId,
  score,
  reasons: [],
  pinned,
});

describe('cohortStats', () => {
  it('sums, averages and takes the minimum over all pairs, pins included', () => {
    const stats = cohortStats({
      pairs: [pair('e-1', 'm-a', 0.8), pair('e-2', 'm-a', 0.2, true)],
      total: 3,
      alreadyPaired: 1,
      mentorIds: ['m-a', 'm-b'],
      free: [3, 1],
      existing: [0, 1],
      pinned: [1, 0],
      suggested: [1, 0],
      open: [true, true],
    });
    expect(stats).toMatchObject({ total: 3, matched: 2, unmatched: 1, pinned: 1, alreadyPaired: 1 });
    expect(stats.totalScore).toBeCloseTo(1.0);
    expect(stats.meanScore).toBeCloseTo(0.5);
    expect(stats.minScore).toBeCloseTo(0.2);
    expect(stats.load).toEqual({
      'm-a': { free: 3, existing: 0, pinned: 1, suggested: 1, remaining: 1 },
      'm-b': { free: 1, existing: 1, pinned: 0, suggested: 0, remaining: 0 },
    });
  });

  it('leaves no place for a mentor who takes no new mentees, keeping an overrun by pins', () => {
    const stats = cohortStats({
      pairs: [pair('e-1', 'm-b', 0.4, true), pair('e-2', 'm-b', 0.4, true)],
      total: 2,
      alreadyPaired: 0,
      mentorIds: ['m-a', 'm-b'],
      free: [1, 1],
      existing: [0, 0],
      pinned: [0, 2],
      suggested: [0, 0],
      open: [false, false],
    });
    expect(stats.load['m-a']).toEqual({ free: 1, existing: 0, pinned: 0, suggested: 0, remaining: 0 });
    expect(stats.load['m-b']?.remaining).toBe(-1);
  });

  it('gives null mean and minimum without pairs', () => {
    const stats = cohortStats({ pairs: [], total: 2, alreadyPaired: 0, mentorIds: [], free: [], existing: [], pinned: [], suggested: [], open: [] });
    expect(stats.meanScore).toBeNull();
    expect(stats.minScore).toBeNull();
    expect(stats.unmatched).toBe(2);
  });
});

describe('cohortStats, large cohorts', () => {
  it('takes the minimum of 200,000 scores without overflowing the call stack', () => {
    const pairs = Array.from({ length: 200_000 }, (_, i) => pair(`e-${i}`, 'm-a', i === 123_456 ? 0.01 : 0.5 + (i % 7) / 100));
    const stats = cohortStats({ pairs, total: 200_000, alreadyPaired: 0, mentorIds: ['m-a'], free: [200_000], existing: [0], pinned: [0], suggested: [200_000], open: [true] });
    expect(stats.minScore).toBe(0.01);
    expect(stats.matched).toBe(200_000);
  });
});
