/** Codes of reasons that make a pair ineligible, in the order scorePair checks them. */
export const BLOCKING_REASON_CODES = [
  'mentor-not-active',
  'different-programme',
  'excluded-by-mentee',
  'conflict-of-interest',
  'no-shared-language',
  'different-country',
  'no-in-person',
  'no-meeting-mode',
  'availability-no-overlap',
  'mentor-full',
  'not-accepting-requests',
  'rule-min-years',
  'rule-certificate',
  'rule-training',
  'rule-membership',
  'rule-min-projects',
  'rule-min-quality-labels',
  'mentee-rule-goals',
  'mentee-rule-fee',
  'mentee-rule-membership',
] as const;

/** Codes of reasons that raise or lower a score (or say what could not be checked). */
export const SOFT_REASON_CODES = [
  'topic-match',
  'no-topic-match',
  'subject-match',
  'school-level-match',
  'shared-language',
  'weak-language-level',
  'same-country',
  'meeting-mode-match',
  'availability-overlap',
  'no-weekly-overlap',
  'availability-partial',
  'free-places',
  'preferred-mentor',
  'rule-unchecked',
] as const;

/** Every reason code scorePair can give, blocking ones first. */
export const REASON_CODES = [...BLOCKING_REASON_CODES, ...SOFT_REASON_CODES] as const;

/** A code that makes a pair ineligible. */
export type BlockingReasonCode = (typeof BLOCKING_REASON_CODES)[number];
/** A code that raises or lowers a score. */
export type SoftReasonCode = (typeof SOFT_REASON_CODES)[number];
/** Any reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];
