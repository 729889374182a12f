// @ts-check
import pino from 'pino';
import { createAnswerService } from './answers/create-answer-service.js';
import { buildApp } from './app/build-app.js';
import { settlePort } from './app/free-port.js';
import coordinatorRoutes from './coordinator/coordinator-routes.js';
import workspaceRoutes from './coordinator/workspace-routes.js';
import registrationRoutes from './registrations/registration-routes.js';
import { listApprovedMentors } from './registrations/registration-store.js';
import { createRetentionJob } from './retention/run-retention.js';
import { openDatabase } from './db/open-database.js';
import { runMigrations } from './db/run-migrations.js';
import { loadMentorDirectory } from './directory/create-mentor-directory.js';

/**
 * @typedef {import('./config/load-config.js').Config} Config
 *
 * @typedef {object} RunningService
 * @property {string} url where it listens, ending in "/"
 * @property {number} port
 * @property {import('fastify').FastifyInstance} app
 * @property {import('better-sqlite3').Database} db
 * @property {import('./directory/create-mentor-directory.js').MentorDirectory} directory
 * @property {string[]} migrationsApplied
 * @property {boolean} mailEnabled
 * @property {() => Promise<void>} close stops taking connections, finishes requests in flight and the mail being sent, closes the database
 */

/**
 * Puts the service together and listens: database and migrations, mentor directory, mail and
 * answers, the HTTP app.
 * @param {Readonly<Config>} given with port 0 and no public address, a free port is picked first
 * @param {{ logger?: import('pino').Logger | false, clock?: { now(): number }, transport?: import('./mail/mail-worker.js').MailTransport,
 *   plugins?: import('./app/build-app.js').PluginEntry[] }} [options] `plugins`: more routes, after the answer pages
 * @returns {Promise<RunningService>}
 */
export async function startService(given, { logger, clock = { now: () => Date.now() }, transport, plugins = [] } = {}) {
  const config = await settlePort(given);
  const log = logger === undefined ? createLogger(config) : logger;
  const db = openDatabase(config.dataDir);
  try {
    const { applied } = runMigrations(db);
    if (applied.length > 0 && log) log.info({ applied }, 'database migrated');

    const mailEnabled = config.smtp !== undefined;
    /** @type {import('./directory/create-mentor-directory.js').MentorDirectory | undefined} */
    let directory;
    const need = () => /** @type {import('./directory/create-mentor-directory.js').MentorDirectory} */ (directory);
    const answers = createAnswerService({
      db,
      config,
      clock,
      ...(log ? { log: log.child({ component: 'mail' }) } : {}),
      findMentor: (id) => need().findMentor(id),
      listMentors: () => need().listMentors(),
      findProgramme: (id) => need().findProgramme(id),
      ...(transport ? { transport } : {}),
    });
    directory = loadMentorDirectory({ db, mentorsFile: config.mentorsFile, programmesFile: config.programmesFile, replyStats: answers.replyStats, approvedMentors: () => listApprovedMentors(db) });
    answers.attachDirectory(directory);
    if (directory.errors.length > 0 && log) {
      log.warn({ count: directory.errors.length, first: directory.errors[0]?.message }, 'mentor records failed validation and are left out');
    }

    const retention = createRetentionJob({ db, config, clock, directory, programmes: () => need().listProgrammes(), ...(log ? { log: log.child({ component: 'retention' }) } : {}) });

    const app = await buildApp({
      db,
      config,
      clock,
      directory,
      logger: log,
      onContactRequestStored: answers.onContactRequestStored,
      // Registration, workspace and answer mails go out at once, not at the worker's next poll.
      afterWrite: answers.notifyMail,
      plugins: [{ plugin: answers.plugin, options: answers.pluginOptions }, { plugin: registrationRoutes, options: { db, config, clock, directory } }, { plugin: coordinatorRoutes, options: { db, config, clock, workspace: [{ plugin: workspaceRoutes, options: { db, config, clock, directory } }] } }, ...plugins],
    });
    await app.listen({ host: config.host, port: config.port });
    // Without SMTP (demo and development only) mails stay queued until a server with SMTP runs.
    answers.start();
    retention.start();

    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    /** @type {Promise<void> | undefined} */
    let closing;
    return {
      url: `http://${host}:${port}/`,
      port,
      app,
      db,
      directory,
      migrationsApplied: applied,
      mailEnabled,
      close() {
        closing ??= (async () => {
          await app.close();
          retention.stop();
          await answers.stop();
          db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    if (db.open) db.close();
    throw error;
  }
}

/**
 * JSON lines on stdout; nothing that identifies a visitor beyond the address, no bodies.
 * @param {Readonly<Config>} config
 */
export function createLogger(config) {
  return pino({
    level: config.logLevel,
    base: { service: 'mentor-finder' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'secret', 'config.secret', 'smtp.url'], censor: '[redacted]' },
  });
}
