// Typed views of the build-time generated validators (see scripts/build-validators.mjs).
import {
  validateContactRequestRecord,
  validateMenteeRecord,
  validateMentorRecord,
  validateProgrammeRecord,
  validatePublicMentorRecord,
} from './generated/validators.js';
import type { CompiledValidator } from './record-spec.js';

export const compiledMentor = validateMentorRecord as unknown as CompiledValidator;
export const compiledPublicMentor = validatePublicMentorRecord as unknown as CompiledValidator;
export const compiledMentee = validateMenteeRecord as unknown as CompiledValidator;
export const compiledContactRequest = validateContactRequestRecord as unknown as CompiledValidator;
export const compiledProgramme = validateProgrammeRecord as unknown as CompiledValidator;
