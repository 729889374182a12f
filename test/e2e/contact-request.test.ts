/// <reference lib="dom" />
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { captureResponseBodies } from './capture-response-bodies.js';
import { DIALOG, fillContactForm, submit } from './contact-form-steps.js';
import { openWatchedPage, waitForDeepSelector } from './launch-chromium.js';
import { startServerProcess } from './start-server-process.js';
import { PRIVATE_MENTOR_EMAILS, useServerAndBrowser } from './use-server-and-browser.js';

const context = useServerAndBrowser();
function countRows(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM contact_requests').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
const privateEmails = PRIVATE_MENTOR_EMAILS;

describe('contact request from the national site, through the widget, to the server', () => {
  it('stores the request once with the mentor e-mail looked up on the server; the context.browser never sees that e-mail', async () => {
    const watch = await openWatchedPage(context.browser, context.server.url);
    const capture = await captureResponseBodies(watch.page);
    await watch.page.goto(`${context.server.url}?lang=en`, { waitUntil: 'networkidle0' });

    await fillContactForm(watch.page);
    await submit(watch.page);
    await waitForDeepSelector(watch.page, `${DIALOG}[data-confirmation]`);

    const db = new Database(context.server.databaseFile, { readonly: true });
    try {
      const rows = db.prepare('SELECT id, mentor_id, request_json, status FROM contact_requests').all() as {
        id: string;
        mentor_id: string;
        request_json: string;
        status: string;
      }[];
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row?.status).toBe('received');
      expect(JSON.parse(row?.request_json ?? '{}').sender).toMatchObject({ name: 'Maarja K.', email: 'maarja.k@example.net' });
      // The mentor's address is looked up on the server for the mail, never stored with the request.
      const mail = db.prepare(`SELECT recipient, reply_to FROM mail_outbox WHERE request_id = ? AND kind = 'mentor-request'`).get(row?.id) as { recipient: string; reply_to: string };
      expect(privateEmails).toContain(mail.recipient);
      expect(mail.reply_to).toBe('maarja.k@example.net');
    } finally {
      db.close();
    }

    const responses = await capture.responses();
    expect(capture.unread).toEqual([]);
    expect(responses.map((r) => new URL(r.url).pathname)).toContain('/api/contact-requests');
    const everything = responses.map((r) => r.body).join('\n') + (await watch.page.content());
    for (const email of privateEmails) expect(everything).not.toContain(email);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await watch.page.close();
  }, 60_000);

  it('stores a request once when its answer is lost and the visitor retries', async () => {
    const before = countRows(context.server.databaseFile);
    const watch = await openWatchedPage(context.browser, context.server.url);
    // Let the first POST reach the server, then drop its answer as a broken connection would.
    const cdp = await watch.page.createCDPSession();
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/api/contact-requests', requestStage: 'Response' }] });
    const statuses: number[] = [];
    cdp.on('Fetch.requestPaused', (event) => {
      statuses.push(event.responseStatusCode ?? 0);
      if (statuses.length === 1) void cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'ConnectionReset' });
      else void cdp.send('Fetch.continueRequest', { requestId: event.requestId });
    });
    await watch.page.goto(`${context.server.url}?lang=en`, { waitUntil: 'networkidle0' });
    await fillContactForm(watch.page);
    await submit(watch.page);
    await waitForDeepSelector(watch.page, `${DIALOG}[data-retry]`);
    expect(await watch.page.$eval(`${DIALOG}#message`, (el) => (el as HTMLTextAreaElement).value)).toContain('partner school');
    expect(countRows(context.server.databaseFile)).toBe(before + 1);

    await submit(watch.page);
    await waitForDeepSelector(watch.page, `${DIALOG}[data-confirmation]`);
    expect(statuses).toEqual([201, 200]);
    expect(countRows(context.server.databaseFile)).toBe(before + 1);
    await watch.page.close();
  }, 60_000);
});

describe('contact requests over the rate limit', () => {
  it('shows the failure and keeps what the visitor wrote; nothing extra is stored', async () => {
    const limited = await startServerProcess({ rateLimitMax: 1 });
    try {
      const watch = await openWatchedPage(context.browser, limited.url);
      await watch.page.goto(`${limited.url}?lang=en`, { waitUntil: 'networkidle0' });
      await fillContactForm(watch.page);
      await submit(watch.page);
      await waitForDeepSelector(watch.page, `${DIALOG}[data-confirmation]`);
      await watch.page.reload({ waitUntil: 'networkidle0' });
      // The details given for the first request fill in the next form of the visit (WCAG 3.3.7).
      await (await waitForDeepSelector(watch.page, 'mentor-finder >>> [part~="contact-button"]')).click();
      expect(await (await waitForDeepSelector(watch.page, `${DIALOG}#email`)).evaluate((el) => (el as HTMLInputElement).value)).toBe('maarja.k@example.net');
      await watch.page.keyboard.press('Escape');
      await fillContactForm(watch.page, { name: 'Second Sender', email: 'second@example.net' });
      const answer = watch.page.waitForResponse((r) => r.url().endsWith('/api/contact-requests'));
      await submit(watch.page);
      const response = await answer;
      expect(response.status()).toBe(429);
      expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
      await waitForDeepSelector(watch.page, `${DIALOG}[data-retry]`);
      expect(await watch.page.$eval(`${DIALOG}#name`, (el) => (el as HTMLInputElement).value)).toBe('Second Sender');
      expect(countRows(limited.databaseFile)).toBe(1);
      await watch.page.close();
    } finally {
      expect(await limited.stop()).toBe(0);
    }
  }, 60_000);
});
