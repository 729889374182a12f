// @ts-check

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Mentee} Mentee
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 */

/**
 * Places each mentor of a programme has promised to proposed pairs; a confirmed pair is counted in
 * the mentor's state instead.
 * @param {import('better-sqlite3').Database} db
 * @param {string} programmeId
 * @returns {Map<string, number>}
 */
export function proposedPlaces(db, programmeId) {
  const rows = /** @type {{ mentor_id: string, n: number }[]} */ (db.prepare(`SELECT mentor_id, count(*) AS n FROM pairs WHERE programme_id = ? AND status = 'proposed' GROUP BY mentor_id`).all(programmeId));
  return new Map(rows.map((r) => [r.mentor_id, r.n]));
}

/**
 * The cohort a coordinator pairs for one programme: its mentors with live capacity, where a
 * proposed pair already takes a place (a confirmed one is counted in the mentor's state), and
 * the mentees registered for it who are neither rejected nor in a proposed or confirmed pair.
 * @param {import('../registrations/registration-store.js').RegistrationContext} ctx
 * @param {Programme} programme
 * @returns {{ programme: Programme, mentors: Mentor[], mentees: Mentee[], alreadyPaired: number }}
 */
export function cohortFor({ db, directory }, programme) {
  const proposed = proposedPlaces(db, programme.id);
  const mentors = directory
    .listMentors()
    .filter((m) => m.programmeId === programme.id)
    .map((m) => {
      const taken = proposed.get(m.id) ?? 0;
      return taken === 0 ? m : { ...m, capacity: { ...m.capacity, currentMentees: m.capacity.currentMentees + taken } };
    });
  const rows = /** @type {{ record: string, paired: number }[]} */ (
    db
      .prepare(
        `SELECT r.record, EXISTS (SELECT 1 FROM pairs p WHERE p.mentee_registration_id = r.id AND p.status <> 'ended') AS paired
         FROM registrations r WHERE r.kind = 'mentee' AND r.programme_id = ? AND r.status IN ('pending', 'approved') ORDER BY r.created_at, r.rowid`,
      )
      .all(programme.id)
  );
  const mentees = rows.filter((r) => !r.paired).map((r) => /** @type {Mentee} */ (JSON.parse(r.record)));
  return { programme, mentors, mentees, alreadyPaired: rows.length - mentees.length };
}
