// @ts-check
import { describe, expect, it } from 'vitest';
import {
  acceptRequest,
  checkAnswerLink,
  declineRequest,
  mentorLanguage,
  pauseMentor,
} from './request-answers.js';
import { DAY, MENTORS, PROGRAMMES, T0, mailsOf, setUp } from './testing/answer-test-context.js';

describe('relaying a request', () => {
  it('queues the mentor’s mail in the mentor’s language with three signed links and opens the reply window', () => {
    const { db, relay } = setUp();
    relay('m-ee-01');
    const [mail] = mailsOf(db, 'mentor-request');
    expect(mail).toMatchObject({ recipient: 'kadri.tamm@example.org', language: 'et', request_id: 'req-m-ee-01' });
    expect(mail?.text.match(/https:\/\/mentors\.example\.org\/answer\?t=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g)).toHaveLength(3);
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
