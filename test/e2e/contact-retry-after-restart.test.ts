/// <reference lib="dom" />
// The server goes down while a visitor sends; the text stays, and after a restart on the same data
// and port one press of "retry" stores the request exactly once.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, waitForDeepSelector } from './launch-chromium.js';
import { startServerProcess, type ServerProcess } from './start-server-process.js';

const DIALOG = 'mentor-finder >>> mentor-contact-dialog >>> ';
const MESSAGE = 'Hello! I teach biology in Pärnu and would like help with my first eTwinning project.';

let browser: Browser;
let dataDir: string;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  dataDir = mkdtempSync(join(tmpdir(), 'mf-e2e-restart-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function rows(file: string): { idempotency_key: string; mentor_id: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT idempotency_key, mentor_id FROM contact_requests').all() as { idempotency_key: string; mentor_id: string }[];
  } finally {
    db.close();
  }
}

function outboxCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM mail_outbox').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('sending while the server is down, then retrying after it is back', () => {
  it('shows the error with the text kept, and one retry after the restart stores the request once', async () => {
    const first = await startServerProcess({ dataDir });
    servers.push(first);
    const watch = await openWatchedPage(browser, first.url);
    const { page } = watch;
    const posts: number[] = [];
    const bodies: string[] = [];
    page.on('response', (response) => {
      if (!response.url().endsWith('/api/contact-requests')) return;
      posts.push(response.status());
      bodies.push(response.request().postData() ?? '');
    });
    await page.goto(`${first.url}?lang=en`, { waitUntil: 'networkidle0' });

    await (await waitForDeepSelector(page, 'mentor-finder >>> [part~="contact-button"]')).click();
    await (await waitForDeepSelector(page, `${DIALOG}#name`)).focus();
    await page.type(`${DIALOG}#name`, 'Tiina R.');
    await page.type(`${DIALOG}#email`, 'tiina.r@example.net');
    await page.type(`${DIALOG}#message`, MESSAGE);
    await page.click(`${DIALOG}#consent`);
    const mentorId = await page.evaluate(() => {
      const root = document.querySelector('mentor-finder')?.shadowRoot;
      return root?.querySelector('[part~="contact-button"]')?.closest('article')?.querySelector('h3')?.id.replace(/^name-/, '');
    });
    const draftKey = await page.evaluate((id) => JSON.parse(sessionStorage.getItem(`mentor-finder:draft:${id}`) ?? '{}').idempotencyKey, mentorId);
    expect(draftKey).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);

    // The server stops; the visitor sends.
    expect(await first.stop()).toBe(0);
    await page.click(`${DIALOG}[part~="button-primary"][type="submit"]`);
    await waitForDeepSelector(page, `${DIALOG}[data-retry]`, 20_000);
    const failed = await page.evaluate(() => {
      const dialog = document.querySelector('mentor-finder')?.shadowRoot?.querySelector('mentor-contact-dialog')?.shadowRoot;
      return {
        alert: dialog?.querySelector('[part~="alert"]')?.textContent?.trim(),
        alertRole: dialog?.querySelector('[part~="alert"]')?.getAttribute('role'),
        name: dialog?.querySelector<HTMLInputElement>('#name')?.value,
        message: dialog?.querySelector<HTMLTextAreaElement>('#message')?.value,
        consent: dialog?.querySelector<HTMLInputElement>('#consent')?.checked,
      };
    });
    expect(failed).toEqual({
      alert: expect.stringMatching(/no connection to the server/),
      alertRole: 'alert',
      name: 'Tiina R.',
      message: MESSAGE,
      consent: true,
    });
    expect(posts).toEqual([]);
    expect(rows(first.databaseFile)).toEqual([]);

    // Back on the same port with the same data; one press of "retry".
    const second = await startServerProcess({ dataDir, port: first.port });
    servers.push(second);
    expect(second.url).toBe(first.url);
    await page.click(`${DIALOG}[data-retry]`);
    await waitForDeepSelector(page, `${DIALOG}[data-confirmation]`, 20_000);
    expect(posts).toEqual([201]);
    expect(rows(second.databaseFile)).toEqual([{ idempotency_key: draftKey, mentor_id: mentorId }]);
    expect(outboxCount(second.databaseFile)).toBe(1);

    // The same draft arriving again (a retry whose answer was lost) is recognised, not stored twice;
    // the same key with other content is refused.
    const sent = bodies[0] as string;
    expect(JSON.parse(sent).idempotencyKey).toBe(draftKey);
    const resend = (body: string) =>
      page.evaluate(async (text) => (await fetch('/api/contact-requests', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text })).status, body);
    const again = await resend(sent);
    const changed = await resend(JSON.stringify({ ...JSON.parse(sent), message: { text: 'Another text under the same key.', lang: 'en' } }));
    expect(changed).toBe(409);
    expect(again).toBe(200);
    expect(rows(second.databaseFile)).toHaveLength(1);
    expect(outboxCount(second.databaseFile)).toBe(1);
    expect(watch.cspViolations).toEqual([]);
    await page.close();
  }, 120_000);
});
