import type { Pair, SuggestedPair } from '@mentor-finder/matcher';

/** Suggested pairs as Pair records (state `proposed`); a pinned pair's warnings come before its reasons. */
export function pairsToRecords(pairs: readonly SuggestedPair[]): Pair[] {
  return pairs.map((pair) => ({
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    score: pair.score,
    reasons: [...(pair.warnings ?? []), ...pair.reasons].map((r) => (r.params ? { code: r.code, effect: r.effect, params: r.params } : { code: r.code, effect: r.effect })),
    pinned: pair.pinned,
    forbidden: false,
    state: 'proposed',
  }));
}
