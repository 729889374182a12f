import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../../test/sample-data.js';
import type { Mentee, Mentor, Programme } from '../model/index.js';
import { scorePair } from '../scoring/index.js';
import { findSwaps } from './find-swaps.js';
import { suggestPairs } from './suggest-pairs.js';
import type { SuggestInput } from './suggestion.js';

const mentors = loadSample<Mentor[]>('mentors');
const mentees = loadSample<Mentee[]>('mentees');
const etwinning = loadSample<Programme[]>('programmes').find((p) => p.kind === 'etwinning') as Programme;
const byId = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id) as T;
/** One place each, none taken: with as many mentees as places, every place ends up taken. */
const onePlace = (m: Mentor): Mentor => ({ ...m, capacity: { ...m.capacity, maxMentees: 1, currentMentees: 0, acceptingRequests: true } });

const MENTOR_IDS = ['m-ee-01', 'm-ee-03', 'm-ee-04'];
const MENTEE_IDS = ['e-ee-01', 'e-ee-02', 'e-ee-04'];

function fullCohort(extra: Partial<SuggestInput> = {}): SuggestInput {
  return {
    mentors: MENTOR_IDS.map((id) => onePlace(byId(mentors, id))),
    mentees: MENTEE_IDS.map((id) => byId(mentees, id)),
    programme: etwinning,
    ...extra,
  };
}

describe('findSwaps', () => {
  it('offers exchanges with the other pairs when every place is taken, with scores equal to scorePair', () => {
    const input = fullCohort();
    const s = suggestPairs(input);
    expect(s.pairs).toHaveLength(3);
    const chosen = s.pairs[0]!;
    const swaps = findSwaps(s, chosen.menteeId, input);
    expect(swaps.length).toBeGreaterThan(0);
    for (const swap of swaps) {
      const other = s.pairs.find((p) => p.menteeId === swap.otherMenteeId)!;
      expect(swap.mentorId).toBe(other.mentorId);
      expect(swap.otherMentorId).toBe(chosen.mentorId);
      const score = (mentorId: string, menteeId: string) =>
        scorePair(byId(input.mentors as Mentor[], mentorId), byId(input.mentees as Mentee[], menteeId), { programme: etwinning }).score;
      expect(swap.before).toEqual({ score: score(chosen.mentorId, chosen.menteeId), otherScore: score(other.mentorId, other.menteeId) });
      expect(swap.after).toEqual({ score: score(other.mentorId, chosen.menteeId), otherScore: score(chosen.mentorId, other.menteeId) });
      expect(swap.before.score).toBeCloseTo(chosen.score, 12);
      expect(swap.change.total).toBeCloseTo(swap.change.score + swap.change.otherScore, 12);
    }
    // Best total first, ties by the other mentee's id.
    for (let k = 1; k < swaps.length; k++) {
      const [a, b] = [swaps[k - 1]!, swaps[k]!];
      expect(a.change.total > b.change.total || (a.change.total === b.change.total && a.otherMenteeId < b.otherMenteeId)).toBe(true);
    }
    // The optimal solver already has the best total: no exchange improves it.
    expect(findSwaps(s, chosen.menteeId, input, { improvingOnly: true })).toEqual([]);
    expect(findSwaps(s, chosen.menteeId, input, { limit: 1 })).toEqual(swaps.slice(0, 1));
  });

  it('never offers an exchange that a blocking rule or an exclusion forbids', () => {
    const plain = fullCohort();
    const s = suggestPairs(plain);
    const chosen = s.pairs[0]!;
    const [first] = findSwaps(s, chosen.menteeId, plain);
    expect(first).toBeDefined();
    // Excluding the mentor the chosen mentee would get removes that exchange, and only that one.
    const excluded = { ...plain, exclusions: [{ menteeId: chosen.menteeId, mentorId: first!.mentorId }] };
    const left = findSwaps(s, chosen.menteeId, excluded);
    expect(left.some((w) => w.mentorId === first!.mentorId)).toBe(false);
    for (const swap of findSwaps(s, chosen.menteeId, plain)) {
      const mentee = byId(plain.mentees as Mentee[], swap.otherMenteeId);
      const mentor = byId(plain.mentors as Mentor[], swap.otherMentorId);
      expect(scorePair(mentor, mentee, { programme: etwinning }).eligible).toBe(true);
    }
    // A mentee whose own preferences exclude two of the mentors can only keep the third.
    const picky: Mentee = { ...byId(mentees, 'e-ee-02') };
    picky.preferences = { ...picky.preferences, excludedMentorIds: ['m-ee-01', 'm-ee-04'] };
    const strict = { ...plain, mentees: [byId(mentees, 'e-ee-01'), picky, byId(mentees, 'e-ee-04')] };
    const t = suggestPairs(strict);
    expect(t.pairs.find((p) => p.menteeId === picky.id)?.mentorId).toBe('m-ee-03');
    expect(findSwaps(t, picky.id, strict)).toEqual([]);
    for (const p of t.pairs) expect(findSwaps(t, p.menteeId, strict).some((w) => w.otherMenteeId === picky.id)).toBe(false);
    expect(findSwaps(t, 'e-ee-01', strict).length).toBeGreaterThan(0);
  });

  it('gives nothing for a pinned, unmatched or unknown mentee', () => {
    const input = fullCohort({ pins: [{ menteeId: 'e-ee-01', mentorId: 'm-ee-01' }] });
    const s = suggestPairs(input);
    expect(findSwaps(s, 'e-ee-01', input)).toEqual([]);
    expect(findSwaps(s, 'nobody', input)).toEqual([]);
    for (const p of s.pairs) expect(findSwaps(s, p.menteeId, input).some((w) => w.otherMenteeId === 'e-ee-01')).toBe(false);
  });

  it("appears in the suggestion's alternatives when every place is taken, with findSwaps' figures", () => {
    const input = fullCohort();
    const s = suggestPairs(input, { alternatives: 5 });
    expect(s.stats.load['m-ee-01']?.remaining).toBe(0);
    let offered = 0;
    for (const pair of s.pairs) {
      const alternatives = s.alternatives[pair.menteeId] ?? [];
      const swaps = findSwaps(s, pair.menteeId, input);
      expect(alternatives.map((a) => a.mentorId).sort()).toEqual(swaps.map((w) => w.mentorId).sort());
      for (const alternative of alternatives) {
        const swap = swaps.find((w) => w.mentorId === alternative.mentorId)!;
        expect(alternative.swap?.menteeId).toBe(swap.otherMenteeId);
        expect(alternative.score).toBeCloseTo(swap.after.score, 9);
        expect(alternative.swap?.score).toBeCloseTo(swap.after.otherScore, 9);
        expect(alternative.swap?.change).toBeCloseTo(swap.change.otherScore, 9);
        expect(alternative.swap?.totalChange).toBeCloseTo(swap.change.total, 9);
        offered++;
      }
    }
    expect(offered).toBeGreaterThan(0);
  });
});
