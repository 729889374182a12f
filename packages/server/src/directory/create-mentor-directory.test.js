// @ts-check
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.js';
import { runMigrations } from '../db/run-migrations.js';
import { MENTORS, PROGRAMMES } from '../testing/test-app.js';
import { createMentorDirectory } from './create-mentor-directory.js';

/** @param {import('./create-mentor-directory.js').ReplyStats} [replyStats] */
function setUp(replyStats) {
  const db = openDatabase(':memory:');
  runMigrations(db);
  const directory = createMentorDirectory({ db, mentors: MENTORS, programmes: PROGRAMMES, ...(replyStats ? { replyStats } : {}) });
  /** @type {() => Record<string, any>[]} */
  const publicList = () => JSON.parse(directory.publicJson());
  return { db, directory, publicList };
}

describe('createMentorDirectory', () => {
  it('publishes the public view only: no private fields, no e-mail', () => {
    const { publicList, directory } = setUp();
    const json = directory.publicJson();
    expect(publicList().length).toBe(directory.publicCount());
    for (const m of MENTORS) expect(json).not.toContain(m.private.email);
    expect(json).not.toContain('"private"');
  });

  it('seeds mentor_state once; later starts keep the live state', () => {
    const { db } = setUp();
    db.prepare(`UPDATE mentor_state SET current_mentees = 2, accepting_requests = 0 WHERE mentor_id = 'm-ee-01'`).run();
    const again = createMentorDirectory({ db, mentors: MENTORS, programmes: PROGRAMMES });
    expect(again.findMentor('m-ee-01')?.capacity).toMatchObject({ currentMentees: 2, acceptingRequests: false });
    expect(again.findPublished('m-ee-01')?.mentor.capacity.currentMentees).toBe(2);
  });

  it('shows a change of mentor_state after invalidate(), not before', () => {
    const { db, directory, publicList } = setUp();
    const status = () => publicList().find((m) => m.id === 'm-ee-01')?.capacity.status;
    expect(status()).toBe('available');
    db.prepare(`UPDATE mentor_state SET current_mentees = 2 WHERE mentor_id = 'm-ee-01'`).run();
    expect(status()).toBe('available');
    directory.invalidate();
    expect(status()).toBe('full');
  });

  it('says which mentors take requests through the site, and passes reply statistics from the third answer on', () => {
    const stats = new Map([
      ['m-ee-01', { answered: 3, medianDays: 1.5 }],
      ['m-ee-03', { answered: 2, medianDays: 1 }],
    ]);
    const { publicList } = setUp(() => stats);
    const byId = new Map(publicList().map((m) => [m.id, m]));
    expect(byId.get('m-cc-01')?.takesRequests).toBe(false);
    expect(byId.get('m-ee-01')?.takesRequests).toBe(true);
    expect(byId.get('m-ee-02')?.takesRequests).toBe(false);
    expect(byId.get('m-ee-01')?.usuallyAnswersWithinDays).toBe(2);
    expect(byId.get('m-ee-03')?.usuallyAnswersWithinDays).toBeUndefined();
  });
});
