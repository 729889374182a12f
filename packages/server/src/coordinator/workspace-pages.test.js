// @ts-check
import { describe, expect, it } from 'vitest';
import { linkInMail, menteeRegistration, mentorRegistration, postRegistration } from '../registrations/testing/registration-fixtures.js';
import { buildCoordinatorTestApp, cookieHeader, registrationCard as card, signIn } from './testing/coordinator-test-context.js';
import { formatTime } from './workspace-page.js';

const FORM = 'application/x-www-form-urlencoded';
const HOSTILE = '<img src=x onerror=alert(1)>';

async function signedIn(config = {}) {
  const ctx = await buildCoordinatorTestApp({ config });
  const { session, csrfToken } = await signIn(ctx.app);
  const token = /** @type {string} */ (csrfToken);
  const cookie = cookieHeader(/** @type {any} */ (session));
  const page = (/** @type {string} */ url, /** @type {Record<string, string>} */ headers = {}) => ctx.app.inject({ method: 'GET', url, headers: { cookie, accept: 'text/html', ...headers } });
  const form = (/** @type {string} */ url, /** @type {Record<string, string>} */ fields = {}, { csrf = token } = {}) =>
    ctx.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': FORM }, payload: new URLSearchParams({ ...(csrf ? { _csrf: csrf } : {}), ...fields }).toString() });
  const api = (/** @type {string} */ url, /** @type {unknown} */ body) =>
    ctx.app.inject({ method: 'POST', url: `/workspace/api${url}`, headers: { cookie, 'x-csrf-token': token, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  const confirmEmail = async (/** @type {string} */ address) => {
    const link = linkInMail(ctx.db, address, 'confirm');
    expect((await ctx.app.inject({ method: 'POST', url: `${link.pathname}${link.search}`, headers: { 'content-type': FORM }, payload: '' })).statusCode).toBe(200);
  };
  const status = (/** @type {string} */ id) => ctx.db.prepare('SELECT status FROM registrations WHERE id = ?').pluck().get(id);
  return { ...ctx, token, cookie, page, form, api, confirmEmail, status };
}

describe('workspace registrations page', () => {
  it('lists pending mentors and mentees with what a coordinator decides on; approve is for mentors, reject for both', async () => {
    const w = await signedIn();
    const mentor = (await postRegistration(w.app, mentorRegistration(), { query: '?lang=et' })).json().id;
    await w.confirmEmail('liis.parn@example.org');
    const mentee = (await postRegistration(w.app, menteeRegistration())).json().id;
    const html = (await w.page('/workspace/')).body;
    const mentorCard = card(html, mentor);
    expect(mentorCard).toContain('Liis Pärn');
    expect(mentorCard).toContain('Estonian');
    expect(mentorCard).toContain('eTwinning mentor pool 2026 (sample)');
    expect(mentorCard).toContain('liis.parn@example.org');
    expect(mentorCard).toMatch(/data-email-confirmed="true"/);
    expect(mentorCard).toMatch(/mentor training completed/);
    expect(mentorCard).toContain('data-action="approve"');
    expect(mentorCard).toMatch(/<form[^>]+data-action="reject"[\s\S]*<textarea[^>]+name="reason"/);
    expect(mentorCard).toContain(`name="_csrf" value="${w.token}"`);
    const menteeCard = card(html, mentee);
    expect(menteeCard).toContain('Tiina Rebane');
    expect(menteeCard).not.toContain('data-action="approve"');
    expect(menteeCard).toContain('data-action="reject"');
    expect(mentorCard).toMatch(/<dt>Places for mentees<\/dt><dd>2 at most<\/dd>/);
    expect(mentorCard).toMatch(/<dt>Meeting modes<\/dt><dd>[^<]*[Vv]ideo/);
    expect(menteeCard).toContain('eTwinning projects: 0');
    expect(menteeCard).not.toContain('since');
    expect(mentorCard).toContain('in eTwinning since 2011, projects: 24');
    // The mentee's goals keep their own language.
    expect(menteeCard).toMatch(/<dd lang="et">Registreerusin/);
    // A mentor who has not confirmed the address is not pending yet: shown under its own filter.
    const waiting = (await postRegistration(w.app, mentorRegistration({ email: 'waiting@example.org', givenName: 'Wait' }))).json().id;
    expect(card((await w.page('/workspace/')).body, waiting)).toBe('');
    expect(card((await w.page('/workspace/?status=awaiting-email')).body, waiting)).toMatch(/data-email-confirmed="false"/);
  });

  it('shows times in the zone of MF_TIME_ZONE, named; UTC without it', async () => {
    for (const [timeZone, expected] of [['Europe/Tallinn', '11:00'], [undefined, '09:00']]) {
      const w = await signedIn(timeZone ? { timeZone } : {});
      const id = (await postRegistration(w.app, mentorRegistration(), { query: '?lang=et' })).json().id;
      await w.confirmEmail('liis.parn@example.org');
      const submitted = card((await w.page('/workspace/', { 'accept-language': 'et' })).body, id);
      expect(submitted, String(timeZone)).toContain(expected);
      expect(submitted).toContain(formatTime('et', w.now.value, timeZone));
    }
  });

  it('approves with a plain form: 303 back to the page, which says so; the mentor is published and audited', async () => {
    const w = await signedIn();
    const id = (await postRegistration(w.app, mentorRegistration())).json().id;
    await w.confirmEmail('liis.parn@example.org');
    const response = await w.form(`/workspace/registrations/${id}/approve`);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/workspace/?done=approved&id=${id}#notice`);
    const after = (await w.page(String(response.headers.location).replace(/#.*/, ''))).body;
    expect(after).toMatch(/id="notice" tabindex="-1" role="status">Liis Pärn is approved and published/);
    expect(card(after, id)).toBe('');
    expect(card((await w.page('/workspace/?status=approved')).body, id)).toContain('data-status="approved"');
    expect(JSON.parse(w.directory.publicJson()).map((/** @type {{ id: string }} */ m) => m.id)).toContain(id);
    expect(w.db.prepare(`SELECT action, target FROM audit_log WHERE action = 'registration-approved'`).all()).toEqual([{ action: 'registration-approved', target: id }]);
  });

  it('approves a mentor who did not agree to publication without claiming to publish: the button, the notice and the mail say so', async () => {
    const w = await signedIn();
    const record = mentorRegistration();
    record.private.consent.publishProfile = false;
    const id = (await postRegistration(w.app, record)).json().id;
    await w.confirmEmail('liis.parn@example.org');
    const button = card((await w.page('/workspace/', { 'accept-language': 'en' })).body, id).match(/data-action="approve"[^>]*>([^<]*)</)?.[1];
    expect(button).toBe('Approve');
    const response = await w.form(`/workspace/registrations/${id}/approve`);
    const after = (await w.page(String(response.headers.location).replace(/#.*/, ''), { 'accept-language': 'en' })).body;
    expect(after).toMatch(/role="status">Liis Pärn is approved but not published in the public directory, as they did not agree to it/);
    expect(JSON.parse(w.directory.publicJson()).map((/** @type {{ id: string }} */ m) => m.id)).not.toContain(id);
    const mail = /** @type {{ subject: string, text: string }} */ (w.db.prepare(`SELECT subject, text FROM mail_outbox WHERE kind = 'registration-approved'`).get());
    // In the language the mentor registered in.
    expect(mail.subject).toMatch(/registreerumine .* on kinnitatud$/);
    expect(mail.subject).not.toMatch(/avaldatud/);
    expect(mail.text).toContain('Sinu profiili mentorite kataloogis ei näidata');
    expect(mail.text).not.toContain('Sinu profiil on nüüd mentorite kataloogis');
    expect(mail.text).toContain('Peata minu profiil (pöördumisi ega uusi mentiisid ei tule');
    expect(mail.text).not.toContain('kaob kataloogist');
  });

  it('rejects with the reason from the form; the rejected filter shows it with the reason', async () => {
    const w = await signedIn();
    const id = (await postRegistration(w.app, menteeRegistration())).json().id;
    const response = await w.form(`/workspace/registrations/${id}/reject`, { reason: 'Not a teacher in a school of the programme.' });
    expect([response.statusCode, response.headers.location]).toEqual([303, `/workspace/?done=rejected&id=${id}#notice`]);
    expect((await w.page(String(response.headers.location).replace(/#.*/, ''))).body).toContain('Tiina Rebane is rejected; the reason was mailed to them.');
    expect(card((await w.page('/workspace/?status=rejected')).body, id)).toContain('Not a teacher in a school of the programme.');
    expect(w.db.prepare(`SELECT count(*) FROM mail_outbox WHERE kind = 'registration-rejected'`).pluck().get()).toBe(1);
  });

  it('returns to the list the form was on', async () => {
    const w = await signedIn();
    const id = (await postRegistration(w.app, menteeRegistration())).json().id;
    expect(card((await w.page('/workspace/?status=all')).body, id)).toContain('<input type="hidden" name="status" value="all">');
    expect(card((await w.page('/workspace/')).body, id)).not.toContain('name="status"');
    const response = await w.form(`/workspace/registrations/${id}/reject`, { reason: 'Not in the programme.', status: 'all' });
    expect(response.headers.location).toBe(`/workspace/?status=all&done=rejected&id=${id}#notice`);
    const forged = await w.form(`/workspace/registrations/${id}/approve`, { status: 'https://evil.example/' });
    expect(forged.statusCode).toBe(409);
    expect(forged.body).toContain('<a href="/workspace/">');
  });

  it('refuses a form without the session token (403) and changes nothing', async () => {
    const w = await signedIn();
    const id = (await postRegistration(w.app, menteeRegistration())).json().id;
    expect((await w.form(`/workspace/registrations/${id}/reject`, { reason: 'x' }, { csrf: '' })).statusCode).toBe(403);
    expect((await w.form(`/workspace/registrations/${id}/reject`, { reason: 'x' }, { csrf: 'forged' })).statusCode).toBe(403);
    const foreign = await w.app.inject({ method: 'POST', url: `/workspace/registrations/${id}/reject`, headers: { cookie: w.cookie, 'content-type': FORM, origin: 'https://evil.example' }, payload: `_csrf=${w.token}&reason=x` });
    expect(foreign.statusCode).toBe(403);
    expect(w.status(id)).toBe('pending');
  });

  it('answers bad ids and stale decisions with a clear 404, 409 or 400 page and a way back', async () => {
    const w = await signedIn();
    const unknown = await w.form('/workspace/registrations/r-nobody/approve');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toMatch(/role="alert">There is no such registration/);
    expect(unknown.body).toContain('href="/workspace/"');
    const mentee = (await postRegistration(w.app, menteeRegistration())).json().id;
    const notMentor = await w.form(`/workspace/registrations/${mentee}/approve`);
    expect(notMentor.statusCode).toBe(409);
    expect(notMentor.body).toContain('Only mentors are approved');
    const noReason = await w.form(`/workspace/registrations/${mentee}/reject`, { reason: '   ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Write the reason the person will read (up to 2000 characters).');
    expect((await w.form(`/workspace/registrations/${mentee}/reject`, { reason: 'Twice.' })).statusCode).toBe(303);
    const again = await w.form(`/workspace/registrations/${mentee}/reject`, { reason: 'Twice.' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This registration is no longer pending (now: Rejected)');
  });

  it('flags a second registration with the same e-mail in the programme and links the two records', async () => {
    const w = await signedIn();
    const first = (await postRegistration(w.app, menteeRegistration())).json().id;
    const second = (await postRegistration(w.app, menteeRegistration({ givenName: 'Tiina-Maria' }))).json().id;
    const html = (await w.page('/workspace/')).body;
    expect(card(html, second)).toMatch(new RegExp(`Same e-mail already registered for this programme:</strong> <a href="#reg-${first}">Tiina Rebane`));
    expect(card(html, first)).toMatch(new RegExp(`Registered again later with the same e-mail:</strong> <a href="#reg-${second}">Tiina-Maria Rebane`));
    expect(html).toContain(`id="reg-${first}"`);
    // Once the first is decided it is not on the pending page: the link goes to the list of all.
    await w.form(`/workspace/registrations/${first}/reject`, { reason: 'Registered twice; we keep the newer form.' });
    expect(card((await w.page('/workspace/')).body, second)).toContain(`href="/workspace/?status=all#reg-${first}"`);
  });

  it('shows a name with markup in it as text, never as markup', async () => {
    const w = await signedIn();
    const posted = await postRegistration(w.app, menteeRegistration({ givenName: HOSTILE, familyName: '"><script>alert(2)</script>' }, { displayName: HOSTILE }));
    const id = posted.statusCode === 202 ? posted.json().id : insertHostile(w.db);
    const html = (await w.page('/workspace/')).body;
    expect(card(html, id)).not.toBe('');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    const response = await w.form(`/workspace/registrations/${id}/reject`, { reason: HOSTILE });
    const notice = (await w.page(String(response.headers.location).replace(/#.*/, ''))).body;
    expect(notice).not.toContain('<img src=x');
    expect((await w.page('/workspace/?status=rejected')).body).not.toContain('<img src=x');
  });

  it('sends /workspace to /workspace/', async () => {
    const w = await signedIn();
    const response = await w.page('/workspace');
    expect([response.statusCode, response.headers.location]).toEqual([301, '/workspace/']);
  });

  it('sends the sign-in page (401, HTML) to a browser without a session', async () => {
    const { app } = await buildCoordinatorTestApp();
    for (const url of ['/workspace/', '/workspace/pairs', '/workspace/?status=all']) {
      const response = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(response.statusCode, url).toBe(401);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain(`href="/workspace/login?${new URLSearchParams({ next: url }).toString().replace(/&/g, '&amp;')}"`);
    }
  });
});

describe('workspace pairs page', () => {
  it('holds the pair preview fed from the cohort route, and the propose button', async () => {
    const w = await signedIn();
    const empty = (await w.page('/workspace/pairs?programme=etwinning-mentors-2026')).body;
    expect(empty).toContain('No mentees of this programme are waiting for a pair.');
    expect(empty).not.toContain('<mentor-pair-preview');
    expect(empty).not.toContain('workspace-pairs.js');
    await postRegistration(w.app, menteeRegistration());
    const html = (await w.page('/workspace/pairs?programme=etwinning-mentors-2026')).body;
    expect(html).toMatch(/<mentor-pair-preview[^>]+programme-id="etwinning-mentors-2026"/);
    expect(html).toContain('data-action="propose"');
    // The script's words come with the page, in its language.
    expect(html).toContain('data-text-load-failed="The registrations for the suggestions could not be loaded. Reload the page to try again."');
    expect(html).toContain('data-cohort="/workspace/api/cohort?programme=etwinning-mentors-2026"');
    expect(html).toMatch(/<script type="module" src="\/workspace\/assets\/workspace-pairs.js"><\/script>/);
    expect(html).toMatch(/<script type="module" src="\/mentor-pair-preview.js"><\/script>/);
    // No inline script or style: the CSP allows neither.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    const unknown = await w.page('/workspace/pairs?programme=no-such-programme');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Programme: &#34;no-such-programme&#34;?');
    // A link may carry any text in the query; the page repeats only what could be a programme's id.
    const planted = await w.page(`/workspace/pairs?programme=${encodeURIComponent('Your account is locked. Call +372 5555 5555')}`);
    expect(planted.statusCode).toBe(404);
    expect(/<p class="ws-notice[^>]*>([^<]*)<\/p>/.exec(planted.body)?.[1]).toBe('Programme: …?');
  });

  it('the cohort route gives the programme, its mentors (a proposed pair takes a place) and its unpaired mentees', async () => {
    const w = await signedIn();
    const mentee = (await postRegistration(w.app, menteeRegistration())).json().id;
    const other = (await postRegistration(w.app, menteeRegistration({ email: 'other.mentee@example.org', givenName: 'Mari' }))).json().id;
    const get = (/** @type {string} */ q) => w.app.inject({ method: 'GET', url: `/workspace/api/cohort${q}`, headers: { cookie: w.cookie } });
    const before = (await get('?programme=etwinning-mentors-2026')).json();
    expect(before.programme.id).toBe('etwinning-mentors-2026');
    expect(before.mentors.length).toBeGreaterThan(0);
    expect(before.mentors.every((/** @type {any} */ m) => m.programmeId === 'etwinning-mentors-2026')).toBe(true);
    expect(before.mentees.map((/** @type {any} */ m) => m.id)).toEqual([mentee, other]);
    const places = before.mentors.find((/** @type {any} */ m) => m.id === 'm-ee-01').capacity.currentMentees;
    expect((await w.api('/pairs', { mentorId: 'm-ee-01', menteeId: mentee })).statusCode).toBe(201);
    const after = (await get('?programme=etwinning-mentors-2026')).json();
    expect(after.mentees.map((/** @type {any} */ m) => m.id)).toEqual([other]);
    expect(after.alreadyPaired).toBe(1);
    expect(after.mentors.find((/** @type {any} */ m) => m.id === 'm-ee-01').capacity.currentMentees).toBe(places + 1);
    const unknown = await get('?programme=nope');
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'unknown-programme']);
    expect((await get('')).statusCode).toBe(404);
  });

  it('lists pairs proposed → confirmed → ended with Confirm and End forms; confirming mails both sides', async () => {
    const w = await signedIn();
    const mentee = (await postRegistration(w.app, { kind: 'mentee', record: menteeRegistration(), lang: 'fi' })).json().id;
    const pair = (await w.api('/pairs', { mentorId: 'm-ee-01', menteeId: mentee })).json();
    const row = async () => {
      const html = (await w.page('/workspace/pairs?programme=etwinning-mentors-2026')).body;
      const start = html.indexOf(`data-pair-id="${pair.id}"`);
      return html.slice(start, html.indexOf('</tr>', start));
    };
    const proposed = await row();
    expect(proposed).toMatch(/data-state="proposed"/);
    expect(proposed).toContain('Kadri Tamm');
    expect(proposed).toContain('Tiina Rebane');
    expect(proposed).toContain('data-action="confirm"');
    expect(proposed).toContain('data-action="end"');

    const confirmed = await w.form(`/workspace/pairs/${pair.id}/confirm`);
    expect(confirmed.statusCode).toBe(303);
    expect(confirmed.headers.location).toBe(`/workspace/pairs?programme=etwinning-mentors-2026&done=confirmed&id=${pair.id}#notice`);
    expect((await w.page(String(confirmed.headers.location).replace(/#.*/, ''))).body).toContain('The pair Kadri Tamm – Tiina Rebane is confirmed; both were mailed.');
    expect(w.db.prepare('SELECT kind, language FROM mail_outbox ORDER BY id').all()).toEqual([
      { kind: 'pair-confirmed-mentor', language: 'et' },
      { kind: 'pair-confirmed-mentee', language: 'fi' },
    ]);
    const afterConfirm = await row();
    expect(afterConfirm).toMatch(/data-state="confirmed"/);
    expect(afterConfirm).not.toContain('data-action="confirm"');
    expect((await w.form(`/workspace/pairs/${pair.id}/confirm`)).statusCode).toBe(409);

    expect((await w.form(`/workspace/pairs/${pair.id}/end`)).statusCode).toBe(303);
    const ended = await row();
    expect(ended).toMatch(/data-state="ended"/);
    expect(ended).not.toContain('data-action=');
    const again = await w.form(`/workspace/pairs/${pair.id}/end`);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('(now: Ended); nothing was changed.');
  });

  it('answers unknown pair ids with 404 and refuses a confirm without the token', async () => {
    const w = await signedIn();
    for (const id of ['999', 'abc', '1.5']) {
      const response = await w.form(`/workspace/pairs/${id}/confirm`);
      expect(response.statusCode, id).toBe(404);
      expect(response.body).toContain('There is no such pair');
    }
    const mentee = (await postRegistration(w.app, menteeRegistration())).json().id;
    const pair = (await w.api('/pairs', { mentorId: 'm-ee-01', menteeId: mentee })).json();
    expect((await w.form(`/workspace/pairs/${pair.id}/confirm`, {}, { csrf: '' })).statusCode).toBe(403);
    expect(w.db.prepare('SELECT status FROM pairs WHERE id = ?').pluck().get(pair.id)).toBe('proposed');
  });

  it('serves its stylesheet and script as files, and nothing else under the assets path', async () => {
    const { app } = await buildCoordinatorTestApp();
    const css = await app.inject({ method: 'GET', url: '/workspace/assets/workspace.css' });
    expect([css.statusCode, css.headers['content-type']]).toEqual([200, 'text/css; charset=utf-8']);
    const js = await app.inject({ method: 'GET', url: '/workspace/assets/workspace-pairs.js' });
    expect([js.statusCode, js.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(js.body).toContain("'x-csrf-token'");
    for (const name of ['..%2Fworkspace-pages.js', 'workspace-pages.js', '%2E%2E%2Fcoordinator-accounts.js']) {
      expect((await app.inject({ method: 'GET', url: `/workspace/assets/${name}` })).statusCode, name).toBe(404);
    }
  });
});

/**
 * A mentee registration whose names carry markup, written straight to the database when the
 * registration route refuses such names.
 * @param {import('better-sqlite3').Database} db
 */
function insertHostile(db) {
  const record = { ...menteeRegistration({ givenName: HOSTILE, familyName: '"><script>alert(2)</script>' }), id: 'r-hostile', displayName: HOSTILE };
  db.prepare(`INSERT INTO registrations (id, kind, programme_id, email, lang, record, status, created_at, updated_at) VALUES ('r-hostile', 'mentee', ?, ?, 'en', ?, 'pending', 1, 1)`).run(
    record.programmeId,
    'hostile@example.org',
    JSON.stringify(record),
  );
  return 'r-hostile';
}
