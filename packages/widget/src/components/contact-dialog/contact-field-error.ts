import type { ValidationError } from '@mentor-finder/matcher';
import type { ContactField, Translation } from '../../translations/translation.js';
import { serverFieldText } from './contact-refusal.js';

const FIELD_PATHS: Readonly<Record<string, ContactField>> = Object.freeze({
  '/sender/name': 'name',
  '/sender/email': 'email',
  '/sender/school': 'school',
  '/message/text': 'message',
  '/message': 'message',
  '/consent': 'consent',
  '/consent/privacyNoticeAccepted': 'consent',
});

/** The form field a validation error (the browser's or the server's) belongs to. */
export function fieldOf(error: ValidationError): ContactField | undefined {
  const path = error.code === 'required' && error.field ? `${error.path}/${error.field}`.replace('//', '/') : error.path;
  return FIELD_PATHS[path] ?? FIELD_PATHS[error.path];
}

/** The words of an error at its field: the page's own, the server's code worded, else the schema's code. */
export function describeError(error: ValidationError, field: ContactField, t: Translation, locale: string): string {
  const limit = Number(error.params?.limit);
  if (field === 'consent') return t.consentRequired;
  const fromServer = t.serverFieldError?.(error.code, field) ?? serverFieldText(error.code, field, locale);
  if (fromServer) return fromServer;
  switch (error.code) {
    case 'required':
    case 'blank':
    case 'invisible-only':
      return t.fieldRequired(field);
    case 'email':
      return t.emailInvalid;
    case 'min-length':
      return limit > 1 ? t.tooShort(limit) : t.fieldRequired(field);
    case 'max-length':
      return Number.isFinite(limit) ? t.tooLong(limit) : t.fieldInvalid;
    default:
      return field === 'email' ? t.emailInvalid : t.fieldInvalid;
  }
}
