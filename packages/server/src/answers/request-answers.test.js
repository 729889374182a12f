// @ts-check
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyLink } from '../links/answer-links.js';
import { openMigratedDatabase } from '../mail/testing/open-migrated-database.js';
import {
  acceptRequest,
  checkAnswerLink,
  declineRequest,
  mentorLanguage,
  pauseMentor,
  relayRequest,
  replyStats,
  runDueLifecycle,
} from './request-answers.js';

/** @type {import('@mentor-finder/matcher').Mentor[]} */
const MENTORS = JSON.parse(readFileSync(new URL('../../../../../shared/data/mentors.json', import.meta.url), 'utf8'));
/** @type {import('@mentor-finder/matcher').Programme[]} */
const PROGRAMMES = JSON.parse(readFileSync(new URL('../../../../../shared/data/programmes.json', import.meta.url), 'utf8'));
const SECRET = 'test-secret-test-secret-test-secret';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 1, 2, 9, 0);

/** @param {{ mentors?: import('@mentor-finder/matcher').Mentor[], programmes?: import('@mentor-finder/matcher').Programme[] }} [options] */
function setUp({ mentors = MENTORS, programmes = PROGRAMMES } = {}) {
  const db = openMigratedDatabase();
  let now = T0;
  const invalidations = { count: 0 };
  const insertState = db.prepare('INSERT INTO mentor_state (mentor_id, current_mentees, accepting_requests) VALUES (?, ?, ?)');
  for (const m of mentors) insertState.run(m.id, m.capacity.currentMentees, m.capacity.acceptingRequests ? 1 : 0);
  const ctx = {
    db,
    clock: { now: () => now },
    config: { publicBaseUrl: 'https://mentors.example.org/', secret: SECRET, replyWindowDays: 14 },
    findMentor: (/** @type {string} */ id) => mentors.find((m) => m.id === id),
    listMentors: () => mentors,
    findProgramme: (/** @type {string} */ id) => programmes.find((p) => p.id === id),
    directory: { invalidate: () => void invalidations.count++ },
  };
  /** @param {string} mentorId @param {string} [id] @param {object} [extra] */
  function relay(mentorId, id = `req-${mentorId}`, extra = {}) {
    const mentor = /** @type {import('@mentor-finder/matcher').Mentor} */ (ctx.findMentor(mentorId));
    db.prepare('INSERT INTO contact_requests (id) VALUES (?)').run(id);
    relayRequest(ctx, {
      request: {
        id,
        receivedAt: now,
        sender: { name: 'Piret Proov', email: 'piret.proov@example.org', country: 'EE', languages: ['et', 'en'] },
        message: { text: 'I would like help with partner finding for a new project.', lang: 'en' },
        topics: ['partner-finding'],
        client: { locale: 'et' },
        ...extra,
      },
      mentor,
      programme: ctx.findProgramme(mentor.programmeId),
    });
    const mail = /** @type {{ text: string }} */ (db.prepare(`SELECT text FROM mail_outbox WHERE request_id = ? AND kind IN ('mentor-request')`).get(id));
    /** @param {string} purpose */
    const link = (purpose) => {
      const token = /** @type {string} */ (new RegExp(`/answers/([^\\s]+)`, 'g').exec(mail.text.split('\n').filter((l) => l.includes('/answers/'))[['accept', 'decline', 'pause'].indexOf(purpose)] ?? '')?.[1]);
      const check = verifyLink(SECRET, token, now);
      if (!check.ok) throw new Error(`link ${purpose}: ${check.code}`);
      return check.link;
    };
    return { accept: link('accept'), decline: link('decline'), pause: link('pause') };
  }
  /** Everything an answer could change. */
  const snapshot = () => ({
    answers: db.prepare('SELECT * FROM request_answers ORDER BY request_id').all(),
    state: db.prepare('SELECT * FROM mentor_state ORDER BY mentor_id').all(),
    requests: db.prepare('SELECT * FROM contact_requests ORDER BY id').all(),
    uses: db.prepare('SELECT * FROM link_uses ORDER BY nonce').all(),
    mails: db.prepare('SELECT id, kind, request_id, status FROM mail_outbox ORDER BY id').all(),
  });
  return { db, ctx, relay, snapshot, invalidations, advance: (/** @type {number} */ ms) => (now += ms), now: () => now };
}

/** @param {import('better-sqlite3').Database} db @param {string} kind */
const mailsOf = (db, kind) => /** @type {{ recipient: string, language: string, subject: string, text: string, request_id: string }[]} */ (db.prepare('SELECT * FROM mail_outbox WHERE kind = ? ORDER BY id').all(kind));

describe('relaying a request', () => {
  it('queues the mentor’s mail in the mentor’s language with three signed links and opens the reply window', () => {
    const { db, relay } = setUp();
    relay('m-ee-01');
    const [mail] = mailsOf(db, 'mentor-request');
    expect(mail).toMatchObject({ recipient: 'kadri.tamm@example.org', language: 'et', request_id: 'req-m-ee-01' });
    expect(mail?.text.match(/https:\/\/mentors\.example\.org\/answers\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g)).toHaveLength(3);
    expect(db.prepare('SELECT * FROM request_answers').get()).toMatchObject({ status: 'open', requester_lang: 'et', mentor_lang: 'et', remind_at: T0 + 7 * DAY, expires_at: T0 + 14 * DAY });
  });

  it('takes the programme’s own reply window when it has one', () => {
    const programmes = PROGRAMMES.map((p) => ({ ...p, contact: { ...p.contact, replyWindowDays: 6 } }));
    const { db, relay } = setUp({ programmes });
    relay('m-ee-01');
    expect(db.prepare('SELECT remind_at, expires_at FROM request_answers').get()).toEqual({ remind_at: T0 + 3 * DAY, expires_at: T0 + 6 * DAY });
  });

  it('writes to a mentor in their native language where mails have it, else in one they list', () => {
    const byId = (/** @type {string} */ id) => /** @type {import('@mentor-finder/matcher').Mentor} */ (MENTORS.find((m) => m.id === id));
    expect(mentorLanguage(byId('m-ee-01'))).toBe('et');
    expect(mentorLanguage(byId('m-fi-01'))).toBe('fi');
    expect(mentorLanguage(byId('m-lt-01'))).toBe('lt');
    expect(mentorLanguage(byId('m-pl-01'))).toBe('en');
  });
});

describe('accepting', () => {
  it('takes a place, closes the request, spends the link and queues the requester’s mail', () => {
    const { db, ctx, relay, invalidations } = setUp();
    const links = relay('m-ee-01');
    const before = /** @type {{ current_mentees: number }} */ (db.prepare(`SELECT current_mentees FROM mentor_state WHERE mentor_id = 'm-ee-01'`).get());
    expect(acceptRequest(ctx, links.accept)).toMatchObject({ ok: true });
    expect(db.prepare(`SELECT current_mentees FROM mentor_state WHERE mentor_id = 'm-ee-01'`).get()).toEqual({ current_mentees: before.current_mentees + 1 });
    expect(db.prepare('SELECT status, answered_at FROM request_answers').get()).toEqual({ status: 'accepted', answered_at: T0 });
    expect(db.prepare('SELECT status FROM contact_requests').get()).toEqual({ status: 'accepted' });
    const [mail] = mailsOf(db, 'requester-accepted');
    expect(mail).toMatchObject({ recipient: 'piret.proov@example.org', language: 'et' });
    expect(mail?.text).toContain('kadri.tamm@example.org');
    expect(invalidations.count).toBe(1);
  });

  it('replayed, changes nothing and says the link was used', () => {
    const { ctx, relay, snapshot } = setUp();
    const links = relay('m-ee-01');
    acceptRequest(ctx, links.accept);
    const before = snapshot();
    expect(acceptRequest(ctx, links.accept)).toMatchObject({ ok: false, code: 'used' });
    expect(declineRequest(ctx, links.decline, 'no')).toMatchObject({ ok: false, code: 'answered' });
    expect(snapshot()).toEqual(before);
  });

  it('without a free place changes nothing', () => {
    const { ctx, relay, snapshot } = setUp();
    const links = relay('m-ee-02'); // full in the sample
    const before = snapshot();
    expect(acceptRequest(ctx, links.accept)).toMatchObject({ ok: false, code: 'no-place' });
    expect(snapshot()).toEqual(before);
  });

  it('gives the last place to exactly one of two requests', () => {
    const { db, ctx, relay } = setUp();
    const first = relay('m-ee-01', 'req-a');
    const second = relay('m-ee-01', 'req-b');
    const outcomes = [acceptRequest(ctx, first.accept), acceptRequest(ctx, second.accept)];
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.code))).toEqual(['ok', 'no-place']);
    expect(db.prepare(`SELECT current_mentees FROM mentor_state WHERE mentor_id = 'm-ee-01'`).get()).toEqual({ current_mentees: 2 });
    expect(db.prepare(`SELECT request_id, status FROM request_answers ORDER BY request_id`).all()).toEqual([
      { request_id: 'req-a', status: 'accepted' },
      { request_id: 'req-b', status: 'open' },
    ]);
  });

  it('refuses a link of another purpose and an expired request, changing nothing', () => {
    const { ctx, relay, snapshot, advance } = setUp();
    const links = relay('m-ee-01');
    const before = snapshot();
    expect(acceptRequest(ctx, links.decline)).toMatchObject({ ok: false, code: 'invalid' });
    expect(declineRequest(ctx, links.pause, '')).toMatchObject({ ok: false, code: 'invalid' });
    expect(pauseMentor(ctx, links.accept)).toMatchObject({ ok: false, code: 'invalid' });
    advance(14 * DAY);
    expect(checkAnswerLink(ctx, links.accept)).toMatchObject({ ok: false, code: 'expired' });
    expect(acceptRequest(ctx, links.accept)).toMatchObject({ ok: false, code: 'expired' });
    expect(snapshot()).toEqual(before);
  });
});

describe('declining', () => {
  it('keeps the reason and offers up to three other mentors of the programme who have room', () => {
    const { db, ctx, relay } = setUp();
    const links = relay('m-ee-01');
    expect(declineRequest(ctx, links.decline, '  Mul pole\r\npraegu aega. ')).toMatchObject({ ok: true });
    expect(db.prepare('SELECT status, reason FROM request_answers').get()).toEqual({ status: 'declined', reason: 'Mul pole\npraegu aega.' });
    const [mail] = mailsOf(db, 'requester-declined');
    expect(mail?.text).toContain('> Mul pole\n> praegu aega.');
    const names = [...(mail?.text ?? '').matchAll(/^- (.+) \(/gm)].map((m) => m[1]);
    expect(names).toHaveLength(3);
    const byName = (/** @type {string | undefined} */ n) => MENTORS.find((m) => m.displayName === n);
    for (const name of names) {
      const m = byName(name);
      expect(m?.programmeId).toBe('etwinning-mentors-2026');
      expect(m?.id).not.toBe('m-ee-01');
      expect(m && m.capacity.currentMentees < m.capacity.maxMentees && m.capacity.acceptingRequests && m.status === 'active').toBe(true);
    }
  });

  it('offers nobody when nobody else has room, and says so', () => {
    const mentors = MENTORS.filter((m) => m.programmeId === 'etwinning-mentors-2026').map((m) => (m.id === 'm-ee-01' ? m : { ...m, capacity: { ...m.capacity, currentMentees: m.capacity.maxMentees } }));
    const { db, ctx, relay } = setUp({ mentors });
    declineRequest(ctx, relay('m-ee-01').decline, undefined);
    expect(mailsOf(db, 'requester-declined')[0]?.text).toContain('Praegu ei ole teistel mentoritel vabu kohti.');
  });
});

describe('pausing', () => {
  it('stops new requests to the mentor and leaves the request open', () => {
    const { db, ctx, relay, invalidations } = setUp();
    const links = relay('m-ee-01');
    expect(pauseMentor(ctx, links.pause)).toMatchObject({ ok: true });
    expect(db.prepare(`SELECT accepting_requests, paused_at FROM mentor_state WHERE mentor_id = 'm-ee-01'`).get()).toEqual({ accepting_requests: 0, paused_at: new Date(T0).toISOString() });
    expect(db.prepare('SELECT status FROM request_answers').get()).toEqual({ status: 'open' });
    expect(invalidations.count).toBe(1);
    expect(pauseMentor(ctx, links.pause)).toMatchObject({ ok: false, code: 'used' });
    expect(acceptRequest(ctx, links.accept)).toMatchObject({ ok: true });
  });
});

describe('lifecycle', () => {
  it('reminds once at half the window and closes at its end with the requester’s mail', () => {
    const { db, ctx, relay, advance, snapshot } = setUp();
    relay('m-fi-01', 'req-x', { client: { locale: 'fi' } });
    advance(7 * DAY - 1);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
    advance(1);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 1, expired: 0 });
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
    const [reminder] = mailsOf(db, 'mentor-reminder');
    expect(reminder).toMatchObject({ language: 'fi', request_id: 'req-x' });
    expect(reminder?.text).toContain('> I would like help with partner finding for a new project.');
    advance(7 * DAY - 1);
    const before = snapshot();
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
    expect(snapshot()).toEqual(before);
    advance(1);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 1 });
    expect(db.prepare('SELECT status FROM request_answers').get()).toEqual({ status: 'expired' });
    expect(db.prepare('SELECT status FROM contact_requests').get()).toEqual({ status: 'expired' });
    const [expiry] = mailsOf(db, 'requester-expired');
    expect(expiry).toMatchObject({ recipient: 'piret.proov@example.org', language: 'fi' });
    expect(expiry?.text).toMatch(/^- .+ \(/m);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
  });

  it('does not remind or expire an answered request', () => {
    const { ctx, relay, advance } = setUp();
    declineRequest(ctx, relay('m-ee-01').decline, '');
    advance(30 * DAY);
    expect(runDueLifecycle(ctx)).toEqual({ reminded: 0, expired: 0 });
  });
});

describe('reply statistics', () => {
  it('count answers per mentor and give a typical time only from three answers on', () => {
    const { ctx, relay, advance, db } = setUp();
    const answer = (/** @type {string} */ id, /** @type {number} */ afterDays) => {
      const links = relay('m-ee-03', id);
      advance(afterDays * DAY);
      declineRequest(ctx, links.decline, '');
    };
    answer('a', 1);
    answer('b', 4);
    expect(replyStats(db).get('m-ee-03')).toEqual({ answered: 2, medianDays: 2.5 });
    answer('c', 2.2);
    expect(replyStats(db).get('m-ee-03')).toEqual({ answered: 3, medianDays: 2.2, usuallyAnswersWithinDays: 3 });
    relay('m-ee-04', 'open-one');
    expect(replyStats(db).has('m-ee-04')).toBe(false);
  });
});
