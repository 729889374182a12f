// @ts-check
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app/build-app.js';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../db/open-database.js';
import { runMigrations } from '../db/run-migrations.js';
import { createMentorDirectory } from '../directory/create-mentor-directory.js';

export const SHARED_DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
/** @type {import('@mentor-finder/matcher').Mentor[]} */
export const MENTORS = JSON.parse(readFileSync(`${SHARED_DATA}mentors.json`, 'utf8'));
/** @type {import('@mentor-finder/matcher').Programme[]} */
export const PROGRAMMES = JSON.parse(readFileSync(`${SHARED_DATA}programmes.json`, 'utf8'));

/**
 * A contact request as the widget sends it, for a published mentor with a free place (m-ee-01).
 * @param {Record<string, unknown>} [overrides]
 */
export function makeContactRequest(overrides = {}) {
  return {
    mentorId: 'm-ee-01',
    programmeId: 'etwinning-mentors-2026',
    sender: { name: 'Maarja K.', email: 'maarja.k@example.org', country: 'EE', role: 'teacher', languages: ['et', 'en'] },
    message: { text: 'Tere! Registreerusin eTwinningusse septembris ja otsin abi partneri leidmisel.', lang: 'et' },
    topics: ['partner-finding'],
    consent: { privacyNoticeAccepted: true, noticeVersion: '2025-08' },
    client: { locale: 'et', widgetVersion: '0.1.0' },
    idempotencyKey: randomUUID(),
    hp: '',
    ...overrides,
  };
}

/**
 * The app over an in-memory, migrated database with the sample mentors; no logs, a fixed clock.
 * @param {{ config?: Record<string, unknown>, plugins?: import('../app/build-app.js').PluginEntry[], onContactRequestStored?: import('../contact/create-contact-store.js').OnContactRequestStored, mentors?: unknown }} [options]
 */
export async function buildTestApp({ config: overrides = {}, plugins = [], onContactRequestStored, mentors = MENTORS } = {}) {
  const config = loadConfig({
    env: {},
    overrides: { mode: 'development', dataDir: ':memory:', siteDir: `${REPO}examples/national-site`, coordinatorDir: `${REPO}examples/coordinator`, ...overrides },
  });
  const db = openDatabase(':memory:');
  runMigrations(db);
  const now = { value: Date.UTC(2026, 1, 2, 9, 0) };
  const clock = { now: () => now.value };
  const directory = createMentorDirectory({ db, mentors, programmes: PROGRAMMES });
  const app = await buildApp({ db, config, clock, directory, logger: false, plugins, ...(onContactRequestStored ? { onContactRequestStored } : {}) });
  const count = (/** @type {string} */ table) => /** @type {number} */ (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  return { app, db, config, directory, now, count };
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {unknown} body
 * @param {{ ip?: string, headers?: Record<string, string> }} [options]
 */
export const postContact = (app, body, { ip = '198.51.100.7', headers = {} } = {}) =>
  app.inject({ method: 'POST', url: '/api/contact-requests', remoteAddress: ip, headers: { 'content-type': 'application/json', ...headers }, payload: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) });
