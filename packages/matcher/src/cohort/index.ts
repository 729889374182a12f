export { suggestPairs, DEFAULT_SUGGEST_OPTIONS } from './suggest-pairs.js';
export { greedyAssign, type CohortAssignment } from './greedy-assign.js';
export { explainUnmatched, UNMATCHED_CODES, BLOCKED_PARAM_PREFIX, type MentorVerdict } from './explain-unmatched.js';
export { EXCLUDED_BY_COORDINATOR } from './score-cohort.js';
export * from './suggestion.js';
export { findSwaps, DEFAULT_FIND_SWAPS_OPTIONS, type Swap, type FindSwapsOptions } from './find-swaps.js';
export { findDuplicateMentees, groupDuplicateMentees } from './find-duplicate-mentees.js';
export { chooseDuplicateMentees, DUPLICATE_KEEP, DEFAULT_DUPLICATE_OPTIONS, type DuplicateKeep, type DuplicateMenteeOptions } from './choose-duplicate-mentees.js';
