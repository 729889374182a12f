/** Codes suggestPairs gives besides scorePair's: why a mentee stayed unmatched, pin warnings, input issues. */
export const COHORT_REASON_CODES = [
  'no-mentors',
  'mentee-ineligible',
  'no-shared-language-any',
  'all-excluded',
  'lost-to-others',
  'all-suitable-full',
  'no-eligible-mentor',
  'blocked-by',
  'excluded-by-coordinator',
  'pin-over-capacity',
  'outside-programme',
  'capacity-above-programme',
  'not-in-cohort',
  'duplicate-pin',
  'pin-already-paired',
  'invalid-pair-ref',
  'duplicate-mentee',
  'duplicate-mentor',
  'unknown-topic',
  'solver-failed',
] as const;

/** A code of a cohort run. */
export type CohortReasonCode = (typeof COHORT_REASON_CODES)[number];
