// @ts-check
import { describe, expect, it } from 'vitest';
import { buildCoordinatorTestApp } from '../coordinator/testing/coordinator-test-context.js';
import { careerRegistration, menteeRegistration, mentorRegistration, postRegistration } from '../registrations/testing/registration-fixtures.js';
import { PROGRAMMES } from '../testing/test-app.js';
import { createRetentionJob, menteeDeletionTime, runRetention } from './run-retention.js';

const DAY = 86_400_000;

describe('retention', () => {
  it('deletes exactly the mentee records of programmes past their retention time, with their pairs, and nothing else', async () => {
    const { app, db, config, clock, now, directory } = await buildCoordinatorTestApp();
    // The career programme keeps mentee records twice as long here, so one programme is due and the other not.
    const programmes = PROGRAMMES.map((p) => (p.id === 'career-mentoring-2025-26' ? { ...p, retention: { ...p.retention, menteeRecordsMonthsAfterEnd: 24 } } : p));
    const ctx = { db, config, clock, directory, programmes: () => programmes };
    const post = async (/** @type {unknown} */ body) => {
      const response = await postRegistration(app, body);
      expect(response.statusCode).toBe(202);
      return /** @type {string} */ (response.json().id);
    };
    const etwMentees = [await post(menteeRegistration()), await post(menteeRegistration({ email: 'second.mentee@example.org' }))];
    const careerMentee = await post(careerRegistration('mentee', { email: 'career.mentee@example.org' }));
    const mentor = await post(mentorRegistration());
    db.prepare(`UPDATE registrations SET status = 'approved' WHERE id = ?`).run(mentor);
    db.prepare(`INSERT INTO pairs (programme_id, mentor_id, mentee_registration_id, created_at) VALUES ('etwinning-mentors-2026', 'm-ee-01', ?, ?)`).run(etwMentees[0], now.value);
    db.prepare(`INSERT INTO pairs (programme_id, mentor_id, mentee_registration_id, created_at) VALUES ('career-mentoring-2025-26', 'm-ee-01', ?, ?)`).run(careerMentee, now.value);
    const ids = () => db.prepare('SELECT id FROM registrations ORDER BY id').pluck().all();
    const before = ids();

    // The eTwinning programme ends 2026-06-30: its mentee records go at the start of 2027-07-01 (UTC).
    const due = /** @type {number} */ (menteeDeletionTime(/** @type {any} */ (programmes.find((p) => p.id === 'etwinning-mentors-2026'))));
    expect(new Date(due).toISOString()).toBe('2027-07-01T00:00:00.000Z');
    now.value = due - 1;
    expect(runRetention(ctx).menteesDeleted).toBe(0);
    expect(ids()).toEqual(before);

    now.value = due;
    expect(runRetention(ctx).menteesDeleted).toBe(2);
    expect(ids()).toEqual(before.filter((id) => !etwMentees.includes(/** @type {string} */ (id))));
    expect(ids()).toEqual(expect.arrayContaining([careerMentee, mentor]));
    expect(db.prepare('SELECT mentee_registration_id FROM pairs').pluck().all()).toEqual([careerMentee]);
    // Running again deletes nothing more.
    expect(runRetention(ctx).menteesDeleted).toBe(0);

    now.value = Date.UTC(2028, 6, 1);
    expect(runRetention(ctx).menteesDeleted).toBe(1);
    expect(ids()).toEqual([mentor]);
  });

  it('asks approved mentors to reconfirm at the configured interval, once per due date, not when paused or not approved', async () => {
    const { app, db, config, clock, now, directory } = await buildCoordinatorTestApp();
    const ctx = { db, config, clock, directory, programmes: () => PROGRAMMES };
    const start = now.value;
    const approved = (await postRegistration(app, mentorRegistration())).json().id;
    const paused = (await postRegistration(app, mentorRegistration({ email: 'paused@example.org' }))).json().id;
    const pending = (await postRegistration(app, mentorRegistration({ email: 'pending@example.org' }))).json().id;
    db.prepare(`UPDATE registrations SET status = 'approved' WHERE id IN (?, ?)`).run(approved, paused);
    db.prepare(`UPDATE registrations SET paused_at = ? WHERE id = ?`).run(start, paused);
    db.prepare(`UPDATE registrations SET status = 'pending' WHERE id = ?`).run(pending);
    const reconfirmMails = () => db.prepare(`SELECT recipient FROM mail_outbox WHERE kind = 'profile-reconfirm'`).pluck().all();

    now.value = start + 364 * DAY;
    expect(runRetention(ctx).reconfirmationsQueued).toBe(0);
    now.value = Date.UTC(2027, 1, 2, 9, 0);
    expect(runRetention(ctx).reconfirmationsQueued).toBe(1);
    expect(reconfirmMails()).toEqual(['liis.parn@example.org']);
    const mail = /** @type {{ text: string, language: string }} */ (db.prepare(`SELECT text, language FROM mail_outbox WHERE kind = 'profile-reconfirm'`).get());
    expect(mail.text).toMatch(/\/registrations\/pause\?t=/);
    expect(runRetention(ctx).reconfirmationsQueued).toBe(0);
    // The next one a year later.
    now.value = Date.UTC(2028, 1, 2, 9, 0);
    const job = createRetentionJob(ctx);
    expect(job.tick().reconfirmationsQueued).toBe(1);
    expect(reconfirmMails()).toEqual(['liis.parn@example.org', 'liis.parn@example.org']);
  });

  it('deletes mentor registrations never confirmed once the confirmation link has expired, and no others', async () => {
    const { app, db, config, clock, now, directory } = await buildCoordinatorTestApp();
    const ctx = { db, config, clock, directory, programmes: () => PROGRAMMES };
    const unconfirmed = (await postRegistration(app, mentorRegistration())).json().id;
    const confirmed = (await postRegistration(app, mentorRegistration({ email: 'confirmed@example.org' }))).json().id;
    const mentee = (await postRegistration(app, menteeRegistration())).json().id;
    db.prepare(`UPDATE registrations SET status = 'pending' WHERE id = ?`).run(confirmed);
    now.value += 7 * DAY - 1;
    expect(runRetention(ctx).unconfirmedDeleted).toBe(0);
    now.value += 1;
    expect(runRetention(ctx).unconfirmedDeleted).toBe(1);
    const left = db.prepare('SELECT id FROM registrations').pluck().all();
    expect(left).toHaveLength(2);
    expect(left).toEqual(expect.arrayContaining([confirmed, mentee]));
    expect(left).not.toContain(unconfirmed);
  });
});
