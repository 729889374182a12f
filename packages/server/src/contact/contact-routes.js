// @ts-check
import { createContactStore } from './create-contact-store.js';
import { createRateLimiter } from './create-rate-limiter.js';
import { clientKey } from './client-key.js';
import { handleContactRequest } from './handle-contact-request.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const JSON_TYPE = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/**
 * POST /api/contact-requests as a Fastify plugin; the work is in handleContactRequest.
 * @type {import('fastify').FastifyPluginAsync<{
 *   db: import('better-sqlite3').Database, config: Readonly<import('../config/load-config.js').Config>,
 *   clock: { now(): number }, directory: import('../directory/create-mentor-directory.js').MentorDirectory,
 *   onContactRequestStored?: import('./create-contact-store.js').OnContactRequestStored,
 * }>}
 */
export default async function contactRoutes(app, { db, config, clock, directory, onContactRequestStored }) {
  const store = createContactStore(db, onContactRequestStored ? { onContactRequestStored } : {});
  const rateLimiter = createRateLimiter({ max: config.rateLimit.max, windowSeconds: config.rateLimit.windowSeconds, now: () => clock.now() });
  // Storage limitation: requests past their retention date go on start and then every hour.
  store.deleteExpired(clock.now());
  const purge = setInterval(() => store.deleteExpired(clock.now()), 3_600_000);
  purge.unref();
  app.addHook('onClose', async () => clearInterval(purge));

  // Strict UTF-8: bytes that are not UTF-8 are refused, not replaced with U+FFFD and stored.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) return done(Object.assign(new Error('charset'), { statusCode: 415 }));
    try {
      done(null, JSON.parse(utf8.decode(/** @type {Buffer} */ (body))));
    } catch {
      done(Object.assign(new Error('malformed JSON'), { statusCode: 400, code: 'malformed-json' }));
    }
  });

  app.post('/api/contact-requests', async (request, reply) => {
    if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) {
      return reply.code(415).header('cache-control', 'no-store').send({ code: 'unsupported-media-type', message: 'Send the request as application/json (UTF-8).' });
    }
    const result = handleContactRequest({ body: request.body, clientKey: clientKey(request.ip) }, { store, directory, rateLimiter, clock, retentionDays: config.retentionDays, privacyVersion: config.privacyVersion });
    reply.code(result.status).header('cache-control', 'no-store');
    for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
    if (result.status >= 400) request.log.info({ code: result.body.code }, 'contact request refused');
    return reply.send(result.body);
  });
}
