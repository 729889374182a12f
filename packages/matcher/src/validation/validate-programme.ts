import type { Programme } from '../model/programme.js';
import type { ValidationResult } from '../model/validation-error.js';
import { validateProgrammeRecord } from './generated/validate-programme-record.js';
import { programmeDateIssues } from './record-checks.js';
import type { CompiledValidator, RecordSpec } from './record-spec.js';
import { validateSingle } from './validate-single.js';

const PROGRAMME: RecordSpec = Object.freeze({ label: 'programme', compiled: validateProgrammeRecord as unknown as CompiledValidator, checks: [programmeDateIssues] });

/** Validates a programme definition. */
export function validateProgramme(input: unknown): ValidationResult<Programme> {
  return validateSingle<Programme>(PROGRAMME, input);
}
