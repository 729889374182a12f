import { SCORE_COMPONENTS, type ScoreComponent, type ScoreWeights } from './default-weights.js';
import { MAX_LANGUAGE_RANK } from './language-level.js';

/**
 * The formulas of the soft components. scorePair and the ranking kernel both call these with the
 * same integers and sums, so the two paths give the same score to the bit.
 */

/** Value of a component the mentee said nothing about. */
export const NEUTRAL = 0.5;

/** One hour a week of shared time counts as a full weekly fit. */
export const WEEKLY_MINUTES_FOR_FULL_FIT = 60;

/**
 * Goals component: matched weight / total weight of the mentee's topics. With no topic (no goal
 * understood, none ticked) the goals are unknown and count as covered by nobody: 0, so a vague
 * mentee never scores above one whose goals a mentor partly covers. The fit label says "unknown".
 */
export function topicsValue(matched: number, total: number): number {
  return total > 0 ? matched / total : 0;
}

/** Share of what the mentee asked for that the mentor offers; NEUTRAL when the mentee asked nothing. */
export function coverageValue(matched: number, total: number): number {
  return total > 0 ? matched / total : NEUTRAL;
}

/** The best shared language by the lower of the two levels, as a share of native. */
export function languageValue(bestLowerRank: number): number {
  return bestLowerRank / MAX_LANGUAGE_RANK;
}

/** `menteeCountry` empty means the mentee did not say. */
export function countryValue(menteeCountry: string | undefined, mentorCountry: string | undefined): number {
  if (!menteeCountry) return NEUTRAL;
  return menteeCountry === mentorCountry ? 1 : 0;
}

export function modesValue(sharedCount: number, menteeCount: number): number {
  return menteeCount > 0 ? sharedCount / menteeCount : 1;
}

/**
 * Share of the mentee's date window that the mentor's window covers (days, NaN = open end).
 * 1 when the mentee gave no complete window; 0 when the windows are disjoint.
 */
export function dateFit(menteeFrom: number, menteeTo: number, mentorFrom: number, mentorTo: number): number {
  const lo = maxDefined(menteeFrom, mentorFrom);
  const hi = minDefined(menteeTo, mentorTo);
  if (lo === lo && hi === hi && lo > hi) return 0;
  if (menteeFrom !== menteeFrom || menteeTo !== menteeTo || menteeTo < menteeFrom) return 1;
  return (hi - lo + 1) / (menteeTo - menteeFrom + 1);
}

/** Weekly slots count when both sides' can be put on one clock (see weeklyOverlap); otherwise dates alone decide. */
export function availabilityValue(dates: number, weeklyComparable: boolean, overlapMinutes: number): number {
  if (!weeklyComparable) return dates;
  return (dates + Math.min(1, overlapMinutes / WEEKLY_MINUTES_FOR_FULL_FIT)) / 2;
}

export function freePlacesValue(free: number, max: number): number {
  return max > 0 ? Math.min(1, Math.max(0, free) / max) : 0;
}

/** Weighted mean in component order; 0 when all weights are 0. */
export function combineComponents(values: Readonly<Record<ScoreComponent, number>>, weights: Readonly<ScoreWeights>, total: number): number {
  return combineOrdered(
    SCORE_COMPONENTS.map((name) => weights[name]),
    SCORE_COMPONENTS.map((name) => values[name]),
    total,
  );
}

/** The same mean over weights and values given as arrays in SCORE_COMPONENTS order. */
export function combineOrdered(weights: ArrayLike<number>, values: ArrayLike<number>, total: number): number {
  let sum = 0;
  for (let k = 0; k < weights.length; k++) sum += (weights[k] as number) * (values[k] as number);
  return weightedMean(sum, total);
}

/** The weighted sum (added in component order) over the total weight, clamped to 0..1; 0 when the total is not positive. */
export function weightedMean(sum: number, total: number): number {
  return total > 0 ? Math.min(1, Math.max(0, sum / total)) : 0;
}

function maxDefined(a: number, b: number): number {
  if (a !== a) return b;
  if (b !== b) return a;
  return a > b ? a : b;
}

function minDefined(a: number, b: number): number {
  if (a !== a) return b;
  if (b !== b) return a;
  return a < b ? a : b;
}
