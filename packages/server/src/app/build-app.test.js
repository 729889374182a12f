// @ts-check
import { readdirSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, REPO } from '../testing/test-app.js';

/** @type {import('fastify').FastifyInstance[]} */
const apps = [];
afterEach(async () => {
  while (apps.length) await apps.pop()?.close();
});

/** @param {Parameters<typeof buildTestApp>[0]} [options] */
async function setUp(options) {
  const context = await buildTestApp(options);
  apps.push(context.app);
  return context;
}

const WIDGET_DIST = `${REPO}packages/widget/dist/`;
const widgetChunk = () => readdirSync(WIDGET_DIST).find((name) => /^mentor-finder-.+-[A-Za-z0-9_-]{8}\.js$/.test(name));

describe('health', () => {
  it('ends the keep-alive connection of a request still running when shutdown begins, so closing does not wait on it', async () => {
    /** @type {import('fastify').FastifyPluginAsync} */
    const slow = async (app) => {
      app.get('/slow', async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { done: true };
      });
    };
    const { app } = await buildTestApp({ plugins: [{ plugin: slow }] });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = /** @type {import('node:net').AddressInfo} */ (app.server.address());
    const agent = new Agent({ keepAlive: true });
    try {
      const answer = new Promise((resolve, reject) => {
        httpRequest({ host: '127.0.0.1', port, path: '/slow', agent }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.headers.connection));
        }).on('error', reject).end();
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Without the header the connection would stay open until its keep-alive ran out, and close() with it.
      const closed = app.close();
      expect(await answer).toBe('close');
      await closed;
    } finally {
      agent.destroy();
    }
  });

  it('/healthz answers while the process is up; /readyz checks the database and migrations', async () => {
    const { app, db } = await setUp();
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    db.prepare('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)').run();
    expect((await app.inject('/readyz')).json()).toEqual({ status: 'not-ready', reason: 'migrations-pending' });
    db.close();
    const closed = await app.inject('/readyz');
    expect(closed.statusCode).toBe(503);
    expect(closed.json().reason).toBe('database-unavailable');
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });
});

describe('headers', () => {
  it('sends the strict CSP and the other security headers on pages, JSON and errors', async () => {
    const { app } = await setUp();
    for (const url of ['/', '/mentors.public.json', '/no-such-page', '/healthz']) {
      const response = await app.inject(url);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe');
      expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
    }
  });

  it('sends HSTS only for an https public address, and never for its subdomains', async () => {
    const plain = await setUp();
    expect((await plain.app.inject('/healthz')).headers['strict-transport-security']).toBeUndefined();
    const secure = await setUp({ config: { publicBaseUrl: 'https://mentors.example.org/' } });
    expect((await secure.app.inject('/healthz')).headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('echoes a well-formed x-request-id and makes one up otherwise', async () => {
    const { app } = await setUp();
    expect((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'proxy-1234.abc' } })).headers['x-request-id']).toBe('proxy-1234.abc');
    const made = (await app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id\nwith newline' } })).headers['x-request-id'];
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('static files', () => {
  it('serves the site with no-cache and an ETag, and 304 on If-None-Match', async () => {
    const { app } = await setUp();
    const page = await app.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const etag = String(page.headers.etag);
    expect(etag).not.toBe('undefined');
    const again = await app.inject({ url: '/', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('the public mentor JSON revalidates with its ETag and changes when the state does', async () => {
    const { app, db, directory } = await setUp();
    const first = await app.inject('/mentors.public.json');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect((await app.inject({ url: '/mentors.public.json', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    db.prepare(`UPDATE mentor_state SET current_mentees = 2 WHERE mentor_id = 'm-ee-01'`).run();
    directory.invalidate();
    const changed = await app.inject({ url: '/mentors.public.json', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    const mentor = changed.json().find((/** @type {{ id: string }} */ m) => m.id === 'm-ee-01');
    expect(mentor.capacity.status).toBe('full');
  });

  it('content-hashed widget chunks are immutable; the entry bundle is revalidated', async () => {
    const { app } = await setUp();
    const name = widgetChunk();
    expect(name, `build the widget first: npm run build -w @mentor-finder/widget`).toBeDefined();
    const chunk = await app.inject(`/${name}`);
    expect(chunk.statusCode).toBe(200);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const entry = await app.inject('/mentor-finder.js');
    expect(entry.statusCode).toBe(200);
    expect(entry.headers['cache-control']).toBe('no-cache');
    expect(entry.headers['content-type']).toMatch(/javascript/);
    // The dist's library files are for bundlers, not served.
    expect((await app.inject('/index.js')).statusCode).toBe(404);
  });

  it('compresses with brotli or gzip as the client accepts', async () => {
    const { app } = await setUp();
    const plain = await app.inject('/mentors.public.json');
    const br = await app.inject({ url: '/mentors.public.json', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gzip = await app.inject({ url: '/site.css', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe((await app.inject('/site.css')).body);
  });

  it('a widget bundle that is not built answers 503 with the build command', async () => {
    const { app } = await setUp({ config: { widgetDir: `${REPO}no-such-dist` } });
    const response = await app.inject('/mentor-finder.js');
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build -w @mentor-finder/widget');
  });
});

describe('private data', () => {
  it('has no routes for cohort files or the outbox', async () => {
    const { app } = await setUp();
    for (const url of ['/data/mentors.json', '/data/mentees.json', '/data/programmes.json', '/api/outbox']) {
      const response = await app.inject({ url, remoteAddress: '127.0.0.1', headers: { host: 'localhost' } });
      expect(response.statusCode).toBe(404);
    }
  });

  it('serves the programmes the registration form is built from, and the form\'s bundle', async () => {
    const { app } = await setUp();
    const programmes = (await app.inject('/programmes.json')).json();
    expect(programmes.map((/** @type {{ id: string }} */ p) => p.id)).toContain('etwinning-mentors-2026');
    expect(JSON.stringify(programmes)).not.toMatch(/@/);
    expect((await app.inject('/mentor-registration.js')).statusCode).toBe(200);
  });

  it('the public mentor JSON has no private fields', async () => {
    const { app } = await setUp();
    const body = (await app.inject('/mentors.public.json')).body;
    expect(body).not.toContain('"private"');
    expect(body).not.toMatch(/@example\./);
  });
});
