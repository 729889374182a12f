// @ts-check
import { formatReason } from '@mentor-finder/matcher';
import { describe, expect, it } from 'vitest';
import { linkInMail, menteeRegistration, mentorRegistration, postRegistration } from '../registrations/testing/registration-fixtures.js';
import { MENTORS } from '../testing/test-app.js';
import { WORKSPACE_PREFIX } from './coordinator-routes.js';
import { buildCoordinatorTestApp, cookieHeader, signIn } from './testing/coordinator-test-context.js';

const API = `${WORKSPACE_PREFIX}/api`;

async function signedIn(/** @type {Parameters<typeof buildCoordinatorTestApp>[0]} */ options = {}) {
  const ctx = await buildCoordinatorTestApp(options);
  const { session, csrfToken } = await signIn(ctx.app);
  const cookie = cookieHeader(/** @type {any} */ (session));
  const get = (/** @type {string} */ url) => ctx.app.inject({ method: 'GET', url: `${API}${url}`, headers: { cookie } });
  const post = (/** @type {string} */ url, /** @type {unknown} */ body = {}, /** @type {Record<string, string>} */ headers = {}) =>
    ctx.app.inject({ method: 'POST', url: `${API}${url}`, headers: { cookie, 'x-csrf-token': /** @type {string} */ (csrfToken), 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  const confirmEmail = async (/** @type {string} */ address) => {
    const link = linkInMail(ctx.db, address, 'confirm');
    const response = await ctx.app.inject({ method: 'POST', url: `${link.pathname}${link.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
    expect(response.statusCode).toBe(200);
  };
  const publicIds = () => JSON.parse(ctx.directory.publicJson()).map((/** @type {{ id: string }} */ m) => m.id);
  const audit = () => ctx.db.prepare('SELECT actor, action, target FROM audit_log ORDER BY id').all();
  return { ...ctx, get, post, confirmEmail, publicIds, audit };
}

describe('coordinator workspace', () => {
  it('refuses a pair the matcher would block (full, paused) or that needs a place already promised, unless the coordinator acknowledges it', async () => {
    const w = await signedIn();
    const register = async (/** @type {string} */ email) => (await postRegistration(w.app, { kind: 'mentee', record: menteeRegistration({ email }), lang: 'en' })).json().id;
    const [first, second, third] = [await register('a.one@example.org'), await register('b.two@example.org'), await register('c.three@example.org')];
    for (const [mentorId, reason] of [['m-ee-02', 'mentor-full'], ['m-ge-01', 'mentor-not-active']]) {
      const refused = await w.post('/pairs', { mentorId, menteeId: first });
      expect(refused.statusCode, mentorId).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'pair-needs-acknowledgement', field: 'mentorId' });
      expect(refused.json().reasons, mentorId).toContain(reason);
    }
    // m-ee-01 has one place left: the first proposal takes it, the second would need it too.
    expect((await w.post('/pairs', { mentorId: 'm-ee-01', menteeId: first })).statusCode).toBe(201);
    const promised = await w.post('/pairs', { mentorId: 'm-ee-01', menteeId: second });
    expect(promised.statusCode).toBe(409);
    expect(promised.json().reasons).toEqual(['places-promised']);
    expect(promised.json().details).toEqual([{ code: 'places-promised', params: { promised: 1, free: 1 }, text: 'The mentor’s free places are already promised to other proposed pairs.' }]);
    // The words follow the workspace's language (places-promised above keeps its parameters).
    const inEstonian = await w.post('/pairs', { mentorId: 'm-ee-02', menteeId: second }, { 'accept-language': 'et' });
    const full = inEstonian.json().details.find((/** @type {{ code: string }} */ d) => d.code === 'mentor-full');
    expect(full.text).toBe(formatReason({ code: 'mentor-full', effect: 'blocking', ...(full.params ? { params: full.params } : {}) }, 'et'));
    expect(full.text).not.toBe(formatReason({ code: 'mentor-full', effect: 'blocking' }, 'en'));
    const acknowledged = await w.post('/pairs', { mentorId: 'm-ee-02', menteeId: third, acknowledge: true });
    expect(acknowledged.statusCode).toBe(201);
    const entry = /** @type {{ detail: string }} */ (w.db.prepare(`SELECT detail FROM audit_log WHERE action = 'pair-proposed' ORDER BY id DESC`).get());
    expect(JSON.parse(entry.detail)).toMatchObject({ mentorId: 'm-ee-02', acknowledged: ['mentor-full'] });
    expect((await w.get('/pairs')).json().pairs).toHaveLength(2);
  });

  it("counts a mentor's places as the programme allows: places above its most mentees per mentor are not there to promise", async () => {
    // m-ee-01 as a hand-made mentor file might have it: 5 places offered, 2 taken, in a programme allowing 3.
    const mentors = MENTORS.map((/** @type {any} */ m) => (m.id === 'm-ee-01' ? { ...m, capacity: { ...m.capacity, maxMentees: 5, currentMentees: 2 } } : m));
    const w = await signedIn({ mentors });
    const register = async (/** @type {string} */ email) => (await postRegistration(w.app, { kind: 'mentee', record: menteeRegistration({ email }), lang: 'en' })).json().id;
    const [first, second] = [await register('a.one@example.org'), await register('b.two@example.org')];
    expect((await w.post('/pairs', { mentorId: 'm-ee-01', menteeId: first })).statusCode).toBe(201);
    const promised = await w.post('/pairs', { mentorId: 'm-ee-01', menteeId: second });
    expect(promised.statusCode).toBe(409);
    expect(promised.json().details).toEqual([expect.objectContaining({ code: 'places-promised', params: { promised: 1, free: 1 } })]);
  });

  it('asks before pairing a mentee whose address is already in a pair (registered twice, or a shared inbox)', async () => {
    const w = await signedIn();
    const register = async (/** @type {string} */ email) => (await postRegistration(w.app, { kind: 'mentee', record: menteeRegistration({ email }), lang: 'en' })).json().id;
    const [first, again, other, later] = [await register('merike.aas@example.org'), await register('Merike.Aas@Example.org'), await register('mari.mets@example.org'), await register('MERIKE.AAS@example.org')];
    const paired = await w.post('/pairs', { mentorId: 'm-ee-03', menteeId: first });
    expect(paired.statusCode).toBe(201);
    const twice = await w.post('/pairs', { mentorId: 'm-ee-06', menteeId: again });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'pair-needs-acknowledgement', reasons: ['email-already-paired'] });
    expect(twice.json().details[0].text).toBe('Another mentee registration with the same e-mail address is already in a pair: it may be the same person, registered twice.');
    const inLatvian = await w.post('/pairs', { mentorId: 'm-ee-06', menteeId: again }, { 'accept-language': 'lv' });
    expect(inLatvian.json().details[0].text).toMatch(/^Cita mentorējamā reģistrācija/);
    // Another address is not asked about; a shared inbox is paired once the coordinator says so.
    expect((await w.post('/pairs', { mentorId: 'm-ee-06', menteeId: other })).statusCode).toBe(201);
    expect((await w.post('/pairs', { mentorId: 'm-ee-06', menteeId: again, acknowledge: true })).statusCode).toBe(201);
    // Only pairs that run count: once both have ended, the address is free again.
    const running = (await w.get('/pairs')).json().pairs.filter((/** @type {{ menteeId: string }} */ p) => p.menteeId !== other);
    for (const pair of running) expect((await w.post(`/pairs/${pair.id}/end`)).statusCode).toBe(200);
    expect((await w.post('/pairs', { mentorId: 'm-ee-03', menteeId: later })).statusCode).toBe(201);
  });

  it('lists pending registrations only once the mentor confirmed the address; approving publishes the mentor and mails them a pause link', async () => {
    const w = await signedIn();
    const { id } = (await postRegistration(w.app, mentorRegistration(), { query: '?lang=et' })).json();
    expect((await w.get('/registrations')).json().registrations).toEqual([]);
    expect((await w.post(`/registrations/${id}/approve`)).statusCode).toBe(409);
    await w.confirmEmail('liis.parn@example.org');
    const pending = (await w.get('/registrations')).json().registrations;
    expect(pending).toMatchObject([{ id, kind: 'mentor', status: 'pending', email: 'liis.parn@example.org', duplicateOf: null }]);
    expect(w.publicIds()).not.toContain(id);

    const approved = await w.post(`/registrations/${id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(w.publicIds()).toContain(id);
    const published = JSON.parse(w.directory.publicJson()).find((/** @type {{ id: string }} */ m) => m.id === id);
    expect(JSON.stringify(published)).not.toContain('liis.parn@example.org');
    expect((await w.post(`/registrations/${id}/approve`)).statusCode).toBe(409);
    expect(w.audit()).toContainEqual({ actor: 'kadri.coordinator@example.org', action: 'registration-approved', target: id });
    const mail = /** @type {{ language: string, text: string }} */ (w.db.prepare(`SELECT language, text FROM mail_outbox WHERE kind = 'registration-approved'`).get());
    expect(mail.language).toBe('et');

    // The mentor pauses through the mailed link: GET changes nothing, POST takes them out of the directory.
    const pause = linkInMail(w.db, 'liis.parn@example.org', 'pause');
    expect((await w.app.inject({ method: 'GET', url: `${pause.pathname}${pause.search}` })).statusCode).toBe(200);
    expect(w.publicIds()).toContain(id);
    expect((await w.app.inject({ method: 'POST', url: `${pause.pathname}${pause.search}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' })).statusCode).toBe(200);
    expect(w.publicIds()).not.toContain(id);
  });

  it('rejects with a reason (required), mails it, and audits who did it; duplicates are shown as such', async () => {
    const w = await signedIn();
    const first = (await postRegistration(w.app, menteeRegistration())).json().id;
    const second = (await postRegistration(w.app, menteeRegistration({ givenName: 'Tiina-Maria' }))).json().id;
    const list = (await w.get('/registrations')).json().registrations;
    expect(list.map((/** @type {any} */ r) => [r.id, r.duplicateOf])).toEqual([
      [first, null],
      [second, first],
    ]);
    const noReason = await w.post(`/registrations/${second}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().field).toBe('reason');
    expect((await w.post(`/registrations/${second}/reject`, { reason: 'Registered twice; we keep the first form.' })).statusCode).toBe(200);
    expect((await w.get('/registrations?status=rejected')).json().registrations).toMatchObject([{ id: second, reason: 'Registered twice; we keep the first form.' }]);
    const mail = /** @type {{ text: string }} */ (w.db.prepare(`SELECT text FROM mail_outbox WHERE kind = 'registration-rejected'`).get());
    expect(mail.text).toContain('Registered twice; we keep the first form.');
    expect(w.audit()).toContainEqual({ actor: 'kadri.coordinator@example.org', action: 'registration-rejected', target: second });
  });

  it('pairs go proposed → confirmed → ended; confirming mails both sides in their languages, the mentee told how to reach the mentor', async () => {
    const w = await signedIn();
    const mentee = (await postRegistration(w.app, { kind: 'mentee', record: menteeRegistration(), lang: 'fi' })).json().id;
    const bad = await w.post('/pairs', { mentorId: 'no-such-mentor', menteeId: mentee });
    expect(bad.json()).toMatchObject({ field: 'mentorId' });
    const proposed = await w.post('/pairs', { mentorId: 'm-ee-01', menteeId: mentee });
    expect(proposed.statusCode).toBe(201);
    const pair = proposed.json();
    expect(pair).toMatchObject({ status: 'proposed', mentorId: 'm-ee-01', menteeId: mentee });
    expect((await w.post('/pairs', { mentorId: 'm-ee-01', menteeId: mentee })).statusCode).toBe(409);
    expect(w.db.prepare('SELECT count(*) FROM mail_outbox').pluck().get()).toBe(0);

    const before = w.directory.findMentor('m-ee-01')?.capacity.currentMentees ?? 0;
    const confirmed = await w.post(`/pairs/${pair.id}/confirm`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().status).toBe('confirmed');
    expect(w.directory.findMentor('m-ee-01')?.capacity.currentMentees).toBe(before + 1);
    const mails = /** @type {{ kind: string, recipient: string, language: string, text: string }[]} */ (w.db.prepare('SELECT kind, recipient, language, text FROM mail_outbox ORDER BY id').all());
    expect(mails.map((m) => [m.kind, m.recipient, m.language])).toEqual([
      ['pair-confirmed-mentor', 'kadri.tamm@example.org', 'et'],
      ['pair-confirmed-mentee', 'tiina.rebane@example.org', 'fi'],
    ]);
    expect(mails[0]?.text).toContain('Tiina Rebane');
    // Each greeted by the given name: the mentor from the mentor file, the mentee from the registration.
    expect(mails.map((m) => m.text.split('\n')[0])).toEqual(['Tere, Kadri!', 'Hei Tiina,']);
    expect(mails[1]?.text).toContain('Ota itse yhteyttä mentoriisi');
    expect(mails[1]?.text).toContain('kadri.tamm@example.org');
    expect((await w.post(`/pairs/${pair.id}/confirm`)).statusCode).toBe(409);

    expect((await w.post(`/pairs/${pair.id}/end`)).statusCode).toBe(200);
    expect(w.directory.findMentor('m-ee-01')?.capacity.currentMentees).toBe(before);
    expect((await w.post(`/pairs/${pair.id}/end`)).statusCode).toBe(409);
    expect((await w.get('/pairs')).json().pairs).toMatchObject([{ id: pair.id, status: 'ended' }]);
    expect(w.audit().map((/** @type {any} */ a) => a.action)).toEqual(['sign-in', 'pair-proposed', 'pair-confirmed', 'pair-ended']);
  });
});
