// @ts-check
import { createLifecycle } from '../lifecycle/run-due-lifecycle.js';
import { replyStats } from '../lifecycle/reply-stats.js';
import { createMailWorker } from '../mail/mail-worker.js';
import answerRoutes from './answer-routes.js';
import { relayRequest } from './request-answers.js';

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 * @typedef {import('./request-answers.js').AnswerContext} AnswerContext
 * @typedef {{
 *   publicBaseUrl: string, secret: string, replyWindowDays: number,
 *   smtp: { url: string, from: string } | undefined, mail?: import('../mail/mail-worker.js').MailSettings
 * }} AnswerServiceConfig
 */

const NO_LOG = { info() {}, warn() {}, error() {}, debug() {} };

/**
 * Mail delivery and the mentor's answers, put together for the server's start-up: the outbox
 * worker, the lifecycle timer, the hook the contact route calls inside its insert transaction,
 * the answer routes and the reply statistics for the directory.
 * @param {{
 *   db: import('better-sqlite3').Database, config: AnswerServiceConfig, clock?: { now(): number },
 *   log?: import('../mail/mail-worker.js').Log,
 *   findMentor(id: string): Mentor | undefined, listMentors(): readonly Mentor[], findProgramme(id: string): Programme | undefined,
 *   transport?: import('../mail/mail-worker.js').MailTransport, lifecycleIntervalMs?: number,
 * }} options
 */
export function createAnswerService({ db, config, clock = { now: () => Date.now() }, log = NO_LOG, findMentor, listMentors, findProgramme, transport, lifecycleIntervalMs }) {
  /** @type {{ invalidate(): void } | undefined} */
  let directory;
  const { smtp } = config;
  // Without SMTP (demo and development only) mail stays queued until a server with SMTP runs.
  const mailWorker = smtp ? createMailWorker({ db, config: { ...config, smtp }, clock, log, ...(transport ? { transport } : {}) }) : undefined;
  /** @type {AnswerContext} */
  const ctx = {
    db,
    clock,
    config,
    findMentor,
    listMentors,
    findProgramme,
    // The directory is built with replyStats from here, so it is attached after both exist.
    directory: { invalidate: () => directory?.invalidate() },
    ...(mailWorker ? { mailWorker } : {}),
  };
  const lifecycle = createLifecycle({ ...ctx, log }, lifecycleIntervalMs === undefined ? {} : { intervalMs: lifecycleIntervalMs });

  return {
    ctx,
    mailWorker,
    lifecycle,
    /** Fastify plugin of the answer pages, to register with `{ ctx }` (see `pluginOptions`). */
    plugin: answerRoutes,
    pluginOptions: { ctx },
    /** @param {{ invalidate(): void }} target */
    attachDirectory(target) {
      directory = target;
    },
    /** Per mentor: answered count, median days, and `usuallyAnswersWithinDays` from 3 answers on. */
    replyStats: () => replyStats(db),
    /**
     * The contact route's hook, called inside its insert transaction: opens the request's reply
     * window and queues the mentor's mail. The worker is told once the transaction committed.
     * @param {import('better-sqlite3').Database} txDb
     * @param {Record<string, unknown>} row
     * @param {Mentor} mentor
     * @param {Programme | undefined} programme
     */
    onContactRequestStored(txDb, row, mentor, programme) {
      const { request, deleteAfter } = relayedFromRow(row);
      relayRequest({ ...ctx, db: txDb }, { request, mentor, programme, ...(deleteAfter === undefined ? {} : { deleteAfter }) });
      if (mailWorker) setImmediate(() => mailWorker.notify());
    },
    /** Looks for due mail now rather than at the next poll: after a request that may have queued some. */
    notifyMail() {
      mailWorker?.notify();
    },
    start() {
      if (mailWorker) mailWorker.start();
      else log.warn({}, 'no SMTP configured: mails stay queued in the outbox');
      lifecycle.start();
    },
    /** Stops the lifecycle timer and lets the mail in flight finish. */
    async stop() {
      lifecycle.stop();
      await mailWorker?.stop();
    },
  };
}

/**
 * The request as the contact route stored it: `{ id, receivedAt, deleteAfter, request }` with
 * the ContactRequest in `request` (or as JSON in `request_json`); times as ISO text or ms.
 * @param {Record<string, any>} row
 */
export function relayedFromRow(row) {
  const request = row.request ?? (typeof row.request_json === 'string' ? JSON.parse(row.request_json) : row);
  const receivedAt = toMs(row.receivedAt ?? row.received_at);
  const deleteAfter = row.deleteAfter ?? row.delete_after;
  if (typeof row.id !== 'string' || receivedAt === undefined) throw new TypeError('stored contact request has no id or receivedAt');
  return {
    request: { ...request, id: row.id, receivedAt },
    deleteAfter: deleteAfter === undefined || deleteAfter === null ? undefined : toMs(deleteAfter),
  };
}

/** @param {unknown} value */
function toMs(value) {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    // A bare date (retention dates) counts from the end of that day.
    const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T23:59:59.999Z`) : Date.parse(value);
    return Number.isFinite(time) ? time : undefined;
  }
  return undefined;
}
