/// <reference lib="dom" />
// A mentor corrects their published profile in Chromium through the update link of the approval
// mail: the server's page loads <mentor-registration> under the strict CSP, filled from the stored
// record, and a save changes the public JSON at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { launchChromium, openWatchedPage, waitForDeepSelector } from './launch-chromium.js';

const SERVER = new URL('../../packages/server/src/', import.meta.url);
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const EMAIL = 'liis.parn@example.org';
const FORM = 'mentor-registration >>> ';

interface Service {
  url: string;
  db: import('better-sqlite3').Database;
  close(): Promise<void>;
}

const load = async <T>(path: string): Promise<T> => (await import(new URL(path, SERVER).href)) as T;
const dataDir = mkdtempSync(join(tmpdir(), 'mf-profile-update-'));
let service: Service;
let browser: Browser;

/** A port the system just gave out: the service's own origin must be known before it starts, for its Origin checks. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  const { loadConfig } = await load<{ loadConfig(input: { env: Record<string, string> }): unknown }>('config/load-config.js');
  const { startService } = await load<{ startService(config: unknown, options: { logger: false }): Promise<Service> }>('start-service.js');
  // Without SMTP the mails wait in the outbox, where the test reads the links.
  const config = loadConfig({
    env: { MF_MODE: 'development', MF_PORT: String(port), MF_PUBLIC_BASE_URL: `http://127.0.0.1:${port}/`, MF_DATA_DIR: dataDir, MF_MENTORS_FILE: `${SHARED_DATA_DIR}mentors.json`, MF_PROGRAMMES_FILE: `${SHARED_DATA_DIR}programmes.json` },
  });
  service = await startService(config, { logger: false });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The newest link to `page` in a queued mail to `to`, on the address the server listens on. */
function linkTo(page: string): string {
  const text = service.db.prepare('SELECT text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1').pluck().get(EMAIL) as string;
  const found = new RegExp(`https?://\\S+/registrations/${page}\\?t=\\S+`).exec(text)?.[0];
  if (!found) throw new Error(`no ${page} link`);
  const link = new URL(found);
  return new URL(`${link.pathname}${link.search}`, service.url).toString();
}

async function approvedMentor(): Promise<string> {
  const { mentorRegistration } = await load<{ mentorRegistration(): unknown }>('registrations/testing/registration-fixtures.js');
  const registered = await fetch(new URL('/api/registrations?lang=en', service.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mentorRegistration()) });
  expect(registered.status).toBe(202);
  const { id } = (await registered.json()) as { id: string };
  expect((await fetch(linkTo('confirm'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' })).status).toBe(200);
  // The coordinator's approval, as the workspace's approve route leaves it (that route has its own tests).
  const { addCoordinator } = await load<{ addCoordinator(db: unknown, input: { email: string; password: string; now: number }): Promise<void> }>('coordinator/coordinator-accounts.js');
  await addCoordinator(service.db, { email: 'kadri.coordinator@example.org', password: 'correct horse battery staple', now: Date.now() });
  const login = await fetch(new URL('/workspace/login', service.url));
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('mf_login=')) ?? '').split(';')[0]!;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await login.text())?.[1] ?? '';
  const signedIn = await fetch(new URL('/workspace/login', service.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ email: 'kadri.coordinator@example.org', password: 'correct horse battery staple', csrf }).toString(),
  });
  const session = (signedIn.headers.getSetCookie().find((c) => c.startsWith('mf_coordinator=')) ?? '').split(';')[0]!;
  const { csrfToken } = (await (await fetch(new URL('/workspace/api/session', service.url), { headers: { cookie: session } })).json()) as { csrfToken: string };
  const approved = await fetch(new URL(`/workspace/api/registrations/${id}/approve`, service.url), {
    method: 'POST',
    headers: { cookie: session, 'x-csrf-token': csrfToken, 'content-type': 'application/json', origin: new URL(service.url).origin },
    body: '{}',
  });
  expect(approved.status).toBe(200);
  return id;
}

describe('a mentor updates their profile through the mailed link, in Chromium', () => {
  it('opens the form filled from the stored record under the strict CSP, saves a change typed with the keyboard, the public JSON shows it; axe clean', async () => {
    const id = await approvedMentor();
    const watch = await openWatchedPage(browser, service.url);
    const { page } = watch;
    const missing: string[] = [];
    page.on('response', (answer) => {
      if (answer.status() === 404) missing.push(new URL(answer.url()).pathname);
    });
    const response = await page.goto(linkTo('update'), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await waitForDeepSelector(page, `${FORM}#region`);
    const value = (selector: string) => page.$eval(`${FORM}${selector}`, (element) => (element as HTMLInputElement).value);
    expect(await value('#givenName')).toBe('Liis');
    expect(await value('#email')).toBe(EMAIL);
    expect(await page.$eval(`${FORM}#email`, (element) => (element as HTMLInputElement).readOnly)).toBe(true);
    expect(await page.$eval(`${FORM}[part~="title"]`, (element) => element.textContent)).toBe('Your mentor profile');

    const region = await page.$(`${FORM}#region`);
    await region!.click({ count: 3 });
    await page.keyboard.type('Valgamaa');
    await (await page.$(`${FORM}button[type="submit"]`))!.click();
    await waitForDeepSelector(page, `${FORM}[part~="confirmation"]`);
    const published = ((await (await fetch(new URL('/mentors.public.json', service.url))).json()) as { id: string; region?: string }[]).find((m) => m.id === id);
    expect(published?.region).toBe('Valgamaa');
    expect(JSON.stringify(published)).not.toContain(EMAIL);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    // The browser asks for /favicon.ico on its own; the link pages name no icon. Every other 404 shows here.
    expect(missing.filter((path) => path !== '/favicon.ico')).toEqual([]);
    expect(watch.errors.filter((error) => !error.includes('status of 404'))).toEqual([]);

    // axe is injected as a script; only now, for it, the page's CSP is bypassed. The reload shows the saved record.
    await page.setBypassCSP(true);
    await page.reload({ waitUntil: 'load' });
    await waitForDeepSelector(page, `${FORM}#region`);
    expect(await value('#region')).toBe('Valgamaa');
    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document.querySelector('mentor-registration')!, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);

    await page.close();
  }, 60_000);
});
