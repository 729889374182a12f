// @ts-check
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** @typedef {'accept' | 'decline' | 'pause'} LinkPurpose */
/** @typedef {'confirm-email' | 'pause-profile' | 'update-profile'} RegistrationLinkPurpose links of registrations; typed apart so answer code never sees them */
/** @typedef {{ purpose: LinkPurpose, requestId: string, expiresAt: number, nonce: string }} AnswerLink */
/**
 * @typedef {{ ok: true, link: AnswerLink }
 *   | { ok: false, code: 'invalid' }
 *   | { ok: false, code: 'expired', link: AnswerLink }} LinkCheck
 */

/** What a mentor can do from a relayed mail. */
export const LINK_PURPOSES = /** @type {readonly LinkPurpose[]} */ (Object.freeze(['accept', 'decline', 'pause']));
/** What a person who registered can do from a mail: confirm their address, pause or update (and resume) their profile. */
export const REGISTRATION_LINK_PURPOSES = /** @type {readonly LinkPurpose[]} */ (/** @type {readonly string[]} */ (Object.freeze(['confirm-email', 'pause-profile', 'update-profile'])));

// Far longer than any token we sign; longer input is refused before any work is done.
const MAX_TOKEN_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * A token for one link: base64url of the JSON array [purpose, request id, expiry, nonce], a dot,
 * and base64url of its HMAC-SHA256 under the server's secret.
 * @param {string} secret
 * @param {{ purpose: LinkPurpose, requestId: string, expiresAt: number, nonce?: string }} link
 */
export function signLink(secret, { purpose, requestId, expiresAt, nonce = randomBytes(16).toString('base64url') }) {
  const payload = Buffer.from(JSON.stringify([purpose, requestId, expiresAt, nonce]), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * Checks a token's signature, then its expiry at `now` (ms). A token whose signature fails is
 * `invalid` whatever it says; only a genuine one can be `expired`.
 * @param {string} secret
 * @param {unknown} token
 * @param {number} now
 * @param {readonly LinkPurpose[]} [purposes] the purposes this caller acts on; any other is `invalid`
 * @returns {LinkCheck}
 */
export function verifyLink(secret, token, now, purposes = LINK_PURPOSES) {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return { ok: false, code: 'invalid' };
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0 || !BASE64URL.test(payload) || !BASE64URL.test(signature)) {
    return { ok: false, code: 'invalid' };
  }
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, code: 'invalid' };
  const link = parsePayload(payload);
  if (!link || !purposes.includes(link.purpose)) return { ok: false, code: 'invalid' };
  if (now >= link.expiresAt) return { ok: false, code: 'expired', link };
  return { ok: true, link };
}

/**
 * Records that a link acted; false when it had already been used. Call inside the transaction
 * that makes the change, so a link is spent exactly when its effect is committed.
 * @param {import('better-sqlite3').Database} db
 * @param {AnswerLink} link
 * @param {number} now
 */
export function consumeLink(db, link, now) {
  const result = db
    .prepare('INSERT INTO link_uses (nonce, request_id, purpose, used_at) VALUES (?, ?, ?, ?) ON CONFLICT (nonce) DO NOTHING')
    .run(link.nonce, link.requestId, link.purpose, now);
  return result.changes === 1;
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {AnswerLink} link
 */
export function isLinkUsed(db, link) {
  return db.prepare('SELECT 1 FROM link_uses WHERE nonce = ?').get(link.nonce) !== undefined;
}

/**
 * @param {string} secret
 * @param {string} payload
 */
function mac(secret, payload) {
  return createHmac('sha256', secret).update(payload, 'utf8').digest();
}

/**
 * @param {string} payload
 * @returns {AnswerLink | undefined}
 */
function parsePayload(payload) {
  let value;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [purpose, requestId, expiresAt, nonce] = value;
  if (!LINK_PURPOSES.includes(purpose) && !REGISTRATION_LINK_PURPOSES.includes(purpose)) return undefined;
  if (typeof requestId !== 'string' || requestId.length === 0 || requestId.length > 128) return undefined;
  if (!Number.isSafeInteger(expiresAt)) return undefined;
  if (typeof nonce !== 'string' || !BASE64URL.test(nonce) || nonce.length < 16 || nonce.length > 64) return undefined;
  return { purpose, requestId, expiresAt, nonce };
}
