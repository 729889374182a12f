// @ts-check
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import { clientKey } from '../contact/client-key.js';
import { escapeHtml } from '../mail/mail-text.js';
import {
  audit,
  checkPassword,
  clearAccountFailures,
  createSession,
  DEFAULT_COORDINATOR_SETTINGS,
  deleteSession,
  findSession,
  lockedForMinutes,
  recordFailure,
} from './coordinator-accounts.js';
import { workspaceText } from './workspace-messages.js';
import { ASSETS_PATH, pageLanguage, sendPage } from './workspace-page.js';

// The workspace's stylesheet and script, read once; public like any site asset (nothing personal in them).
const ASSETS = Object.freeze({
  'workspace.css': { type: 'text/css; charset=utf-8', body: readFileSync(new URL('./workspace-assets/workspace.css', import.meta.url), 'utf8') },
  'workspace-pairs.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL('./workspace-assets/workspace-pairs.js', import.meta.url), 'utf8') },
  'workspace-session.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL('./workspace-assets/workspace-session.js', import.meta.url), 'utf8') },
});

/**
 * @typedef {import('./coordinator-accounts.js').Session} Session
 * @typedef {import('./coordinator-accounts.js').CoordinatorSettings} CoordinatorSettings
 * @typedef {import('./workspace-messages.js').WorkspaceMessageKey} WorkspaceMessageKey
 * @typedef {object} CoordinatorOptions
 * @property {import('better-sqlite3').Database} db
 * @property {Readonly<import('../config/load-config.js').Config>} config
 * @property {{ now(): number }} clock
 * @property {Partial<CoordinatorSettings>} [settings]
 * @property {import('../app/build-app.js').PluginEntry[]} [workspace] routes that need a signed-in coordinator,
 *   registered under the prefix behind the session and CSRF checks; `request.coordinatorSession` holds the session
 */

/** Everything under this prefix except the sign-in form needs a session. */
export const WORKSPACE_PREFIX = '/workspace';
const API_PREFIX = `${WORKSPACE_PREFIX}/api`;
const LOGIN_TTL_MS = 60 * 60_000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The coordinator workspace: sign-in, sign-out, and behind them the workspace routes.
 * Register with `{ prefix: WORKSPACE_PREFIX }` taken care of here (routes are absolute).
 * @param {import('fastify').FastifyInstance} fastify
 * @param {CoordinatorOptions} options
 */
export default async function coordinatorRoutes(fastify, { db, config, clock, settings: given = {}, workspace = [] }) {
  // Explicit settings (tests) win over the configuration, which wins over the defaults.
  const settings = Object.freeze({ ...DEFAULT_COORDINATOR_SETTINGS, ...config.coordinator, ...given });
  const secure = new URL(config.publicBaseUrl).protocol === 'https:';
  // __Host- cookies must be Secure, have Path=/ and no Domain: the browser then refuses them from subdomains.
  const sessionCookie = secure ? '__Host-mf_coordinator' : 'mf_coordinator';
  const loginCookie = secure ? '__Host-mf_login' : 'mf_login';
  const ownOrigin = new URL(config.publicBaseUrl).origin;
  const cookieOptions = /** @type {const} */ ({ path: '/', httpOnly: true, secure, sameSite: 'strict' });

  if (!fastify.hasContentTypeParser('application/x-www-form-urlencoded')) await fastify.register(formbody);
  await fastify.register(fastifyCookie);
  if (!fastify.hasRequestDecorator('coordinatorSession')) fastify.decorateRequest('coordinatorSession', null);

  /** @param {string} nonce */
  const loginToken = (nonce) => createHmac('sha256', config.secret).update(`coordinator-login:${nonce}`, 'utf8').digest('base64url');

  /** @param {import('fastify').FastifyReply} reply */
  const issueLoginForm = (reply) => {
    const nonce = randomBytes(24).toString('base64url');
    reply.setCookie(loginCookie, nonce, { ...cookieOptions, maxAge: LOGIN_TTL_MS / 1000 });
    return loginToken(nonce);
  };

  const languageOf = (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) => pageLanguage(request, reply, config);

  fastify.get(`${ASSETS_PATH}/:file`, async (request, reply) => {
    const asset = /** @type {Record<string, { type: string, body: string }>} */ (ASSETS)[/** @type {{ file: string }} */ (request.params).file];
    if (!asset) return reply.code(404).header('cache-control', 'no-store').send({ code: 'not-found', message: 'No such workspace file.' });
    return reply.header('content-type', asset.type).header('cache-control', 'no-cache').send(asset.body);
  });

  fastify.get(`${WORKSPACE_PREFIX}/login`, async (request, reply) => {
    const lang = languageOf(request, reply);
    const next = returnPath(/** @type {Record<string, unknown>} */ (request.query ?? {}).next);
    return sendPage(reply, { status: 200, lang, url: request.url, title: workspaceText(lang, 'login.title'), body: loginForm(lang, issueLoginForm(reply), { next }) });
  });

  // What is left of the session, without renewing it: the page's script asks before it warns.
  fastify.get(`${API_PREFIX}/session/status`, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const session = findSession(db, { id: request.cookies[sessionCookie], now: clock.now(), settings, touch: false });
    // A page asks about its own session, named by its CSRF token: one begun since in another tab is not it.
    const token = request.headers['x-csrf-token'];
    if (!session || (token !== undefined && !equal(token, session.csrfToken))) return { signedIn: false };
    return { signedIn: true, ...session.timeLeft };
  });

  fastify.post(`${WORKSPACE_PREFIX}/login`, { bodyLimit: 4096 }, async (request, reply) => {
    const lang = languageOf(request, reply);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const email = typeof body.email === 'string' ? body.email.slice(0, 320) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1024) : '';
    const next = returnPath(body.next);
    const retry = (/** @type {number} */ status, /** @type {string} */ message) =>
      sendPage(reply, { status, lang, url: request.url, title: workspaceText(lang, 'login.title-error'), body: loginForm(lang, issueLoginForm(reply), { message, email, next }) });

    if (!sameOrigin(request, ownOrigin)) return retry(403, workspaceText(lang, 'login.other-site'));
    const nonce = request.cookies[loginCookie];
    if (!nonce || !equal(body.csrf, loginToken(nonce))) return retry(403, workspaceText(lang, 'login.expired'));

    const client = clientKey(request.ip);
    const now = clock.now();
    const locked = lockedForMinutes(db, { email, client, now, settings });
    if (locked > 0) return retry(429, workspaceText(lang, 'login.locked', { minutes: locked }));
    const coordinator = await checkPassword(db, email, password);
    if (!coordinator) {
      recordFailure(db, { email, client, now });
      request.log.warn({ event: 'coordinator-login-failed' }, 'coordinator sign-in failed');
      const lockedNow = lockedForMinutes(db, { email, client, now, settings });
      return lockedNow > 0 ? retry(429, workspaceText(lang, 'login.locked', { minutes: lockedNow })) : retry(401, workspaceText(lang, 'login.failed'));
    }
    clearAccountFailures(db, email);
    // A session id the browser already had is never kept: signing in always starts a new one.
    deleteSession(db, request.cookies[sessionCookie]);
    const session = createSession(db, { coordinatorId: coordinator.id, now });
    audit(db, { coordinator, action: 'sign-in', now });
    request.log.info({ event: 'coordinator-login', coordinator: coordinator.id }, 'coordinator signed in');
    reply.clearCookie(loginCookie, cookieOptions);
    reply.setCookie(sessionCookie, session.id, { ...cookieOptions, maxAge: settings.sessionAbsoluteHours * 3600 });
    return reply.header('cache-control', 'no-store').redirect(next ?? `${WORKSPACE_PREFIX}/`, 303);
  });

  /**
   * A short page that says why and links to the sign-in form.
   * @param {import('fastify').FastifyRequest} request
   * @param {import('fastify').FastifyReply} reply
   * @param {{ status: number, title: WorkspaceMessageKey, body: WorkspaceMessageKey, link: WorkspaceMessageKey, next?: string }} words
   *   `next`: the page to return to after signing in
   */
  const signInNotice = (request, reply, { status, title, body, link, next }) => {
    const lang = languageOf(request, reply);
    const href = next ? `${WORKSPACE_PREFIX}/login?${new URLSearchParams({ next })}` : `${WORKSPACE_PREFIX}/login`;
    return sendPage(reply, {
      status,
      lang,
      url: request.url,
      title: workspaceText(lang, title),
      body: `<p>${escapeHtml(workspaceText(lang, body))}</p><p><a href="${escapeHtml(href)}">${escapeHtml(workspaceText(lang, link))}</a></p>`,
    });
  };

  // Everything registered in here needs a live session, and a CSRF token for any change.
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const session = findSession(db, { id: request.cookies[sessionCookie], now: clock.now(), settings });
      if (!session) {
        reply.clearCookie(sessionCookie, cookieOptions);
        if (!acceptsHtml(request)) return reply.code(401).send({ code: 'sign-in-needed', message: 'Sign in to the coordinator workspace first.' });
        // A page asked for comes back after signing in; a form sent cannot be sent again from there.
        const next = request.method === 'GET' ? returnPath(request.url) : undefined;
        return signInNotice(request, reply, { status: 401, title: 'unauthorised.title', body: 'unauthorised.body', link: 'login.submit', next });
      }
      /** @type {any} */ (request).coordinatorSession = session;
    });
    scope.addHook('preHandler', async (request, reply) => {
      if (!UNSAFE.has(request.method)) return;
      const session = /** @type {Session} */ (/** @type {any} */ (request).coordinatorSession);
      const body = /** @type {Record<string, unknown> | undefined} */ (typeof request.body === 'object' && request.body !== null ? request.body : undefined);
      const token = request.headers['x-csrf-token'] ?? body?._csrf;
      if (!sameOrigin(request, ownOrigin) || !equal(token, session.csrfToken)) {
        return reply.code(403).send({ code: 'csrf-check-failed', message: 'The request did not carry this session\'s CSRF token (header x-csrf-token) or came from another site.' });
      }
    });

    scope.get(`${API_PREFIX}/session`, async (request) => {
      const session = /** @type {Session} */ (/** @type {any} */ (request).coordinatorSession);
      return { email: session.coordinator.email, csrfToken: session.csrfToken };
    });

    // The session check above has already renewed the session; this says what is left now.
    scope.post(`${API_PREFIX}/session/extend`, async (request) => {
      const session = /** @type {Session} */ (/** @type {any} */ (request).coordinatorSession);
      return { signedIn: true, ...session.timeLeft };
    });

    scope.post(`${WORKSPACE_PREFIX}/logout`, async (request, reply) => {
      const session = /** @type {Session} */ (/** @type {any} */ (request).coordinatorSession);
      deleteSession(db, request.cookies[sessionCookie]);
      audit(db, { coordinator: session.coordinator, action: 'sign-out', now: clock.now() });
      reply.clearCookie(sessionCookie, cookieOptions);
      return signInNotice(request, reply, { status: 200, title: 'signed-out.title', body: 'signed-out.body', link: 'signed-out.again' });
    });

    for (const { plugin, options } of workspace) await scope.register(plugin, options ?? {});
  });
}

/**
 * A request from a page of this site: the Origin, when the browser sends one, is ours; without
 * it, Fetch Metadata (when sent) does not say another site.
 * @param {import('fastify').FastifyRequest} request
 * @param {string} ownOrigin
 */
function sameOrigin(request, ownOrigin) {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === ownOrigin;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** @param {unknown} given @param {string} expected */
function equal(given, expected) {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** @param {import('fastify').FastifyRequest} request */
function acceptsHtml(request) {
  return /text\/html/.test(request.headers.accept ?? '') && !request.url.startsWith(`${API_PREFIX}/`);
}

/**
 * A workspace page to go to after signing in, as a path of this site; undefined for anything else
 * (another site, the sign-in and sign-out addresses, the JSON API), so it cannot send anyone away.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function returnPath(value) {
  if (typeof value !== 'string' || value.length > 2048 || !value.startsWith(`${WORKSPACE_PREFIX}/`) || /[\\\s\u0000-\u001f\u007f]/.test(value)) return undefined;
  const base = 'http://workspace.invalid';
  const url = new URL(value, base);
  if (url.origin !== base || !url.pathname.startsWith(`${WORKSPACE_PREFIX}/`)) return undefined;
  if ([`${WORKSPACE_PREFIX}/login`, `${WORKSPACE_PREFIX}/logout`].includes(url.pathname) || url.pathname.startsWith(`${API_PREFIX}/`)) return undefined;
  return `${url.pathname}${url.search}`;
}

/**
 * @param {string} lang
 * @param {string} token
 * @param {{ message?: string, email?: string, next?: string }} [state] a refusal's words, the address given, the page to return to
 */
function loginForm(lang, token, { message, email = '', next } = {}) {
  // After a refusal the focus starts in the field to fill again, which names the error.
  const again = (/** @type {string} */ field) => (message && field === (email ? 'password' : 'email') ? ' autofocus aria-describedby="login-error"' : '');
  return `${message ? `<p class="ws-notice ws-notice--error" id="login-error" role="alert">${escapeHtml(message)}</p>\n` : ''}<form method="post" action="${WORKSPACE_PREFIX}/login" class="ws-login">
<input type="hidden" name="csrf" value="${escapeHtml(token)}">${next ? `\n<input type="hidden" name="next" value="${escapeHtml(next)}">` : ''}
<p class="ws-field"><label for="email">${escapeHtml(workspaceText(lang, 'login.email'))}</label><input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}"${again('email')}></p>
<p class="ws-field"><label for="password">${escapeHtml(workspaceText(lang, 'login.password'))}</label><input id="password" name="password" type="password" autocomplete="current-password" required${again('password')}></p>
<p><button type="submit" class="ws-button ws-button--primary">${escapeHtml(workspaceText(lang, 'login.submit'))}</button></p>
</form>`;
}
