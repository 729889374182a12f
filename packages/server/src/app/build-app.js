// @ts-check
import { randomUUID } from 'node:crypto';
import Fastify, { LogController } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import { migrationsCurrent } from '../db/run-migrations.js';
import contactRoutes from '../contact/contact-routes.js';
import { decorateSiteHome } from './link-page.js';
import { helmetOptions, PERMISSIONS_POLICY } from './security-headers.js';
import { isWidgetBundle, registerStaticFiles, WIDGET_BUILD_COMMAND } from './static-files.js';
import { createHash } from 'node:crypto';

/**
 * @typedef {import('../config/load-config.js').Config} Config
 * @typedef {import('../directory/create-mentor-directory.js').MentorDirectory} MentorDirectory
 * @typedef {{ plugin: import('fastify').FastifyPluginAsync<any> | import('fastify').FastifyPluginCallback<any>, options?: object }} PluginEntry
 *
 * @typedef {object} AppDeps
 * @property {import('better-sqlite3').Database} db
 * @property {Readonly<Config>} config
 * @property {{ now(): number }} clock
 * @property {MentorDirectory} directory
 * @property {import('pino').Logger | false} logger false: no logs (unit tests)
 * @property {import('../contact/create-contact-store.js').OnContactRequestStored} [onContactRequestStored]
 * @property {PluginEntry[]} [plugins] registered after the service's own routes (the answer pages)
 * @property {() => void} [afterWrite] called once a request other than GET or HEAD has been answered (it may have queued mail)
 */

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The HTTP side of the service. Everything it needs comes in `deps`, so tests build it with an
 * in-memory database, a fixed clock and no logger, and call it with `inject`.
 * @param {AppDeps} deps
 */
export async function buildApp({ db, config, clock, directory, logger, onContactRequestStored, plugins = [], afterWrite }) {
  /** @type {import('fastify').FastifyHttpOptions<import('node:http').Server>} */
  const options = {
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    // One line per request, written in onResponse below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: false,
    // A request id from the proxy is kept (and echoed) so its logs and ours can be joined.
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // A hop count is accepted as well as addresses (proxy-addr).
    trustProxy: /** @type {any} */ (config.trustProxy),
    bodyLimit: config.bodyLimit,
    return503OnClosing: true,
    connectionTimeout: 30_000,
    requestTimeout: 30_000,
  };
  const app = Fastify(options);
  app.server.maxConnections = config.maxConnections;
  decorateSiteHome(app, config);

  // Once shutting down, a response ends its keep-alive connection: one busy when close began would
  // otherwise stay open, idle, until the browser's keep-alive runs out, and hold up the exit.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  app.addHook('onResponse', async (request, reply) => {
    // No query string (answer links carry their token there), no headers, no bodies.
    request.log.info(
      { method: request.method, path: request.url.split('?')[0], ip: request.ip, status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
    if (afterWrite && request.method !== 'GET' && request.method !== 'HEAD') afterWrite();
  });

  await app.register(fastifyHelmet, helmetOptions(config.publicBaseUrl));
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });

  app.setErrorHandler((error, request, reply) => {
    const err = /** @type {{ statusCode?: number, code?: string, message?: string }} */ (error);
    const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) request.log.error({ err: { type: /** @type {Error} */ (error).name, code: err.code, stack: /** @type {Error} */ (error).stack } }, 'request failed');
    const known = {
      400: ['malformed-request', 'The request could not be read.'],
      413: ['payload-too-large', `The request body is larger than ${config.bodyLimit} bytes.`],
      415: ['unsupported-media-type', 'Send the request as application/json (UTF-8).'],
    };
    const [code, message] = /** @type {Record<number, string[]>} */ (known)[status] ?? (status >= 500 ? ['internal-error', 'Something went wrong on the server; try again later.'] : ['request-error', err.message ?? 'Request refused.']);
    reply.code(status).header('cache-control', 'no-store').send({ code: err.code === 'malformed-json' ? 'malformed-json' : code, message: err.code === 'malformed-json' ? 'The request body is not valid UTF-8 JSON.' : message });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if ((request.method === 'GET' || request.method === 'HEAD') && isWidgetBundle(path)) {
      reply.code(503).header('retry-after', '30').header('cache-control', 'no-store').type('text/plain; charset=utf-8');
      return reply.send(`The widget bundle is not built yet.\nRun: ${WIDGET_BUILD_COMMAND}\n`);
    }
    return reply.code(404).header('cache-control', 'no-store').send({ code: 'not-found', message: `Nothing at ${path}.` });
  });

  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      if (!migrationsCurrent(db)) return reply.code(503).send({ status: 'not-ready', reason: 'migrations-pending' });
      return reply.send({ status: 'ready' });
    } catch (error) {
      request.log.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, 'readiness check failed');
      return reply.code(503).send({ status: 'not-ready', reason: 'database-unavailable' });
    }
  });

  app.get('/mentors.public.json', async (request, reply) => {
    const json = directory.publicJson();
    const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
    reply.header('cache-control', 'no-cache').header('etag', etag).type('application/json; charset=utf-8');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.send(json);
  });

  // The registration form builds its fields from the programmes' vocabularies and rules.
  const programmesJson = JSON.stringify(directory.listProgrammes());
  app.get('/programmes.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(programmesJson));

  await app.register(contactRoutes, { db, config, clock, directory, ...(onContactRequestStored ? { onContactRequestStored } : {}) });
  for (const { plugin, options } of plugins) await app.register(plugin, options ?? {});
  await registerStaticFiles(app, { siteDir: config.siteDir, coordinatorDir: config.coordinatorDir, widgetDir: config.widgetDir });
  return app;
}
