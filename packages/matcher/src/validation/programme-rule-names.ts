import type { RuleName } from '../model/programme.js';

/** Every programme rule type, in schema order. */
export const PROGRAMME_RULE_NAMES = [
  'minYearsOfExperience',
  'certificateAnyOf',
  'mentorTrainingCompleted',
  'membershipPaidOn',
  'goalsSet',
  'participationFeePaid',
  'minEtwinningProjects',
  'minNationalQualityLabels',
] as const satisfies readonly RuleName[];
