// @ts-check
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from './config/load-config.js';
import { startService } from './start-service.js';
import { mentorRegistration, postRegistration } from './registrations/testing/registration-fixtures.js';
import { MENTORS, SHARED_DATA } from './testing/test-app.js';

/** @param {string} url @returns {Promise<{ status: number, body: string }>} */
const get = (url) =>
  new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });

describe('startService', () => {
  it('migrates, seeds mentor state from the file, and keeps live state over a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-service-'));
    const config = loadConfig({ env: { MF_MODE: 'development', MF_PORT: '0', MF_DATA_DIR: dataDir, MF_PROGRAMMES_FILE: `${SHARED_DATA}programmes.json` } });
    const first = await startService(config, { logger: false });
    expect(first.migrationsApplied.length).toBeGreaterThan(0);
    expect(first.db.prepare('SELECT count(*) FROM mentor_state').pluck().get()).toBe(MENTORS.filter((m) => m.id).length - first.directory.errors.length);
    first.db.prepare(`UPDATE mentor_state SET current_mentees = 2 WHERE mentor_id = 'm-ee-01'`).run();
    await first.close();

    const second = await startService(config, { logger: false });
    expect(second.migrationsApplied).toEqual([]);
    const mentors = JSON.parse((await get(`${second.url}mentors.public.json`)).body);
    expect(mentors.find((/** @type {{ id: string }} */ m) => m.id === 'm-ee-01').capacity.status).toBe('full');
    await second.close();
  });

  it('sends the mail a request queued at once, not at the mail worker’s next poll', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-service-'));
    const env = { MF_MODE: 'development', MF_PORT: '0', MF_DATA_DIR: dataDir, MF_PROGRAMMES_FILE: `${SHARED_DATA}programmes.json`, MF_SMTP_URL: 'smtp://127.0.0.1:1', MF_SMTP_FROM: 'Mentors <mentors@example.org>' };
    const config = loadConfig({ env });
    /** @type {{ to: unknown, subject: unknown }[]} */
    const sent = [];
    const transport = { sendMail: async (/** @type {any} */ message) => void sent.push({ to: message.to, subject: message.subject }) };
    // A poll this long never comes within the test: only the wake-up after the request sends the mail.
    const mail = /** @type {import('./mail/mail-worker.js').MailSettings} */ ({ ...config.mail, pollMs: 600_000 });
    const service = await startService(/** @type {any} */ ({ ...config, mail }), { logger: false, transport });
    try {
      expect((await postRegistration(service.app, mentorRegistration())).statusCode).toBe(202);
      await vi.waitUntil(() => sent.length === 1, { timeout: 20_000, interval: 20 });
      expect(JSON.stringify(sent[0]?.to)).toContain('liis.parn@example.org');
    } finally {
      await service.close();
    }
  });

  it('with port 0 and no public address, picks the port first so the public address names where it listens', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-service-'));
    const config = loadConfig({ env: { MF_MODE: 'development', MF_PORT: '0', MF_DATA_DIR: dataDir } });
    expect(new URL(config.publicBaseUrl).port).toBe('0');
    const service = await startService(config, { logger: false });
    try {
      expect(service.port).toBeGreaterThan(0);
      // A browser's sign-in form post carries the page's origin; the service must take it as its own.
      const form = await fetch(`${service.url}workspace/login`);
      const token = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      const cookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const post = await fetch(`${service.url}workspace/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(service.url).origin, cookie },
        body: new URLSearchParams({ csrf: token, email: 'nobody@example.org', password: 'not the password' }),
      });
      // Refused for the password (401), not as a post from another site (403).
      expect(post.status).toBe(401);
    } finally {
      await service.close();
    }
  });

  it('on close, finishes a request in flight before the database closes, and refuses new ones', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-service-'));
    const config = loadConfig({ env: { MF_MODE: 'development', MF_PORT: '0', MF_DATA_DIR: dataDir } });
    /** @type {() => void} */
    let release = () => {};
    /** @type {() => void} */
    let arrived = () => {};
    const inFlight = new Promise((resolve) => (arrived = () => resolve(undefined)));
    /** @type {import('better-sqlite3').Database | undefined} */
    let db;
    // A slow route, registered the way the mail service registers its answer pages.
    /** @type {import('fastify').FastifyPluginAsync} */
    const slow = async (app) => {
      app.get('/slow', async () => {
        arrived();
        await new Promise((resolve) => (release = () => resolve(undefined)));
        return { count: db?.prepare('SELECT count(*) FROM contact_requests').pluck().get() };
      });
    };
    const service = await startService(config, { logger: false, plugins: [{ plugin: slow }] });
    db = service.db;
    const pending = get(`${service.url}slow`);
    await inFlight;
    let closed = false;
    const closing = service.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    expect(service.db.open).toBe(true);
    // A new request is refused: by the closed socket, or with 503 while Fastify is closing.
    expect(await get(`${service.url}healthz`).then((r) => r.status, () => 'refused')).toMatch(/^(refused|503)$/);
    release();
    expect(await pending).toEqual({ status: 200, body: '{"count":0}' });
    await closing;
    expect(service.db.open).toBe(false);
  });

  it('caps open connections: past MF_MAX_CONNECTIONS a connection is dropped, and served again once one closes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mf-service-'));
    const config = loadConfig({ env: { MF_MODE: 'development', MF_PORT: '0', MF_DATA_DIR: dataDir, MF_MAX_CONNECTIONS: '2' } });
    const service = await startService(config, { logger: false });
    try {
      const open = await Promise.all(
        [1, 2].map(
          () =>
            new Promise((resolve, reject) => {
              const socket = connect(service.port, '127.0.0.1', () => resolve(socket));
              socket.on('error', reject);
            }),
        ),
      );
      // Both counted by the server before the third arrives.
      const counted = () => new Promise((resolve) => service.app.server.getConnections((_error, n) => resolve(n)));
      while ((await counted()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      await expect(get(`${service.url}healthz`)).rejects.toThrow();
      for (const socket of /** @type {import('node:net').Socket[]} */ (open)) socket.destroy();
      const connections = () => new Promise((resolve) => service.app.server.getConnections((_error, n) => resolve(n)));
      while ((await connections()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await get(`${service.url}healthz`)).status).toBe(200);
    } finally {
      await service.close();
    }
  });
});
