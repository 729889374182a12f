// @ts-check
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { signLink } from '../links/answer-links.js';
import answerRoutes from './answer-routes.js';
import { DAY, mailsOf, SECRET, setUp } from './testing/answer-test-context.js';

/** @type {import('fastify').FastifyInstance[]} */
const apps = [];
afterEach(async () => {
  while (apps.length) await apps.pop()?.close();
});

/** @param {ReturnType<typeof setUp>} context */
async function appFor(context) {
  const app = Fastify();
  await app.register(answerRoutes, { ctx: context.ctx });
  apps.push(app);
  return app;
}

/** @param {{ nonce: string, purpose: 'accept' | 'decline' | 'pause', requestId: string, expiresAt: number }} link */
const tokenOf = (link) => signLink(SECRET, link);

/** @param {import('fastify').FastifyInstance} app @param {string} token @param {Record<string, string>} [form] @param {Record<string, string>} [headers] */
const post = (app, token, form = {}, headers = {}) =>
  app.inject({ method: 'POST', url: `/answer?t=${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: new URLSearchParams(form).toString() });

describe('answer pages', () => {
  it('GET shows a confirmation page in the mentor’s language and changes nothing', async () => {
    const context = setUp();
    const links = context.relay('m-ee-01');
    const app = await appFor(context);
    const before = context.snapshot();
    for (const purpose of /** @type {const} */ (['accept', 'decline', 'pause'])) {
      const response = await app.inject({ method: 'GET', url: `/answer?t=${tokenOf(links[purpose])}` });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.body).toContain('<html lang="et">');
      expect(response.body).toMatch(/<form method="post">/);
      expect(response.body).not.toMatch(/<script|style=/);
    }
    const decline = await app.inject({ method: 'GET', url: `/answer?t=${tokenOf(links.decline)}` });
    expect(decline.body).toContain('<h1>Kas keeldud saatja Piret Proov pöördumisest?</h1>');
    expect(decline.body).toContain('<textarea id="reason" name="reason"');
    // Accepting sends the mentor's address to the requester: the page says so before the button.
    const accept = await app.inject({ method: 'GET', url: `/answer?t=${tokenOf(links.accept)}` });
    expect(accept.body).toContain('koos sinu e-posti aadressiga');
    const head = await app.inject({ method: 'HEAD', url: `/answer?t=${tokenOf(links.accept)}` });
    expect(head.statusCode).toBe(200);
    expect(context.snapshot()).toEqual(before);
  });

  it('POST acts once; a replay gets 410 and changes nothing', async () => {
    const context = setUp();
    const links = context.relay('m-ee-01');
    const app = await appFor(context);
    const accepted = await post(app, tokenOf(links.accept));
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body).toContain('Võtsid saatja Piret Proov pöördumise vastu.');
    expect(accepted.body, 'the mail to the sender is only queued at this moment').toContain('Anname talle sellest e-kirjaga teada.');
    expect(context.db.prepare('SELECT status FROM request_answers').get()).toEqual({ status: 'accepted' });
    const before = context.snapshot();
    const replay = await post(app, tokenOf(links.accept));
    expect(replay.statusCode).toBe(410);
    expect(replay.body).toContain('Seda linki on juba kasutatud.');
    const getAfter = await app.inject({ method: 'GET', url: `/answer?t=${tokenOf(links.accept)}` });
    expect(getAfter.statusCode).toBe(410);
    const decline = await post(app, tokenOf(links.decline), { reason: 'x' });
    expect(decline.statusCode).toBe(409);
    expect(decline.body).toContain('Sellele pöördumisele on juba vastatud: vastu võetud.');
    expect(context.snapshot()).toEqual(before);
  });

  it('a tampered token gets 403 on GET and POST and changes nothing', async () => {
    const context = setUp();
    const links = context.relay('m-ee-01');
    const app = await appFor(context);
    const token = tokenOf(links.accept);
    const tampered = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
    const before = context.snapshot();
    for (const response of [await app.inject({ method: 'GET', url: `/answer?t=${tampered}`, headers: { 'accept-language': 'fi-FI, en;q=0.5' } }), await post(app, tampered, {}, { 'accept-language': 'fi' })]) {
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('<html lang="fi">');
      expect(response.body).toContain('Linkki ei ole kelvollinen.');
      expect(response.body).toContain('Mikään ei muuttunut.');
    }
    expect(context.snapshot()).toEqual(before);
  });

  it('an expired link gets 410 and changes nothing', async () => {
    const context = setUp();
    const links = context.relay('m-ee-01');
    const app = await appFor(context);
    context.advance(14 * DAY);
    const before = context.snapshot();
    expect((await app.inject({ method: 'GET', url: `/answer?t=${tokenOf(links.accept)}` })).statusCode).toBe(410);
    const response = await post(app, tokenOf(links.accept));
    expect(response.statusCode).toBe(410);
    expect(context.snapshot()).toEqual(before);
  });

  it('a POST from another origin gets 403 and changes nothing; from the site itself it acts', async () => {
    const context = setUp();
    const links = context.relay('m-ee-01');
    const app = await appFor(context);
    const before = context.snapshot();
    const foreign = await post(app, tokenOf(links.pause), {}, { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).toContain('See vorm saadeti teiselt saidilt.');
    expect(context.snapshot()).toEqual(before);
    const own = await post(app, tokenOf(links.pause), {}, { origin: 'https://mentors.example.org' });
    expect(own.statusCode).toBe(200);
    expect(context.db.prepare(`SELECT accepting_requests FROM mentor_state WHERE mentor_id = 'm-ee-01'`).get()).toEqual({ accepting_requests: 0 });
  });

  it('declines with the reason from the form', async () => {
    const context = setUp();
    const app = await appFor(context);
    const response = await post(app, tokenOf(context.relay('m-ee-01').decline), { reason: 'Sel kevadel pole aega.' });
    expect(response.statusCode).toBe(200);
    expect(context.db.prepare('SELECT status, reason FROM request_answers').get()).toEqual({ status: 'declined', reason: 'Sel kevadel pole aega.' });
  });

  it('offers the requester other mentors when a request names no language, as the finder sends it', async () => {
    const context = setUp();
    const app = await appFor(context);
    const links = context.relay('m-ee-01', 'r-finder', { sender: { name: 'Piret Proov', email: 'piret.proov@example.org' }, message: { text: 'Otsin partnerit uueks projektiks.' }, topics: [] });
    expect((await post(app, tokenOf(links.decline), { reason: '' })).statusCode).toBe(200);
    const [mail] = mailsOf(context.db, 'requester-declined');
    const others = context.ctx.listMentors().filter((m) => m.id !== 'm-ee-01' && m.programmeId === 'etwinning-mentors-2026' && m.languages.some((l) => l.code === 'et'));
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((m) => mail?.text.includes(m.displayName))).toBe(true);
  });

  it('says there is no free place with 409 and changes nothing', async () => {
    const context = setUp();
    const app = await appFor(context);
    const links = context.relay('m-ee-02');
    const before = context.snapshot();
    const response = await post(app, tokenOf(links.accept));
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Sul ei ole enam vaba kohta');
    expect(context.snapshot()).toEqual(before);
  });

  it('escapes the requester’s name', async () => {
    const context = setUp();
    const app = await appFor(context);
    const links = context.relay('m-ee-01', 'r', { sender: { name: '<img src=x onerror=alert(1)>', email: 'x@example.org' } });
    const response = await app.inject({ method: 'GET', url: `/answer?t=${tokenOf(links.accept)}` });
    expect(response.body).not.toContain('<img');
    expect(response.body).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('serves its stylesheet', async () => {
    const app = await appFor(setUp());
    const response = await app.inject({ method: 'GET', url: '/answer.css' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.body).toContain('main {');
  });
});
