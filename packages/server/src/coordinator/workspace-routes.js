// @ts-check
import { pickLanguage } from '../mail/catalogues/index.js';
import { bodyText, oneLine } from '../mail/mail-text.js';
import { enqueueMail } from '../mail/outbox.js';
import { updateLinkFor } from '../registrations/profile-update.js';
import { composeRegistrationMail } from '../registrations/registration-mails.js';
import { getRegistration, pauseLinkFor, personName } from '../registrations/registration-store.js';
import { audit } from './coordinator-accounts.js';
import { WORKSPACE_PREFIX } from './coordinator-routes.js';

/**
 * @typedef {import('../registrations/registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {import('../registrations/registration-store.js').RegistrationRow} RegistrationRow
 * @typedef {import('./coordinator-accounts.js').Session} Session
 * @typedef {{ id: number, programme_id: string, mentor_id: string, mentee_registration_id: string, status: 'proposed' | 'confirmed' | 'ended',
 *   created_by: number | null, created_at: number, confirmed_at: number | null, ended_at: number | null }} PairRow
 */

const API = `${WORKSPACE_PREFIX}/api`;
const STATUSES = new Set(['awaiting-email', 'pending', 'approved', 'rejected']);

/**
 * The coordinator's registrations and pairs. Registered by coordinatorRoutes inside its
 * signed-in scope (session and CSRF checks run before every handler here).
 * @param {import('fastify').FastifyInstance} fastify
 * @param {RegistrationContext} ctx
 */
export default async function workspaceRoutes(fastify, ctx) {
  const { db, config, clock, directory } = ctx;
  const sessionOf = (/** @type {import('fastify').FastifyRequest} */ request) => /** @type {Session} */ (/** @type {any} */ (request).coordinatorSession);
  const mail = (/** @type {import('../mail/compose-mails.js').OutgoingMail} */ m, /** @type {number} */ now) => enqueueMail(db, m, { now, publicBaseUrl: config.publicBaseUrl });

  fastify.get(`${API}/registrations`, async (request, reply) => {
    const { status = 'pending' } = /** @type {{ status?: string }} */ (request.query ?? {});
    if (status !== 'all' && !STATUSES.has(status)) return reply.code(400).send({ code: 'invalid-query', field: 'status', message: `status must be one of all, ${[...STATUSES].join(', ')}.` });
    const rows = /** @type {RegistrationRow[]} */ (
      status === 'all' ? db.prepare('SELECT * FROM registrations ORDER BY created_at, rowid').all() : db.prepare('SELECT * FROM registrations WHERE status = ? ORDER BY created_at, rowid').all(status)
    );
    return { registrations: rows.map(view) };
  });

  fastify.get(`${API}/registrations/:id`, async (request, reply) => {
    const row = getRegistration(db, /** @type {{ id: string }} */ (request.params).id);
    if (!row) return reply.code(404).send({ code: 'not-found', message: 'No such registration.' });
    return { ...view(row), record: JSON.parse(row.record) };
  });

  fastify.post(`${API}/registrations/:id/approve`, async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    const session = sessionOf(request);
    const now = clock.now();
    const outcome = db.transaction(() => {
      const row = getRegistration(db, id);
      if (!row) return { status: 404, body: { code: 'not-found', message: 'No such registration.' } };
      if (row.kind !== 'mentor') return { status: 409, body: { code: 'not-a-mentor', message: 'Only mentor registrations are approved for the directory; pair mentees instead.' } };
      if (row.status !== 'pending') return { status: 409, body: { code: `registration-${row.status}`, message: `The registration is ${row.status}, not pending.` } };
      db.prepare(`UPDATE registrations SET status = 'approved', decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?`).run(session.coordinator.id, now, now, id);
      const record = JSON.parse(row.record);
      db.prepare('INSERT INTO mentor_state (mentor_id, current_mentees, accepting_requests) VALUES (?, ?, ?) ON CONFLICT (mentor_id) DO NOTHING').run(
        id,
        Math.max(0, record.capacity?.currentMentees ?? 0),
        record.capacity?.acceptingRequests ? 1 : 0,
      );
      audit(db, { coordinator: session.coordinator, action: 'registration-approved', target: id, now });
      const programme = directory.findProgramme(row.programme_id);
      if (programme) {
        mail(composeRegistrationMail('registration-approved', { id, lang: pickLanguage([row.lang]), to: { name: personName(record), address: row.email }, programme, url: pauseLinkFor(ctx, id), updateUrl: updateLinkFor(ctx, id) }), now);
      }
      return { status: 200, body: { id, status: 'approved' } };
    }).immediate();
    if (outcome.status === 200) directory.invalidate();
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.post(`${API}/registrations/:id/reject`, { bodyLimit: 8 * 1024 }, async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const reason = typeof body.reason === 'string' ? bodyText(body.reason, 2000).trim() : '';
    if (!reason) return reply.code(400).send({ code: 'invalid-reason', field: 'reason', message: 'Give the reason the person will read (up to 2000 characters).' });
    const session = sessionOf(request);
    const now = clock.now();
    const outcome = db.transaction(() => {
      const row = getRegistration(db, id);
      if (!row) return { status: 404, body: { code: 'not-found', message: 'No such registration.' } };
      if (row.status !== 'pending') return { status: 409, body: { code: `registration-${row.status}`, message: `The registration is ${row.status}, not pending.` } };
      db.prepare(`UPDATE registrations SET status = 'rejected', reason = ?, decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ?`).run(reason, session.coordinator.id, now, now, id);
      audit(db, { coordinator: session.coordinator, action: 'registration-rejected', target: id, detail: { reason }, now });
      const programme = directory.findProgramme(row.programme_id);
      if (programme) {
        mail(composeRegistrationMail('registration-rejected', { id, lang: pickLanguage([row.lang]), to: { name: personName(JSON.parse(row.record)), address: row.email }, programme, reason }), now);
      }
      return { status: 200, body: { id, status: 'rejected' } };
    }).immediate();
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.get(`${API}/pairs`, async () => ({ pairs: /** @type {PairRow[]} */ (db.prepare('SELECT * FROM pairs ORDER BY id').all()).map(pairView) }));

  fastify.post(`${API}/pairs`, { bodyLimit: 4096 }, async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const mentorId = typeof body.mentorId === 'string' ? body.mentorId : '';
    const menteeId = typeof body.menteeId === 'string' ? body.menteeId : '';
    const mentor = mentorId ? directory.findMentor(mentorId) : undefined;
    if (!mentor) return reply.code(400).send({ code: 'unknown-mentor', field: 'mentorId', message: 'No published or approved mentor with this id.' });
    const mentee = menteeId ? getRegistration(db, menteeId) : undefined;
    if (!mentee || mentee.kind !== 'mentee' || mentee.status === 'rejected') return reply.code(400).send({ code: 'unknown-mentee', field: 'menteeId', message: 'No mentee registration with this id that is pending or approved.' });
    if (mentee.programme_id !== mentor.programmeId) return reply.code(400).send({ code: 'other-programme', field: 'menteeId', message: 'The mentor and the mentee are in different programmes.' });
    const session = sessionOf(request);
    const now = clock.now();
    const id = db.transaction(() => {
      const open = db.prepare(`SELECT id FROM pairs WHERE mentee_registration_id = ? AND status <> 'ended'`).pluck().get(menteeId);
      if (open !== undefined) return undefined;
      const result = db.prepare('INSERT INTO pairs (programme_id, mentor_id, mentee_registration_id, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(mentee.programme_id, mentorId, menteeId, session.coordinator.id, now);
      audit(db, { coordinator: session.coordinator, action: 'pair-proposed', target: `pair:${result.lastInsertRowid}`, detail: { mentorId, menteeId }, now });
      return Number(result.lastInsertRowid);
    }).immediate();
    if (id === undefined) return reply.code(409).send({ code: 'mentee-already-paired', field: 'menteeId', message: 'This mentee already has a proposed or confirmed pair; end it first.' });
    return reply.code(201).send(pairView(/** @type {PairRow} */ (db.prepare('SELECT * FROM pairs WHERE id = ?').get(id))));
  });

  fastify.post(`${API}/pairs/:id/confirm`, async (request, reply) => {
    const id = Number(/** @type {{ id: string }} */ (request.params).id);
    const session = sessionOf(request);
    const now = clock.now();
    const outcome = db.transaction(() => {
      const pair = /** @type {PairRow | undefined} */ (db.prepare('SELECT * FROM pairs WHERE id = ?').get(id));
      if (!pair) return { status: 404, body: { code: 'not-found', message: 'No such pair.' } };
      if (pair.status !== 'proposed') return { status: 409, body: { code: `pair-${pair.status}`, message: `The pair is ${pair.status}; only a proposed pair can be confirmed.` } };
      const mentor = directory.findMentor(pair.mentor_id);
      const menteeRow = getRegistration(db, pair.mentee_registration_id);
      const programme = directory.findProgramme(pair.programme_id);
      if (!mentor || !menteeRow || !programme) return { status: 409, body: { code: 'pair-incomplete', message: 'The mentor, the mentee or the programme is no longer there.' } };
      db.prepare(`UPDATE pairs SET status = 'confirmed', confirmed_at = ? WHERE id = ?`).run(now, id);
      db.prepare(`UPDATE registrations SET status = 'approved', decided_by = coalesce(decided_by, ?), decided_at = coalesce(decided_at, ?), updated_at = ? WHERE id = ? AND status = 'pending'`).run(session.coordinator.id, now, now, menteeRow.id);
      db.prepare('UPDATE mentor_state SET current_mentees = current_mentees + 1 WHERE mentor_id = ?').run(pair.mentor_id);
      audit(db, { coordinator: session.coordinator, action: 'pair-confirmed', target: `pair:${id}`, detail: { mentorId: pair.mentor_id, menteeId: menteeRow.id }, now });
      const mentee = JSON.parse(menteeRow.record);
      const mentorLang = pickLanguage([mentorRegistrationLang(pair.mentor_id), ...mentor.languages.map((l) => l.code)]);
      const mentorName = oneLine(personName(mentor), 120);
      mail(composeRegistrationMail('pair-confirmed-mentor', { id: `pair-${id}`, lang: mentorLang, to: { name: mentorName, address: mentor.private.email }, programme, mentee: oneLine(personName(mentee), 120) }), now);
      mail(
        composeRegistrationMail('pair-confirmed-mentee', {
          id: `pair-${id}`,
          lang: pickLanguage([menteeRow.lang]),
          to: { name: personName(mentee), address: menteeRow.email },
          programme,
          mentor: { name: mentorName, email: mentor.private.email },
        }),
        now,
      );
      return { status: 200, body: pairView(/** @type {PairRow} */ (db.prepare('SELECT * FROM pairs WHERE id = ?').get(id))) };
    }).immediate();
    if (outcome.status === 200) directory.invalidate();
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.post(`${API}/pairs/:id/end`, async (request, reply) => {
    const id = Number(/** @type {{ id: string }} */ (request.params).id);
    const session = sessionOf(request);
    const now = clock.now();
    const outcome = db.transaction(() => {
      const pair = /** @type {PairRow | undefined} */ (db.prepare('SELECT * FROM pairs WHERE id = ?').get(id));
      if (!pair) return { status: 404, body: { code: 'not-found', message: 'No such pair.' } };
      if (pair.status === 'ended') return { status: 409, body: { code: 'pair-ended', message: 'The pair has already ended.' } };
      db.prepare(`UPDATE pairs SET status = 'ended', ended_at = ? WHERE id = ?`).run(now, id);
      if (pair.status === 'confirmed') db.prepare('UPDATE mentor_state SET current_mentees = max(0, current_mentees - 1) WHERE mentor_id = ?').run(pair.mentor_id);
      audit(db, { coordinator: session.coordinator, action: 'pair-ended', target: `pair:${id}`, now });
      return { status: 200, body: pairView(/** @type {PairRow} */ (db.prepare('SELECT * FROM pairs WHERE id = ?').get(id))) };
    }).immediate();
    if (outcome.status === 200) directory.invalidate();
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.get(`${API}/audit`, async () => ({
    entries: db.prepare('SELECT actor, action, target, detail, at FROM audit_log ORDER BY id DESC LIMIT 500').all(),
  }));

  /** @param {string} mentorId */
  function mentorRegistrationLang(mentorId) {
    return /** @type {string | undefined} */ (db.prepare(`SELECT lang FROM registrations WHERE id = ? AND kind = 'mentor'`).pluck().get(mentorId));
  }
}

/** @param {RegistrationRow} row */
function view(row) {
  const record = JSON.parse(row.record);
  return {
    id: row.id,
    kind: row.kind,
    programmeId: row.programme_id,
    displayName: record.displayName,
    name: personName(record),
    email: row.email,
    lang: row.lang,
    status: row.status,
    duplicateOf: row.duplicate_of,
    emailConfirmedAt: row.email_confirmed_at,
    reason: row.reason,
    pausedAt: row.paused_at,
    createdAt: row.created_at,
  };
}

/** @param {PairRow} pair */
function pairView(pair) {
  return { id: pair.id, programmeId: pair.programme_id, mentorId: pair.mentor_id, menteeId: pair.mentee_registration_id, status: pair.status, createdAt: pair.created_at, confirmedAt: pair.confirmed_at, endedAt: pair.ended_at };
}
