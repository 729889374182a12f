// @ts-check
import { randomUUID } from 'node:crypto';
import { validateContactRequest } from '@mentor-finder/matcher';
import { composeContactEmail } from './compose-contact-email.mjs';
import { errorResponse, jsonResponse } from './responses.mjs';

/**
 * @typedef {import('./responses.mjs').HandlerResponse} HandlerResponse
 * @typedef {import('./create-contact-request-store.mjs').ContactRequestStore} ContactRequestStore
 * @typedef {import('./create-contact-request-store.mjs').StoredContactRequest} StoredContactRequest
 * @typedef {import('./create-mentor-directory.mjs').MentorDirectory} MentorDirectory
 * @typedef {import('./create-rate-limiter.mjs').RateLimiter} RateLimiter
 *
 * @typedef {object} ContactRequestInput
 * @property {string} ip
 * @property {string | undefined} contentType
 * @property {Uint8Array | string} body at most the body limit; the HTTP layer enforces it
 *
 * @typedef {object} ContactRequestContext
 * @property {ContactRequestStore} store
 * @property {MentorDirectory} directory
 * @property {RateLimiter} rateLimiter
 * @property {() => Date} [now]
 * @property {() => string} [newId]
 */

/** Used when a programme sets no retention period. */
export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** @param {ContactRequestInput['contentType']} value */
function isJson(value) {
  if (!value) return false;
  const [type = '', ...params] = value.toLowerCase().split(';').map((s) => s.trim());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/** @param {Uint8Array | string} body @returns {{ ok: true, value: unknown } | { ok: false }} */
function parseJson(body) {
  try {
    const text = typeof body === 'string' ? body : utf8.decode(body);
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** @param {string} field @param {string} code @param {string} message @param {Record<string, unknown>} [params] */
const fieldError = (field, code, message, params) => ({ path: `/${field}`, code, field, message, ...(params ? { params } : {}) });

/** @param {StoredContactRequest['status']} status @param {string} id @param {boolean} created */
const accepted = (status, id, created) => jsonResponse(created ? 201 : 200, { id, status });

/**
 * POST /api/contact-requests. Every rejection is a status with a code, and nothing is stored for it.
 * @param {ContactRequestInput} input
 * @param {ContactRequestContext} context
 * @returns {Promise<HandlerResponse>}
 */
export async function handleContactRequest(input, context) {
  const { store, directory, rateLimiter, now = () => new Date(), newId = randomUUID } = context;

  const rate = rateLimiter.take(input.ip);
  if (!rate.allowed) {
    return errorResponse(429, 'rate-limited', 'Too many requests; try again later.', {
      headers: { 'retry-after': String(rate.retryAfterSeconds) },
    });
  }
  if (!isJson(input.contentType)) {
    return errorResponse(415, 'unsupported-media-type', 'Send the request as application/json (UTF-8).');
  }
  const parsed = parseJson(input.body);
  if (!parsed.ok) return errorResponse(400, 'malformed-json', 'The request body is not valid JSON.');
  const data = parsed.value;

  // A filled honeypot is a bot: answer like a success so it learns nothing, and keep nothing.
  if (isObject(data) && typeof data.hp === 'string' && data.hp.length > 0) {
    return jsonResponse(201, { id: newId(), status: 'received' });
  }

  const key = isObject(data) ? data.idempotencyKey : undefined;
  if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))) {
    return errorResponse(400, 'invalid-contact-request', 'The contact request has invalid fields.', {
      errors: [fieldError('idempotencyKey', 'pattern', 'Expected 8-128 characters of A-Z, a-z, 0-9, ".", "_", ":" or "-".')],
    });
  }
  const result = validateContactRequest(data);
  if (!result.ok || !result.value) {
    return errorResponse(400, 'invalid-contact-request', 'The contact request has invalid fields.', {
      errors: result.errors,
    });
  }
  // A retry of a stored request gets the same answer, even if the mentor has filled up since.
  if (typeof key === 'string') {
    const existing = store.findByIdempotencyKey(key);
    if (existing) return accepted('received', existing.id, false);
  }

  const { hp: _hp, idempotencyKey: _key, ...request } = result.value;
  const found = directory.findPublished(request.mentorId);
  if (!found) return errorResponse(404, 'mentor-not-found', 'No published mentor has this id.');
  const { mentor, programme } = found;
  if (mentor.programmeId !== request.programmeId) {
    return errorResponse(400, 'invalid-contact-request', 'The contact request has invalid fields.', {
      errors: [fieldError('programmeId', 'programme-mismatch', `The mentor belongs to programme ${mentor.programmeId}.`, { expected: mentor.programmeId })],
    });
  }
  if (programme?.contact?.allowPublicContactRequests === false) {
    return errorResponse(403, 'contact-requests-closed', 'This programme does not take contact requests from the public site.');
  }
  if (!mentor.capacity.acceptingRequests || mentor.private.consent.contactRequests === false) {
    return errorResponse(409, 'not-accepting-requests', 'This mentor is not taking requests at the moment.');
  }
  if (mentor.capacity.currentMentees >= mentor.capacity.maxMentees) {
    return errorResponse(409, 'mentor-full', 'This mentor has no free place.');
  }

  const received = now();
  const days = programme?.retention?.contactRequestsDays ?? DEFAULT_RETENTION_DAYS;
  /** @type {StoredContactRequest} */
  const record = {
    id: newId(),
    idempotencyKey: typeof key === 'string' ? key : null,
    mentorId: mentor.id,
    programmeId: mentor.programmeId,
    status: 'received',
    receivedAt: received.toISOString(),
    deleteAfter: new Date(received.getTime() + days * DAY_MS).toISOString(),
    mentorEmail: mentor.private.email,
    request,
  };
  const saved = await store.save(record, composeContactEmail(record, mentor, programme));
  return accepted('received', saved.id, saved.created);
}
