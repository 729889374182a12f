// @ts-check
import { describe, expect, it } from 'vitest';
import { signLink } from '../links/answer-links.js';
import { WORKSPACE_PREFIX } from '../coordinator/coordinator-routes.js';
import { buildCoordinatorTestApp, cookieHeader, signIn } from '../coordinator/testing/coordinator-test-context.js';
import { careerRegistration, linkInMail, menteeRegistration, mentorRegistration, postRegistration, tamper } from './testing/registration-fixtures.js';

const statusOf = (/** @type {import('better-sqlite3').Database} */ db, /** @type {string} */ id) => db.prepare('SELECT status FROM registrations WHERE id = ?').pluck().get(id);

/**
 * Follows the link of a registration's confirmation mail, as the page's button does.
 * @param {import('fastify').FastifyInstance} app
 * @param {import('better-sqlite3').Database} db
 * @param {string} id
 */
async function confirmAddress(app, db, id) {
  const text = /** @type {string} */ (db.prepare(`SELECT text FROM mail_outbox WHERE request_id = ? AND kind = 'registration-confirm'`).pluck().get(id));
  const link = new URL(/** @type {string} */ (/https?:\/\/\S+\/registrations\/confirm\?t=\S+/.exec(text)?.[0]));
  const url = `${link.pathname}${link.search}`;
  return { url, response: await app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' }) };
}

/**
 * Approves a registration through the coordinator's API.
 * @param {import('fastify').FastifyInstance} app
 * @param {string} id
 */
async function approve(app, id) {
  const { session, csrfToken } = await signIn(app);
  const response = await app.inject({
    method: 'POST',
    url: `${WORKSPACE_PREFIX}/api/registrations/${id}/approve`,
    headers: { cookie: cookieHeader(/** @type {Record<string, string>} */ (session)), 'x-csrf-token': /** @type {string} */ (csrfToken), 'content-type': 'application/json' },
    payload: '{}',
  });
  expect(response.statusCode).toBe(200);
}

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
    expect(mail.text.split('\n')[0]).toBe('Tere, Liis!');

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

  it('flags duplicates once the address is confirmed (same e-mail in the same programme, any case; or a mentor already in the file) and keeps both records', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const first = (await postRegistration(app, mentorRegistration())).json().id;
    const second = (await postRegistration(app, mentorRegistration({ email: 'LIIS.PARN@example.org', givenName: 'Liis Maria' }))).json().id;
    const other = await postRegistration(app, careerRegistration('mentor', { email: 'liis.parn@example.org' }));
    expect(other.statusCode).toBe(202);
    const otherProgramme = other.json().id;
    const known = (await postRegistration(app, mentorRegistration({ email: 'kadri.tamm@example.org' }))).json().id;
    const dup = (/** @type {string} */ id) => db.prepare('SELECT duplicate_of FROM registrations WHERE id = ?').pluck().get(id);
    expect([dup(second), dup(known)], 'nothing is known of an address before it is confirmed').toEqual([null, null]);
    for (const id of [first, second, otherProgramme, known]) await confirmAddress(app, db, id);
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

describe('registering again with an address already registered', () => {
  it('an approved mentor confirming a new registration in the programme gets the update link to the profile they have, in the new registration’s language; nothing waits for the coordinator', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const { id } = (await postRegistration(app, mentorRegistration(), { query: '?lang=et' })).json();
    await confirmAddress(app, db, id);
    await approve(app, id);
    const fresh = await postRegistration(app, mentorRegistration({ email: 'Liis.Parn@example.org' }), { query: '?lang=lv' });
    expect(fresh.statusCode).toBe(202);
    const again = fresh.json().id;
    expect(fresh.json()).toEqual({ id: again, status: 'awaiting-email' });

    const { url, response } = await confirmAddress(app, db, again);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Jūsu adrese jau ir reģistrēta</h1>');
    expect(db.prepare('SELECT id, status FROM registrations').all()).toEqual([{ id, status: 'approved' }]);
    const mail = /** @type {any} */ (db.prepare(`SELECT * FROM mail_outbox WHERE kind = 'registered-before'`).get());
    expect(mail).toMatchObject({ recipient: 'Liis.Parn@example.org', language: 'lv', request_id: again });
    expect(mail.subject).toContain('Jūsu e-pasta adrese jau ir reģistrēta');
    expect(mail.text).toContain('Saite ir derīga 60 dienas.');
    expect(db.prepare(`SELECT actor, action, target FROM audit_log WHERE actor = 'mentor'`).all()).toEqual([{ actor: 'mentor', action: 'registered-again', target: id }]);

    const update = linkInMail(db, 'Liis.Parn@example.org', 'update');
    expect((await app.inject({ method: 'GET', url: `/api/profile${update.search}` })).json()).toMatchObject({ id, email: 'liis.parn@example.org' });
    // The spent confirmation link says so, rather than that it was never valid.
    const reopened = await app.inject({ method: 'GET', url });
    expect(reopened.statusCode).toBe(410);
  });

  it('an address someone else typed, never confirmed, makes no one a duplicate', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const typed = (await postRegistration(app, mentorRegistration({ givenName: 'Someone', familyName: 'Else' }))).json().id;
    const real = (await postRegistration(app, mentorRegistration())).json().id;
    await confirmAddress(app, db, real);
    expect(statusOf(db, typed)).toBe('awaiting-email');
    expect(db.prepare('SELECT status, duplicate_of AS duplicateOf FROM registrations WHERE id = ?').get(real)).toEqual({ status: 'pending', duplicateOf: null });
  });

  it('leaves another person registering with an approved mentor’s address (a shared inbox) to the coordinator', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const colleague = (await postRegistration(app, mentorRegistration({ givenName: 'Mari', familyName: 'Tamm' }))).json().id;
    await confirmAddress(app, db, colleague);
    await approve(app, colleague);
    const { id } = (await postRegistration(app, mentorRegistration())).json();
    expect((await confirmAddress(app, db, id)).response.statusCode).toBe(200);
    expect(db.prepare('SELECT status, duplicate_of FROM registrations WHERE id = ?').get(id)).toEqual({ status: 'pending', duplicate_of: colleague });
    expect(db.prepare(`SELECT count(*) FROM mail_outbox WHERE kind = 'registered-before'`).pluck().get()).toBe(0);
    // Once both are approved, the same person, however the name is typed, gets the link to the profile they have.
    await approve(app, id);
    const again = (await postRegistration(app, mentorRegistration({ givenName: ' LIIS ', familyName: 'pärn' }))).json().id;
    await confirmAddress(app, db, again);
    expect(db.prepare(`SELECT count(*) FROM mail_outbox WHERE kind = 'registered-before'`).pluck().get()).toBe(1);
    expect(db.prepare(`SELECT target FROM audit_log WHERE action = 'registered-again'`).pluck().all()).toEqual([id]);
  });

  it('points what was flagged as a duplicate of the dropped registration at the approved one', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    // Registered first; its address is confirmed only after a later registration was approved.
    const early = (await postRegistration(app, mentorRegistration())).json().id;
    const { id } = (await postRegistration(app, mentorRegistration())).json();
    await confirmAddress(app, db, id);
    await approve(app, id);
    const mentee = (await postRegistration(app, { kind: 'mentee', record: menteeRegistration({ email: 'liis.parn@example.org' }) })).json().id;
    // Flags set before an unconfirmed address stopped marking duplicates, as a database may hold them.
    db.prepare('UPDATE registrations SET duplicate_of = ? WHERE id IN (?, ?)').run(early, id, mentee);
    const dup = (/** @type {string} */ of) => db.prepare('SELECT duplicate_of FROM registrations WHERE id = ?').pluck().get(of);

    expect((await confirmAddress(app, db, early)).response.statusCode).toBe(200);
    expect(statusOf(db, early)).toBeUndefined();
    expect([dup(id), dup(mentee)]).toEqual([null, id]);
  });

  it('leaves it to the coordinator while the earlier registration is pending, and in another programme it is a new registration', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const career = (await postRegistration(app, careerRegistration('mentor', { email: 'liis.parn@example.org' }))).json().id;
    await confirmAddress(app, db, career);
    await approve(app, career);
    const pending = (await postRegistration(app, mentorRegistration())).json().id;
    await confirmAddress(app, db, pending);
    const later = (await postRegistration(app, mentorRegistration())).json().id;
    await confirmAddress(app, db, later);
    expect(db.prepare('SELECT id, status, duplicate_of AS duplicateOf FROM registrations ORDER BY created_at, rowid').all()).toEqual([
      { id: career, status: 'approved', duplicateOf: null },
      { id: pending, status: 'pending', duplicateOf: null },
      { id: later, status: 'pending', duplicateOf: pending },
    ]);
    expect(db.prepare(`SELECT count(*) FROM mail_outbox WHERE kind = 'registered-before'`).pluck().get()).toBe(0);
  });
});

describe('registration links', () => {
  it('a tampered, expired or answer-purpose token changes nothing', async () => {
    const { app, db, config, now } = await buildCoordinatorTestApp();
    const { id } = (await postRegistration(app, mentorRegistration())).json();
    const link = linkInMail(db, 'liis.parn@example.org', 'confirm');
    const token = /** @type {string} */ (link.searchParams.get('t'));
    const post = (/** @type {string} */ t) => app.inject({ method: 'POST', url: `/registrations/confirm?t=${encodeURIComponent(t)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect((await post(tamper(token))).statusCode).toBe(403);
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
