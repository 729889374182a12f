// @ts-check
import { validateMentors } from '@mentor-finder/matcher';
import { pickLanguage } from '../mail/catalogues/index.js';
import { checkProgrammeRules } from './check-programme-rules.js';
import { noticeRefusal } from './notice-version.js';
import { addMonths, auditByMentor, getRegistration, readRegistration } from './registration-store.js';

/**
 * @typedef {import('./registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {import('./registration-store.js').RegistrationRow} RegistrationRow
 * @typedef {import('./registration-store.js').FieldError} FieldError
 * @typedef {import('../links/answer-links.js').AnswerLink} AnswerLink
 */

/** Kept by the coordinators; neither shown to the mentor nor taken from what they send. */
const COORDINATOR_FIELDS = Object.freeze(['coordinatorNotes', 'conflictsWith']);

/**
 * The registration a verified update link may act on: an approved mentor (paused or not).
 * @param {RegistrationContext} ctx
 * @param {AnswerLink} link
 * @returns {{ ok: true, row: RegistrationRow } | { ok: false, code: 'invalid' | 'used', row?: RegistrationRow }}
 */
export function checkProfileLink(ctx, link) {
  const row = getRegistration(ctx.db, link.requestId);
  if (!row || row.kind !== 'mentor') return { ok: false, code: 'invalid' };
  if (row.status !== 'approved') return { ok: false, code: 'used', row };
  return { ok: true, row };
}

/**
 * What the profile form is filled from: the stored record without its address (shown apart,
 * not editable) and without the coordinators' own fields.
 * @param {RegistrationRow} row
 */
export function profileView(row) {
  const record = JSON.parse(row.record);
  const { email: _email, ...personal } = record.private ?? {};
  for (const field of COORDINATOR_FIELDS) delete personal[field];
  return {
    id: row.id,
    kind: row.kind,
    programmeId: row.programme_id,
    lang: row.lang,
    email: row.email,
    paused: row.paused_at !== null,
    updatedAt: new Date(row.updated_at).toISOString(),
    reconfirmDueAt: row.reconfirm_due_at === null ? null : new Date(row.reconfirm_due_at).toISOString(),
    record: { ...record, private: personal },
  };
}

/**
 * Saves what the mentor sent from the profile page, checked like a registration (the matcher's
 * schemas, then the programme's rules). The address, programme, id, status, live mentee count,
 * creation time and coordinators' fields stay as stored. Saving confirms the profile: the next
 * reconfirmation is due `profileReconfirmMonths` from now. With `privacyVersion` configured, the
 * consent must name that version (409 otherwise, with the version to offer). The change goes to the
 * audit log (which fields, not their values) and the public directory is recomputed at once.
 * @param {RegistrationContext} ctx
 * @param {RegistrationRow} row
 * @param {unknown} body what `<mentor-registration>` sends
 * @returns {{ ok: true, row: RegistrationRow, changed: string[] } | { ok: false, status: 400 | 422, errors: FieldError[] } | { ok: false, status: 409, noticeVersion: string, errors: FieldError[] } | { ok: false, status: 410, code: 'used' }}
 */
export function saveProfile(ctx, row, body) {
  const read = readRegistration(body, { kind: 'mentor' });
  if (!read.ok) return { ok: false, status: 400, errors: [read.error] };
  if (read.kind !== 'mentor') return { ok: false, status: 400, errors: [{ code: 'enum', field: 'kind', path: '/kind', message: 'This link updates a mentor profile: kind must be "mentor".' }] };
  const incoming = read.record;
  const stored = JSON.parse(row.record);
  const sentPrivate = isObject(incoming.private) ? incoming.private : {};
  const sentEmail = sentPrivate.email;
  if (sentEmail !== undefined && (typeof sentEmail !== 'string' || sentEmail.trim().toLowerCase() !== row.email.toLowerCase())) {
    return { ok: false, status: 400, errors: [{ code: 'email-fixed', field: 'email', path: '/private/email', message: 'The e-mail address cannot be changed through this link; write to the coordinators.' }] };
  }
  if (incoming.programmeId !== undefined && incoming.programmeId !== row.programme_id) {
    return { ok: false, status: 400, errors: [{ code: 'programme-fixed', field: 'programmeId', path: '/programmeId', message: 'A profile stays in its programme; register again for another one.' }] };
  }
  const now = ctx.clock.now();
  const kept = Object.fromEntries(COORDINATOR_FIELDS.filter((f) => stored.private && f in stored.private).map((f) => [f, stored.private[f]]));
  const candidate = {
    ...incoming,
    id: row.id,
    programmeId: row.programme_id,
    status: stored.status,
    capacity: isObject(incoming.capacity) ? { ...incoming.capacity, currentMentees: stored.capacity?.currentMentees ?? 0 } : incoming.capacity,
    private: {
      ...Object.fromEntries(Object.entries(sentPrivate).filter(([key]) => !COORDINATOR_FIELDS.includes(key))),
      ...kept,
      email: row.email,
      createdAt: stored.private?.createdAt ?? new Date(row.created_at).toISOString(),
      updatedAt: new Date(now).toISOString(),
    },
  };
  const result = validateMentors([candidate]);
  if (result.errors.length > 0 || result.valid.length !== 1) {
    return { ok: false, status: 400, errors: result.errors.map((e) => ({ code: e.code, field: e.field, path: e.path.replace(/^\/0/, '') || '/', message: e.message, ...(e.params ? { params: e.params } : {}) })) };
  }
  const mentor = /** @type {import('@mentor-finder/matcher').Mentor} */ (result.valid[0]);
  const lang = pickLanguage([read.lang, row.lang]);
  const stale = noticeRefusal(ctx.config.privacyVersion, mentor.private.consent.noticeVersion, 'privacy');
  if (stale) return stale;
  const programme = ctx.directory.findProgramme(row.programme_id);
  if (programme) {
    const ineligible = checkProgrammeRules('mentor', mentor, programme, lang);
    if (ineligible.length > 0) return { ok: false, status: 422, errors: ineligible };
  }
  const changed = changedFields(stored, mentor);
  const months = programme?.retention?.profileReconfirmMonths;
  const outcome = ctx.db.transaction(() => {
    const current = getRegistration(ctx.db, row.id);
    if (!current || current.status !== 'approved') return /** @type {const} */ ({ ok: false, status: 410, code: 'used' });
    ctx.db
      .prepare('UPDATE registrations SET record = ?, lang = ?, reconfirmed_at = ?, reconfirm_due_at = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(mentor), lang, now, typeof months === 'number' ? addMonths(now, months) : current.reconfirm_due_at, now, row.id);
    // Taking requests or not is the mentor's choice; a paused profile stays closed until resumed.
    if (current.paused_at === null && Boolean(stored.capacity?.acceptingRequests) !== mentor.capacity.acceptingRequests) {
      // Turning requests on also ends a pause made from a request mail.
      const accepting = mentor.capacity.acceptingRequests;
      ctx.db.prepare(`UPDATE mentor_state SET accepting_requests = ?${accepting ? ', paused_at = NULL' : ''} WHERE mentor_id = ?`).run(accepting ? 1 : 0, row.id);
    }
    auditByMentor(ctx.db, { action: 'profile-updated', target: row.id, detail: { changed }, now });
    return /** @type {const} */ ({ ok: true });
  }).immediate();
  if (!outcome.ok) return outcome;
  ctx.directory.invalidate();
  return { ok: true, row: /** @type {RegistrationRow} */ (getRegistration(ctx.db, row.id)), changed };
}

/**
 * Brings a paused profile back into the directory, taking requests again if the profile says so.
 * Resuming a profile that is not paused changes nothing.
 * @param {RegistrationContext} ctx
 * @param {RegistrationRow} row
 * @returns {{ ok: true, row: RegistrationRow } | { ok: false, code: 'used' }}
 */
export function resumeProfile(ctx, row) {
  const now = ctx.clock.now();
  const outcome = ctx.db.transaction(() => {
    const current = getRegistration(ctx.db, row.id);
    if (!current || current.status !== 'approved') return /** @type {const} */ ({ ok: false, code: 'used' });
    if (current.paused_at === null) return /** @type {const} */ ({ ok: true, changed: false });
    const accepting = JSON.parse(current.record).capacity?.acceptingRequests ? 1 : 0;
    ctx.db.prepare('UPDATE registrations SET paused_at = NULL, updated_at = ? WHERE id = ?').run(now, row.id);
    ctx.db.prepare('UPDATE mentor_state SET accepting_requests = ?, paused_at = NULL WHERE mentor_id = ?').run(accepting, row.id);
    auditByMentor(ctx.db, { action: 'profile-resumed', target: row.id, now });
    return /** @type {const} */ ({ ok: true, changed: true });
  }).immediate();
  if (!outcome.ok) return outcome;
  if (outcome.changed) ctx.directory.invalidate();
  return { ok: true, row: /** @type {RegistrationRow} */ (getRegistration(ctx.db, row.id)) };
}

/**
 * Top-level fields (and `private.*` fields) that differ, for the audit log. Times that every
 * save renews (`updatedAt`, the consent's `givenAt`) do not count as changes.
 * @param {Record<string, any>} before
 * @param {Record<string, any>} after
 */
export function changedFields(before, after) {
  const differs = (/** @type {unknown} */ a, /** @type {unknown} */ b) => JSON.stringify(a) !== JSON.stringify(b);
  const changed = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (key === 'private') continue;
    if (differs(before[key], after[key])) changed.push(key);
  }
  const p = before.private ?? {};
  const q = after.private ?? {};
  for (const key of [...new Set([...Object.keys(p), ...Object.keys(q)])].sort()) {
    if (key === 'updatedAt') continue;
    const [a, b] = key === 'consent' ? [{ ...p[key], givenAt: undefined }, { ...q[key], givenAt: undefined }] : [p[key], q[key]];
    if (differs(a, b)) changed.push(`private.${key}`);
  }
  return changed;
}

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
