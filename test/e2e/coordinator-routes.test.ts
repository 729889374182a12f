/// <reference lib="dom" />
// What the server process provides for the coordinator demo: its page, the pair preview bundle and
// worker, and a CSP that lets a same-origin worker run. Cohort files are picked by the coordinator
// in the page; the server never serves them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openWatchedPage } from './launch-chromium.js';
import { rawRequest } from './raw-request.js';
import { PRIVATE_MENTOR_EMAILS, useServerAndBrowser } from './use-server-and-browser.js';

const WIDGET_DIST = fileURLToPath(new URL('../../packages/widget/dist/', import.meta.url));
const privateEmails = PRIVATE_MENTOR_EMAILS;

const context = useServerAndBrowser();

describe('private data is never served', () => {
  // Behind a proxy every client can look like loopback, so no route may depend on where it comes from.
  it.each(['127.0.0.1', 'localhost', 'mentor-finder.example', 'localhost.attacker.example'])(
    'no cohort file, outbox or mentor e-mail for a client with Host %s',
    async (host) => {
      for (const path of ['/data/mentors.json', '/data/mentees.json', '/data/programmes.json', '/api/outbox', '/mentors.json', '/mentees.json']) {
        const response = await rawRequest(context.server.url, { path, headers: { host } });
        expect(response.status, path).toBe(404);
        for (const email of privateEmails) expect(response.body).not.toContain(email);
      }
      const publicList = await rawRequest(context.server.url, { path: '/mentors.public.json', headers: { host } });
      expect(publicList.status).toBe(200);
      for (const email of privateEmails) expect(publicList.body).not.toContain(email);
    },
  );

  it('no log line carries a mentor e-mail', () => {
    for (const email of privateEmails) expect(context.server.output()).not.toContain(email);
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
      expect(response.headers['content-security-policy'], path).toMatch(/(^|;\s*)worker-src 'self'(;|$)/);
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
