// @ts-check
import { readFileSync } from 'node:fs';
import { MENTORS, SHARED_DATA } from '../../testing/test-app.js';

/** @type {import('@mentor-finder/matcher').Mentee[]} */
export const MENTEES = JSON.parse(readFileSync(`${SHARED_DATA}mentees.json`, 'utf8'));

/**
 * A mentor record as the registration form sends it: no id, a new person, `paused` until approved.
 * @param {Record<string, unknown>} [overrides] merged into `private`
 * @param {Record<string, unknown>} [top] merged at the top
 */
export function mentorRegistration(overrides = {}, top = {}) {
  const { id: _id, ...base } = structuredClone(/** @type {any} */ (MENTORS[0]));
  return {
    ...base,
    displayName: 'Liis P.',
    status: 'paused',
    private: { ...base.private, givenName: 'Liis', familyName: 'Pärn', email: 'liis.parn@example.org', ...overrides },
    ...top,
  };
}

/**
 * @param {Record<string, unknown>} [overrides] merged into `private`
 * @param {Record<string, unknown>} [top]
 */
export function menteeRegistration(overrides = {}, top = {}) {
  const { id: _id, ...base } = structuredClone(/** @type {any} */ (MENTEES[0]));
  return { ...base, displayName: 'Tiina R.', private: { ...base.private, givenName: 'Tiina', familyName: 'Rebane', email: 'tiina.rebane@example.org', ...overrides }, ...top };
}

/**
 * A career programme registration from an eligible sample person (`m-cc-01`, `e-cc-01`), under a new name.
 * @param {'mentor' | 'mentee'} kind
 * @param {Record<string, unknown>} [overrides] merged into `private`
 * @param {Record<string, unknown>} [top]
 */
export function careerRegistration(kind, overrides = {}, top = {}) {
  const source = kind === 'mentor' ? MENTORS.find((m) => m.id === 'm-cc-01') : MENTEES.find((m) => m.id === 'e-cc-01');
  const { id: _id, ...base } = structuredClone(/** @type {any} */ (source));
  return { ...base, displayName: 'Kati V.', private: { ...base.private, givenName: 'Kati', familyName: 'Vaher', email: 'kati.vaher@example.org', ...overrides }, ...top };
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {unknown} body
 * @param {{ ip?: string, query?: string }} [options]
 */
export const postRegistration = (app, body, { ip = '198.51.100.30', query = '' } = {}) =>
  app.inject({ method: 'POST', url: `/api/registrations${query}`, remoteAddress: ip, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

/**
 * The link of a given page in the newest queued mail to `address`.
 * @param {import('better-sqlite3').Database} db
 * @param {string} address
 * @param {'confirm' | 'pause' | 'update'} page
 */
export function linkInMail(db, address, page) {
  const text = /** @type {string | undefined} */ (db.prepare('SELECT text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1').pluck().get(address));
  const match = new RegExp(`https?://\\S+/registrations/${page}\\?t=\\S+`).exec(text ?? '');
  if (!match) throw new Error(`no ${page} link in the mail to ${address}`);
  return new URL(match[0]);
}

/**
 * The token with one character of its signature changed. Not one of the last two: base64url drops
 * the low bits of the last character, so changing it may leave the signature as it was.
 * @param {string} token
 */
export function tamper(token) {
  const at = token.indexOf('.') + 1;
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
}
