import type { PreparedMentors } from '../ranking/prepare-mentors.js';
import { INELIGIBLE, scorePrepared } from '../ranking/score-prepared.js';
import type { MenteeContext } from '../scoring/mentee-context.js';

/**
 * One mentee's row of the cohort matrix from the ranking kernel: the score scorePair gives each
 * eligible mentor, −Infinity for the others. `columnOf[i]` is the column of prepared mentor i
 * (−1: no column); columns no prepared mentor maps to are left as they are. `scratch` (one entry per
 * prepared mentor) is reused between rows when given.
 */
export function scorePreparedRow(prepared: PreparedMentors, ctx: MenteeContext, columnOf: Int32Array, out: Float64Array, offset: number, scratch?: Float64Array): void {
  const scores = scorePrepared(prepared, ctx, scratch);
  for (let i = 0; i < scores.length; i++) {
    const j = columnOf[i] as number;
    if (j < 0) continue;
    const s = scores[i] as number;
    out[offset + j] = s === INELIGIBLE ? Number.NEGATIVE_INFINITY : s;
  }
}
