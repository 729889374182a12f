// Issue 11: behind a plain nginx proxy_pass every request reaches the server from 127.0.0.1 with
// Host set to the upstream, which is how loopback checks used to be fooled. No route may hand out
// a mentor's e-mail or a mentee record, whatever the headers say.
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../sample-data.js';
import { rawRequest, type RawRequest } from './raw-request.js';
import { startNginx, type RunningNginx } from './start-nginx.js';
import { startServerProcess, type ServerProcess } from './start-server-process.js';

interface Person {
  id: string;
  private: { email: string };
  goals?: { text: string };
}

const mentors = loadSample<Person[]>('mentors');
const mentees = loadSample<Person[]>('mentees');
const MENTOR_EMAILS = mentors.map((m) => m.private.email);
// A mentee record shows through its id, its e-mail or the words of its goals.
const MENTEE_MARKS = mentees.flatMap((m) => [`"${m.id}"`, m.private.email, ...(m.goals?.text && m.goals.text.length >= 50 ? [m.goals.text] : [])]);
const WIDGET_DIST = fileURLToPath(new URL('../../packages/widget/dist/', import.meta.url));

let server: ServerProcess;
let nginx: RunningNginx;

beforeAll(async () => {
  server = await startServerProcess({ env: { MF_TRUST_PROXY: '127.0.0.1' } });
  nginx = await startNginx(server.url.replace(/\/$/, ''));
}, 60_000);

afterAll(async () => {
  await nginx?.stop();
  expect(await server?.stop()).toBe(0);
});

const contactRequest = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    mentorId: 'm-ee-01',
    programmeId: 'etwinning-mentors-2026',
    sender: { name: 'Proxy Tester', email: 'proxy.tester@example.net' },
    message: { text: 'Tere! Otsin abi partneri leidmisel ja esimese projekti planeerimisel.', lang: 'et' },
    consent: { privacyNoticeAccepted: true, noticeVersion: '1' },
    idempotencyKey: randomUUID(),
    ...overrides,
  });

const json = { 'content-type': 'application/json' };
const widgetFiles = readdirSync(WIDGET_DIST).filter((name) => /^mentor-(finder|pair-preview|pair-worker)[^/]*\.js$/.test(name));

const ROUTES: RawRequest[] = [
  ...['/', '/index.html', '/privacy.html', '/become-a-mentor.html', '/site.css', '/site.js', '/favicon.svg'].map((path) => ({ path })),
  ...widgetFiles.map((name) => ({ path: `/${name}` })),
  { path: '/mentors.public.json' },
  { path: '/coordinator' },
  { path: '/coordinator/' },
  { path: '/coordinator/coordinator.js' },
  { path: '/healthz' },
  { path: '/readyz' },
  // What the old server answered to loopback clients, and guesses at the sample files.
  ...['/data/mentors.json', '/data/mentees.json', '/data/programmes.json', '/api/outbox', '/mentors.json', '/mentees.json', '/programmes.json', '/.data/mentor-finder.sqlite', '/mentor-finder.sqlite'].map((path) => ({ path })),
  ...['/data/mentors.json', '/api/outbox'].map((path) => ({ path, headers: { host: 'localhost', 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1' } })),
  { path: '/%2e%2e/%2e%2e/%2e%2e/shared/data/mentors.json' },
  { path: '/coordinator/../../../shared/data/mentees.json' },
  { path: '/answer?t=forged.token' },
  { path: '/answer.css' },
  { method: 'POST', path: '/api/contact-requests', headers: json, body: contactRequest() },
  { method: 'POST', path: '/api/contact-requests', headers: json, body: contactRequest({ mentorId: 'm-ee-02' }) },
  { method: 'POST', path: '/api/contact-requests', headers: json, body: contactRequest({ sender: { name: 'X <y@example.net>', email: 'not an address' } }) },
  { method: 'POST', path: '/api/contact-requests', headers: json, body: '{"broken' },
  { method: 'GET', path: '/api/contact-requests' },
];

describe('behind nginx (plain proxy_pass)', () => {
  it('answers through the proxy, and the site and public list are there', async () => {
    expect((await rawRequest(nginx.url, { path: '/' })).status).toBe(200);
    const list = await rawRequest(nginx.url, { path: '/mentors.public.json' });
    expect(list.status).toBe(200);
    expect((JSON.parse(list.body) as unknown[]).length).toBeGreaterThan(20);
  });

  it.each(ROUTES.map((route) => ({ ...route, name: `${route.method ?? 'GET'} ${route.path}${route.headers?.host ? ` (Host ${route.headers.host})` : ''}` })))(
    '$name carries no mentor e-mail and no mentee record',
    async (route) => {
      const response = await rawRequest(nginx.url, route);
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(502);
      const everything = `${JSON.stringify(response.headers)}\n${response.body}`;
      for (const email of MENTOR_EMAILS) expect(everything).not.toContain(email);
      for (const mark of MENTEE_MARKS) expect(everything).not.toContain(mark);
    },
  );

  it('the contact route counts the visitor behind the proxy, not the proxy', async () => {
    const limited = await startServerProcess({ rateLimitMax: 1, env: { MF_TRUST_PROXY: '127.0.0.1' } });
    const proxy = await startNginx(limited.url.replace(/\/$/, ''));
    try {
      // nginx here does not add X-Forwarded-For, so the visitor's own header is what arrives: one
      // allowance each, as a proxy that sets the header would give.
      const from = (ip: string) => rawRequest(proxy.url, { method: 'POST', path: '/api/contact-requests', headers: { ...json, 'x-forwarded-for': ip }, body: contactRequest() });
      expect((await from('203.0.113.5')).status).toBe(201);
      expect((await from('203.0.113.6')).status).toBe(201);
      expect((await from('203.0.113.5')).status).toBe(429);
    } finally {
      await proxy.stop();
      expect(await limited.stop()).toBe(0);
    }
  }, 60_000);
});
