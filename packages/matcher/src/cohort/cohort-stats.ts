import type { CohortStats, MentorLoad, SuggestedPair } from './suggestion.js';

export interface StatsInput {
  pairs: readonly SuggestedPair[];
  total: number;
  alreadyPaired: number;
  mentorIds: readonly string[];
  free: ArrayLike<number>;
  existing: ArrayLike<number>;
  pinned: ArrayLike<number>;
  suggested: ArrayLike<number>;
  /** Whether each mentor takes new mentees at all. */
  open: ArrayLike<boolean>;
}

/** Summary figures of a suggestion and the load each mentor ends up with. */
export function cohortStats(input: StatsInput): CohortStats {
  const { pairs, mentorIds } = input;
  const scores = pairs.map((p) => p.score);
  const totalScore = scores.reduce((sum, s) => sum + s, 0);
  const load: Record<string, MentorLoad> = {};
  mentorIds.forEach((id, j) => {
    const free = input.free[j] ?? 0;
    const existing = input.existing[j] ?? 0;
    const pinned = input.pinned[j] ?? 0;
    const suggested = input.suggested[j] ?? 0;
    const left = free - existing - pinned - suggested;
    load[id] = { free, existing, pinned, suggested, remaining: input.open[j] ? left : Math.min(0, left) };
  });
  return {
    total: input.total,
    matched: pairs.length,
    unmatched: input.total - pairs.length,
    pinned: pairs.filter((p) => p.pinned).length,
    alreadyPaired: input.alreadyPaired,
    totalScore,
    meanScore: scores.length > 0 ? totalScore / scores.length : null,
    minScore: lowest(scores),
    load,
  };
}

/** A loop rather than Math.min(...scores), which overflows the call stack on a large cohort. */
function lowest(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let min = Infinity;
  for (const score of scores) if (score < min) min = score;
  return min;
}
