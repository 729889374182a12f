// @ts-check
import { createServer } from 'node:http';
import { readLimitedBody } from './read-limited-body.mjs';
import { errorResponse } from './responses.mjs';
import { SECURITY_HEADERS } from './security-headers.mjs';

/**
 * @typedef {import('./create-app.mjs').App} App
 * @typedef {import('./responses.mjs').HandlerResponse} HandlerResponse
 *
 * @typedef {object} HttpServerOptions
 * @property {number} [bodyLimit] bytes
 * @property {(error: unknown) => void} [onError] unexpected handler failures
 */

export const DEFAULT_HTTP_OPTIONS = Object.freeze({ bodyLimit: 16 * 1024 });
// After a 413 the rest of the upload is discarded (never kept) up to this much, then the socket is cut.
const DISCARD_LIMIT = 1024 * 1024;
const DISCARD_MS = 5_000;
const EMPTY = /** @type {Uint8Array} */ (Buffer.alloc(0));

/**
 * @param {import('node:http').ServerResponse} res
 * @param {HandlerResponse} response
 * @param {boolean} head
 * @param {() => void} [done]
 */
function send(res, response, head, done) {
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  res.writeHead(response.status, {
    ...response.headers,
    ...SECURITY_HEADERS,
    'content-length': String(body.byteLength),
  });
  res.end(head ? undefined : body, done);
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function rejectTooLarge(req, res) {
  const response = errorResponse(413, 'payload-too-large', 'The request body is too large.', {
    headers: { connection: 'close' },
  });
  send(res, response, false, () => {
    let discarded = 0;
    const cut = () => req.socket.destroy();
    const timer = setTimeout(cut, DISCARD_MS);
    timer.unref();
    req.on('data', (/** @type {Buffer} */ chunk) => {
      discarded += chunk.length;
      if (discarded > DISCARD_LIMIT) cut();
    });
    req.on('end', () => clearTimeout(timer));
    req.resume();
  });
}

/**
 * The only file that knows about node:http: turns sockets into request data, calls the app,
 * and writes its answer with the security headers.
 * @param {App} app
 * @param {HttpServerOptions} [options]
 */
export function createHttpServer(app, options = {}) {
  const { bodyLimit } = { ...DEFAULT_HTTP_OPTIONS, ...options };
  const onError = options.onError ?? ((error) => console.error(error));

  return createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, async (req, res) => {
    const method = req.method ?? 'GET';
    const head = method === 'HEAD';
    try {
      const raw = req.url ?? '/';
      /** @type {string} */
      let path;
      try {
        if (!raw.startsWith('/')) throw new Error('not an origin-form path');
        path = decodeURIComponent(new URL(`http://localhost${raw}`).pathname);
      } catch {
        send(res, errorResponse(400, 'bad-path', 'The request path is not valid.'), head);
        return;
      }

      /** @type {Uint8Array} */
      let body = EMPTY;
      if (method === 'POST') {
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > bodyLimit) return rejectTooLarge(req, res);
        const result = await readLimitedBody(req, bodyLimit);
        if (!result.ok) {
          if (result.reason === 'too-large') return rejectTooLarge(req, res);
          req.socket.destroy();
          return;
        }
        body = result.body;
      }

      const response = await app({
        method,
        path,
        ip: req.socket.remoteAddress ?? '',
        host: req.headers.host,
        contentType: req.headers['content-type'],
        body,
      });
      send(res, response, head);
    } catch (error) {
      onError(error);
      if (!res.headersSent) send(res, errorResponse(500, 'internal-error', 'Something went wrong on the server.'), head);
      else res.destroy();
    }
  });
}
