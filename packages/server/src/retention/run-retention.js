// @ts-check
import { createIntervalJob } from '../jobs/create-interval-job.js';
import { enqueueMail } from '../mail/outbox.js';
import { addMonths, CONFIRM_LINK_DAYS, profileLinksMail } from '../registrations/registration-store.js';

/**
 * @typedef {import('../registrations/registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {{ menteesDeleted: number, unconfirmedDeleted: number, reconfirmationsQueued: number }} RetentionResult
 */

/**
 * When a programme's mentee records go: `retention.menteeRecordsMonthsAfterEnd` months after
 * the end of the day the programme's period ends (UTC). Undefined when the programme says nothing.
 * @param {import('@mentor-finder/matcher').Programme} programme
 */
export function menteeDeletionTime(programme) {
  const months = programme.retention?.menteeRecordsMonthsAfterEnd;
  const end = programme.period?.to;
  if (typeof months !== 'number' || typeof end !== 'string') return undefined;
  const endOfDay = Date.parse(`${end}T00:00:00Z`) + 86_400_000;
  return Number.isFinite(endOfDay) ? addMonths(endOfDay, months) : undefined;
}

/**
 * One retention run at the context's clock: deletes the mentee registrations (and their pairs)
 * of every programme whose retention time has passed, and asks each approved mentor whose
 * reconfirmation is due to check their profile (one mail per due date; the next one is
 * `retention.profileReconfirmMonths` later). Mentor registrations whose address was never
 * confirmed go once their confirmation link has expired: nobody can act on them any more.
 * @param {RegistrationContext & { programmes: () => readonly import('@mentor-finder/matcher').Programme[] }} ctx
 * @returns {RetentionResult}
 */
export function runRetention(ctx) {
  const { db, config } = ctx;
  const now = ctx.clock.now();
  let menteesDeleted = 0;
  let reconfirmationsQueued = 0;
  let unconfirmedDeleted = 0;
  const byId = new Map(ctx.programmes().map((p) => [p.id, p]));
  db.transaction(() => {
    for (const programme of byId.values()) {
      const at = menteeDeletionTime(programme);
      if (at === undefined || now < at) continue;
      menteesDeleted += db.prepare(`DELETE FROM registrations WHERE kind = 'mentee' AND programme_id = ?`).run(programme.id).changes;
    }
    unconfirmedDeleted = db.prepare(`DELETE FROM registrations WHERE status = 'awaiting-email' AND created_at <= ?`).run(now - CONFIRM_LINK_DAYS * 86_400_000).changes;
    const due = /** @type {import('../registrations/registration-store.js').RegistrationRow[]} */ (
      db.prepare(`SELECT * FROM registrations WHERE kind = 'mentor' AND status = 'approved' AND paused_at IS NULL AND reconfirm_due_at IS NOT NULL AND reconfirm_due_at <= ? ORDER BY id`).all(now)
    );
    for (const row of due) {
      const programme = byId.get(row.programme_id);
      const months = programme?.retention?.profileReconfirmMonths;
      if (!programme || typeof months !== 'number') continue;
      // One mail per registration and due date, however often the job runs.
      const mail = profileLinksMail(ctx, 'profile-reconfirm', row, programme, { id: `${row.id}:${row.reconfirm_due_at}` });
      if (enqueueMail(db, mail, { now, publicBaseUrl: config.publicBaseUrl })) reconfirmationsQueued += 1;
      db.prepare('UPDATE registrations SET reconfirm_due_at = ?, updated_at = ? WHERE id = ?').run(addMonths(now, months), now, row.id);
    }
  }).immediate();
  return { menteesDeleted, unconfirmedDeleted, reconfirmationsQueued };
}

/**
 * Runs retention every `intervalMs` (default hourly) on the context's clock; `tick()` runs it once.
 * @param {Parameters<typeof runRetention>[0] & { log?: { error: Function, info: Function } }} ctx
 * @param {{ intervalMs?: number }} [options]
 */
export function createRetentionJob(ctx, { intervalMs = 3_600_000 } = {}) {
  const tick = () => {
    const result = runRetention(ctx);
    if (result.menteesDeleted + result.unconfirmedDeleted + result.reconfirmationsQueued > 0) ctx.log?.info(result, 'retention run');
    return result;
  };
  return createIntervalJob(tick, { intervalMs, failure: 'retention run failed', log: ctx.log });
}
