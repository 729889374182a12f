// @ts-check
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/**
 * @typedef {{ id: number, email: string }} Coordinator
 * @typedef {{ coordinator: Coordinator, csrfToken: string, createdAt: number, timeLeft: SessionTimeLeft, idleLimitSeconds: number }} Session
 *   `idleLimitSeconds`: how long a session may go unused (the setting)
 * @typedef {object} SessionTimeLeft what is left of a live session, in whole seconds
 * @property {number} idleSeconds until it ends unless used again
 * @property {number} absoluteSeconds until it ends whatever happens (the sign-in's age limit)
 * @typedef {object} CoordinatorSettings
 * @property {number} sessionIdleMinutes a session not used for this long ends
 * @property {number} sessionAbsoluteHours a session ends this long after sign-in, used or not
 * @property {number} maxFailuresPerAccount failed sign-ins to one account within the window before it is locked
 * @property {number} maxFailuresPerAddress failed sign-ins from one client (IPv4 address or IPv6 /64) within the window
 * @property {number} lockoutMinutes the window failures are counted over, and how long a lock lasts
 */

/** @type {Readonly<CoordinatorSettings>} */
export const DEFAULT_COORDINATOR_SETTINGS = Object.freeze({
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  lockoutMinutes: 15,
});

export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

// Compared against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
let dummyHash;

/** @param {string} password */
export function hashPassword(password) {
  return argon2.hash(password, { type: argon2.argon2id });
}

/**
 * Creates a coordinator, or sets a new password for an existing one.
 * @param {import('better-sqlite3').Database} db
 * @param {{ email: string, password: string, now: number }} input
 * @returns {Promise<{ id: number, created: boolean }>}
 */
export async function addCoordinator(db, { email, password, now }) {
  const address = email.trim();
  if (!EMAIL.test(address)) throw new RangeError('email: expected an address such as coordinator@example.org');
  if ([...password].length < MIN_PASSWORD_LENGTH) throw new RangeError(`password: at least ${MIN_PASSWORD_LENGTH} characters`);
  const hash = await hashPassword(password);
  const existing = /** @type {{ id: number } | undefined} */ (db.prepare('SELECT id FROM coordinators WHERE email = ?').get(address));
  if (existing) {
    db.transaction(() => {
      db.prepare('UPDATE coordinators SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, now, existing.id);
      // A new password ends every session signed in with the old one.
      db.prepare('DELETE FROM coordinator_sessions WHERE coordinator_id = ?').run(existing.id);
    })();
    return { id: existing.id, created: false };
  }
  const result = db.prepare('INSERT INTO coordinators (email, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?)').run(address, hash, now, now);
  return { id: Number(result.lastInsertRowid), created: true };
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {string} email
 * @param {string} password
 * @returns {Promise<Coordinator | undefined>}
 */
export async function checkPassword(db, email, password) {
  const row = /** @type {{ id: number, email: string, password_hash: string } | undefined} */ (
    db.prepare('SELECT id, email, password_hash FROM coordinators WHERE email = ?').get(email.trim())
  );
  if (!row) {
    dummyHash ??= await hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(dummyHash, password);
    return undefined;
  }
  return (await argon2.verify(row.password_hash, password)) ? { id: row.id, email: row.email } : undefined;
}

/**
 * Minutes until the account or the client may try again, or 0 when neither is locked.
 * @param {import('better-sqlite3').Database} db
 * @param {{ email: string, client: string, now: number, settings: CoordinatorSettings }} input
 */
export function lockedForMinutes(db, { email, client, now, settings }) {
  const windowMs = settings.lockoutMinutes * 60_000;
  const since = now - windowMs;
  const count = db.prepare('SELECT count(*) AS n, max(failed_at) AS last FROM login_failures WHERE key = ? AND failed_at > ?');
  const account = /** @type {{ n: number, last: number | null }} */ (count.get(accountKey(email), since));
  const address = /** @type {{ n: number, last: number | null }} */ (count.get(addressKey(client), since));
  const until = Math.max(
    account.n >= settings.maxFailuresPerAccount && account.last !== null ? account.last + windowMs : 0,
    address.n >= settings.maxFailuresPerAddress && address.last !== null ? address.last + windowMs : 0,
  );
  return until > now ? Math.ceil((until - now) / 60_000) : 0;
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {{ email: string, client: string, now: number }} input
 */
export function recordFailure(db, { email, client, now }) {
  const insert = db.prepare('INSERT INTO login_failures (key, failed_at) VALUES (?, ?)');
  db.transaction(() => {
    insert.run(accountKey(email), now);
    insert.run(addressKey(client), now);
  })();
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {string} email
 */
export function clearAccountFailures(db, email) {
  db.prepare('DELETE FROM login_failures WHERE key = ?').run(accountKey(email));
}

/** @param {string} email */
const accountKey = (email) => `account:${email.trim().toLowerCase()}`;
/** @param {string} client */
const addressKey = (client) => `address:${client}`;

/** @param {string} id */
export const hashSessionId = (id) => createHash('sha256').update(id, 'utf8').digest('base64url');

/**
 * A new session: a fresh random id (never one the browser offered), its own CSRF token.
 * @param {import('better-sqlite3').Database} db
 * @param {{ coordinatorId: number, now: number }} input
 * @returns {{ id: string, csrfToken: string }}
 */
export function createSession(db, { coordinatorId, now }) {
  const id = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  db.prepare('INSERT INTO coordinator_sessions (id_hash, coordinator_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)').run(
    hashSessionId(id),
    coordinatorId,
    csrfToken,
    now,
    now,
  );
  return { id, csrfToken };
}

/**
 * The live session for a cookie value, touched at `now` unless `touch` is false (a look at the time
 * left must not extend it); an expired one is deleted.
 * @param {import('better-sqlite3').Database} db
 * @param {{ id: unknown, now: number, settings: CoordinatorSettings, touch?: boolean }} input
 * @returns {Session | undefined}
 */
export function findSession(db, { id, now, settings, touch = true }) {
  if (typeof id !== 'string' || id.length === 0 || id.length > 128) return undefined;
  const idHash = hashSessionId(id);
  const row = /** @type {{ coordinator_id: number, email: string, csrf_token: string, created_at: number, last_seen_at: number } | undefined} */ (
    db
      .prepare(
        `SELECT s.coordinator_id, c.email, s.csrf_token, s.created_at, s.last_seen_at
         FROM coordinator_sessions s JOIN coordinators c ON c.id = s.coordinator_id WHERE s.id_hash = ?`,
      )
      .get(idHash)
  );
  if (!row) return undefined;
  const idleEnd = row.last_seen_at + settings.sessionIdleMinutes * 60_000;
  const absoluteEnd = row.created_at + settings.sessionAbsoluteHours * 3_600_000;
  if (now >= idleEnd || now >= absoluteEnd) {
    db.prepare('DELETE FROM coordinator_sessions WHERE id_hash = ?').run(idHash);
    return undefined;
  }
  if (touch) db.prepare('UPDATE coordinator_sessions SET last_seen_at = ? WHERE id_hash = ?').run(now, idHash);
  const lastSeen = touch ? now : row.last_seen_at;
  const timeLeft = {
    idleSeconds: Math.floor((Math.min(lastSeen + settings.sessionIdleMinutes * 60_000, absoluteEnd) - now) / 1000),
    absoluteSeconds: Math.floor((absoluteEnd - now) / 1000),
  };
  return { coordinator: { id: row.coordinator_id, email: row.email }, csrfToken: row.csrf_token, createdAt: row.created_at, timeLeft, idleLimitSeconds: settings.sessionIdleMinutes * 60 };
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {unknown} id
 */
export function deleteSession(db, id) {
  if (typeof id === 'string') db.prepare('DELETE FROM coordinator_sessions WHERE id_hash = ?').run(hashSessionId(id));
}

/**
 * One line in the audit log. Call inside the transaction that makes the change.
 * @param {import('better-sqlite3').Database} db
 * @param {{ coordinator: Coordinator | undefined, action: string, target?: string, detail?: unknown, now: number }} entry
 */
export function audit(db, { coordinator, action, target, detail, now }) {
  db.prepare('INSERT INTO audit_log (coordinator_id, actor, action, target, detail, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    coordinator?.id ?? null,
    coordinator?.email ?? 'system',
    action,
    target ?? null,
    detail === undefined ? null : JSON.stringify(detail),
    now,
  );
}
