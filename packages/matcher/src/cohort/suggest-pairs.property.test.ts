import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme } from '../model/index.js';
import { suggestPairs } from './suggest-pairs.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentees = loadSample<Mentee[]>('mentees');
const programme = loadSample<Programme[]>('programmes').find((p) => p.kind === 'etwinning') as Programme;
const pool = {
  mentors: mentors.filter((m) => m.programmeId === programme.id),
  mentees: mentees.filter((m) => m.programmeId === programme.id),
};

const cohort = fc.record({
  mentors: fc.subarray(pool.mentors, { minLength: 1, maxLength: 12 }),
  mentees: fc.subarray(pool.mentees, { minLength: 1, maxLength: 16 }),
  exclusions: fc.array(fc.tuple(fc.nat(15), fc.nat(11)), { maxLength: 6 }),
  pins: fc.array(fc.tuple(fc.nat(15), fc.nat(11)), { maxLength: 3 }),
  strategy: fc.constantFrom('optimal' as const, 'greedy' as const),
  seed: fc.nat(),
});

const rotate = <T>(list: T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length] as T);

describe('suggestPairs invariants on random sub-cohorts', () => {
  it('respects capacity, exclusions and eligibility, accounts for everyone, and ignores input order', () => {
    fc.assert(
      fc.property(cohort, (c) => {
        const ref = ([e, m]: [number, number]) => ({ menteeId: c.mentees[e % c.mentees.length]?.id ?? '', mentorId: c.mentors[m % c.mentors.length]?.id ?? '' });
        const input = { ...c, exclusions: c.exclusions.map(ref), pins: c.pins.map(ref), programme };
        const s = suggestPairs(input, { strategy: c.strategy });
        expect(s.pairs.length + s.unmatched.length).toBe(c.mentees.length);
        const pinnedTo = new Map<string, string>();
        for (const p of input.pins) if (!pinnedTo.has(p.menteeId)) pinnedTo.set(p.menteeId, p.mentorId);
        const excluded = new Set(input.exclusions.map((x) => `${x.menteeId} ${x.mentorId}`));
        for (const p of s.pairs) {
          expect(p.pinned).toBe(pinnedTo.get(p.menteeId) === p.mentorId);
          if (p.pinned) continue;
          expect(excluded.has(`${p.menteeId} ${p.mentorId}`)).toBe(false);
          expect(p.score).toBeGreaterThan(0);
        }
        for (const m of c.mentors) {
          const load = s.stats.load[m.id];
          const free = Math.max(0, m.capacity.maxMentees - m.capacity.currentMentees);
          expect(load?.suggested ?? 0).toBeLessThanOrEqual(Math.max(0, free - (load?.pinned ?? 0)));
          expect(s.pairs.filter((p) => p.mentorId === m.id).length).toBe((load?.suggested ?? 0) + (load?.pinned ?? 0));
        }
        const shuffled = { ...input, mentors: [...c.mentors].reverse(), mentees: rotate(c.mentees, c.seed) };
        expect(suggestPairs(shuffled, { strategy: c.strategy })).toEqual(s);
      }),
      { numRuns: 25, seed: 20260105 },
    );
  });
});
