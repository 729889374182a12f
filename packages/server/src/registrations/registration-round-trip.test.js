// @ts-check
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config.js';
import { addCoordinator } from '../coordinator/coordinator-accounts.js';
import { WORKSPACE_PREFIX } from '../coordinator/coordinator-routes.js';
import { signLink } from '../links/answer-links.js';
import { startTestSmtpServer } from '../mail/testing/start-test-smtp-server.js';
import { startService } from '../start-service.js';
import { SHARED_DATA } from '../testing/test-app.js';
import { menteeRegistration, mentorRegistration } from './testing/registration-fixtures.js';

// Links in mails point at the public base URL; the test follows them to where the service listens.
const PUBLIC = 'http://mentors.example.org';
const COORDINATOR = Object.freeze({ email: 'kadri.coordinator@example.org', password: 'correct horse battery staple' });
/** @type {Awaited<ReturnType<typeof startTestSmtpServer>>} */
let smtp;
/** @type {Awaited<ReturnType<typeof startService>>} */
let service;
/** @type {ReturnType<typeof loadConfig>} */
let config;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  config = loadConfig({
    env: {
      MF_MODE: 'development',
      MF_PORT: '0',
      MF_DATA_DIR: mkdtempSync(join(tmpdir(), 'mf-registration-')),
      MF_PROGRAMMES_FILE: `${SHARED_DATA}programmes.json`,
      MF_SMTP_URL: smtp.url,
      MF_SMTP_FROM: 'Mentor Finder <mentors@example.org>',
      MF_PUBLIC_BASE_URL: `${PUBLIC}/`,
    },
  });
  service = await startService(config, { logger: false });
  await addCoordinator(service.db, { ...COORDINATOR, now: Date.now() });
});
afterAll(async () => {
  await service?.close();
  await smtp?.close();
});

/** @param {string} url a link from a mail or a path */
const local = (url) => new URL(url.startsWith('/') ? url : `${new URL(url).pathname}${new URL(url).search}`, service.url).toString();
/** @param {Response} response @returns {Promise<any>} */
const read = (response) => response.json();
/** Form posts as a browser on the public site sends them. */
const form = (/** @type {string} */ url, /** @type {Record<string, string>} */ fields = {}, /** @type {Record<string, string>} */ headers = {}) =>
  fetch(local(url), { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC, ...headers }, body: new URLSearchParams(fields).toString() });

/**
 * The first mail to `to` whose subject matches, waiting for it to arrive.
 * @param {string} to
 * @param {RegExp} subject
 */
async function mailTo(to, subject) {
  for (;;) {
    const mail = smtp.mails.find((m) => m.envelopeTo.includes(to) && subject.test(String(m.parsed.subject)));
    if (mail) return mail.parsed;
    await smtp.waitForMails(smtp.mails.length + 1);
  }
}

/** The link to a registration page (`confirm`, `update`, ...) in a mail's text. */
const linkIn = (/** @type {import('mailparser').ParsedMail} */ mail, /** @type {string} */ page) =>
  /** @type {string} */ (new RegExp(`https?://\\S+/registrations/${page}\\?t=\\S+`).exec(String(mail.text))?.[0]);

/**
 * Signs the coordinator in through the login form: their workspace API, for posting decisions and
 * reading the registrations list (`status`: the list's filter, pending by default).
 */
async function signInCoordinator() {
  const loginPage = await fetch(local(`${WORKSPACE_PREFIX}/login`));
  const loginCookie = /** @type {string} */ (loginPage.headers.getSetCookie().find((c) => c.startsWith('mf_login='))).split(';')[0];
  const csrf = /** @type {string} */ (/name="csrf" value="([^"]+)"/.exec(await loginPage.text())?.[1]);
  const login = await form(`${WORKSPACE_PREFIX}/login`, { email: COORDINATOR.email, password: COORDINATOR.password, csrf }, { cookie: /** @type {string} */ (loginCookie) });
  expect(login.status).toBe(303);
  const cookie = /** @type {string} */ (/** @type {string} */ (login.headers.getSetCookie().find((c) => c.startsWith('mf_coordinator='))).split(';')[0]);
  const sessionInfo = await read(await fetch(local(`${WORKSPACE_PREFIX}/api/session`), { headers: { cookie } }));
  return {
    cookie,
    api: (/** @type {string} */ path, /** @type {unknown} */ body = {}) =>
      fetch(local(`${WORKSPACE_PREFIX}/api${path}`), { method: 'POST', headers: { cookie, origin: PUBLIC, 'x-csrf-token': sessionInfo.csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    /** @returns {Promise<{ registrations: { id: string, status: string }[] }>} */
    registrations: async (status = 'pending') => read(await fetch(local(`${WORKSPACE_PREFIX}/api/registrations?status=${status}`), { headers: { cookie } })),
  };
}

describe('registration round trip over HTTP and SMTP', () => {
  it('mentor registers, confirms by the mailed link, coordinator signs in and approves, the mentor is in the public JSON and corrects it through the mailed update link, pauses requests from a request mail and takes them again there; a mentee is paired and both get their mail', async () => {
    const registered = await fetch(local('/api/registrations?lang=et'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mentorRegistration()) });
    expect(registered.status).toBe(202);
    const { id } = await read(registered);

    const confirmMail = await mailTo('liis.parn@example.org', /Kinnita oma e-posti aadress/);
    expect(confirmMail.headers.get('content-language')).toBe('et');
    const confirmUrl = linkIn(confirmMail, 'confirm');
    expect((await fetch(local(confirmUrl))).status).toBe(200);
    expect((await form(confirmUrl)).status).toBe(200);

    const { api, registrations } = await signInCoordinator();
    const pending = await registrations();
    expect(pending.registrations.map((/** @type {{ id: string }} */ r) => r.id)).toEqual([id]);
    expect((await api(`/registrations/${id}/approve`)).status).toBe(200);
    const publicMentors = await read(await fetch(local('/mentors.public.json')));
    const published = publicMentors.find((/** @type {{ id: string }} */ m) => m.id === id);
    expect(published).toMatchObject({ id, displayName: 'Liis P.' });
    expect(JSON.stringify(publicMentors)).not.toContain('liis.parn@example.org');
    const approvedMail = await mailTo('liis.parn@example.org', /on avaldatud/);
    expect(approvedMail.text).toMatch(/\/registrations\/pause\?t=/);

    // The mentor corrects the profile through the update link of the mail that arrived over SMTP.
    const updateUrl = linkIn(approvedMail, 'update');
    expect((await fetch(local(updateUrl))).status).toBe(200);
    const profileApi = local(`/api/profile${new URL(updateUrl).search}`);
    const current = await read(await fetch(profileApi));
    const saved = await fetch(profileApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC },
      body: JSON.stringify({ kind: 'mentor', record: { ...current.record, region: 'Valgamaa' }, lang: 'et' }),
    });
    expect(saved.status).toBe(200);
    const updated = (await read(await fetch(local('/mentors.public.json')))).find((/** @type {{ id: string }} */ m) => m.id === id);
    expect(updated.region).toBe('Valgamaa');

    // A visitor writes; the mentor pauses new requests from that mail, and later takes them again
    // through the update link: the profile shows the pause as requests unticked.
    const request = await fetch(local('/api/contact-requests'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        mentorId: id,
        programmeId: updated.programmeId,
        sender: { name: 'Peeter Puu', email: 'peeter.puu@example.org' },
        message: { text: 'Tere! Otsin partnerit oma esimeseks projektiks.' },
        consent: { privacyNoticeAccepted: true, noticeVersion: current.record.private.consent.noticeVersion },
        client: { locale: 'et' },
        hp: '',
      }),
    });
    expect(request.status).toBe(201);
    const requestMail = await mailTo('liis.parn@example.org', /Peeter Puu soovib sind mentoriks/);
    const pauseUrl = /** @type {string} */ ([...String(requestMail.text).matchAll(/https?:\/\/\S+\/answer\?t=\S+/g)][2]?.[0]);
    expect((await form(pauseUrl)).status).toBe(200);
    const publicOf = async () => (await read(await fetch(local('/mentors.public.json')))).find((/** @type {{ id: string }} */ m) => m.id === id);
    expect((await publicOf()).capacity.acceptingRequests).toBe(false);
    const pausedProfile = await read(await fetch(profileApi));
    // Paused, not withdrawn: the consent stays as given.
    expect(pausedProfile.record.capacity.acceptingRequests).toBe(false);
    expect(pausedProfile.record.private.consent.contactRequests).toBe(true);
    const resumed = await fetch(profileApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC },
      body: JSON.stringify({ kind: 'mentor', record: { ...pausedProfile.record, capacity: { ...pausedProfile.record.capacity, acceptingRequests: true }, private: { ...pausedProfile.record.private, consent: { ...pausedProfile.record.private.consent, contactRequests: true } } }, lang: 'et' }),
    });
    expect(resumed.status).toBe(200);
    expect((await publicOf()).capacity.acceptingRequests).toBe(true);

    const mentee = await fetch(local('/api/registrations'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'mentee', record: menteeRegistration(), lang: 'lv' }) });
    expect(mentee.status).toBe(202);
    const menteeId = (await read(mentee)).id;
    const pair = await read(await api('/pairs', { mentorId: id, menteeId }));
    expect((await api(`/pairs/${pair.id}/confirm`)).status).toBe(200);

    const mentorMail = await mailTo('liis.parn@example.org', /mentorpaar/);
    const menteeMail = await mailTo('tiina.rebane@example.org', /mentoringa pāris/);
    expect(mentorMail.headers.get('content-language')).toBe('et');
    expect(mentorMail.text).toContain('Tiina Rebane');
    expect(menteeMail.headers.get('content-language')).toBe('lv');
    expect(menteeMail.text).toContain('sazinieties ar savu mentoru');
    expect(menteeMail.text).toContain('liis.parn@example.org');
  });

  it('a mentor already approved who registers again with the same address gets the same answer and confirmation mail, then, once the address is confirmed, a mail with a link to the profile they have instead of a new registration for the coordinator', async () => {
    const email = 'mari.kask@example.org';
    const register = (/** @type {string} */ lang, /** @type {Record<string, unknown>} */ top = {}) =>
      fetch(local(`/api/registrations?lang=${lang}`), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mentorRegistration({ email, givenName: 'Mari', familyName: 'Kask' }, { displayName: 'Mari K.', ...top })) });
    const first = await register('et');
    expect(first.status).toBe(202);
    const { id } = await read(first);
    expect((await form(linkIn(await mailTo(email, /Kinnita oma e-posti aadress/), 'confirm'))).status).toBe(200);
    const { api, registrations } = await signInCoordinator();
    expect((await api(`/registrations/${id}/approve`)).status).toBe(200);
    const pendingBefore = await registrations();

    // Registering again looks, from outside, like any registration: nothing says the address is known.
    const again = await register('fi', { region: 'Valgamaa' });
    expect(again.status).toBe(202);
    const answer = await read(again);
    expect(Object.keys(answer).sort()).toEqual(['id', 'status']);
    expect(answer.status).toBe('awaiting-email');
    const confirmAgain = linkIn(await mailTo(email, /Vahvista sähköpostiosoitteesi/), 'confirm');
    const confirmed = await form(confirmAgain);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Olet jo ilmoittautunut');

    expect(await registrations()).toEqual(pendingBefore);
    const mine = (await registrations('all')).registrations.filter((r) => /** @type {{ email: string }} */ (/** @type {unknown} */ (r)).email === email);
    expect(mine.map((r) => [r.id, r.status])).toEqual([[id, 'approved']]);

    const knownMail = await mailTo(email, /Olet jo ilmoittautunut mentoriksi/);
    expect(knownMail.headers.get('content-language')).toBe('fi');
    expect(String(knownMail.text).split('\n')[0]).toBe('Hei Mari,');
    expect(smtp.mails.filter((m) => m.envelopeTo.includes(email) && /Ilmoittautumisesi|hylät/i.test(String(m.parsed.subject)))).toEqual([]);
    const updateUrl = linkIn(knownMail, 'update');
    const page = await fetch(local(updateUrl));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`profile-src="/api/profile${new URL(updateUrl).search.replace(/&/g, '&amp;')}"`);
    const profile = await read(await fetch(local(`/api/profile${new URL(updateUrl).search}`)));
    expect(profile).toMatchObject({ id, email, record: { displayName: 'Mari K.' } });
    // Three mails, each waiting up to one poll of the outbox (5 s).
  }, 60_000);

  it('a mentor whose mailed link has expired asks for new links on its page and gets them by mail at the registered address', async () => {
    const email = 'ants.tamm@example.org';
    const registered = await fetch(local('/api/registrations?lang=et'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(mentorRegistration({ email, givenName: 'Ants', familyName: 'Tamm' }, { displayName: 'Ants T.' })),
    });
    const { id } = await read(registered);
    expect((await form(linkIn(await mailTo(email, /Kinnita oma e-posti aadress/), 'confirm'))).status).toBe(200);
    const { api } = await signInCoordinator();
    expect((await api(`/registrations/${id}/approve`)).status).toBe(200);
    await mailTo(email, /on avaldatud/);

    // The update link of a mail from more than 60 days ago, as the service signed it then.
    const old = signLink(config.secret, { purpose: /** @type {any} */ ('update-profile'), requestId: id, expiresAt: Date.now() - 1000 });
    const page = await fetch(local(`/registrations/update?t=${encodeURIComponent(old)}`));
    expect(page.status).toBe(410);
    const action = /** @type {string} */ (/<form method="post" action="([^"]+)">/.exec(await page.text())?.[1]);
    const pressed = await form(action);
    expect(pressed.status).toBe(200);
    expect(await pressed.text()).toContain('Uued lingid on teel');

    const mail = await mailTo(email, /Uued lingid sinu mentoriprofiilile/);
    expect(mail.headers.get('content-language')).toBe('et');
    expect(String(mail.text).split('\n')[0]).toBe('Tere, Ants!');
    const updateUrl = linkIn(mail, 'update');
    expect(linkIn(mail, 'pause')).toBeTruthy();
    expect((await fetch(local(updateUrl))).status).toBe(200);
    expect(await read(await fetch(local(`/api/profile${new URL(updateUrl).search}`)))).toMatchObject({ id, email });
  }, 60_000);
});
