/** @typedef {import('./registration-store.js').FieldError} FieldError */

/**
 * The refusal of a consent given to a privacy notice other than the one in force, or undefined when
 * the versions agree or none is configured. A page opened before the notice changed (or a site page
 * not yet updated) still sends the version it showed: that consent is to a notice no longer in force.
 * @param {string | undefined} current the configured `privacyVersion`
 * @param {string} accepted the version the consent names
 * @param {'privacy' | 'matching' | 'privacyNoticeAccepted'} field the consent that carries the notice: `privacy` for
 *   mentors, `matching` for mentees, `privacyNoticeAccepted` for a contact request
 * @returns {{ ok: false, status: 409, noticeVersion: string, errors: FieldError[] } | undefined}
 */
export function noticeRefusal(current, accepted, field) {
  if (current === undefined || accepted === current) return undefined;
  const message = `The privacy notice is now version ${current}; read it and accept it again.`;
  return { ok: false, status: 409, noticeVersion: current, errors: [{ code: 'consent', field, path: `/consent/${field}`, message, params: { noticeVersion: current } }] };
}

