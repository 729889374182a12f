import type { GoalsState } from './mentee-context.js';

/** Fit labels, best first; `unknown` when the goals are not known, `ineligible` when the pair is ruled out. */
export const FIT_LABELS = ['very-good', 'good', 'fair', 'poor', 'unknown', 'ineligible'] as const;
/** What a score means in words. */
export type FitLabel = (typeof FIT_LABELS)[number];

/**
 * Lowest score of each label (inclusive); below `fair` is `poor`. Set on the sample cohort: a
 * mentor who covers every goal has a median score of 0.75 (`very-good` from there), one who covers
 * some a median of 0.51 and at most 0.85, one who covers none at most 0.57. See src/scoring/README.md.
 */
export const FIT_THRESHOLDS = Object.freeze({ veryGood: 0.75, good: 0.6, fair: 0.45 });

/** What fitLabel reads from a scorePair result besides the score. */
export interface FitInput {
  eligible: boolean;
  goals: GoalsState;
  /** The goals component; 0 (the mentor covers none of the goals) caps the label at `fair`. */
  components?: { topics: number };
}

/**
 * The label of a score: `ineligible` when the pair is not allowed, `unknown` when the mentee's
 * goals are not known (the score then cannot say how well the mentor fits what the mentee wants),
 * otherwise by FIT_THRESHOLDS, and never above `fair` for a mentor who covers none of the goals.
 */
export function fitLabel(score: number, result: FitInput): FitLabel {
  if (!result.eligible) return 'ineligible';
  if (result.goals !== 'understood') return 'unknown';
  if (!(score >= FIT_THRESHOLDS.fair)) return 'poor';
  if (result.components?.topics === 0) return 'fair';
  if (score >= FIT_THRESHOLDS.veryGood) return 'very-good';
  return score >= FIT_THRESHOLDS.good ? 'good' : 'fair';
}
