/// <reference lib="dom" />
// What the server process provides for the coordinator demo: its page, the pair preview bundle and
// worker, the full sample cohort for this machine only, and a CSP that lets a same-origin worker run.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { openWatchedPage } from './launch-chromium.js';
import { rawRequest } from './raw-request.js';
import { PRIVATE_MENTOR_EMAILS, useServerAndBrowser } from './use-server-and-browser.js';

const WIDGET_DIST = fileURLToPath(new URL('../../packages/widget/dist/', import.meta.url));
const COHORT = ['mentors', 'mentees', 'programmes'] as const;
const privateEmails = PRIVATE_MENTOR_EMAILS;

const context = useServerAndBrowser();

describe('cohort data for the coordinator page', () => {
  it.each(COHORT)('/data/%s.json gives a loopback client the full file, not to be cached', async (name) => {
    const response = await rawRequest(context.server.url, { path: `/data/${name}.json` });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body)).toEqual(JSON.parse(readFileSync(`${SHARED_DATA_DIR}${name}.json`, 'utf8')));
  });

  it('the mentor file is the full one, private e-mails included (which is why it stays on this machine)', async () => {
    const response = await rawRequest(context.server.url, { path: '/data/mentors.json' });
    expect(response.body).toContain(privateEmails[0]);
  });

  it.each(['mentor-finder.example', 'localhost.attacker.example', '192.0.2.10:8080'])(
    'refuses every cohort file when the Host header is %s',
    async (host) => {
      for (const name of COHORT) {
        const response = await rawRequest(context.server.url, { path: `/data/${name}.json`, headers: { host } });
        expect(response.status, name).toBe(403);
        for (const email of privateEmails) expect(response.body).not.toContain(email);
      }
      // The same Host still gets the public pages: only the private routes are closed.
      expect((await rawRequest(context.server.url, { path: '/mentors.public.json', headers: { host } })).status).toBe(200);
    },
  );

  it('announces the cohort routes and their limits in the start log', () => {
    expect(context.server.output()).toMatch(/Cohort data:.*data\/mentors\.json/);
    expect(context.server.output()).toMatch(/loopback clients only, Cache-Control: no-store/);
  });
});

describe('coordinator page and pair preview bundle', () => {
  it('serves examples/coordinator/ at /coordinator/', async () => {
    const redirect = await rawRequest(context.server.url, { path: '/coordinator' });
    expect([redirect.status, redirect.headers.location]).toEqual([301, '/coordinator/']);
    const page = await rawRequest(context.server.url, { path: '/coordinator/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<mentor-pair-preview');
  });

  it.each(['mentor-pair-preview.js', 'mentor-pair-worker.js'])('/%s is the built file, or a 503 that says how to build it', async (name) => {
    const response = await rawRequest(context.server.url, { path: `/${name}` });
    if (existsSync(`${WIDGET_DIST}${name}`)) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.body).toBe(readFileSync(`${WIDGET_DIST}${name}`, 'utf8'));
    } else {
      expect(response.status).toBe(503);
      expect(response.body).toContain('npm run build -w @mentor-finder/widget');
    }
  });
});

describe('Content-Security-Policy and workers', () => {
  it("names worker-src 'self' on pages, scripts and data", async () => {
    for (const path of ['/', '/coordinator/', '/mentor-pair-worker.js', '/data/mentees.json', '/no-such-page']) {
      const response = await rawRequest(context.server.url, { path });
      expect(response.headers['content-security-policy'], path).toMatch(/(^|; )worker-src 'self'(;|$)/);
    }
  });

  it('lets the page start a same-origin module worker and refuses a blob: worker', async () => {
    const watch = await openWatchedPage(context.browser, context.server.url);
    const { page } = watch;
    await page.goto(context.server.url, { waitUntil: 'networkidle0' });

    // A worker that CSP refuses is never fetched; this one reaches the context.server.
    const fetched = page.waitForResponse((r) => r.url().endsWith('/mentor-pair-worker.js'), { timeout: 20_000 });
    await page.evaluate(() => {
      (window as unknown as { sameOrigin: Worker }).sameOrigin = new Worker('/mentor-pair-worker.js', { type: 'module' });
    });
    await fetched;
    expect(watch.cspViolations).toEqual([]);

    const outcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const url = URL.createObjectURL(new Blob(['postMessage("ran")'], { type: 'text/javascript' }));
          try {
            const worker = new Worker(url);
            worker.onmessage = () => resolve('ran');
            worker.onerror = () => resolve('refused');
          } catch {
            resolve('refused');
          }
        }),
    );
    expect(outcome).toBe('refused');
    const end = Date.now() + 10_000;
    while (watch.cspViolations.length === 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watch.cspViolations).toEqual([expect.stringMatching(/^worker-src blob/)]);
    await page.close();
  }, 60_000);
});
