// @ts-check
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/load-config.js';
import { WORKSPACE_PREFIX } from './coordinator-routes.js';
import { ASSETS_PATH } from './workspace-page.js';
import { buildCoordinatorTestApp, COORDINATOR, cookieHeader, signIn, TEST_IP } from './testing/coordinator-test-context.js';

/** @type {import('fastify').FastifyPluginAsync} */
const extraRoutes = async (app) => {
  app.get(`${WORKSPACE_PREFIX}/api/probe`, async () => ({ ok: true }));
  app.post(`${WORKSPACE_PREFIX}/api/probe`, async () => ({ changed: true }));
};

describe('coordinator sign-in', () => {
  it('answers 401 on every workspace route without a session (all routes Fastify registered under the prefix)', async () => {
    const { app, routes } = await buildCoordinatorTestApp({ workspace: () => [{ plugin: extraRoutes }] });
    // The only public routes under the prefix: the sign-in form, the workspace's stylesheet and scripts, and
    // the session's status (which says no more than "signed out" without a session; tested below).
    const open = new Set([`${WORKSPACE_PREFIX}/login`, `${ASSETS_PATH}/:file`, `${WORKSPACE_PREFIX}/api/session/status`]);
    const guarded = routes.filter((r) => r.url.startsWith(WORKSPACE_PREFIX) && !open.has(r.url) && r.method !== 'HEAD');
    expect(guarded.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([
        `GET ${WORKSPACE_PREFIX}`,
        `GET ${WORKSPACE_PREFIX}/`,
        `POST ${WORKSPACE_PREFIX}/logout`,
        `GET ${WORKSPACE_PREFIX}/api/session`,
        `POST ${WORKSPACE_PREFIX}/api/session/extend`,
        `GET ${WORKSPACE_PREFIX}/api/probe`,
        `POST ${WORKSPACE_PREFIX}/registrations/:id/approve`,
        `POST ${WORKSPACE_PREFIX}/registrations/:id/reject`,
        `GET ${WORKSPACE_PREFIX}/pairs`,
        `POST ${WORKSPACE_PREFIX}/pairs/:id/confirm`,
        `POST ${WORKSPACE_PREFIX}/pairs/:id/end`,
        `GET ${WORKSPACE_PREFIX}/api/cohort`,
      ]),
    );
    expect(routes.filter((r) => open.has(r.url) && r.method === 'POST').map((r) => r.url)).toEqual([`${WORKSPACE_PREFIX}/login`]);
    for (const route of guarded) {
      const url = route.url.replace(/:(\w+)/g, 'x');
      for (const cookie of [undefined, 'mf_coordinator=forged-session-id']) {
        const response = await app.inject({ method: /** @type {any} */ (route.method), url, headers: cookie ? { cookie } : {}, payload: route.method === 'GET' ? undefined : {} });
        expect(response.statusCode, `${route.method} ${url}`).toBe(401);
      }
    }
  });

  it('signs in with the right password: HttpOnly, SameSite=Strict session cookie, not Secure on http', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const { response, session, sessionCookie } = await signIn(app);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${WORKSPACE_PREFIX}/`);
    expect(sessionCookie).toMatchObject({ name: 'mf_coordinator', httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(/** @type {any} */ (sessionCookie).secure).toBeFalsy();
    const home = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/`, headers: { cookie: cookieHeader(/** @type {any} */ (session)) } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(COORDINATOR.email);
    expect(db.prepare(`SELECT action FROM audit_log`).pluck().all()).toEqual(['sign-in']);
  });

  it('sets a Secure __Host- cookie when the public base URL is https', async () => {
    const { app } = await buildCoordinatorTestApp({ config: { publicBaseUrl: 'https://mentors.example.org/' } });
    const { response, sessionCookie, session } = await signIn(app, {});
    expect(response.statusCode).toBe(303);
    expect(sessionCookie).toMatchObject({ name: '__Host-mf_coordinator', httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    const ok = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session`, headers: { cookie: cookieHeader(/** @type {any} */ (session)) } });
    expect(ok.statusCode).toBe(200);
    // The http cookie name is not accepted on an https deployment.
    const other = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session`, headers: { cookie: `mf_coordinator=${Object.values(/** @type {any} */ (session))[0]}` } });
    expect(other.statusCode).toBe(401);
  });

  it('wrong password: 401 with the form again, no session', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const { response, session } = await signIn(app, { password: 'not the password at all' });
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('The e-mail or password is not right');
    // The page says it is an error from its title on, and the focus starts in the password field, which names the error.
    expect(response.body).toMatch(/<title>Error: coordinator sign-in · /);
    expect(response.body).toMatch(/<input id="password"[^>]* autofocus aria-describedby="login-error">/);
    expect(response.body).toMatch(/<p [^>]*id="login-error" role="alert">/);
    expect(session).toBeUndefined();
    expect(db.prepare('SELECT count(*) FROM coordinator_sessions').pluck().get()).toBe(0);
  });

  it('session fixation: a session id the browser brings is never kept; signing in issues a new one and the old one is void', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const first = await signIn(app);
    const firstId = /** @type {string} */ (Object.values(/** @type {any} */ (first.session))[0]);
    // An attacker plants a known id (here a live one) in the victim's browser, who then signs in.
    const second = await signIn(app, { cookies: { mf_coordinator: firstId } });
    const secondId = /** @type {string} */ (Object.values(/** @type {any} */ (second.session))[0]);
    expect(secondId).not.toBe(firstId);
    const old = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session`, headers: { cookie: `mf_coordinator=${firstId}` } });
    expect(old.statusCode).toBe(401);
    // A made-up id is not adopted either.
    const planted = await signIn(app, { cookies: { mf_coordinator: 'attacker-chosen-id' } });
    expect(Object.values(/** @type {any} */ (planted.session))[0]).not.toBe('attacker-chosen-id');
    expect(db.prepare('SELECT count(*) FROM coordinator_sessions WHERE id_hash = ?').pluck().get('attacker-chosen-id')).toBe(0);
  });

  it('CSRF: a change without the token or with a wrong one gets 403 and changes nothing; the right token passes', async () => {
    const { app, db } = await buildCoordinatorTestApp({ workspace: () => [{ plugin: extraRoutes }] });
    const { session, csrfToken } = await signIn(app);
    const cookie = cookieHeader(/** @type {any} */ (session));
    const post = (/** @type {Record<string, string>} */ headers) => app.inject({ method: 'POST', url: `${WORKSPACE_PREFIX}/api/probe`, headers: { cookie, 'content-type': 'application/json', ...headers }, payload: {} });
    expect((await post({})).statusCode).toBe(403);
    expect((await post({ 'x-csrf-token': 'wrong' })).statusCode).toBe(403);
    expect((await post({ 'x-csrf-token': /** @type {string} */ (csrfToken), origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post({ 'x-csrf-token': /** @type {string} */ (csrfToken), 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect((await post({ 'x-csrf-token': /** @type {string} */ (csrfToken) })).statusCode).toBe(200);
    // Logging out is a change too.
    const logout = await app.inject({ method: 'POST', url: `${WORKSPACE_PREFIX}/logout`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: '_csrf=nope' });
    expect(logout.statusCode).toBe(403);
    expect(db.prepare('SELECT count(*) FROM coordinator_sessions').pluck().get()).toBe(1);
  });

  it('the sign-in form itself needs its token and our origin', async () => {
    const { app } = await buildCoordinatorTestApp();
    const noToken = await app.inject({ method: 'POST', url: `${WORKSPACE_PREFIX}/login`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ email: COORDINATOR.email, password: COORDINATOR.password }).toString() });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.cookies.some((c) => /** @type {any} */ (c).name === 'mf_coordinator')).toBe(false);
  });

  it('logout ends the session', async () => {
    const { app, db } = await buildCoordinatorTestApp();
    const { session, csrfToken } = await signIn(app);
    const cookie = cookieHeader(/** @type {any} */ (session));
    const out = await app.inject({ method: 'POST', url: `${WORKSPACE_PREFIX}/logout`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${csrfToken}` });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session`, headers: { cookie } })).statusCode).toBe(401);
    expect(db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all()).toEqual(['sign-in', 'sign-out']);
  });

  it('sessions expire after the idle time and after the absolute time, whatever the use', async () => {
    const { app, now } = await buildCoordinatorTestApp({ settings: { sessionIdleMinutes: 10, sessionAbsoluteHours: 1 } });
    const { session } = await signIn(app);
    const cookie = cookieHeader(/** @type {any} */ (session));
    const get = () => app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session`, headers: { cookie } });
    // Used every 9 minutes: alive until the hour is up.
    for (let i = 0; i < 6; i += 1) {
      now.value += 9 * 60_000;
      expect((await get()).statusCode, `after ${(i + 1) * 9} minutes`).toBe(200);
    }
    now.value += 9 * 60_000;
    expect((await get()).statusCode).toBe(401);

    const idle = await signIn(app);
    now.value += 10 * 60_000;
    expect((await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session`, headers: { cookie: cookieHeader(/** @type {any} */ (idle.session)) } })).statusCode).toBe(401);
  });

  it('says what is left of a session without extending it, and extends it on request (with the CSRF token)', async () => {
    const { app, now } = await buildCoordinatorTestApp({ settings: { sessionIdleMinutes: 30, sessionAbsoluteHours: 1 } });
    const { session, csrfToken } = await signIn(app);
    const cookie = cookieHeader(/** @type {any} */ (session));
    const status = async () => (await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session/status`, headers: { cookie } })).json();
    now.value += 10 * 60_000;
    expect(await status()).toEqual({ signedIn: true, idleSeconds: 20 * 60, absoluteSeconds: 50 * 60 });
    now.value += 5 * 60_000;
    // Looking did not extend it.
    expect(await status()).toEqual({ signedIn: true, idleSeconds: 15 * 60, absoluteSeconds: 45 * 60 });
    const extend = (/** @type {Record<string, string>} */ headers) => app.inject({ method: 'POST', url: `${WORKSPACE_PREFIX}/api/session/extend`, headers: { cookie, ...headers } });
    expect((await extend({})).statusCode).toBe(403);
    const extended = await extend({ 'x-csrf-token': /** @type {string} */ (csrfToken) });
    expect(extended.statusCode).toBe(200);
    expect(extended.json()).toEqual({ signedIn: true, idleSeconds: 30 * 60, absoluteSeconds: 45 * 60 });
    expect(await status()).toEqual({ signedIn: true, idleSeconds: 30 * 60, absoluteSeconds: 45 * 60 });
    // Near the absolute end, the idle time left is what remains of the session.
    now.value += 25 * 60_000;
    await extend({ 'x-csrf-token': /** @type {string} */ (csrfToken) });
    expect(await status()).toEqual({ signedIn: true, idleSeconds: 20 * 60, absoluteSeconds: 20 * 60 });
    now.value += 20 * 60_000;
    expect(await status()).toEqual({ signedIn: false });
    // Without a session, or with a made-up one, there is nothing more to learn.
    for (const headers of [{}, { cookie: 'mf_coordinator=forged' }]) {
      const response = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session/status`, headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.json()).toEqual({ signedIn: false });
    }
  });

  it("the status names a page's own session by its CSRF token: a session begun since in another tab is not it", async () => {
    const { app } = await buildCoordinatorTestApp();
    const first = await signIn(app);
    const status = async (/** @type {Record<string, string>} */ headers) => (await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session/status`, headers })).json();
    const cookie = cookieHeader(/** @type {any} */ (first.session));
    expect(await status({ cookie, 'x-csrf-token': /** @type {string} */ (first.csrfToken) })).toMatchObject({ signedIn: true });
    // Signed out and in again in another tab: the browser's cookie is the new session's.
    const second = await signIn(app, { cookies: /** @type {any} */ (first.session) });
    const newCookie = cookieHeader(/** @type {any} */ (second.session));
    expect(await status({ cookie: newCookie, 'x-csrf-token': /** @type {string} */ (first.csrfToken) })).toEqual({ signedIn: false });
    expect(await status({ cookie: newCookie, 'x-csrf-token': /** @type {string} */ (second.csrfToken) })).toMatchObject({ signedIn: true });
  });

  it('a signed-in page carries the session warning and its script; the sign-in page does not', async () => {
    const { app, now } = await buildCoordinatorTestApp({ settings: { sessionIdleMinutes: 20, sessionAbsoluteHours: 2 } });
    const { session } = await signIn(app);
    now.value += 15 * 60_000;
    const page = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/`, headers: { cookie: cookieHeader(/** @type {any} */ (session)), accept: 'text/html' } });
    expect(page.body).toContain(`<dialog class="ws-session" id="ws-session" data-idle-limit="1200" data-idle-left="1200" data-absolute-left="6300" data-email="${COORDINATOR.email}">`);
    expect(page.body).toContain(`<script type="module" src="${ASSETS_PATH}/workspace-session.js"></script>`);
    for (const state of ['idle', 'limit', 'ended', 'offline']) expect(page.body).toMatch(new RegExp(`<div data-state="${state}" hidden>\\s*<h2 id="ws-session-${state}-title">`));
    expect(page.body).toMatch(/ends at <time data-session-time><\/time> unless you stay signed in/);
    expect(page.body).toContain('<a href="/workspace/login" target="_blank">');
    expect(page.body).toContain(`data-text-other-account="Another coordinator account is signed in now, so nothing was sent. Sign in again as ${COORDINATOR.email} to send`);
    const script = await app.inject({ method: 'GET', url: `${ASSETS_PATH}/workspace-session.js` });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    const login = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/login` });
    expect(login.body).not.toContain('ws-session');
  });

  it('after signing in, returns to the workspace page asked for, never to another site or address', async () => {
    const { app } = await buildCoordinatorTestApp();
    const wanted = `${WORKSPACE_PREFIX}/pairs?programme=etwinning-mentors-2026`;
    const notice = await app.inject({ method: 'GET', url: wanted, headers: { accept: 'text/html' } });
    expect(notice.statusCode).toBe(401);
    const href = /<a href="([^"]+)">Sign in<\/a>/.exec(notice.body)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(href).toBe(`${WORKSPACE_PREFIX}/login?${new URLSearchParams({ next: wanted })}`);
    const form = await app.inject({ method: 'GET', url: href });
    expect(form.body).toContain(`<input type="hidden" name="next" value="${wanted.replace(/&/g, '&amp;')}">`);
    expect((await signIn(app, { next: wanted })).response.headers.location).toBe(wanted);
    for (const next of ['//evil.example/workspace/', 'https://evil.example/workspace/', '/\\evil.example', '/workspace/../login', `${WORKSPACE_PREFIX}/login`, `${WORKSPACE_PREFIX}/logout`, `${WORKSPACE_PREFIX}/api/session`, '/workspace/\u0000x', 'javascript:alert(1)']) {
      const { response } = await signIn(app, { next });
      expect(response.statusCode, next).toBe(303);
      expect(response.headers.location, next).toBe(`${WORKSPACE_PREFIX}/`);
    }
    // The sign-in form keeps the page to return to after a wrong password.
    const wrong = await signIn(app, { password: 'not the password at all', next: wanted });
    expect(wrong.response.body).toContain('name="next"');
  });

  it('locks an account after repeated failures, even for the right password, with a clear message; unlocks after the window', async () => {
    const { app, now } = await buildCoordinatorTestApp({ settings: { maxFailuresPerAccount: 3, maxFailuresPerAddress: 100, lockoutMinutes: 15 } });
    for (let i = 0; i < 2; i += 1) expect((await signIn(app, { password: `wrong password ${i}`, ip: `203.0.113.${i + 1}` })).response.statusCode).toBe(401);
    const third = await signIn(app, { password: 'wrong password 3', ip: '203.0.113.9' });
    expect(third.response.statusCode).toBe(429);
    expect(third.response.body).toContain('sign-in is locked for 15 minutes');
    const right = await signIn(app, { ip: '203.0.113.10' });
    expect(right.response.statusCode).toBe(429);
    expect(right.session).toBeUndefined();
    now.value += 16 * 60_000;
    expect((await signIn(app)).response.statusCode).toBe(303);
  });

  it('locks an address after repeated failures across accounts', async () => {
    const { app } = await buildCoordinatorTestApp({ settings: { maxFailuresPerAccount: 100, maxFailuresPerAddress: 3 } });
    for (let i = 0; i < 3; i += 1) await signIn(app, { email: `someone${i}@example.org`, password: 'guess guess guess', ip: '2001:db8:1:2::5' });
    // Same /64, another address: still locked; the real account from elsewhere is not.
    expect((await signIn(app, { ip: '2001:db8:1:2::99' })).response.statusCode).toBe(429);
    expect((await signIn(app, { ip: TEST_IP })).response.statusCode).toBe(303);
  });

  it('never writes a password to the logs or to the database in clear', async () => {
    const lines = /** @type {string[]} */ ([]);
    const stream = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const logger = pino({ level: 'trace' }, stream);
    const { app, db } = await buildCoordinatorTestApp({ logger });
    const wrong = 'my-wrong-password-guess-XYZ';
    await signIn(app, { password: wrong });
    await signIn(app);
    const logs = lines.join('');
    expect(logs).toContain('coordinator signed in');
    expect(logs).not.toContain(COORDINATOR.password);
    expect(logs).not.toContain(wrong);
    const dump = JSON.stringify(db.prepare('SELECT * FROM coordinators').all()) + JSON.stringify(db.prepare('SELECT * FROM audit_log').all()) + JSON.stringify(db.prepare('SELECT * FROM login_failures').all());
    expect(dump).not.toContain(COORDINATOR.password);
    expect(dump).not.toContain(wrong);
    expect(db.prepare('SELECT password_hash FROM coordinators').pluck().get()).toMatch(/^\$argon2id\$/);
  });

  it('takes session and lockout settings from the configuration (MF_* variables), checked at start-up', async () => {
    const config = loadConfig({ env: { MF_MODE: 'development', MF_SESSION_IDLE_MINUTES: '5', MF_SESSION_ABSOLUTE_HOURS: '2', MF_LOGIN_MAX_FAILURES_PER_ACCOUNT: '2', MF_LOGIN_MAX_FAILURES_PER_ADDRESS: '9', MF_LOGIN_LOCKOUT_MINUTES: '30' } });
    expect(config.coordinator).toEqual({ sessionIdleMinutes: 5, sessionAbsoluteHours: 2, maxFailuresPerAccount: 2, maxFailuresPerAddress: 9, lockoutMinutes: 30 });
    expect(() => loadConfig({ env: { MF_MODE: 'development', MF_LOGIN_LOCKOUT_MINUTES: '0' } })).toThrow(ConfigError);
    expect(() => loadConfig({ env: { MF_MODE: 'development', MF_LOGIN_LOCKOUT_MINUTES: '0' } })).toThrow(/MF_LOGIN_LOCKOUT_MINUTES/);

    const { app } = await buildCoordinatorTestApp({ config: { loginMaxFailuresPerAccount: 2, loginLockoutMinutes: 30 } });
    expect((await signIn(app, { password: 'wrong password one' })).response.statusCode).toBe(401);
    const second = await signIn(app, { password: 'wrong password two' });
    expect(second.response.statusCode).toBe(429);
    expect(second.response.body).toContain('locked for 30 minutes');
  });
});
