import type { Mentee } from '../model/mentee.js';
import type { ListValidationResult } from '../model/validation-error.js';
import { validateMenteeRecord } from './generated/validate-mentee-record.js';
import { availabilityIssues, languageIssues, nameIssues } from './record-checks.js';
import type { CompiledValidator, RecordSpec } from './record-spec.js';
import { validateList, type ValidateListOptions } from './validate-list.js';

const MENTEE: RecordSpec = Object.freeze({ label: 'mentee', compiled: validateMenteeRecord as unknown as CompiledValidator, checks: [languageIssues, availabilityIssues, nameIssues] });

/** Validates mentee registrations; one bad record never hides the good ones. */
export function validateMentees(input: unknown, options?: ValidateListOptions): ListValidationResult<Mentee> {
  return validateList<Mentee>(MENTEE, input, options);
}
