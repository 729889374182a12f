// @ts-check
import { createHash } from 'node:crypto';

/**
 * @typedef {import('@mentor-finder/matcher').ContactRequest} ContactRequest
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 *
 * @typedef {object} StoredRequest the row as the hook sees it
 * @property {string} id
 * @property {string} mentor_id
 * @property {string} programme_id
 * @property {string} sender_name
 * @property {string} sender_email
 * @property {string} request_json
 * @property {string | null} message_lang
 * @property {string | null} requester_lang
 * @property {string} status
 * @property {string | null} idempotency_key
 * @property {string} content_hash
 * @property {number} received_at
 * @property {number} delete_after
 * @property {Omit<ContactRequest, 'hp' | 'idempotencyKey'>} request
 *
 * @typedef {(db: import('better-sqlite3').Database, row: StoredRequest, mentor: Mentor, programme: Programme | undefined) => void} OnContactRequestStored
 */

/**
 * SHA-256 over the request's content with keys in sorted order, so the same content sent again
 * (in any key order) hashes the same.
 * @param {unknown} content
 */
export function contentHash(content) {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** @param {unknown} value @returns {string} */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The contact_requests table: lookups by idempotency key, the insert that runs the hook in the
 * same transaction, and deletion after the retention period.
 * @param {import('better-sqlite3').Database} db
 * @param {{ onContactRequestStored?: OnContactRequestStored }} [options]
 */
export function createContactStore(db, { onContactRequestStored = () => {} } = {}) {
  const byKey = db.prepare('SELECT id, status, content_hash FROM contact_requests WHERE idempotency_key = ?');
  const insert = db.prepare(
    `INSERT INTO contact_requests (id, mentor_id, programme_id, sender_name, sender_email, request_json, message_lang,
       requester_lang, status, idempotency_key, content_hash, received_at, delete_after)
     VALUES (@id, @mentor_id, @programme_id, @sender_name, @sender_email, @request_json, @message_lang,
       @requester_lang, @status, @idempotency_key, @content_hash, @received_at, @delete_after)`,
  );
  const expired = db.prepare('DELETE FROM contact_requests WHERE delete_after <= ?');
  const count = db.prepare('SELECT count(*) FROM contact_requests').pluck();

  const save = db.transaction(
    /** @param {StoredRequest} row @param {Mentor} mentor @param {Programme | undefined} programme */
    (row, mentor, programme) => {
      const { request: _request, ...columns } = row;
      insert.run(columns);
      onContactRequestStored(db, row, mentor, programme);
    },
  );

  return {
    /** @param {string} key @returns {{ id: string, status: string, content_hash: string } | undefined} */
    findByKey: (key) => /** @type {any} */ (byKey.get(key)),
    /**
     * Stores the row and runs the hook in one transaction: both happen or neither.
     * @param {StoredRequest} row @param {Mentor} mentor @param {Programme | undefined} programme
     */
    save(row, mentor, programme) {
      save.immediate(row, mentor, programme);
    },
    /** @param {number} now @returns {number} rows removed */
    deleteExpired: (now) => expired.run(now).changes,
    /** @returns {number} */
    count: () => /** @type {number} */ (count.get()),
  };
}

/** @typedef {ReturnType<typeof createContactStore>} ContactStore */
