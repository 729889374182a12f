// @ts-check
import { describe, expect, it } from 'vitest';
import { signLink } from '../links/answer-links.js';
import { WORKSPACE_PREFIX } from '../coordinator/coordinator-routes.js';
import { buildCoordinatorTestApp, cookieHeader, registrationCard, signIn } from '../coordinator/testing/coordinator-test-context.js';
import { formatTime } from '../coordinator/workspace-page.js';
import { runRetention } from '../retention/run-retention.js';
import { PROGRAMMES } from '../testing/test-app.js';
import { addMonths } from './registration-store.js';
import { linkInMail, mentorRegistration, postRegistration, tamper } from './testing/registration-fixtures.js';

const DAY = 86_400_000;
const ORIGIN = 'http://127.0.0.1:8080';
const EMAIL = 'liis.parn@example.org';

/** A mentor registered in Estonian, confirmed and approved through the real routes. */
async function approvedMentor(config = /** @type {Record<string, unknown>} */ ({})) {
  const ctx = await buildCoordinatorTestApp({ config: { publicBaseUrl: `${ORIGIN}/`, ...config } });
  const record = mentorRegistration();
  const accepted = record.private.consent.noticeVersion;
  if (ctx.config.privacyVersion) record.private.consent.noticeVersion = ctx.config.privacyVersion;
  const { id } = (await postRegistration(ctx.app, record, { query: '?lang=et' })).json();
  // Registered under the notice before the configured one: the sample's version is put back.
  ctx.db.prepare(`UPDATE registrations SET record = json_set(record, '$.private.consent.noticeVersion', ?) WHERE id = ?`).run(accepted, id);
  const confirm = linkInMail(ctx.db, EMAIL, 'confirm');
  expect((await ctx.app.inject({ method: 'POST', url: `${confirm.pathname}${confirm.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' })).statusCode).toBe(200);
  const { session, csrfToken } = await signIn(ctx.app);
  const approved = await ctx.app.inject({
    method: 'POST',
    url: `${WORKSPACE_PREFIX}/api/registrations/${id}/approve`,
    headers: { cookie: cookieHeader(/** @type {any} */ (session)), 'x-csrf-token': /** @type {string} */ (csrfToken), 'content-type': 'application/json' },
    payload: '{}',
  });
  expect(approved.statusCode).toBe(200);
  const link = linkInMail(ctx.db, EMAIL, 'update');
  const token = /** @type {string} */ (link.searchParams.get('t'));
  const q = `?t=${encodeURIComponent(token)}`;
  const row = () => /** @type {any} */ (ctx.db.prepare('SELECT * FROM registrations WHERE id = ?').get(id));
  const published = () => JSON.parse(ctx.directory.publicJson()).find((/** @type {{ id: string }} */ m) => m.id === id);
  const audit = () => ctx.db.prepare(`SELECT actor, action, target, detail FROM audit_log WHERE actor = 'mentor' ORDER BY id`).all();
  const profile = async (/** @type {string} */ t = q) => ctx.app.inject({ method: 'GET', url: `/api/profile${t}` });
  /** Sends the stored record back with `change` applied, as the form does. */
  const save = async (/** @type {(record: any) => void} */ change = () => {}, /** @type {{ t?: string, origin?: string }} */ { t = q, origin = ORIGIN } = {}) => {
    const current = (await profile(t)).json();
    const record = structuredClone(current.record ?? {});
    change(record);
    return ctx.app.inject({ method: 'POST', url: `/api/profile${t}`, headers: { 'content-type': 'application/json', origin }, payload: JSON.stringify({ kind: 'mentor', record, lang: 'et' }) });
  };
  /** This registration's card on the workspace's approved list, in English (signed in afresh: the test clock moves). */
  const workspaceCard = async () => {
    const fresh = (await signIn(ctx.app)).session;
    const page = await ctx.app.inject({ method: 'GET', url: '/workspace/?status=approved', headers: { cookie: cookieHeader(/** @type {any} */ (fresh)), accept: 'text/html', 'accept-language': 'en' } });
    return registrationCard(page.body, id);
  };
  return { ...ctx, id, link, token, q, row, published, audit, profile, save, workspaceCard };
}

describe('the mentor’s update link', () => {
  it('comes in the approval mail beside the pause link; its page and the profile JSON show the stored record and change nothing', async () => {
    const m = await approvedMentor();
    const mail = /** @type {string} */ (m.db.prepare(`SELECT text FROM mail_outbox WHERE kind = 'registration-approved'`).pluck().get());
    expect(mail).toContain('Muuda minu profiili');
    expect(mail.indexOf('/registrations/update?t=')).toBeLessThan(mail.indexOf('/registrations/pause?t='));
    const before = m.row();
    const auditBefore = m.db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    const page = await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<html lang="et">');
    expect(page.body).toContain('<title>Sinu mentoriprofiil</title>');
    expect(page.body, 'the form heads itself; the page names the programme').toMatch(/<h1>eTwinning[^<]*<\/h1>/);
    expect(page.body).toContain('<script type="module" src="/mentor-registration.js"></script>');
    const element = /** @type {string} */ (/<mentor-registration [^>]+>/.exec(page.body)?.[0]);
    expect(element).toContain(`profile-src="/api/profile?t=${encodeURIComponent(m.token)}"`);
    expect(element).toContain(`endpoint="/api/profile?t=${encodeURIComponent(m.token)}"`);
    expect(element).toContain('programme="etwinning-mentors-2026"');
    expect(element).toContain('lang="et"');
    expect(element, 'no privacy notice is configured').not.toContain('privacy-url');
    expect(page.body).not.toContain('/registrations/resume');

    const profile = await m.profile();
    expect(profile.statusCode).toBe(200);
    const view = profile.json();
    expect(view).toMatchObject({ id: m.id, kind: 'mentor', programmeId: 'etwinning-mentors-2026', lang: 'et', email: EMAIL, paused: false });
    expect(view.record.displayName).toBe('Liis P.');
    expect(view.record.private.givenName).toBe('Liis');
    expect(JSON.stringify(view.record)).not.toContain(EMAIL);
    expect(m.row()).toEqual(before);
    expect(m.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
  });

  it('links the configured privacy notice from the page’s consent box, escaped', async () => {
    const m = await approvedMentor({ privacyUrl: '/privacy.html?lang=et&from="update"' });
    const page = await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` });
    const element = /** @type {string} */ (/<mentor-registration [^>]+>/.exec(page.body)?.[0]);
    expect(element).toContain('privacy-url="/privacy.html?lang=et&#38;from=&#34;update&#34;"');
    expect(element, 'the version the mentor accepted').toContain('privacy-version="2025-08"');
  });

  it('offers the current privacy notice’s version when one is configured, and a save stores the mentor’s acceptance of it', async () => {
    const m = await approvedMentor({ privacyVersion: '2026-12' });
    expect(JSON.parse(m.row().record).private.consent.noticeVersion, 'accepted at registration').toBe('2025-08');
    const page = await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` });
    const element = /** @type {string} */ (/<mentor-registration [^>]+>/.exec(page.body)?.[0]);
    const offered = /privacy-version="([^"]*)"/.exec(element)?.[1];
    expect(offered).toBe('2026-12');
    // The form sends the version its page offered with the consent.
    const saved = await m.save((record) => {
      record.private.consent.noticeVersion = offered;
    });
    expect(saved.statusCode).toBe(200);
    expect(JSON.parse(m.row().record).private.consent.noticeVersion).toBe('2026-12');
  });

  it('refuses with 409 a save whose consent names another notice than the configured one, says which to offer, and stores nothing', async () => {
    const m = await approvedMentor({ privacyVersion: '2026-12' });
    const before = m.row();
    // A page opened before the notice changed sends the version it showed (here the one accepted at registration).
    const stale = await m.save((record) => (record.region = 'Tartu maakond'));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'notice-changed', noticeVersion: '2026-12', errors: [{ code: 'consent', field: 'privacy', path: '/consent/privacy' }] });
    expect(m.row()).toEqual(before);
    expect(m.audit()).toEqual([]);
  });

  it('a save is checked like a registration, stored, logged for the coordinator, published at once, and confirms the profile; the link works again for a second save', async () => {
    const m = await approvedMentor();
    const before = await m.workspaceCard();
    expect(before).toContain('data-status="approved"');
    expect(before, 'never saved through the link').not.toContain('Profile last saved by the mentor');
    m.now.value += DAY;
    const saved = await m.save((record) => {
      record.bio = { et: 'Ajalooõpetaja; uus tutvustus.' };
      record.topics = ['partner-finding', 'twinspace'];
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ id: m.id, status: 'saved', changed: ['bio', 'topics'] });
    const now = m.now.value;
    expect(m.row()).toMatchObject({ reconfirmed_at: now, reconfirm_due_at: addMonths(now, 12), updated_at: now, email: EMAIL });
    expect(await m.workspaceCard(), 'the coordinator sees when').toContain(`<dt>Profile last saved by the mentor</dt><dd>${formatTime('en', now)}</dd>`);
    expect(JSON.parse(m.row().record).private.email).toBe(EMAIL);
    expect(m.published()).toMatchObject({ bio: { et: 'Ajalooõpetaja; uus tutvustus.' }, topics: ['partner-finding', 'twinspace'], status: 'active' });
    expect(m.directory.publicJson()).not.toContain(EMAIL);
    expect(m.audit()).toEqual([{ actor: 'mentor', action: 'profile-updated', target: m.id, detail: JSON.stringify({ changed: ['bio', 'topics'] }) }]);

    m.now.value += 3 * DAY;
    const again = await m.save((record) => (record.region = 'Tartu maakond'));
    expect(again.statusCode).toBe(200);
    expect(again.json().changed).toEqual(['region']);
    expect(m.row().reconfirmed_at).toBe(m.now.value);
    expect(m.published().region).toBe('Tartu maakond');
  });

  it('withdrawing the publication consent unpublishes at once; the contact-request choice turns requests off and on', async () => {
    const m = await approvedMentor();
    const accepting = () => m.db.prepare('SELECT accepting_requests FROM mentor_state WHERE mentor_id = ?').pluck().get(m.id);
    expect((await m.save((r) => ((r.capacity.acceptingRequests = false), (r.private.consent.contactRequests = false)))).statusCode).toBe(200);
    expect(accepting()).toBe(0);
    expect(m.published()).toMatchObject({ capacity: { acceptingRequests: false } });
    expect((await m.save((r) => (r.private.consent.publishProfile = false))).json().changed).toEqual(['private.consent']);
    expect(m.published()).toBeUndefined();
    expect((await m.save((r) => ((r.private.consent.publishProfile = true), (r.capacity.acceptingRequests = true)))).statusCode).toBe(200);
    expect(accepting()).toBe(1);
    expect(m.published()).toMatchObject({ id: m.id, capacity: { acceptingRequests: true } });
  });

  it('refuses a bad save naming the field (schema 400, programme rules 422, another address or programme 400, a foreign origin 403) and stores nothing', async () => {
    const m = await approvedMentor();
    const before = m.row();
    const cases = /** @type {const} */ ([
      [(/** @type {any} */ r) => (r.displayName = ''), 400, '/displayName'],
      [(/** @type {any} */ r) => (r.topics = ['labour-market']), 422, '/topics/0'],
      [(/** @type {any} */ r) => (r.experience.etwinning.projects = 1), 422, '/experience/etwinning/projects'],
      [(/** @type {any} */ r) => (r.private.email = 'someone.else@example.org'), 400, '/private/email'],
      [(/** @type {any} */ r) => (r.programmeId = 'career-mentoring-2025-26'), 400, '/programmeId'],
    ]);
    for (const [change, status, path] of cases) {
      const response = await m.save(change);
      expect(response.statusCode, path).toBe(status);
      expect(response.json().errors[0].path, path).toBe(path);
    }
    const rules = await m.save((r) => (r.topics = ['labour-market']));
    expect(rules.json()).toMatchObject({ code: 'programme-rules', errors: [{ code: 'not-offered', message: 'Programm ei paku siin valikut „labour-market“.' }] });
    expect((await m.save((r) => (r.region = 'Elsewhere'), { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect(m.row()).toEqual(before);
    expect(m.audit()).toEqual([]);
  });

  it('a tampered link is refused with 403 and an expired one with 410, on the page, the profile JSON and the save; other links do not open it', async () => {
    const m = await approvedMentor();
    const tampered = `?t=${encodeURIComponent(tamper(m.token))}`;
    const pauseToken = /** @type {string} */ (linkInMail(m.db, EMAIL, 'pause').searchParams.get('t'));
    const other = `?t=${encodeURIComponent(pauseToken)}`;
    const confirmPurpose = `?t=${encodeURIComponent(signLink(m.config.secret, { purpose: /** @type {any} */ ('confirm-email'), requestId: m.id, expiresAt: m.now.value + DAY }))}`;
    for (const t of [tampered, other, confirmPurpose]) {
      expect((await m.app.inject({ method: 'GET', url: `/registrations/update${t}` })).statusCode).toBe(403);
      expect((await m.profile(t)).statusCode).toBe(403);
      expect((await m.save((r) => (r.region = 'X'), { t })).statusCode).toBe(403);
    }
    const before = m.row();
    m.now.value += 61 * DAY;
    expect((await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` })).statusCode).toBe(410);
    const expired = await m.profile();
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('link-expired');
    const late = await m.app.inject({ method: 'POST', url: `/api/profile${m.q}`, headers: { 'content-type': 'application/json', origin: ORIGIN }, payload: JSON.stringify({ kind: 'mentor', record: {} }) });
    expect(late.statusCode).toBe(410);
    expect(m.row()).toEqual(before);
  });

  it('an expired update or pause link offers new links: the button mails fresh ones to the registered address only, one mail in ten minutes however often it is pressed', async () => {
    const m = await approvedMentor();
    const pause = linkInMail(m.db, EMAIL, 'pause');
    const mails = () => /** @type {{ recipient: string, language: string, text: string }[]} */ (m.db.prepare(`SELECT recipient, language, text FROM mail_outbox WHERE kind = 'profile-links' ORDER BY id`).all());
    const press = (/** @type {string} */ action, /** @type {string} */ origin) =>
      m.app.inject({ method: 'POST', url: action, headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, payload: '' });
    expect((await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` })).body, 'a link still valid offers nothing').not.toContain('/registrations/new-links');
    m.now.value += 61 * DAY;

    const page = await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('<html lang="et">');
    expect(page.body).toContain('Saame saata sinu mentoriprofiili uued lingid');
    const action = /** @type {string} */ (/<form method="post" action="([^"]+)">/.exec(page.body)?.[1]);
    expect(action).toBe(`/registrations/new-links?t=${encodeURIComponent(m.token)}`);
    const pausePage = await m.app.inject({ method: 'GET', url: `${pause.pathname}${pause.search}` });
    expect(pausePage.statusCode).toBe(410);
    expect(pausePage.body).toContain('action="/registrations/new-links?t=');

    expect((await press(action, 'https://evil.example')).statusCode).toBe(403);
    expect(mails()).toEqual([]);
    const sent = await press(action, ORIGIN);
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Uued lingid on teel');
    expect(mails()).toHaveLength(1);
    expect(mails()[0]).toMatchObject({ recipient: EMAIL, language: 'et' });
    expect(mails()[0]?.text).toContain('Lingid kehtivad 60 päeva');
    const fresh = linkInMail(m.db, EMAIL, 'update');
    expect((await m.app.inject({ method: 'GET', url: `${fresh.pathname}${fresh.search}` })).statusCode).toBe(200);
    const freshPause = linkInMail(m.db, EMAIL, 'pause');
    expect((await m.app.inject({ method: 'GET', url: `${freshPause.pathname}${freshPause.search}` })).statusCode).toBe(200);

    // The expired pause link asks for the same; pressing again soon after queues nothing more.
    expect((await press(/** @type {string} */ (/action="([^"]+)"/.exec(pausePage.body)?.[1]), ORIGIN)).statusCode).toBe(200);
    expect((await press(action, ORIGIN)).statusCode).toBe(200);
    expect(mails()).toHaveLength(1);
    m.now.value += 10 * 60_000;
    expect((await press(action, ORIGIN)).statusCode).toBe(200);
    expect(mails()).toHaveLength(2);
    // Three in a day at most, however long the presser waits between presses; the page says the same.
    m.now.value += 10 * 60_000;
    await press(action, ORIGIN);
    m.now.value += 10 * 60_000;
    const over = await press(action, ORIGIN);
    expect(over.statusCode).toBe(200);
    expect(over.body).toContain('Uued lingid on teel');
    expect(mails()).toHaveLength(3);
    m.now.value += DAY;
    await press(action, ORIGIN);
    expect(mails()).toHaveLength(4);

    // A damaged link offers nothing and is refused; a registration no longer approved, or of a
    // programme no longer served, gets no links.
    const tampered = `?t=${encodeURIComponent(tamper(m.token))}`;
    expect((await m.app.inject({ method: 'GET', url: `/registrations/update${tampered}` })).body).not.toContain('/registrations/new-links');
    expect((await press(`/registrations/new-links${tampered}`, ORIGIN)).statusCode).toBe(403);
    m.now.value += DAY;
    m.db.prepare(`UPDATE registrations SET programme_id = 'ended-programme' WHERE id = ?`).run(m.id);
    expect((await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` })).body).not.toContain('/registrations/new-links');
    expect((await press(action, ORIGIN)).statusCode).toBe(410);
    m.db.prepare(`UPDATE registrations SET programme_id = 'etwinning-mentors-2026', status = 'rejected' WHERE id = ?`).run(m.id);
    expect((await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` })).body).not.toContain('/registrations/new-links');
    expect((await press(action, ORIGIN)).statusCode).toBe(410);
    expect(mails()).toHaveLength(4);
  });

  it('a paused mentor, who gets no reconfirmation mails, is offered new links by an expired link too, also after pressing its pause button', async () => {
    const m = await approvedMentor();
    const pause = linkInMail(m.db, EMAIL, 'pause');
    const post = (/** @type {URL | string} */ url) => m.app.inject({ method: 'POST', url: String(url), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN }, payload: '' });
    expect((await post(`${pause.pathname}${pause.search}`)).statusCode).toBe(200);
    m.now.value += 61 * DAY;
    const page = await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('action="/registrations/new-links?t=');
    // A pause page left open past the link's expiry, its button pressed.
    const late = await post(`${pause.pathname}${pause.search}`);
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('action="/registrations/new-links?t=');
    expect((await post(`/registrations/new-links${m.q}`)).statusCode).toBe(200);
    expect(m.db.prepare(`SELECT count(*) FROM mail_outbox WHERE kind = 'profile-links'`).pluck().get()).toBe(1);
  });

  it('a paused mentor sees the pause on the page and resumes there: back in the directory and taking requests', async () => {
    const m = await approvedMentor();
    const pause = linkInMail(m.db, EMAIL, 'pause');
    expect((await m.app.inject({ method: 'POST', url: `${pause.pathname}${pause.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' })).statusCode).toBe(200);
    expect(m.published()).toBeUndefined();

    const page = await m.app.inject({ method: 'GET', url: `/registrations/update${m.q}` });
    expect(page.body).toContain('Sinu profiil on peatatud');
    expect(page.body).toContain(`action="/registrations/resume?t=${encodeURIComponent(m.token)}"`);
    expect((await m.profile()).json().paused).toBe(true);
    // Saving while paused keeps the profile paused.
    expect((await m.save((r) => (r.region = 'Tartu'))).statusCode).toBe(200);
    expect(m.published()).toBeUndefined();

    const resume = (/** @type {string} */ origin) => m.app.inject({ method: 'POST', url: `/registrations/resume${m.q}`, headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, payload: '' });
    expect((await resume('https://evil.example')).statusCode).toBe(403);
    expect(m.published()).toBeUndefined();
    const resumed = await resume(ORIGIN);
    expect(resumed.statusCode).toBe(200);
    expect(resumed.body).toContain('Profiil on taas kataloogis');
    expect(m.published()).toMatchObject({ id: m.id, region: 'Tartu', capacity: { acceptingRequests: true } });
    expect(m.db.prepare('SELECT accepting_requests, paused_at FROM mentor_state WHERE mentor_id = ?').get(m.id)).toEqual({ accepting_requests: 1, paused_at: null });
    expect(m.audit().map((/** @type {any} */ e) => e.action)).toEqual(['profile-paused', 'profile-updated', 'profile-resumed']);
  });

  it('the reconfirmation mail carries an update link too; saving through it resets the due date, so no new reminder comes until then', async () => {
    const m = await approvedMentor();
    const ctx = { db: m.db, config: m.config, clock: m.clock, directory: m.directory, programmes: () => PROGRAMMES };
    m.now.value = /** @type {number} */ (m.row().reconfirm_due_at);
    expect(runRetention(ctx).reconfirmationsQueued).toBe(1);
    const reminder = /** @type {{ text: string }} */ (m.db.prepare(`SELECT text FROM mail_outbox WHERE kind = 'profile-reconfirm'`).get());
    expect(reminder.text).toContain('/registrations/update?t=');
    expect(reminder.text).toContain('/registrations/pause?t=');
    const link = linkInMail(m.db, EMAIL, 'update');
    const t = link.search;
    m.now.value += 5 * DAY;
    expect((await m.save(() => {}, { t })).statusCode).toBe(200);
    expect(m.row().reconfirm_due_at).toBe(addMonths(m.now.value, 12));
    m.now.value = addMonths(m.now.value, 12) - DAY;
    expect(runRetention(ctx).reconfirmationsQueued).toBe(0);
    m.now.value += DAY;
    expect(runRetention(ctx).reconfirmationsQueued).toBe(1);
  });
});
