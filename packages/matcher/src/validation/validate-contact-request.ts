import type { ContactRequest } from '../model/contact-request.js';
import type { ValidationResult } from '../model/validation-error.js';
import { validateContactRequestRecord } from './generated/validate-contact-request-record.js';
import { messageIssues } from './record-checks.js';
import type { CompiledValidator, RecordSpec } from './record-spec.js';
import { validateSingle } from './validate-single.js';

const CONTACT_REQUEST: RecordSpec = Object.freeze({
  label: 'contact request',
  compiled: validateContactRequestRecord as unknown as CompiledValidator,
  checks: [messageIssues],
});

/** Validates what a widget sends to a site's endpoint (a non-empty `hp` honeypot fails with code max-length). */
export function validateContactRequest(input: unknown): ValidationResult<ContactRequest> {
  return validateSingle<ContactRequest>(CONTACT_REQUEST, input);
}
