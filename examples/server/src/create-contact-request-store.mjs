// @ts-check
/**
 * @typedef {import('@mentor-finder/matcher').ContactRequest} ContactRequest
 * @typedef {import('./create-mail-outbox.mjs').OutgoingMail} OutgoingMail
 * @typedef {import('./create-mail-outbox.mjs').MailOutbox} MailOutbox
 *
 * A request as stored: what the sender sent (without honeypot and key) plus server fields.
 * @typedef {object} StoredContactRequest
 * @property {string} id
 * @property {string | null} idempotencyKey
 * @property {string} mentorId
 * @property {string} programmeId
 * @property {'received'} status
 * @property {string} receivedAt
 * @property {string} deleteAfter
 * @property {string} mentorEmail private; looked up on the server, never sent to browsers
 * @property {Omit<ContactRequest, 'hp' | 'idempotencyKey'>} request
 *
 * @typedef {{ id: string, status: string, created: boolean }} SaveResult
 *
 * @typedef {{ record: StoredContactRequest, mail: OutgoingMail, resolve: (r: SaveResult) => void, reject: (e: unknown) => void }} PendingSave
 *
 * @typedef {object} ContactRequestStore
 * @property {(key: string) => { id: string, status: string } | undefined} findByIdempotencyKey
 * @property {(record: StoredContactRequest, mail: OutgoingMail) => Promise<SaveResult>} save
 *   resolves once the row and its mail are committed (fsynced)
 * @property {(id: string) => StoredContactRequest | undefined} get
 * @property {() => number} count
 * @property {(now: Date) => number} deleteExpired removes requests past their deleteAfter (and their mail); returns how many
 * @property {MailOutbox} outbox
 */

/**
 * @param {import('better-sqlite3').Database} db
 * @param {{ outbox: MailOutbox }} options
 * @returns {ContactRequestStore}
 */
export function createContactRequestStore(db, { outbox }) {
  const byKey = db.prepare('SELECT id, status FROM contact_requests WHERE idempotency_key = ?');
  const byId = db.prepare('SELECT * FROM contact_requests WHERE id = ?');
  const count = db.prepare('SELECT count(*) AS n FROM contact_requests');
  const expired = db.prepare('DELETE FROM contact_requests WHERE delete_after <= ?');
  // The unique index on idempotency_key is the real guard; DO NOTHING turns a duplicate into a no-op.
  const insert = db.prepare(
    `INSERT INTO contact_requests
       (id, idempotency_key, mentor_id, programme_id, status, received_at, delete_after, mentor_email, request_json)
     VALUES (@id, @idempotencyKey, @mentorId, @programmeId, @status, @receivedAt, @deleteAfter, @mentorEmail, @requestJson)
     ON CONFLICT DO NOTHING`,
  );

  /** @param {StoredContactRequest} record @param {OutgoingMail} mail @returns {SaveResult} */
  function saveOne(record, mail) {
    const { changes } = insert.run({ ...record, requestJson: JSON.stringify(record.request) });
    if (changes === 0) {
      const existing = record.idempotencyKey ? /** @type {any} */ (byKey.get(record.idempotencyKey)) : undefined;
      if (!existing) throw new Error(`contact request ${record.id} was not stored`);
      return { id: existing.id, status: existing.status, created: false };
    }
    outbox.enqueue(record.id, mail, record.receivedAt);
    return { id: record.id, status: record.status, created: true };
  }
  const saveAlone = db.transaction(saveOne);
  const saveMany = db.transaction(
    /** @param {PendingSave[]} items */ (items) => items.map((item) => saveOne(item.record, item.mail)),
  );

  // Group commit: requests that arrive in the same turn of the event loop share one transaction,
  // so one fsync covers many of them instead of each paying for its own.
  /** @type {PendingSave[]} */
  let pending = [];
  function flush() {
    const items = pending;
    pending = [];
    try {
      const results = saveMany(items);
      items.forEach((item, i) => item.resolve(/** @type {SaveResult} */ (results[i])));
    } catch {
      // One bad item must not fail its neighbours: retry each in its own transaction.
      for (const item of items) {
        try {
          item.resolve(saveAlone(item.record, item.mail));
        } catch (error) {
          item.reject(error);
        }
      }
    }
  }

  return {
    findByIdempotencyKey: (key) => /** @type {{ id: string, status: string } | undefined} */ (byKey.get(key)),
    save(record, mail) {
      return new Promise((resolve, reject) => {
        if (pending.length === 0) setImmediate(flush);
        pending.push({ record, mail, resolve, reject });
      });
    },
    get(id) {
      const row = /** @type {any} */ (byId.get(id));
      if (!row) return undefined;
      return {
        id: row.id,
        idempotencyKey: row.idempotency_key,
        mentorId: row.mentor_id,
        programmeId: row.programme_id,
        status: row.status,
        receivedAt: row.received_at,
        deleteAfter: row.delete_after,
        mentorEmail: row.mentor_email,
        request: JSON.parse(row.request_json),
      };
    },
    count: () => /** @type {{ n: number }} */ (count.get()).n,
    deleteExpired: (now) => expired.run(now.toISOString()).changes,
    outbox,
  };
}
