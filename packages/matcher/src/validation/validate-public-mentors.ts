import type { PublicMentor } from '../model/mentor.js';
import type { ListValidationResult } from '../model/validation-error.js';
import { validatePublicMentorRecord } from './generated/validate-public-mentor-record.js';
import { availabilityIssues, languageIssues, nameIssues } from './record-checks.js';
import type { CompiledValidator, RecordSpec } from './record-spec.js';
import { validateList, type ValidateListOptions } from './validate-list.js';

const PUBLIC_MENTOR: RecordSpec = Object.freeze({
  label: 'mentor',
  compiled: validatePublicMentorRecord as unknown as CompiledValidator,
  checks: [languageIssues, availabilityIssues, nameIssues],
});

/** Validates public mentor views, e.g. a site's published JSON; `private` or e-mail fields are rejected. */
export function validatePublicMentors(input: unknown, options?: ValidateListOptions): ListValidationResult<PublicMentor> {
  return validateList<PublicMentor>(PUBLIC_MENTOR, input, options);
}
