// @ts-check
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContactRequest } from '../test-support/make-contact-request.mjs';
import { CONTENT_SECURITY_POLICY } from './security-headers.mjs';
import { createHttpServer } from './create-http-server.mjs';
import { startServer } from './start-server.mjs';

/** @type {import('./start-server.mjs').RunningServer} */
let server;
/** @type {unknown[]} */
const serverErrors = [];

beforeAll(async () => {
  server = await startServer({
    port: 0,
    inMemory: true,
    rateLimit: { burst: 1000, perMinute: 1000 },
    widgetFile: join(tmpdir(), 'mf-no-such-bundle', 'mentor-finder.js'),
    onError: (error) => serverErrors.push(error),
  });
});
afterAll(async () => {
  await server.close();
  expect(serverErrors).toEqual([]);
});

/** @param {Response} response @returns {Promise<any>} */
const json = (response) => response.json();

/** @param {string} path @param {RequestInit} [init] */
const call = (path, init) => fetch(new URL(path.replace(/^\//, ''), server.url), init);

/** @param {unknown} body @param {Record<string, string>} [headers] */
const postJson = (body, headers = {}) =>
  call('/api/contact-requests', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/**
 * A raw request: fetch would normalise the path and set its own headers.
 * @param {{ method?: string, path: string, headers?: Record<string, string>, chunks?: Buffer[] }} options
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
function raw({ method = 'GET', path, headers = {}, chunks = [] }) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    // The server may cut an oversized upload; the answer already received is what counts.
    req.on('error', (error) => reject(error));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

/** @param {Headers} headers */
function expectSecurityHeaders(headers) {
  expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
}

describe('HTTP layer over a real socket', () => {
  it('serves the national site, the public mentors and a clear 503 for a missing widget, all with security headers', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<mentor-finder');
    expectSecurityHeaders(page.headers);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');

    const mentors = await call('/mentors.public.json');
    const text = await mentors.text();
    expect(mentors.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(text).not.toMatch(/@/);
    expect(text).not.toContain('"private"');
    expect(JSON.parse(text).length).toBe(server.directory.publicCount);

    const widget = await call('/mentor-finder.js');
    expect(widget.status).toBe(503);
    expect(await widget.text()).toContain('npm run build -w @mentor-finder/widget');
    expectSecurityHeaders(widget.headers);

    const missing = await call('/no-such-page.html');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers);
  });

  it('answers HEAD without a body', async () => {
    const head = await call('/mentors.public.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100);
  });

  it('does not serve files outside the site folder', async () => {
    for (const path of ['/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%2e%2e%5c%2e%2e%5cpackage.json', '/%E0%A4%A', 'http://evil.example/']) {
      const response = await raw({ path });
      expect([400, 404], path).toContain(response.status);
      expect(response.body).not.toContain('"workspaces"');
    }
  });

  it('stores a valid request once and answers its retry with the same id', async () => {
    const before = server.store.count();
    const request = makeContactRequest();
    const first = await postJson(request);
    expect(first.status).toBe(201);
    expectSecurityHeaders(first.headers);
    const { id, status } = await json(first);
    expect(status).toBe('received');
    const retry = await postJson(request);
    expect([200, 201]).toContain(retry.status);
    expect((await json(retry)).id).toBe(id);
    expect(server.store.count()).toBe(before + 1);
  });

  it('stores one row when the same request arrives many times at once', async () => {
    const before = server.store.count();
    const request = makeContactRequest();
    const responses = await Promise.all(Array.from({ length: 10 }, () => postJson(request)));
    const ids = new Set(await Promise.all(responses.map(async (r) => (await json(r)).id)));
    expect(responses.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(ids.size).toBe(1);
    expect(server.store.count()).toBe(before + 1);
  });

  it('answers every bad input with the right status, stores nothing and keeps running', async () => {
    const before = server.store.count();
    const outboxBefore = server.store.outbox.list().length;
    const valid = makeContactRequest();
    const { message: _m, ...noMessage } = valid;
    const cases = /** @type {[string, () => Promise<Response>, number, string][]} */ ([
      ['malformed JSON', () => postJson('{"mentorId": '), 400, 'malformed-json'],
      ['missing fields', () => postJson(noMessage), 400, 'invalid-contact-request'],
      ['empty object', () => postJson({}), 400, 'invalid-contact-request'],
      ['unknown mentor', () => postJson(makeContactRequest({ mentorId: 'm-zz-01' })), 404, 'mentor-not-found'],
      ['full mentor', () => postJson(makeContactRequest({ mentorId: 'm-ee-02' })), 409, 'mentor-full'],
      ['wrong content type', () => postJson(JSON.stringify(valid), { 'content-type': 'text/plain' }), 415, 'unsupported-media-type'],
      ['form post', () => call('/api/contact-requests', { method: 'POST', body: new URLSearchParams({ mentorId: 'm-ee-01' }) }), 415, 'unsupported-media-type'],
      ['wrong method', () => call('/api/contact-requests'), 405, 'method-not-allowed'],
      ['script in e-mail', () => postJson(makeContactRequest({ sender: { name: 'X', email: '<script>alert(1)</script>' } })), 400, 'invalid-contact-request'],
    ]);
    for (const [name, send, status, code] of cases) {
      const response = await send();
      expect(response.status, name).toBe(status);
      expect(response.headers.get('content-type'), name).toBe('application/json; charset=utf-8');
      expectSecurityHeaders(response.headers);
      expect((await json(response)).code, name).toBe(code);
    }
    const honeypot = await postJson(makeContactRequest({ hp: 'I am a bot' }));
    expect(honeypot.status).toBe(201);
    expect(Object.keys(await json(honeypot)).sort()).toEqual(['id', 'status']);

    expect(server.store.count()).toBe(before);
    expect(server.store.outbox.list()).toHaveLength(outboxBefore);
    expect((await call('/')).status).toBe(200);
  });

  it('cuts off a 1 MB body with 413, sent in chunks or declared up front, and stores nothing', async () => {
    const before = server.store.count();
    const prefix = Buffer.from(JSON.stringify(makeContactRequest()).slice(0, -1) + ',"padding":"');
    const chunks = [prefix, ...Array.from({ length: 64 }, () => Buffer.alloc(16 * 1024, 0x61)), Buffer.from('"}')];
    const chunked = await raw({ method: 'POST', path: '/api/contact-requests', headers: { 'content-type': 'application/json' }, chunks });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).code).toBe('payload-too-large');
    expect(chunked.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    const declared = await postJson('x'.repeat(1024 * 1024));
    expect(declared.status).toBe(413);

    expect(server.store.count()).toBe(before);
    const after = await postJson(makeContactRequest());
    expect(after.status).toBe(201);
  });

  it('accepts a body just under the limit', async () => {
    const request = makeContactRequest();
    const size = Buffer.byteLength(JSON.stringify(request));
    const padded = JSON.stringify({ ...request, client: { locale: 'et', widgetVersion: 'x'.repeat(16 * 1024 - size - 40) } });
    expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(16 * 1024);
    const response = await postJson(padded);
    expect(response.status).not.toBe(413);
  });

  it('stores a valid request with markup in it literally and returns it only as JSON', async () => {
    const text = '<script>document.title="owned"</script> Need help with partner finding';
    const response = await postJson(makeContactRequest({ message: { text, lang: 'en' } }));
    expect(response.status).toBe(201);
    const { id } = await json(response);
    expect(server.store.get(id)?.request.message.text).toBe(text);
    const outbox = await call('/api/outbox');
    expect(outbox.status).toBe(200);
    expect(outbox.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const { mails } = await json(outbox);
    const mail = mails.find((/** @type {any} */ m) => m.contactRequestId === id);
    expect(mail.text).toContain(text);
    expect(mail.to).toBe('kadri.tamm@example.org');
  });
});

describe('a handler that fails', () => {
  it('becomes a 500 with the security headers and a report, and the server keeps serving', async () => {
    /** @type {unknown[]} */
    const reported = [];
    let calls = 0;
    const failing = createHttpServer(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
        return { status: 204, headers: {}, body: '' };
      },
      { onError: (error) => reported.push(error) },
    );
    await new Promise((resolve) => failing.listen(0, '127.0.0.1', () => resolve(undefined)));
    try {
      const address = /** @type {import('node:net').AddressInfo} */ (failing.address());
      const first = await fetch(`http://127.0.0.1:${address.port}/`);
      expect(first.status).toBe(500);
      expect((await json(first)).code).toBe('internal-error');
      expectSecurityHeaders(first.headers);
      expect(String(reported[0])).toContain('disk full');
      expect((await fetch(`http://127.0.0.1:${address.port}/`)).status).toBe(204);
    } finally {
      await new Promise((resolve) => failing.close(() => resolve(undefined)));
    }
  });
});

describe('outbox over HTTP', () => {
  it('is refused when the Host header is not a loopback name, even from this machine', async () => {
    const rebound = await raw({ path: '/api/outbox', headers: { host: `attacker.example:${server.port}` } });
    expect(rebound.status).toBe(403);
    expect(rebound.body).not.toContain('@example.org');
    const local = await raw({ path: '/api/outbox', headers: { host: `localhost:${server.port}` } });
    expect(local.status).toBe(200);
  });
});

describe('rate limit over HTTP', () => {
  it('answers 429 with Retry-After once an address has used its burst', async () => {
    let now = 0;
    const limited = await startServer({ port: 0, inMemory: true, rateLimit: { burst: 2, perMinute: 2 }, clock: () => now });
    try {
      const post = () =>
        fetch(`${limited.url}api/contact-requests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(makeContactRequest()),
        });
      expect((await post()).status).toBe(201);
      expect((await post()).status).toBe(201);
      const third = await post();
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBe('30');
      expect(third.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      now += 30_000;
      expect((await post()).status).toBe(201);
      expect(limited.store.count()).toBe(3);
    } finally {
      await limited.close();
    }
  });
});
