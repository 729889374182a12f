// @ts-check
/**
 * An e-mail as it would be sent: plain text only.
 * @typedef {object} OutgoingMail
 * @property {string} to
 * @property {string} [replyTo]
 * @property {string} subject
 * @property {string} text
 *
 * @typedef {OutgoingMail & { seq: number, contactRequestId: string, createdAt: string, sentAt: string | null }} QueuedMail
 *
 * @typedef {object} MailOutbox
 * @property {(contactRequestId: string, mail: OutgoingMail, createdAt: string) => void} enqueue
 * @property {(options?: { limit?: number }) => QueuedMail[]} list
 */

/**
 * Outbox kept in the same SQLite database as the requests, so a request and its
 * e-mail are committed together. A mail relay would read and mark rows from here.
 * @param {import('better-sqlite3').Database} db
 * @returns {MailOutbox}
 */
export function createMailOutbox(db) {
  const insert = db.prepare(
    `INSERT INTO outbox (contact_request_id, to_address, reply_to, subject, body_text, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare(
    `SELECT seq, contact_request_id, to_address, reply_to, subject, body_text, created_at, sent_at
     FROM outbox ORDER BY seq DESC LIMIT ?`,
  );
  return {
    enqueue(contactRequestId, mail, createdAt) {
      insert.run(contactRequestId, mail.to, mail.replyTo ?? null, mail.subject, mail.text, createdAt);
    },
    list({ limit = 100 } = {}) {
      return /** @type {any[]} */ (select.all(limit)).map((row) => ({
        seq: row.seq,
        contactRequestId: row.contact_request_id,
        to: row.to_address,
        ...(row.reply_to ? { replyTo: row.reply_to } : {}),
        subject: row.subject,
        text: row.body_text,
        createdAt: row.created_at,
        sentAt: row.sent_at,
      }));
    },
  };
}
