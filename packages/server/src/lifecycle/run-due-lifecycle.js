// @ts-check
import { createIntervalJob } from '../jobs/create-interval-job.js';
import { composeMentorReminder, composeRequesterExpired } from '../mail/compose-mails.js';
import { enqueueMail } from '../mail/outbox.js';
import { alternativesFor, answerUrls, closeRequest, relayedRequest, requesterOf } from '../answers/request-answers.js';

/**
 * @typedef {import('../answers/request-answers.js').AnswerContext} AnswerContext
 * @typedef {import('../answers/request-answers.js').AnswerRow} AnswerRow
 */

/**
 * Sends the one reminder of every open request past half its window, and closes every request
 * past its window with the requester's mail. Returns how many of each.
 * @param {AnswerContext} ctx
 */
export function runDueLifecycle(ctx) {
  const now = ctx.clock.now();
  const result = ctx.db
    .transaction(() => {
      let reminded = 0;
      let expired = 0;
      const due = /** @type {AnswerRow[]} */ (
        ctx.db.prepare(`SELECT * FROM request_answers WHERE status = 'open' AND (expires_at <= ? OR (reminded_at IS NULL AND remind_at <= ?)) ORDER BY received_at, request_id`).all(now, now)
      );
      for (const row of due) {
        const mentor = ctx.findMentor(row.mentor_id);
        const programme = ctx.findProgramme(row.programme_id);
        if (row.expires_at <= now) {
          closeRequest(ctx, row, 'expired', now, null);
          expired++;
          if (!mentor) continue;
          const mail = composeRequesterExpired({
            requestId: row.request_id,
            requester: requesterOf(row),
            lang: row.requester_lang,
            mentor,
            programme,
            receivedAt: row.received_at,
            alternatives: alternativesFor(ctx, row),
            findUrl: ctx.config.publicBaseUrl,
          });
          enqueueMail(ctx.db, mail, { now, publicBaseUrl: ctx.config.publicBaseUrl });
        } else {
          ctx.db.prepare('UPDATE request_answers SET reminded_at = ? WHERE request_id = ?').run(now, row.request_id);
          reminded++;
          if (!mentor) continue;
          const mail = composeMentorReminder({ request: relayedRequest(row), mentor, programme, lang: row.mentor_lang, replyBy: row.expires_at, urls: answerUrls(ctx, row.request_id, row.expires_at) });
          enqueueMail(ctx.db, mail, { now, publicBaseUrl: ctx.config.publicBaseUrl });
        }
      }
      return { reminded, expired };
    })
    .immediate();
  if (result.reminded + result.expired > 0) ctx.mailWorker?.notify();
  return result;
}

/**
 * Deletes what the answers keep of requests past their retention date (programme
 * `retention.contactRequestsDays`): the answer row, its used links and its mails once they are
 * no longer waiting to be sent. Returns how many requests were removed.
 * @param {AnswerContext} ctx
 */
export function purgeExpiredRequests(ctx) {
  const now = ctx.clock.now();
  return ctx.db
    .transaction(() => {
      const ids = /** @type {{ request_id: string }[]} */ (ctx.db.prepare('SELECT request_id FROM request_answers WHERE delete_after <= ?').all(now)).map((r) => r.request_id);
      const deleteMails = ctx.db.prepare(`DELETE FROM mail_outbox WHERE request_id = ? AND status IN ('sent', 'failed')`);
      const deleteUses = ctx.db.prepare('DELETE FROM link_uses WHERE request_id = ?');
      const deleteAnswer = ctx.db.prepare('DELETE FROM request_answers WHERE request_id = ?');
      for (const id of ids) {
        deleteMails.run(id);
        deleteUses.run(id);
        deleteAnswer.run(id);
      }
      return ids.length;
    })
    .immediate();
}

/**
 * Runs reminders, expiry and retention every `intervalMs` on the context's clock; `tick()`
 * runs them once (tests call it after moving their clock).
 * @param {AnswerContext & { log?: { error: Function } }} ctx
 * @param {{ intervalMs?: number }} [options]
 */
export function createLifecycle(ctx, { intervalMs = 60_000 } = {}) {
  const tick = () => ({ ...runDueLifecycle(ctx), purged: purgeExpiredRequests(ctx) });
  return createIntervalJob(tick, { intervalMs, failure: 'request lifecycle failed', log: ctx.log });
}
