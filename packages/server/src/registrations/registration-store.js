// @ts-check
import { randomBytes } from 'node:crypto';
import { validateMentees, validateMentors } from '@mentor-finder/matcher';
import { consumeLink, isLinkUsed, signLink } from '../links/answer-links.js';
import { pickLanguage } from '../mail/catalogues/index.js';
import { greetingName } from '../mail/compose-mails.js';
import { enqueueMail } from '../mail/outbox.js';
import { checkProgrammeRules } from './check-programme-rules.js';
import { noticeRefusal } from './notice-version.js';
import { composeRegistrationMail } from './registration-mails.js';

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Mentee} Mentee
 * @typedef {'mentor' | 'mentee'} RegistrationKind
 * @typedef {'awaiting-email' | 'pending' | 'approved' | 'rejected'} RegistrationStatus
 * @typedef {{ id: string, kind: RegistrationKind, programme_id: string, email: string, lang: string, record: string, status: RegistrationStatus,
 *   duplicate_of: string | null, email_confirmed_at: number | null, reason: string | null, decided_by: number | null, decided_at: number | null,
 *   paused_at: number | null, reconfirm_due_at: number | null, reconfirmed_at: number | null, created_at: number, updated_at: number }} RegistrationRow
 * @typedef {object} RegistrationContext
 * @property {import('better-sqlite3').Database} db
 * @property {Readonly<import('../config/load-config.js').Config>} config
 * @property {{ now(): number }} clock
 * @property {{ findProgramme(id: string): import('@mentor-finder/matcher').Programme | undefined, findMentor(id: string): Mentor | undefined, listMentors(): readonly Mentor[], invalidate(): void }} directory
 * @typedef {{ code: string, field: string, path: string, message: string, params?: Record<string, unknown> }} FieldError
 */

/** How long the link to confirm an address works. */
export const CONFIRM_LINK_DAYS = 7;
/** How long a link to pause a profile works. */
export const PROFILE_LINK_DAYS = 60;
const DAY = 86_400_000;

/**
 * Reads what the registration form sends: a bare mentor or mentee record, or
 * `{ kind, record, lang }`. The kind comes from `kind` (body or query) or the record's shape; the
 * language from `lang` (body, then query), else the form's `consent.lang` or `client.locale`.
 * @param {unknown} body
 * @param {{ kind?: unknown, lang?: unknown }} query
 * @returns {{ ok: true, kind: RegistrationKind, record: Record<string, unknown>, lang: string | undefined } | { ok: false, error: FieldError }}
 */
export function readRegistration(body, query = {}) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: { code: 'type', field: 'record', path: '', message: 'Send the mentor or mentee record as a JSON object.' } };
  }
  const wrapped = /** @type {Record<string, unknown>} */ (body);
  const record = typeof wrapped.record === 'object' && wrapped.record !== null && !Array.isArray(wrapped.record) ? /** @type {Record<string, unknown>} */ (wrapped.record) : wrapped;
  const given = (record === wrapped ? undefined : wrapped.kind) ?? query.kind;
  const kind = given === 'mentor' || given === 'mentee' ? given : given === undefined ? ('capacity' in record ? 'mentor' : 'goals' in record ? 'mentee' : undefined) : undefined;
  if (!kind) return { ok: false, error: { code: 'enum', field: 'kind', path: '/kind', message: 'kind must be "mentor" or "mentee".' } };
  // The form says which language it was filled in (consent.lang, client.locale): mails follow it.
  const form = record === wrapped ? {} : /** @type {{ consent?: { lang?: unknown }, client?: { locale?: unknown } }} */ (wrapped);
  const lang = [record === wrapped ? undefined : wrapped.lang, query.lang, form.consent?.lang, form.client?.locale].find((v) => typeof v === 'string');
  return { ok: true, kind, record, lang: /** @type {string | undefined} */ (lang) };
}

/**
 * Validates and stores a registration as pending (a mentor's as awaiting the e-mail
 * confirmation, with the mail queued in the same transaction). A registration with the same
 * e-mail in the same programme as an earlier one (or as a mentor in the mentor file) is stored
 * too, marked as its duplicate, for the coordinator to decide: a mentee's now, a mentor's when
 * the address is confirmed.
 * @param {RegistrationContext} ctx
 * @param {{ kind: RegistrationKind, record: Record<string, unknown>, lang: string | undefined }} input
 * @param {() => { retryAfterSeconds: number } | undefined} [admit] asked once the registration is valid (the rate limit):
 *   a refusal stores nothing
 * @returns {{ ok: true, id: string, status: RegistrationStatus, duplicateOf: string | null } | { ok: false, status: 400 | 422, errors: FieldError[] }
 *   | { ok: false, status: 409, noticeVersion: string, errors: FieldError[] } | { ok: false, status: 429, retryAfterSeconds: number }}
 */
export function submitRegistration(ctx, { kind, record, lang }, admit = () => undefined) {
  const id = `r-${randomBytes(10).toString('hex')}`;
  const candidate = { ...record, id };
  const result = kind === 'mentor' ? validateMentors([candidate]) : validateMentees([candidate]);
  if (result.errors.length > 0 || result.valid.length !== 1) {
    return {
      ok: false,
      status: 400,
      errors: result.errors.map((e) => ({ code: e.code, field: e.field, path: e.path.replace(/^\/0/, '') || '/', message: e.message })),
    };
  }
  const valid = /** @type {Mentor | Mentee} */ (result.valid[0]);
  const programme = ctx.directory.findProgramme(valid.programmeId);
  if (!programme) {
    return { ok: false, status: 400, errors: [{ code: 'unknown-programme', field: 'programmeId', path: '/programmeId', message: `No programme "${valid.programmeId}" on this server.` }] };
  }
  const stale = noticeRefusal(ctx.config.privacyVersion, valid.private.consent.noticeVersion, kind === 'mentor' ? 'privacy' : 'matching');
  if (stale) return stale;
  const language = pickLanguage([lang, ...valid.languages.map((l) => l.code)]);
  const ineligible = checkProgrammeRules(kind, valid, programme, language);
  if (ineligible.length > 0) return { ok: false, status: 422, errors: ineligible };
  const refused = admit();
  if (refused) return { ok: false, status: 429, retryAfterSeconds: refused.retryAfterSeconds };
  const email = valid.private.email.trim();
  const now = ctx.clock.now();
  const status = kind === 'mentor' ? 'awaiting-email' : 'pending';
  const months = programme.retention?.profileReconfirmMonths;
  const db = ctx.db;
  db.transaction(() => {
    // A mentor's address is proven only by the confirmation, which looks for duplicates then.
    const duplicateOf = status === 'pending' ? findDuplicate(ctx, { programmeId: valid.programmeId, email, kind, except: id }) : null;
    db.prepare(
      `INSERT INTO registrations (id, kind, programme_id, email, lang, record, status, duplicate_of, reconfirm_due_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, kind, valid.programmeId, email, language, JSON.stringify(valid), status, duplicateOf, kind === 'mentor' && months ? addMonths(now, months) : null, now, now);
    if (kind === 'mentor') {
      const token = signLink(ctx.config.secret, { purpose: /** @type {any} */ ('confirm-email'), requestId: id, expiresAt: now + CONFIRM_LINK_DAYS * DAY });
      const mail = composeRegistrationMail('registration-confirm', {
        id,
        lang: language,
        ...addressee(valid, email),
        programme,
        url: linkUrl(ctx.config, 'confirm', token),
        days: CONFIRM_LINK_DAYS,
      });
      enqueueMail(db, mail, { now, publicBaseUrl: ctx.config.publicBaseUrl });
    }
  }).immediate();
  const row = /** @type {RegistrationRow} */ (getRegistration(db, id));
  return { ok: true, id, status, duplicateOf: row.duplicate_of };
}

/**
 * The earliest other registration with this address whose address is proven, else (for a mentor)
 * a mentor of the mentor file with it.
 * @param {RegistrationContext} ctx
 * @param {{ programmeId: string, email: string, kind: RegistrationKind, except: string }} input
 * @returns {string | null}
 */
function findDuplicate(ctx, { programmeId, email, kind, except }) {
  // An address not yet confirmed may have been typed by someone else: it marks no one as a duplicate.
  const earlier = /** @type {string | undefined} */ (
    ctx.db
      .prepare(`SELECT id FROM registrations WHERE programme_id = ? AND email = ? COLLATE NOCASE AND status NOT IN ('rejected', 'awaiting-email') AND id <> ? ORDER BY created_at, rowid LIMIT 1`)
      .pluck()
      .get(programmeId, email, except)
  );
  if (earlier) return earlier;
  if (kind !== 'mentor') return null;
  const lower = email.toLowerCase();
  const known = ctx.directory.listMentors().find((m) => m.programmeId === programmeId && m.private?.email?.toLowerCase() === lower && !m.id.startsWith('r-'));
  return known ? known.id : null;
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {string} id
 * @returns {RegistrationRow | undefined}
 */
export function getRegistration(db, id) {
  return /** @type {RegistrationRow | undefined} */ (db.prepare('SELECT * FROM registrations WHERE id = ?').get(id));
}

/**
 * What a confirm-email or pause-profile link would act on now, without acting.
 * @param {RegistrationContext} ctx
 * @param {import('../links/answer-links.js').AnswerLink} link
 * @returns {{ ok: true, row: RegistrationRow } | { ok: false, code: 'invalid' | 'used', row?: RegistrationRow }}
 */
export function checkRegistrationLink(ctx, link) {
  const row = getRegistration(ctx.db, link.requestId);
  // A confirmed registration of an address already approved is gone; its link was used, not forged.
  if (!row) return { ok: false, code: isLinkUsed(ctx.db, link) ? 'used' : 'invalid' };
  if (isLinkUsed(ctx.db, link)) return { ok: false, code: 'used', row };
  if (/** @type {string} */ (link.purpose) === 'confirm-email' && row.status !== 'awaiting-email') return { ok: false, code: 'used', row };
  if (/** @type {string} */ (link.purpose) === 'pause-profile' && (row.status !== 'approved' || row.paused_at !== null)) return { ok: false, code: 'used', row };
  return { ok: true, row };
}

/**
 * Acts on a verified link in one transaction with spending it.
 * @param {RegistrationContext} ctx
 * @param {import('../links/answer-links.js').AnswerLink} link
 * @returns {{ ok: true, row: RegistrationRow, registeredBefore?: string } | { ok: false, code: 'invalid' | 'used', row?: RegistrationRow }}
 *   `registeredBefore`: the approved registration a confirmed address already had (`row` is then gone)
 */
export function actOnRegistrationLink(ctx, link) {
  const now = ctx.clock.now();
  const outcome = ctx.db.transaction(() => {
    const check = checkRegistrationLink(ctx, link);
    if (!check.ok) return check;
    if (!consumeLink(ctx.db, link, now)) return { ok: /** @type {const} */ (false), code: /** @type {const} */ ('used'), row: check.row };
    if (/** @type {string} */ (link.purpose) === 'confirm-email') return confirmAddress(ctx, check.row, now);
    ctx.db.prepare('UPDATE registrations SET paused_at = ?, updated_at = ? WHERE id = ?').run(now, now, check.row.id);
    ctx.db.prepare('UPDATE mentor_state SET accepting_requests = 0, paused_at = ? WHERE mentor_id = ?').run(new Date(now).toISOString(), check.row.id);
    auditByMentor(ctx.db, { action: 'profile-paused', target: check.row.id, now });
    return { ok: /** @type {const} */ (true), row: /** @type {RegistrationRow} */ (getRegistration(ctx.db, check.row.id)) };
  }).immediate();
  if (outcome.ok && /** @type {string} */ (link.purpose) === 'pause-profile') ctx.directory.invalidate();
  return outcome;
}

/**
 * Confirms a mentor's address, in the caller's transaction. When the address is already that of
 * an approved mentor in the programme, a second registration would only wait for the coordinator
 * to reject it: the new one is dropped instead, and the address, now proven to be the sender's,
 * is sent a fresh link to the profile it has. Nothing of this happens before the confirmation, so
 * the registration form answers alike whether an address is known or not.
 * @param {RegistrationContext} ctx
 * @param {RegistrationRow} row awaiting the confirmation
 * @param {number} now
 * @returns {{ ok: true, row: RegistrationRow, registeredBefore?: string }}
 */
function confirmAddress(ctx, row, now) {
  const approved = findApprovedTwin(ctx.db, row);
  const programme = ctx.directory.findProgramme(row.programme_id);
  if (!approved || !programme) {
    const duplicateOf = findDuplicate(ctx, { programmeId: row.programme_id, email: row.email, kind: row.kind, except: row.id });
    ctx.db.prepare(`UPDATE registrations SET status = 'pending', email_confirmed_at = ?, duplicate_of = ?, updated_at = ? WHERE id = ?`).run(now, duplicateOf, now, row.id);
    return { ok: true, row: /** @type {RegistrationRow} */ (getRegistration(ctx.db, row.id)) };
  }
  dropRegistration(ctx.db, row.id, approved.id);
  const mail = composeRegistrationMail('registered-before', {
    id: row.id,
    lang: pickLanguage([row.lang]),
    ...addressee(JSON.parse(row.record), row.email),
    programme,
    updateUrl: updateLinkFor(ctx, approved.id),
    days: PROFILE_LINK_DAYS,
  });
  enqueueMail(ctx.db, mail, { now, publicBaseUrl: ctx.config.publicBaseUrl });
  auditByMentor(ctx.db, { action: 'registered-again', target: approved.id, now });
  return { ok: true, row, registeredBefore: approved.id };
}

/**
 * The approved registration of the same kind, programme, address (any case) and person as `row`.
 * A shared inbox (a school's office address) can hold several mentors: another name at the
 * address is the coordinator's to judge.
 * @param {import('better-sqlite3').Database} db
 * @param {RegistrationRow} row
 * @returns {RegistrationRow | undefined}
 */
function findApprovedTwin(db, row) {
  const rows = /** @type {RegistrationRow[]} */ (
    db
      .prepare(`SELECT * FROM registrations WHERE kind = ? AND programme_id = ? AND email = ? COLLATE NOCASE AND status = 'approved' AND id <> ? ORDER BY created_at, rowid`)
      .all(row.kind, row.programme_id, row.email, row.id)
  );
  const record = JSON.parse(row.record);
  return rows.find((approved) => sameName(JSON.parse(approved.record), record));
}

/**
 * Whether two records name the same person: given and family names alike, ignoring case and spacing.
 * @param {Mentor | Mentee} a
 * @param {Mentor | Mentee} b
 */
function sameName(a, b) {
  const name = (/** @type {Mentor | Mentee} */ r) => personName(r).normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
  return name(a) === name(b);
}

/**
 * Deletes a registration that never reached the coordinators. Registrations flagged as its
 * duplicates are the same address's, so they point at the approved one instead (which itself
 * then has no earlier registration).
 * @param {import('better-sqlite3').Database} db
 * @param {string} id
 * @param {string} approvedId
 */
function dropRegistration(db, id, approvedId) {
  db.prepare('DELETE FROM registrations WHERE id = ?').run(id);
  db.prepare('UPDATE registrations SET duplicate_of = CASE WHEN id = ? THEN NULL ELSE ? END WHERE duplicate_of = ?').run(approvedId, approvedId, id);
}

/**
 * Approved mentors that are not paused, as full records: the directory publishes them beside
 * the mentors of the mentor file. The form sends a mentor as `paused` (nothing is public before
 * the approval); the registration's own state decides, so these are active.
 * @param {import('better-sqlite3').Database} db
 * @returns {Mentor[]}
 */
export function listApprovedMentors(db) {
  const rows = /** @type {string[]} */ (db.prepare(`SELECT record FROM registrations WHERE kind = 'mentor' AND status = 'approved' AND paused_at IS NULL ORDER BY id`).pluck().all());
  return rows.map((json) => /** @type {Mentor} */ ({ ...JSON.parse(json), status: 'active' }));
}

/**
 * A link to one of the registration pages.
 * @param {Readonly<import('../config/load-config.js').Config>} config
 * @param {'confirm' | 'pause' | 'update'} page
 * @param {string} token
 */
export function linkUrl(config, page, token) {
  return new URL(`registrations/${page}?t=${encodeURIComponent(token)}`, config.publicBaseUrl).toString();
}

/**
 * A signed single-use link that pauses an approved mentor's profile.
 * @param {RegistrationContext} ctx
 * @param {string} id
 */
export function pauseLinkFor(ctx, id) {
  return profileLink(ctx, id, 'pause-profile', 'pause');
}

/**
 * A signed link to the mentor's own profile page. It is not spent by a save: within its
 * validity the mentor may come back to correct a typo, and resume a paused profile there.
 * @param {RegistrationContext} ctx
 * @param {string} id
 */
export function updateLinkFor(ctx, id) {
  return profileLink(ctx, id, 'update-profile', 'update');
}

/**
 * A mail to an approved mentor that carries fresh links to their profile: update, then pause.
 * @param {RegistrationContext} ctx
 * @param {'registration-approved' | 'profile-reconfirm' | 'profile-links'} kind
 * @param {RegistrationRow} row
 * @param {import('@mentor-finder/matcher').Programme} programme
 * @param {{ id: string, days?: number }} keys `id` keys the outbox row; `days`: how long the links work, for mails that say so
 */
export function profileLinksMail(ctx, kind, row, programme, { id, days }) {
  const record = JSON.parse(row.record);
  return composeRegistrationMail(kind, {
    id,
    lang: pickLanguage([row.lang]),
    ...addressee(record, row.email),
    programme,
    url: pauseLinkFor(ctx, row.id),
    updateUrl: updateLinkFor(ctx, row.id),
    published: isPublishedRecord(record),
    ...(days === undefined ? {} : { days }),
  });
}

/**
 * A signed link to one of an approved mentor's profile pages, valid PROFILE_LINK_DAYS.
 * @param {RegistrationContext} ctx
 * @param {string} id
 * @param {'pause-profile' | 'update-profile'} purpose
 * @param {'pause' | 'update'} page
 */
function profileLink(ctx, id, purpose, page) {
  const expiresAt = ctx.clock.now() + PROFILE_LINK_DAYS * DAY;
  return linkUrl(ctx.config, page, signLink(ctx.config.secret, { purpose: /** @type {any} */ (purpose), requestId: id, expiresAt }));
}

/**
 * A mentor who registered here sees the pause in their profile: its "send me contact requests"
 * box unticked, which they tick again to take requests (a profile update turns them back on).
 * The consent itself stays as given: it still lets open requests reach the mentor and be answered.
 * @param {import('better-sqlite3').Database} db
 * @param {string} mentorId
 * @param {number} now
 */
export function stopRequestsInProfile(db, mentorId, now) {
  const row = /** @type {{ record: string } | undefined} */ (db.prepare(`SELECT record FROM registrations WHERE id = ? AND kind = 'mentor' AND status = 'approved'`).get(mentorId));
  if (!row) return;
  const record = JSON.parse(row.record);
  record.capacity = { ...record.capacity, acceptingRequests: false };
  db.prepare('UPDATE registrations SET record = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(record), now, mentorId);
}

/**
 * Whether an approved mentor is shown in the public directory: only with their consent.
 * @param {{ private?: { consent?: { publishProfile?: unknown } } }} record
 */
export function isPublishedRecord(record) {
  return record.private?.consent?.publishProfile === true;
}

/** @param {Mentor | Mentee} record */
export function personName(record) {
  const given = [record.private?.givenName, record.private?.familyName].filter((p) => typeof p === 'string' && p.trim()).join(' ');
  return given || record.displayName;
}

/**
 * Whom a mail about a registration goes to, under their full name, and the name it greets them by.
 * @param {Mentor | Mentee} record
 * @param {string} address
 */
export function addressee(record, address) {
  return { to: { name: personName(record), address }, greeting: greetingName(record) };
}

/**
 * The same day of the month `months` later (UTC), clamped to the month's last day.
 * @param {number} time
 * @param {number} months
 */
export function addMonths(time, months) {
  const d = new Date(time);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.getTime();
}

/**
 * An entry in the coordinators' audit log for something the person did through a mailed link.
 * @param {import('better-sqlite3').Database} db
 * @param {{ action: string, target: string, detail?: unknown, now: number }} entry
 */
export function auditByMentor(db, { action, target, detail, now }) {
  db.prepare('INSERT INTO audit_log (coordinator_id, actor, action, target, detail, at) VALUES (NULL, ?, ?, ?, ?, ?)').run('mentor', action, target, detail === undefined ? null : JSON.stringify(detail), now);
}
