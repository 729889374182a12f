// @ts-check
import { randomUUID } from 'node:crypto';

/**
 * @typedef {import('./compose-mails.js').OutgoingMail} OutgoingMail
 * @typedef {{
 *   id: number, message_id: string, kind: string, request_id: string | null,
 *   recipient: string, recipient_name: string | null, reply_to: string | null, reply_to_name: string | null,
 *   language: string, content_language: string, subject: string, text: string, html: string,
 *   status: 'queued' | 'sending' | 'sent' | 'failed', attempts: number, next_attempt_at: number,
 *   lease_until: number | null, last_error: string | null, created_at: number, updated_at: number, sent_at: number | null
 * }} OutboxRow
 */

/**
 * A Message-ID for a new mail: a random UUID at the host of the public base URL.
 * @param {string} publicBaseUrl
 */
export function newMessageId(publicBaseUrl) {
  return `<${randomUUID()}@${new URL(publicBaseUrl).hostname || 'localhost'}>`;
}

/**
 * Queues a mail in the caller's transaction (if any). A second mail of the same kind for the
 * same request is not queued; then the result is undefined.
 * @param {import('better-sqlite3').Database} db
 * @param {OutgoingMail} mail
 * @param {{ now: number, publicBaseUrl: string }} options
 * @returns {{ id: number, messageId: string } | undefined}
 */
export function enqueueMail(db, mail, { now, publicBaseUrl }) {
  const messageId = newMessageId(publicBaseUrl);
  const result = db
    .prepare(
      `INSERT INTO mail_outbox (message_id, kind, request_id, recipient, recipient_name, reply_to, reply_to_name,
         language, content_language, subject, text, html, status, attempts, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    )
    .run(
      messageId,
      mail.kind,
      mail.requestId,
      mail.to.address,
      mail.to.name || null,
      mail.replyTo?.address ?? null,
      mail.replyTo?.name ?? null,
      mail.language,
      mail.contentLanguage,
      mail.subject,
      mail.text,
      mail.html,
      now,
      now,
      now,
    );
  return result.changes === 1 ? { id: Number(result.lastInsertRowid), messageId } : undefined;
}

/**
 * Counts of outbox rows by status, for health and logs.
 * @param {import('better-sqlite3').Database} db
 * @returns {Record<'queued' | 'sending' | 'sent' | 'failed', number>}
 */
export function outboxCounts(db) {
  const counts = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of /** @type {{ status: keyof typeof counts, n: number }[]} */ (db.prepare('SELECT status, count(*) AS n FROM mail_outbox GROUP BY status').all())) {
    counts[row.status] = row.n;
  }
  return counts;
}
