// @ts-check
import nodemailer from 'nodemailer';
import { isMailAddress, oneLine } from './mail-text.js';

/**
 * @typedef {import('./outbox.js').OutboxRow} OutboxRow
 * @typedef {{ now(): number }} Clock
 * @typedef {{ info: Function, warn: Function, error: Function, debug?: Function }} Log
 * @typedef {{ sendMail(message: object): Promise<unknown>, close?(): void }} MailTransport
 * @typedef {{
 *   maxAttempts?: number, leaseMs?: number, pollMs?: number, backoffBaseMs?: number, backoffMaxMs?: number
 * }} MailSettings
 * @typedef {{
 *   smtp: { url: string, from: string }, mail?: MailSettings
 * }} MailWorkerConfig
 */

/** Defaults of `config.mail`. */
export const DEFAULT_MAIL_SETTINGS = Object.freeze({
  maxAttempts: 8,
  // Longer than any single SMTP conversation: a lease only runs out when its process died.
  leaseMs: 5 * 60_000,
  pollMs: 5_000,
  backoffBaseMs: 30_000,
  backoffMaxMs: 6 * 60 * 60_000,
});

const CONTENT_LANGUAGE = /^[a-z]{2}(, [a-z]{2})*$/;
const NO_LOG = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * Sends the outbox over SMTP, one mail at a time. A mail is claimed with a lease in a committed
 * transaction before it is handed to SMTP and marked sent right after, so a process killed in
 * between leaves a `sending` row whose lease runs out and which is then sent again with the
 * same Message-ID.
 * @param {{ db: import('better-sqlite3').Database, transport?: MailTransport, clock?: Clock,
 *   config: MailWorkerConfig, log?: Log }} options
 */
export function createMailWorker({ db, transport, clock = { now: () => Date.now() }, config, log = NO_LOG }) {
  const settings = { ...DEFAULT_MAIL_SETTINGS, ...config.mail };
  // One pooled connection: mails go one at a time, without a new SMTP session each.
  const smtp = transport ?? nodemailer.createTransport({ url: config.smtp.url, pool: true, maxConnections: 1 });
  const ownsTransport = transport === undefined;

  const selectDue = db.prepare(
    `SELECT * FROM mail_outbox
      WHERE (status = 'queued' AND next_attempt_at <= @now) OR (status = 'sending' AND lease_until <= @now)
      ORDER BY next_attempt_at, id LIMIT 1`,
  );
  const markSending = db.prepare(`UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, lease_until = ?, updated_at = ? WHERE id = ?`);
  const markSent = db.prepare(`UPDATE mail_outbox SET status = 'sent', sent_at = @now, lease_until = NULL, last_error = NULL, updated_at = @now WHERE id = @id AND status = 'sending'`);
  const markRetry = db.prepare(`UPDATE mail_outbox SET status = 'queued', next_attempt_at = @next, lease_until = NULL, last_error = @error, updated_at = @now WHERE id = @id AND status = 'sending'`);
  // The sign-in is this service's setting, not the mail's fault: the attempt is given back, and all
  // queued mail waits with it, so that one sign-in is tried per wait (repeated failed sign-ins get
  // accounts locked and addresses banned by mail providers).
  const markWaiting = db.prepare(`UPDATE mail_outbox SET status = 'queued', attempts = attempts - 1, next_attempt_at = @next, lease_until = NULL, last_error = @error, updated_at = @now WHERE id = @id AND status = 'sending'`);
  const holdQueued = db.prepare(`UPDATE mail_outbox SET next_attempt_at = @next WHERE status = 'queued' AND next_attempt_at < @next`);
  const holdAll = db.transaction((/** @type {{ id: number, now: number, next: number, error: string }} */ wait) => {
    markWaiting.run(wait);
    holdQueued.run({ next: wait.next });
  });
  let signInRefusals = 0;
  const markFailed = db.prepare(`UPDATE mail_outbox SET status = 'failed', lease_until = NULL, last_error = @error, updated_at = @now WHERE id = @id`);
  const nextDue = db.prepare(`SELECT min(CASE WHEN status = 'queued' THEN next_attempt_at ELSE lease_until END) AS at FROM mail_outbox WHERE status IN ('queued', 'sending')`);

  const claim = db.transaction((/** @type {number} */ now) => {
    for (;;) {
      const row = /** @type {OutboxRow | undefined} */ (selectDue.get({ now }));
      if (!row) return undefined;
      if (row.status === 'sending' && row.attempts >= settings.maxAttempts) {
        markFailed.run({ id: row.id, now, error: row.last_error ?? 'lease expired on the last attempt' });
        continue;
      }
      markSending.run(now + settings.leaseMs, now, row.id);
      return /** @type {OutboxRow} */ ({ ...row, status: 'sending', attempts: row.attempts + 1 });
    }
  });

  let running = false;
  /** @type {Promise<void> | undefined} */
  let loop;
  /** @type {(() => void) | undefined} */
  let wake;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;

  /**
   * Sends one claimed row and records the outcome.
   * @param {OutboxRow} row
   */
  async function deliver(row) {
    let message;
    try {
      message = toMessage(row, config.smtp.from);
    } catch (error) {
      markFailed.run({ id: row.id, now: clock.now(), error: describe(error) });
      log.error({ mailId: row.id, messageId: row.message_id, err: describe(error) }, 'mail not sendable');
      return;
    }
    try {
      await smtp.sendMail(message);
      signInRefusals = 0;
      markSent.run({ id: row.id, now: clock.now() });
      log.info({ mailId: row.id, messageId: row.message_id, kind: row.kind, attempt: row.attempts }, 'mail sent');
    } catch (error) {
      const now = clock.now();
      if (isSignInRefused(error)) {
        signInRefusals += 1;
        const next = now + Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** (signInRefusals - 1));
        holdAll({ id: row.id, now, next, error: describe(error) });
        log.error({ mailId: row.id, messageId: row.message_id, retryInMs: next - now, err: describe(error) }, 'the mail server refused the sign-in: check MF_SMTP_URL; all mail waits');
        return;
      }
      const permanent = isPermanent(error);
      if (permanent || row.attempts >= settings.maxAttempts) {
        markFailed.run({ id: row.id, now, error: describe(error) });
        log.error({ mailId: row.id, messageId: row.message_id, attempt: row.attempts, err: describe(error) }, 'mail failed for good');
      } else {
        const delay = Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** (row.attempts - 1));
        markRetry.run({ id: row.id, now, next: now + delay, error: describe(error) });
        log.warn({ mailId: row.id, messageId: row.message_id, attempt: row.attempts, retryInMs: delay, err: describe(error) }, 'mail will be retried');
      }
    }
  }

  /** Sends every mail due now; resolves with how many were tried. */
  async function sendDue() {
    let tried = 0;
    for (;;) {
      if (loop && !running) return tried;
      const row = claim.immediate(clock.now());
      if (!row) return tried;
      tried++;
      await deliver(row);
    }
  }

  async function run() {
    while (running) {
      try {
        await sendDue();
      } catch (error) {
        log.error({ err: describe(error) }, 'mail worker pass failed');
      }
      if (!running) break;
      const at = /** @type {{ at: number | null }} */ (nextDue.get()).at;
      const wait = at === null ? settings.pollMs : Math.max(0, Math.min(settings.pollMs, at - clock.now()));
      await new Promise((resolve) => {
        wake = () => resolve(undefined);
        timer = setTimeout(wake, wait);
      });
      wake = undefined;
    }
  }

  return {
    /** Starts sending in the background. */
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    /** Looks for due mail now instead of at the next poll (after a commit that queued some). */
    notify() {
      if (wake) {
        clearTimeout(timer);
        wake();
      }
    },
    /** Stops after the mail in flight is sent and recorded. */
    async stop() {
      running = false;
      this.notify();
      await loop;
      loop = undefined;
      if (ownsTransport) smtp.close?.();
    },
    sendDue,
  };
}

/**
 * The nodemailer message for a row. Headers are only set through nodemailer's own fields from
 * values checked here, so no stored text can add a header or an address.
 * @param {OutboxRow} row
 * @param {string} from
 */
export function toMessage(row, from) {
  if (!isMailAddress(row.recipient)) throw new TypeError('recipient is not one plain address');
  if (!CONTENT_LANGUAGE.test(row.content_language)) throw new TypeError('content language is not a list of language codes');
  const replyTo = row.reply_to && isMailAddress(row.reply_to) ? { name: oneLine(row.reply_to_name ?? ''), address: row.reply_to } : undefined;
  return {
    messageId: row.message_id,
    date: new Date(row.created_at),
    from,
    to: { name: oneLine(row.recipient_name ?? ''), address: row.recipient },
    ...(replyTo ? { replyTo } : {}),
    subject: oneLine(row.subject, 250),
    text: row.text,
    html: row.html,
    headers: { 'Content-Language': row.content_language },
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/** @param {unknown} error */
function isPermanent(error) {
  const code = /** @type {{ responseCode?: unknown }} */ (error)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * A refused sign-in (a wrong user or password): nodemailer's EAUTH, or SMTP's 535. Every mail would
 * fail alike until the setting is mended, so none is failed for it. (530 and 534 also answer single
 * recipients, so they stay per mail.)
 * @param {unknown} error
 */
function isSignInRefused(error) {
  const { code, responseCode } = /** @type {{ code?: unknown, responseCode?: unknown }} */ (error ?? {});
  return code === 'EAUTH' || responseCode === 535;
}

// SMTP servers quote the recipient in their refusals; logs and last_error keep no addresses.
const ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:]+/g;

/** @param {unknown} error */
function describe(error) {
  // Redacted before it is cut short, so no address is cut into a piece the pattern misses.
  return oneLine((error instanceof Error ? error.message : String(error)).replace(ADDRESS, '[address]'), 500);
}
