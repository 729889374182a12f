import type { PairRef, Suggestion } from '@mentor-finder/matcher';

/** Taking a full mentor: the pair that gives them up, the mentor it gets, and both score changes. */
export interface Exchange {
  other: PairRef;
  change: number;
  otherChange: number;
}

/** The 2-exchange behind alternative `mentorId` of `menteeId`, when that mentor has no place left. */
export function findExchange(suggestion: Suggestion | undefined, menteeId: string, mentorId: string): Exchange | undefined {
  const alt = suggestion?.alternatives[menteeId]?.find((a) => a.mentorId === mentorId);
  const own = suggestion?.pairs.find((p) => p.menteeId === menteeId);
  if (!alt?.swap || !own) return undefined;
  return { other: { menteeId: alt.swap.menteeId, mentorId: own.mentorId }, change: alt.score - own.score, otherChange: alt.swap.change };
}
