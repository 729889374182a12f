/// <reference lib="dom" />
// The root README's recipe for a finder on the organisation's own site, followed as written: the
// site's nginx serves its pages and forwards one path, /mentor-finder/, to the service (the trailing
// slash of proxy_pass drops the prefix). In Chromium the page on the site loads the finder, its
// chunks and the mentor list through that path and sends a contact request there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, HTTPResponse } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALOG, fillContactForm, submit } from './contact-form-steps.js';
import { launchChromium, openWatchedPage, waitForDeepSelector } from './launch-chromium.js';
import { startNginx, type RunningNginx } from './start-nginx.js';
import { startServerProcess, type ServerProcess } from './start-server-process.js';

const site = mkdtempSync(join(tmpdir(), 'mf-org-site-'));
let server: ServerProcess;
let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Our mentors</title><link rel="icon" href="data:,">
<script type="module" src="/mentor-finder/mentor-finder.js"></script></head>
<body><h1>Our mentors</h1>
<mentor-finder src="/mentor-finder/mentors.public.json" endpoint="/mentor-finder/api/contact-requests" privacy-url="/privacy.html"></mentor-finder>
</body>
</html>
`,
  );
  server = await startServerProcess({ env: { MF_TRUST_PROXY: '127.0.0.1' } });
  const upstream = server.url.replace(/\/$/, '');
  nginx = await startNginx(upstream, {
    readyPath: 'mentor-finder/healthz',
    locations: `root ${site};
    location /mentor-finder/ {
      proxy_pass ${upstream}/;
      proxy_set_header X-Forwarded-For $remote_addr;
    }`,
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  expect(await server?.stop()).toBe(0);
  rmSync(site, { recursive: true, force: true });
});

describe('the finder on the organisation\'s own site, one path forwarded to the service', () => {
  it('loads through /mentor-finder/ and sends a contact request there', async () => {
    const watch = await openWatchedPage(browser, nginx.url);
    const responses: HTTPResponse[] = [];
    watch.page.on('response', (response) => responses.push(response));
    await watch.page.goto(nginx.url, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(watch.page, 'mentor-finder >>> [part~="card"]');

    await fillContactForm(watch.page);
    await submit(watch.page);
    await waitForDeepSelector(watch.page, `${DIALOG}[data-confirmation]`);

    const db = new Database(server.databaseFile, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM contact_requests').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
    // Every file came through the forwarded path, none was missing.
    const paths = responses.map((r) => new URL(r.url()).pathname);
    expect(paths.filter((path) => path.endsWith('.js'))).toEqual(expect.arrayContaining(['/mentor-finder/mentor-finder.js']));
    expect(paths.filter((path) => path.endsWith('.js') && !path.startsWith('/mentor-finder/'))).toEqual([]);
    expect(paths).toContain('/mentor-finder/mentors.public.json');
    expect(paths).toContain('/mentor-finder/api/contact-requests');
    expect(responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`)).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  }, 60_000);
});
