/** @typedef {import('./registration-store.js').FieldError} FieldError */

/**
 * The body of a refused registration or profile save: a code for the status (422 the programme's
 * rules, 409 a changed notice, else invalid), the first error as `field` and `message`, and all errors.
 * @param {{ status: number, errors: FieldError[], noticeVersion?: string }} result
 * @param {string} fallback the message when no error says more
 */
export function refusalBody(result, fallback) {
  const first = result.errors[0];
  const code = result.status === 422 ? 'programme-rules' : result.status === 409 ? 'notice-changed' : 'invalid-registration';
  const notice = result.noticeVersion !== undefined ? { noticeVersion: result.noticeVersion } : {};
  return { code, field: first?.field, message: first ? `${first.field}: ${first.message}` : fallback, ...notice, errors: result.errors };
}
