// @ts-check
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './create-app.mjs';
import { createContactRequestStore } from './create-contact-request-store.mjs';
import { createHttpServer } from './create-http-server.mjs';
import { createMailOutbox } from './create-mail-outbox.mjs';
import { loadMentorDirectory } from './create-mentor-directory.mjs';
import { createRateLimiter } from './create-rate-limiter.mjs';
import { openDatabase } from './open-database.mjs';
import { DEFAULT_SERVER_OPTIONS, menteesFileOf, programmesFileOf } from './server-options.mjs';

/**
 * @typedef {import('./server-options.mjs').ServerOptions} ServerOptions
 *
 * @typedef {object} StartOptions
 * @property {() => number} [clock] milliseconds, for the rate limiter (tests)
 * @property {(error: unknown) => void} [onError]
 *
 * @typedef {object} RunningServer
 * @property {string} url base URL, ending in "/"
 * @property {number} port
 * @property {string} databaseFile
 * @property {import('./create-contact-request-store.mjs').ContactRequestStore} store
 * @property {import('./create-mentor-directory.mjs').MentorDirectory} directory
 * @property {boolean} widgetBuilt
 * @property {boolean} pairPreviewBuilt both the pair preview bundle and its worker exist
 * @property {() => Promise<void>} close stops taking connections, lets open requests finish, closes the database
 */

export const DATABASE_FILE_NAME = 'mentor-finder.sqlite';
const PURGE_INTERVAL_MS = 3_600_000;

/**
 * Opens the store, loads the mentors and listens. Used by bin/serve.mjs, the tests and the load test.
 * @param {Partial<ServerOptions> & StartOptions} [overrides]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(overrides = {}) {
  const options = { ...DEFAULT_SERVER_OPTIONS, ...overrides };
  const directory = loadMentorDirectory({ mentorsFile: options.mentorsFile, programmesFile: programmesFileOrNone(options) });
  const databaseFile = options.inMemory ? ':memory:' : join(options.dataDir, DATABASE_FILE_NAME);
  const db = openDatabase(databaseFile);
  const store = createContactRequestStore(db, { outbox: createMailOutbox(db) });
  // Storage limitation: expired requests go on start and then every hour.
  store.deleteExpired(new Date());
  const purge = setInterval(() => store.deleteExpired(new Date()), PURGE_INTERVAL_MS);
  purge.unref();
  const rateLimiter = createRateLimiter({ ...options.rateLimit, ...(overrides.clock ? { now: overrides.clock } : {}) });
  const mounts = [
    { prefix: '/', dir: options.siteDir },
    { prefix: '/coordinator/', dir: options.coordinatorDir },
  ];
  const cohortFiles = Object.freeze({
    '/data/mentors.json': options.mentorsFile,
    '/data/mentees.json': menteesFileOf(options),
    '/data/programmes.json': programmesFileOf(options),
  });
  const app = createApp({
    store,
    directory,
    rateLimiter,
    mounts,
    widgetFile: options.widgetFile,
    pairPreviewFile: options.pairPreviewFile,
    pairWorkerFile: options.pairWorkerFile,
    cohortFiles,
  });
  const server = createHttpServer(app, { bodyLimit: options.bodyLimit, ...(overrides.onError ? { onError: overrides.onError } : {}) });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closing;
  const close = () => {
    closing ??= new Promise((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), 5_000);
      force.unref();
      clearInterval(purge);
      server.close(() => {
        clearTimeout(force);
        db.close();
        resolve(undefined);
      });
      server.closeIdleConnections();
    });
    return /** @type {Promise<void>} */ (closing);
  };

  return {
    url: `http://${host}:${port}/`,
    port,
    databaseFile,
    store,
    directory,
    widgetBuilt: existsSync(options.widgetFile),
    pairPreviewBuilt: existsSync(options.pairPreviewFile) && existsSync(options.pairWorkerFile),
    close,
  };
}

/** @param {ServerOptions} options */
function programmesFileOrNone(options) {
  const file = programmesFileOf(options);
  return existsSync(file) ? file : undefined;
}
