// @ts-check
import { getRegistration, personName } from '../registrations/registration-store.js';
import { WORKSPACE_PREFIX } from './coordinator-routes.js';
import { cohortFor } from './workspace-cohort.js';
import { approveRegistration, confirmPair, endPair, pairView, proposePair, rejectRegistration } from './workspace-actions.js';
import { requestLanguage } from './workspace-page.js';
import workspacePages from './workspace-pages.js';

/**
 * @typedef {import('../registrations/registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {import('../registrations/registration-store.js').RegistrationRow} RegistrationRow
 * @typedef {import('./coordinator-accounts.js').Session} Session
 * @typedef {import('./workspace-actions.js').PairRow} PairRow
 */

const API = `${WORKSPACE_PREFIX}/api`;
const STATUSES = new Set(['awaiting-email', 'pending', 'approved', 'rejected']);

/**
 * The coordinator's registrations and pairs (JSON API and pages). Registered by coordinatorRoutes inside its
 * signed-in scope (session and CSRF checks run before every handler here).
 * @param {import('fastify').FastifyInstance} fastify
 * @param {RegistrationContext} ctx
 */
export default async function workspaceRoutes(fastify, ctx) {
  const { db, directory } = ctx;
  const sessionOf = (/** @type {import('fastify').FastifyRequest} */ request) => /** @type {Session} */ (/** @type {any} */ (request).coordinatorSession);
  // The pages the coordinator uses in the browser, over the same decisions as this API.
  await fastify.register(workspacePages, ctx);

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
    const outcome = approveRegistration(ctx, sessionOf(request).coordinator, /** @type {{ id: string }} */ (request.params).id);
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.post(`${API}/registrations/:id/reject`, { bodyLimit: 8 * 1024 }, async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const outcome = rejectRegistration(ctx, sessionOf(request).coordinator, /** @type {{ id: string }} */ (request.params).id, body.reason);
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.get(`${API}/pairs`, async () => ({ pairs: /** @type {PairRow[]} */ (db.prepare('SELECT * FROM pairs ORDER BY id').all()).map(pairView) }));

  fastify.post(`${API}/pairs`, { bodyLimit: 4096 }, async (request, reply) => {
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const outcome = proposePair(ctx, sessionOf(request).coordinator, { mentorId: body.mentorId, menteeId: body.menteeId, acknowledge: body.acknowledge }, requestLanguage(request).lang);
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.post(`${API}/pairs/:id/confirm`, async (request, reply) => {
    const outcome = confirmPair(ctx, sessionOf(request).coordinator, Number(/** @type {{ id: string }} */ (request.params).id));
    return reply.code(outcome.status).send(outcome.body);
  });

  fastify.post(`${API}/pairs/:id/end`, async (request, reply) => {
    const outcome = endPair(ctx, sessionOf(request).coordinator, Number(/** @type {{ id: string }} */ (request.params).id));
    return reply.code(outcome.status).send(outcome.body);
  });

  // What <mentor-pair-preview> needs for one programme, in the matcher's formats.
  fastify.get(`${API}/cohort`, async (request, reply) => {
    const { programme: programmeId = '' } = /** @type {{ programme?: string }} */ (request.query ?? {});
    const programme = directory.findProgramme(programmeId);
    if (!programme) return reply.code(404).send({ code: 'unknown-programme', field: 'programme', message: `No programme "${programmeId}" on this server.` });
    return cohortFor(ctx, programme);
  });

  fastify.get(`${API}/audit`, async () => ({
    entries: db.prepare('SELECT actor, action, target, detail, at FROM audit_log ORDER BY id DESC LIMIT 500').all(),
  }));
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
