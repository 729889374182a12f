import type { Mentor } from '../model/mentor.js';
import type { ListValidationResult } from '../model/validation-error.js';
import { validateMentorRecord } from './generated/validate-mentor-record.js';
import { availabilityIssues, languageIssues, nameIssues } from './record-checks.js';
import type { CompiledValidator, RecordSpec } from './record-spec.js';
import { validateList, type ValidateListOptions } from './validate-list.js';

const MENTOR: RecordSpec = Object.freeze({ label: 'mentor', compiled: validateMentorRecord as unknown as CompiledValidator, checks: [languageIssues, availabilityIssues, nameIssues] });

/** Validates full mentor records (with `private`); one bad record never hides the good ones. */
export function validateMentors(input: unknown, options?: ValidateListOptions): ListValidationResult<Mentor> {
  return validateList<Mentor>(MENTOR, input, options);
}
