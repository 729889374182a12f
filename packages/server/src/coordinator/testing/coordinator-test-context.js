// @ts-check
import { buildApp } from '../../app/build-app.js';
import { loadConfig } from '../../config/load-config.js';
import { openDatabase } from '../../db/open-database.js';
import { runMigrations } from '../../db/run-migrations.js';
import { createMentorDirectory } from '../../directory/create-mentor-directory.js';
import { MENTORS, PROGRAMMES } from '../../testing/test-app.js';
import { addCoordinator } from '../coordinator-accounts.js';
import coordinatorRoutes, { WORKSPACE_PREFIX } from '../coordinator-routes.js';
import workspaceRoutes from '../workspace-routes.js';
import registrationRoutes from '../../registrations/registration-routes.js';
import { listApprovedMentors } from '../../registrations/registration-store.js';

export const COORDINATOR = Object.freeze({ email: 'kadri.coordinator@example.org', password: 'correct horse battery staple' });
export const TEST_IP = '198.51.100.20';

/**
 * @typedef {{ db: import('better-sqlite3').Database, config: Readonly<import('../../config/load-config.js').Config>, clock: { now(): number },
 *   directory: import('../../directory/create-mentor-directory.js').MentorDirectory }} Deps
 */

/**
 * The app with the coordinator workspace and one coordinator account, over an in-memory
 * database on a settable clock. `routes` collects every route registered by the workspace
 * (Fastify's onRoute), so a test can walk all of them.
 * @param {{ config?: Record<string, unknown>, settings?: Partial<import('../coordinator-accounts.js').CoordinatorSettings>,
 *   workspace?: (deps: Deps) => import('../../app/build-app.js').PluginEntry[], plugins?: (deps: Deps) => import('../../app/build-app.js').PluginEntry[],
 *   logger?: import('pino').Logger, mentors?: unknown }} [options]
 */
export async function buildCoordinatorTestApp({ config: overrides = {}, settings = {}, workspace = () => [], plugins = () => [], logger, mentors = MENTORS } = {}) {
  const config = loadConfig({ env: {}, overrides: { mode: 'development', dataDir: ':memory:', ...overrides } });
  const db = openDatabase(':memory:');
  runMigrations(db);
  const now = { value: Date.UTC(2026, 1, 2, 9, 0) };
  const clock = { now: () => now.value };
  const directory = createMentorDirectory({ db, mentors, programmes: PROGRAMMES, approvedMentors: () => listApprovedMentors(db) });
  const deps = { db, config, clock, directory };
  /** @type {{ method: string, url: string }[]} */
  const routes = [];
  /** @type {import('fastify').FastifyPluginAsync} */
  const withRouteList = async (app) => {
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method: String(method), url: route.url ?? route.path });
    });
    await app.register(coordinatorRoutes, { db, config, clock, settings, workspace: [{ plugin: workspaceRoutes, options: deps }, ...workspace(deps)] });
  };
  const app = await buildApp({ ...deps, logger: logger ?? false, plugins: [{ plugin: registrationRoutes, options: deps }, { plugin: withRouteList }, ...plugins(deps)] });
  await addCoordinator(db, { ...COORDINATOR, now: now.value });
  return { app, db, config, clock, now, directory, routes };
}

/**
 * Cookies of a response as name → value (attributes dropped).
 * @param {import('light-my-request').Response} response
 */
export function cookiesOf(response) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const c of response.cookies) out[/** @type {any} */ (c).name] = /** @type {any} */ (c).value;
  return out;
}

/** @param {Record<string, string>} cookies */
export const cookieHeader = (cookies) =>
  Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

/**
 * Fetches the sign-in form and posts it: the response, and the session cookie and CSRF token on success.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ email?: string, password?: string, ip?: string, cookies?: Record<string, string>, next?: string }} [input] `next`: the page to return to
 */
export async function signIn(app, { email = COORDINATOR.email, password = COORDINATOR.password, ip = TEST_IP, cookies = {}, next } = {}) {
  const form = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/login`, remoteAddress: ip });
  const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? '';
  const jar = { ...cookies, ...cookiesOf(form) };
  const response = await app.inject({
    method: 'POST',
    url: `${WORKSPACE_PREFIX}/login`,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    payload: new URLSearchParams({ email, password, csrf, ...(next === undefined ? {} : { next }) }).toString(),
  });
  const sessionCookie = response.cookies.find((c) => /mf_coordinator$/.test(/** @type {any} */ (c).name));
  const session = sessionCookie && /** @type {any} */ (sessionCookie).value ? { [/** @type {any} */ (sessionCookie).name]: /** @type {any} */ (sessionCookie).value } : undefined;
  let csrfToken;
  if (response.statusCode === 303 && session) {
    const info = await app.inject({ method: 'GET', url: `${WORKSPACE_PREFIX}/api/session`, remoteAddress: ip, headers: { cookie: cookieHeader(session) } });
    csrfToken = /** @type {string} */ (info.json().csrfToken);
  }
  return { response, session, csrfToken, sessionCookie };
}

/** The workspace card (`<article>`) carrying `data-registration-id="id"` in a page, '' when there is none. */
export function registrationCard(/** @type {string} */ html, /** @type {string} */ id) {
  const start = html.indexOf(`data-registration-id="${id}"`);
  return start < 0 ? '' : html.slice(html.lastIndexOf('<article', start), html.indexOf('</article>', start));
}
