// @ts-check
import { formatReason, freePlaces, scorePair } from '@mentor-finder/matcher';
import { pickLanguage } from '../mail/catalogues/index.js';
import { bodyText, oneLine } from '../mail/mail-text.js';
import { enqueueMail } from '../mail/outbox.js';
import { composeRegistrationMail } from '../registrations/registration-mails.js';
import { addressee, getRegistration, personName, profileLinksMail } from '../registrations/registration-store.js';
import { audit } from './coordinator-accounts.js';
import { proposedPlaces } from './workspace-cohort.js';
import { workspaceText } from './workspace-messages.js';

/**
 * The coordinator's decisions, shared by the JSON API and the workspace pages' forms. Each runs
 * in one transaction and answers `{ status, body }`: 2xx with the changed record, or 4xx with
 * `{ code, message, field? }`.
 * @typedef {import('../registrations/registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {import('./coordinator-accounts.js').Coordinator} Coordinator
 * @typedef {{ id: number, programme_id: string, mentor_id: string, mentee_registration_id: string, status: 'proposed' | 'confirmed' | 'ended',
 *   created_by: number | null, created_at: number, confirmed_at: number | null, ended_at: number | null }} PairRow
 * @typedef {{ status: number, body: Record<string, unknown> & { code?: string, message?: string, field?: string } }} Outcome
 */

export const MAX_REASON_LENGTH = 2000;

/**
 * @param {RegistrationContext} ctx
 * @param {Coordinator} coordinator
 * @param {string} id
 * @returns {Outcome}
 */
export function approveRegistration(ctx, coordinator, id) {
  const { db, clock, directory } = ctx;
  const now = clock.now();
  /** @type {Outcome} */
  const outcome = db.transaction(() => {
    const row = getRegistration(db, id);
    if (!row) return { status: 404, body: { code: 'not-found', message: 'No such registration.' } };
    if (row.kind !== 'mentor') return { status: 409, body: { code: 'not-a-mentor', message: 'Only mentor registrations are approved for the directory; pair mentees instead.' } };
    if (row.status !== 'pending') return { status: 409, body: { code: `registration-${row.status}`, message: `The registration is ${row.status}, not pending.` } };
    db.prepare(`UPDATE registrations SET status = 'approved', decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?`).run(coordinator.id, now, now, id);
    const record = JSON.parse(row.record);
    db.prepare('INSERT INTO mentor_state (mentor_id, current_mentees, accepting_requests) VALUES (?, ?, ?) ON CONFLICT (mentor_id) DO NOTHING').run(
      id,
      Math.max(0, record.capacity?.currentMentees ?? 0),
      record.capacity?.acceptingRequests ? 1 : 0,
    );
    audit(db, { coordinator, action: 'registration-approved', target: id, now });
    const programme = directory.findProgramme(row.programme_id);
    if (programme) {
      mail(ctx, profileLinksMail(ctx, 'registration-approved', row, programme, { id }), now);
    }
    return { status: 200, body: { id, status: 'approved' } };
  }).immediate();
  if (outcome.status === 200) directory.invalidate();
  return outcome;
}

/**
 * @param {RegistrationContext} ctx
 * @param {Coordinator} coordinator
 * @param {string} id
 * @param {unknown} givenReason
 * @returns {Outcome}
 */
export function rejectRegistration(ctx, coordinator, id, givenReason) {
  const { db, clock, directory } = ctx;
  const reason = typeof givenReason === 'string' ? bodyText(givenReason, MAX_REASON_LENGTH).trim() : '';
  if (!reason) return { status: 400, body: { code: 'invalid-reason', field: 'reason', message: `Give the reason the person will read (up to ${MAX_REASON_LENGTH} characters).` } };
  const now = clock.now();
  return db.transaction(() => {
    const row = getRegistration(db, id);
    if (!row) return { status: 404, body: { code: 'not-found', message: 'No such registration.' } };
    if (row.status !== 'pending') return { status: 409, body: { code: `registration-${row.status}`, message: `The registration is ${row.status}, not pending.` } };
    db.prepare(`UPDATE registrations SET status = 'rejected', reason = ?, decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?`).run(reason, coordinator.id, now, now, id);
    audit(db, { coordinator, action: 'registration-rejected', target: id, detail: { reason }, now });
    const programme = directory.findProgramme(row.programme_id);
    if (programme) {
      mail(ctx, composeRegistrationMail('registration-rejected', { id, lang: pickLanguage([row.lang]), ...addressee(JSON.parse(row.record), row.email), programme, reason }), now);
    }
    return { status: 200, body: { id, status: 'rejected' } };
  }).immediate();
}

/**
 * Proposes a pair. One that the matcher would block, or that needs a place already promised to
 * another proposed pair, is refused (409 `pair-needs-acknowledgement`, with the reasons) unless
 * `acknowledge` is true: the coordinator decided it knowingly, and the audit log keeps the reasons.
 * A refusal gives the reason codes, and `details` with each reason's parameters and its words in `lang`.
 * @param {RegistrationContext} ctx
 * @param {Coordinator} coordinator
 * @param {{ mentorId: unknown, menteeId: unknown, acknowledge?: unknown }} input
 * @param {import('./workspace-messages.js').WorkspaceLanguage} [lang]
 * @returns {Outcome}
 */
export function proposePair(ctx, coordinator, input, lang = 'en') {
  const { db, clock, directory } = ctx;
  const mentorId = typeof input.mentorId === 'string' ? input.mentorId : '';
  const menteeId = typeof input.menteeId === 'string' ? input.menteeId : '';
  const mentor = mentorId ? directory.findMentor(mentorId) : undefined;
  if (!mentor) return { status: 400, body: { code: 'unknown-mentor', field: 'mentorId', message: 'No published or approved mentor with this id.' } };
  const mentee = menteeId ? getRegistration(db, menteeId) : undefined;
  if (!mentee || mentee.kind !== 'mentee' || mentee.status === 'rejected') return { status: 400, body: { code: 'unknown-mentee', field: 'menteeId', message: 'No mentee registration with this id that is pending or approved.' } };
  if (mentee.programme_id !== mentor.programmeId) return { status: 400, body: { code: 'other-programme', field: 'menteeId', message: 'The mentor and the mentee are in different programmes.' } };
  const now = clock.now();
  const programme = directory.findProgramme(mentee.programme_id);
  /** @type {Outcome | number} */
  const done = db.transaction(() => {
    const open = db.prepare(`SELECT id FROM pairs WHERE mentee_registration_id = ? AND status <> 'ended'`).pluck().get(menteeId);
    if (open !== undefined) return { status: 409, body: { code: 'mentee-already-paired', field: 'menteeId', message: 'This mentee already has a proposed or confirmed pair; end it first.' } };
    const obstacles = [...pairObstacles(db, mentor, JSON.parse(mentee.record), programme), ...twinObstacles(db, mentee)];
    const codes = obstacles.map((reason) => reason.code);
    if (obstacles.length > 0 && input.acknowledge !== true) {
      const message = `The pair does not meet the programme (${codes.join(', ')}); send acknowledge: true to propose it anyway.`;
      const details = obstacles.map((reason) => ({ ...reason, text: obstacleText(reason, lang) }));
      return { status: 409, body: { code: 'pair-needs-acknowledgement', field: 'mentorId', reasons: codes, details, message } };
    }
    const result = db.prepare('INSERT INTO pairs (programme_id, mentor_id, mentee_registration_id, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(mentee.programme_id, mentorId, menteeId, coordinator.id, now);
    audit(db, { coordinator, action: 'pair-proposed', target: `pair:${result.lastInsertRowid}`, detail: { mentorId, menteeId, ...(codes.length > 0 ? { acknowledged: codes } : {}) }, now });
    return Number(result.lastInsertRowid);
  }).immediate();
  if (typeof done !== 'number') return done;
  return { status: 201, body: pairView(/** @type {PairRow} */ (getPair(db, done))) };
}

/**
 * What stands against a pair: the matcher's blocking reasons (the programme's rules, a shared
 * language, a paused or full mentor, ...) and, for a mentor with places left, places already
 * promised to other proposed pairs.
 * @param {import('better-sqlite3').Database} db
 * @param {import('@mentor-finder/matcher').Mentor} mentor
 * @param {import('@mentor-finder/matcher').Mentee} mentee
 * @param {import('@mentor-finder/matcher').Programme | undefined} programme
 * @returns {Obstacle[]}
 */
function pairObstacles(db, mentor, mentee, programme) {
  const blocking = scorePair(mentor, mentee, programme ? { programme } : {})
    .reasons.filter((r) => r.effect === 'blocking')
    .map((r) => ({ code: r.code, ...(r.params ? { params: r.params } : {}) }));
  const promised = proposedPlaces(db, mentor.programmeId).get(mentor.id) ?? 0;
  // Places above the programme's most mentees per mentor are none, as scorePair counts them.
  const free = freePlaces(mentor, programme);
  return free > 0 && promised >= free ? [...blocking, { code: 'places-promised', params: { promised, free } }] : blocking;
}

/**
 * Another mentee registration of the programme with the same address already in a pair: most
 * likely the same person registered twice, though a shared inbox (a school's office) is possible.
 * @param {import('better-sqlite3').Database} db
 * @param {import('../registrations/registration-store.js').RegistrationRow} mentee
 * @returns {Obstacle[]}
 */
function twinObstacles(db, mentee) {
  const twin = db
    .prepare(
      `SELECT r.id FROM registrations r JOIN pairs p ON p.mentee_registration_id = r.id AND p.status <> 'ended'
       WHERE r.kind = 'mentee' AND r.programme_id = ? AND r.email = ? COLLATE NOCASE AND r.id <> ? LIMIT 1`,
    )
    .pluck()
    .get(mentee.programme_id, mentee.email, mentee.id);
  return twin === undefined ? [] : [{ code: 'email-already-paired' }];
}

/**
 * @typedef {{ code: string, params?: import('@mentor-finder/matcher').ReasonParams }} Obstacle
 */

/**
 * An obstacle in words: the matcher's reasons from its catalogue, the workspace's own from its.
 * @param {Obstacle} reason
 * @param {import('./workspace-messages.js').WorkspaceLanguage} lang
 */
function obstacleText(reason, lang) {
  if (reason.code === 'places-promised') return workspaceText(lang, 'reason.places-promised');
  if (reason.code === 'email-already-paired') return workspaceText(lang, 'reason.email-already-paired');
  return formatReason({ code: reason.code, effect: 'blocking', ...(reason.params ? { params: reason.params } : {}) }, lang);
}

/**
 * Confirms a proposed pair and mails both sides in their languages.
 * @param {RegistrationContext} ctx
 * @param {Coordinator} coordinator
 * @param {number} id
 * @returns {Outcome}
 */
export function confirmPair(ctx, coordinator, id) {
  const { db, clock, directory } = ctx;
  const now = clock.now();
  /** @type {Outcome} */
  const outcome = db.transaction(() => {
    const pair = getPair(db, id);
    if (!pair) return { status: 404, body: { code: 'not-found', message: 'No such pair.' } };
    if (pair.status !== 'proposed') return { status: 409, body: { code: `pair-${pair.status}`, message: `The pair is ${pair.status}; only a proposed pair can be confirmed.` } };
    const mentor = directory.findMentor(pair.mentor_id);
    const menteeRow = getRegistration(db, pair.mentee_registration_id);
    const programme = directory.findProgramme(pair.programme_id);
    if (!mentor || !menteeRow || !programme) return { status: 409, body: { code: 'pair-incomplete', message: 'The mentor, the mentee or the programme is no longer there.' } };
    db.prepare(`UPDATE pairs SET status = 'confirmed', confirmed_at = ? WHERE id = ?`).run(now, id);
    db.prepare(`UPDATE registrations SET status = 'approved', decided_by = coalesce(decided_by, ?), decided_at = coalesce(decided_at, ?), updated_at = ? WHERE id = ? AND status = 'pending'`).run(coordinator.id, now, now, menteeRow.id);
    db.prepare('UPDATE mentor_state SET current_mentees = current_mentees + 1 WHERE mentor_id = ?').run(pair.mentor_id);
    audit(db, { coordinator, action: 'pair-confirmed', target: `pair:${id}`, detail: { mentorId: pair.mentor_id, menteeId: menteeRow.id }, now });
    const mentee = JSON.parse(menteeRow.record);
    const mentorLang = pickLanguage([mentorRegistrationLang(db, pair.mentor_id), ...mentor.languages.map((l) => l.code)]);
    const mentorName = oneLine(personName(mentor), 120);
    mail(ctx, composeRegistrationMail('pair-confirmed-mentor', { id: `pair-${id}`, lang: mentorLang, ...addressee(mentor, mentor.private.email), programme, mentee: oneLine(personName(mentee), 120) }), now);
    mail(
      ctx,
      composeRegistrationMail('pair-confirmed-mentee', {
        id: `pair-${id}`,
        lang: pickLanguage([menteeRow.lang]),
        ...addressee(mentee, menteeRow.email),
        programme,
        mentor: { name: mentorName, email: mentor.private.email },
      }),
      now,
    );
    return { status: 200, body: pairView(/** @type {PairRow} */ (getPair(db, id))) };
  }).immediate();
  if (outcome.status === 200) directory.invalidate();
  return outcome;
}

/**
 * @param {RegistrationContext} ctx
 * @param {Coordinator} coordinator
 * @param {number} id
 * @returns {Outcome}
 */
export function endPair(ctx, coordinator, id) {
  const { db, clock, directory } = ctx;
  const now = clock.now();
  /** @type {Outcome} */
  const outcome = db.transaction(() => {
    const pair = getPair(db, id);
    if (!pair) return { status: 404, body: { code: 'not-found', message: 'No such pair.' } };
    if (pair.status === 'ended') return { status: 409, body: { code: 'pair-ended', message: 'The pair has already ended.' } };
    db.prepare(`UPDATE pairs SET status = 'ended', ended_at = ? WHERE id = ?`).run(now, id);
    if (pair.status === 'confirmed') db.prepare('UPDATE mentor_state SET current_mentees = max(0, current_mentees - 1) WHERE mentor_id = ?').run(pair.mentor_id);
    audit(db, { coordinator, action: 'pair-ended', target: `pair:${id}`, now });
    return { status: 200, body: pairView(/** @type {PairRow} */ (getPair(db, id))) };
  }).immediate();
  if (outcome.status === 200) directory.invalidate();
  return outcome;
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {number} id
 * @returns {PairRow | undefined}
 */
export function getPair(db, id) {
  return Number.isSafeInteger(id) ? /** @type {PairRow | undefined} */ (db.prepare('SELECT * FROM pairs WHERE id = ?').get(id)) : undefined;
}

/** @param {PairRow} pair */
export function pairView(pair) {
  return { id: pair.id, programmeId: pair.programme_id, mentorId: pair.mentor_id, menteeId: pair.mentee_registration_id, status: pair.status, createdAt: pair.created_at, confirmedAt: pair.confirmed_at, endedAt: pair.ended_at };
}

/**
 * @param {RegistrationContext} ctx
 * @param {import('../mail/compose-mails.js').OutgoingMail} outgoing
 * @param {number} now
 */
function mail(ctx, outgoing, now) {
  enqueueMail(ctx.db, outgoing, { now, publicBaseUrl: ctx.config.publicBaseUrl });
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {string} mentorId
 */
function mentorRegistrationLang(db, mentorId) {
  return /** @type {string | undefined} */ (db.prepare(`SELECT lang FROM registrations WHERE id = ? AND kind = 'mentor'`).pluck().get(mentorId));
}
