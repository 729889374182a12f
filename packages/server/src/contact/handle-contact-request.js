// @ts-check
import { randomUUID } from 'node:crypto';
import { validateContactRequest } from '@mentor-finder/matcher';
import { noticeRefusal } from '../registrations/notice-version.js';
import { checkRequestText } from './check-request-text.js';
import { contentHash } from './create-contact-store.js';

/**
 * @typedef {import('@mentor-finder/matcher').ValidationError} ValidationError
 * @typedef {{ status: number, body: Record<string, unknown>, headers?: Record<string, string> }} HandlerResult
 *
 * @typedef {object} ContactContext
 * @property {import('./create-contact-store.js').ContactStore} store
 * @property {Pick<import('../directory/create-mentor-directory.js').MentorDirectory, 'findPublished'>} directory
 * @property {import('./create-rate-limiter.js').RateLimiter} rateLimiter
 * @property {{ now(): number }} clock
 * @property {number} retentionDays when the programme sets none
 * @property {string} [privacyVersion] the privacy notice in force; a consent to another is refused (409 `notice-changed`)
 * @property {() => string} [newId]
 */

const DAY_MS = 86_400_000;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** @param {number} status @param {string} code @param {string} message @param {Partial<HandlerResult>} [extra] @returns {HandlerResult} */
const error = (status, code, message, extra = {}) => ({ status, body: { code, message, ...extra.body }, ...(extra.headers ? { headers: extra.headers } : {}) });

/** @param {ValidationError[]} errors */
const invalid = (errors) => error(400, 'invalid-contact-request', 'The contact request has invalid fields.', { body: { errors } });

/**
 * POST /api/contact-requests, as a function of the parsed body and the client's rate-limit key.
 * Order matters: a retry of a stored key is answered before any limit; the limit counts only
 * requests that passed validation; every refusal stores nothing and queues no mail.
 * @param {{ body: unknown, clientKey: string }} input
 * @param {ContactContext} ctx
 * @returns {HandlerResult}
 */
export function handleContactRequest({ body, clientKey }, ctx) {
  const { newId = randomUUID } = ctx;
  if (!isObject(body)) return invalid([{ path: '', code: 'type', field: '', message: 'expected a JSON object' }]);

  // A filled honeypot is a bot: answer like a success so it learns nothing, and keep nothing.
  if (typeof body.hp === 'string' && body.hp.length > 0) return { status: 201, body: { id: newId(), status: 'received' } };

  const key = body.idempotencyKey;
  if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
    return invalid([{ path: '/idempotencyKey', code: 'pattern', field: 'idempotencyKey', message: 'idempotencyKey: expected 8-128 characters of A-Z, a-z, 0-9, ".", "_", ":" or "-"' }]);
  }
  const { hp: _hp, idempotencyKey: _key, ...content } = body;
  const hash = contentHash(content);
  if (typeof key === 'string') {
    const stored = ctx.store.findByKey(key);
    // The same request again (a retry after a lost answer) gets the first answer, even if the mentor has filled up since.
    if (stored && stored.content_hash === hash) return { status: 200, body: { id: stored.id, status: stored.status } };
    if (stored) {
      return error(409, 'idempotency-key-reused', 'This idempotency key was already used for a different request; send a new key with new content.', {
        body: { errors: [{ path: '/idempotencyKey', code: 'reused', field: 'idempotencyKey', message: 'idempotencyKey: already used for different content' }] },
      });
    }
  }

  const textErrors = checkRequestText(body);
  const result = validateContactRequest(body);
  if (textErrors.length > 0 || !result.ok || !result.value) {
    const seen = new Set(textErrors.map((e) => e.path));
    return invalid([...textErrors, ...result.errors.filter((e) => !seen.has(e.path))]);
  }
  const request = result.value;
  const stale = noticeRefusal(ctx.privacyVersion, request.consent.noticeVersion, 'privacyNoticeAccepted');
  if (stale) return error(409, 'notice-changed', stale.errors[0]?.message ?? '', { body: { noticeVersion: stale.noticeVersion, errors: stale.errors } });

  const rate = ctx.rateLimiter.take(clientKey);
  if (!rate.allowed) {
    return error(429, 'rate-limited', 'Too many contact requests from this network; try again later.', { headers: { 'retry-after': String(rate.retryAfterSeconds) } });
  }

  const found = ctx.directory.findPublished(request.mentorId);
  if (!found) return error(404, 'mentor-not-found', 'No published mentor has this id.');
  const { mentor, programme } = found;
  if (mentor.programmeId !== request.programmeId) {
    return invalid([{ path: '/programmeId', code: 'programme-mismatch', field: 'programmeId', message: `programmeId: the mentor belongs to programme ${mentor.programmeId}`, params: { expected: mentor.programmeId } }]);
  }
  if (programme?.contact?.allowPublicContactRequests === false) {
    return error(403, 'contact-requests-closed', 'This programme does not take contact requests through this site.');
  }
  if (!mentor.capacity.acceptingRequests || mentor.private.consent.contactRequests === false) {
    return error(409, 'not-accepting-requests', 'This mentor is not taking requests at the moment.');
  }
  if (mentor.capacity.currentMentees >= mentor.capacity.maxMentees) return error(409, 'mentor-full', 'This mentor has no free place.');

  const receivedAt = ctx.clock.now();
  const days = programme?.retention?.contactRequestsDays ?? ctx.retentionDays;
  const { hp: _h, idempotencyKey: _k, ...stored } = request;
  const locale = request.client?.locale?.toLowerCase();
  const row = {
    id: newId(),
    mentor_id: mentor.id,
    programme_id: mentor.programmeId,
    sender_name: request.sender.name.trim(),
    sender_email: request.sender.email.trim(),
    request_json: JSON.stringify(stored),
    message_lang: request.message.lang ?? null,
    requester_lang: locale && LANGUAGE.test(locale) ? /** @type {string} */ (locale.split('-')[0]) : null,
    status: 'received',
    idempotency_key: typeof key === 'string' ? key : null,
    content_hash: hash,
    received_at: receivedAt,
    delete_after: receivedAt + days * DAY_MS,
    request: stored,
  };
  try {
    ctx.store.save(row, mentor, programme);
  } catch (failure) {
    // Another process stored the same key between the lookup and the insert: answer as a retry.
    const stored = typeof key === 'string' && /** @type {{ code?: string }} */ (failure).code === 'SQLITE_CONSTRAINT_UNIQUE' ? ctx.store.findByKey(key) : undefined;
    if (!stored) throw failure;
    if (stored.content_hash === hash) return { status: 200, body: { id: stored.id, status: stored.status } };
    return error(409, 'idempotency-key-reused', 'This idempotency key was already used for a different request; send a new key with new content.');
  }
  return { status: 201, body: { id: row.id, status: row.status } };
}
