// @ts-check

const DAY = 86_400_000;

/**
 * Per mentor: how many requests they answered (accepted or declined) and the median days it
 * took. `usuallyAnswersWithinDays` is set from 3 answers on: whole days, rounded up, at least 1.
 * @param {import('better-sqlite3').Database} db
 * @returns {Map<string, { answered: number, medianDays: number, usuallyAnswersWithinDays?: number }>}
 */
export function replyStats(db) {
  const rows = /** @type {{ mentor_id: string, took: number }[]} */ (
    db.prepare(`SELECT mentor_id, answered_at - received_at AS took FROM request_answers WHERE status IN ('accepted', 'declined') AND answered_at IS NOT NULL ORDER BY mentor_id, took`).all()
  );
  /** @type {Map<string, number[]>} */
  const byMentor = new Map();
  for (const { mentor_id: id, took } of rows) {
    const list = byMentor.get(id) ?? [];
    list.push(Math.max(0, took) / DAY);
    byMentor.set(id, list);
  }
  const stats = new Map();
  for (const [id, days] of byMentor) {
    const mid = Math.floor(days.length / 2);
    const median = days.length % 2 ? /** @type {number} */ (days[mid]) : (/** @type {number} */ (days[mid - 1]) + /** @type {number} */ (days[mid])) / 2;
    stats.set(id, {
      answered: days.length,
      medianDays: median,
      ...(days.length >= 3 ? { usuallyAnswersWithinDays: Math.max(1, Math.ceil(median)) } : {}),
    });
  }
  return stats;
}
