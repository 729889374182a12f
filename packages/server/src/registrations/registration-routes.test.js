// @ts-check
import { describe, expect, it } from 'vitest';
import { signLink } from '../links/answer-links.js';
import { buildCoordinatorTestApp } from '../coordinator/testing/coordinator-test-context.js';
import { careerRegistration, linkInMail, menteeRegistration, mentorRegistration, postRegistration } from './testing/registration-fixtures.js';

const statusOf = (/** @type {import('better-sqlite3').Database} */ db, /** @type {string} */ id) => db.prepare('SELECT status FROM registrations WHERE id = ?').pluck().get(id);

describe('POST /api/registrations', () => {
  it('stores a mentor as awaiting the e-mail confirmation and queues the mail with a signed link; GET changes nothing, POST confirms once', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const response = await postRegistration(app, mentorRegistration(), { query: '?lang=et' });
    expect(response.statusCode).toBe(202);
    const { id, status } = response.json();
    expect(status).toBe('awaiting-email');
    const mail = /** @type {any} */ (db.prepare('SELECT * FROM mail_outbox').get());
    expect(mail).toMatchObject({ kind: 'registration-confirm', recipient: 'liis.parn@example.org', language: 'et', request_id: id });
    expect(mail.subject).toContain('Kinnita oma e-posti aadress');
    expect(mail.text).toContain('Link kehtib 7 päeva.');

    const link = linkInMail(db, 'liis.parn@example.org', 'confirm');
    const url = `${link.pathname}${link.search}`;
    const page = await app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="et">');
    expect(statusOf(db, id)).toBe('awaiting-email');

    const confirmed = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(confirmed.statusCode).toBe(200);
    expect(statusOf(db, id)).toBe('pending');
    const again = await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(again.statusCode).toBe(410);
    // Opened again from the mail, the link says the address is confirmed, in the registration's language.
    expect(again.body).toContain('<h1>Sinu aadress on juba kinnitatud</h1>');
    const reopened = await app.inject({ method: 'GET', url });
    expect(reopened.body).toContain('<h1>Sinu aadress on juba kinnitatud</h1>');
  });

  it('accepts the wrapped form { kind, record, lang }; a mentee is pending at once and gets no mail', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const response = await postRegistration(app, { kind: 'mentee', record: menteeRegistration(), lang: 'fi' });
    expect(response.statusCode).toBe(202);
    expect(response.json().status).toBe('pending');
    expect(db.prepare('SELECT lang FROM registrations').pluck().get()).toBe('fi');
    expect(db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);
  });

  it('mails in the language the form was filled in (consent.lang, as <mentor-registration> sends it), not the first language listed', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const record = mentorRegistration();
    expect(record.languages[0].code).not.toBe('lt');
    const response = await postRegistration(app, { kind: 'mentor', programmeId: record.programmeId, record, consent: { noticeVersion: '2025-08', lang: 'lt', givenAt: '2026-01-10T10:00:00.000Z', texts: {} }, client: { locale: 'lt', widgetVersion: '1.0.0' } });
    expect(response.statusCode).toBe(202);
    expect(db.prepare('SELECT lang FROM registrations').pluck().get()).toBe('lt');
    expect(db.prepare('SELECT language FROM mail_outbox').pluck().get()).toBe('lt');
  });

  it('400 naming the field for a record the schema refuses, an unknown programme or no kind; nothing stored or mailed', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const { displayName: _d, ...noName } = mentorRegistration();
    const cases = [
      [noName, 'displayName'],
      [mentorRegistration({ email: 'not an address' }), 'email'],
      [mentorRegistration({}, { programmeId: 'no-such-programme' }), 'programmeId'],
      [{ kind: 'teacher', record: mentorRegistration() }, 'kind'],
      [[mentorRegistration()], 'record'],
    ];
    for (const [body, field] of cases) {
      const response = await postRegistration(app, body);
      expect(response.statusCode, String(field)).toBe(400);
      expect(response.json().field).toBe(field);
    }
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);
  });

  it('flags duplicates (same e-mail in the same programme, any case; or a mentor already in the file) and keeps both records', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const first = (await postRegistration(app, mentorRegistration())).json().id;
    const second = (await postRegistration(app, mentorRegistration({ email: 'LIIS.PARN@example.org', givenName: 'Liis Maria' }))).json().id;
    const other = await postRegistration(app, careerRegistration('mentor', { email: 'liis.parn@example.org' }));
    expect(other.statusCode).toBe(202);
    const otherProgramme = other.json().id;
    const known = (await postRegistration(app, mentorRegistration({ email: 'kadri.tamm@example.org' }))).json().id;
    const dup = (/** @type {string} */ id) => db.prepare('SELECT duplicate_of FROM registrations WHERE id = ?').pluck().get(id);
    expect(dup(first)).toBeNull();
    expect(dup(second)).toBe(first);
    expect(dup(known)).toBe('m-ee-01');
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(4);
    expect(JSON.parse(/** @type {string} */ (db.prepare('SELECT record FROM registrations WHERE id = ?').pluck().get(second))).private.givenName).toBe('Liis Maria');
    expect(dup(otherProgramme)).toBeNull();
  });

  it('with a privacy notice version configured, refuses with 409 a consent to another version (at the consent carrying the notice) and stores nothing', async () => {
    const { app, db } = await buildCoordinatorTestApp({ config: { privacyVersion: '2026-12' } });
    const mentor = mentorRegistration();
    const mentee = menteeRegistration();
    expect(mentor.private.consent.noticeVersion, 'the sample consents name an older notice').not.toBe('2026-12');
    const cases = /** @type {const} */ ([
      ['mentor', mentor, 'privacy'],
      ['mentee', mentee, 'matching'],
    ]);
    for (const [kind, record, field] of cases) {
      const stale = await postRegistration(app, { kind, record });
      expect(stale.statusCode, kind).toBe(409);
      expect(stale.json(), kind).toMatchObject({ code: 'notice-changed', noticeVersion: '2026-12', errors: [{ code: 'consent', field, path: `/consent/${field}`, params: { noticeVersion: '2026-12' } }] });
    }
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);
    for (const [kind, record] of cases) {
      record.private.consent.noticeVersion = '2026-12';
      expect((await postRegistration(app, { kind, record })).statusCode, `${kind} accepting the notice in force`).toBe(202);
    }
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(2);
  });

  it('rate-limits per client like contact requests, counting only valid registrations', async () => {
    const { app, db } = await buildCoordinatorTestApp({ config: { rateLimitMax: 2 } });
    for (let i = 0; i < 3; i += 1) expect((await postRegistration(app, { nonsense: true }, { ip: '203.0.113.5' })).statusCode).toBe(400);
    expect((await postRegistration(app, mentorRegistration({ email: 'a@example.org' }), { ip: '203.0.113.5' })).statusCode).toBe(202);
    expect((await postRegistration(app, mentorRegistration({ email: 'b@example.org' }), { ip: '203.0.113.5' })).statusCode).toBe(202);
    const third = await postRegistration(app, mentorRegistration({ email: 'c@example.org' }), { ip: '203.0.113.5' });
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    expect((await postRegistration(app, mentorRegistration({ email: 'd@example.org' }), { ip: '203.0.113.6' })).statusCode).toBe(202);
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(3);
  });
});

describe('registration links', () => {
  it('a tampered, expired or answer-purpose token changes nothing', async () => {
    const { app, db, config, now } = await buildCoordinatorTestApp();
    const { id } = (await postRegistration(app, mentorRegistration())).json();
    const link = linkInMail(db, 'liis.parn@example.org', 'confirm');
    const token = /** @type {string} */ (link.searchParams.get('t'));
    const post = (/** @type {string} */ t) => app.inject({ method: 'POST', url: `/registrations/confirm?t=${encodeURIComponent(t)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect((await post(`${token.slice(0, -2)}AA`)).statusCode).toBe(403);
    expect((await post(signLink(config.secret, { purpose: 'accept', requestId: id, expiresAt: now.value + 1e9 }))).statusCode).toBe(403);
    expect((await post(token)).statusCode).toBe(200);
    // A new registration; its link after 8 days.
    const second = (await postRegistration(app, mentorRegistration({ email: 'other@example.org' }))).json().id;
    const late = /** @type {string} */ (linkInMail(db, 'other@example.org', 'confirm').searchParams.get('t'));
    now.value += 8 * 86_400_000;
    expect((await post(late)).statusCode).toBe(410);
    expect(statusOf(db, second)).toBe('awaiting-email');
    // Answer pages do not take registration links either.
    expect((await app.inject({ method: 'GET', url: `/registrations/pause?t=${encodeURIComponent(token)}` })).statusCode).toBe(403);
  });
});
