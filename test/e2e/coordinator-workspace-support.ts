/// <reference lib="dom" />
// The real server process with a coordinator account and registrations waiting, behind a forwarder
// whose address is the public base URL (the sign-in's Origin check needs it known before the
// server picks its port). Used by the workspace's Chromium tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './launch-chromium.js';
import { REPO_DIR, TEST_SECRET, startForwarder, startServiceProcess, type Forwarder, type ServiceProcess } from '../mail-support.js';
import { loadSample } from '../sample-data.js';

const SERVER_BIN = fileURLToPath(new URL('../../packages/server/bin/mentor-finder-server.js', import.meta.url));
// Evaluated through the DevTools protocol, which the page's CSP does not govern, so the page keeps
// its real policy and any violation of it is still caught.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const COORDINATOR = Object.freeze({ email: 'kadri.coordinator@example.org', password: 'correct horse battery staple' });

export interface WorkspaceServer {
  /** The forwarder's URL, ending in "/": the browser uses this one. */
  url: string;
  server: ServiceProcess;
  /** Registers (and for a mentor confirms the address of) a person; returns the registration id. */
  register(kind: 'mentor' | 'mentee', person: { givenName: string; familyName: string; email: string; lang?: string }): Promise<string>;
  read<T>(query: (db: Database.Database) => T): T;
  close(): Promise<number | null>;
}

interface Person {
  id?: string;
  displayName: string;
  programmeId: string;
  private: Record<string, unknown>;
}

/** `settings`: more settings for the server (MF_* variables). */
export async function startWorkspaceServer(settings: Record<string, string> = {}): Promise<WorkspaceServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mf-workspace-'));
  const env = { PATH: process.env.PATH ?? '', MF_MODE: 'development', MF_DATA_DIR: dataDir, MF_SECRET: TEST_SECRET };
  const added = spawnSync(process.execPath, [SERVER_BIN, 'add-coordinator', '--email', COORDINATOR.email], { env, input: `${COORDINATOR.password}\n`, encoding: 'utf8' });
  if (added.status !== 0) throw new Error(`add-coordinator failed: ${added.stderr}`);
  let forwarder: Forwarder | undefined;
  try {
    forwarder = await startForwarder();
    const server = await startServiceProcess({ ...settings, MF_DATA_DIR: dataDir, MF_MENTORS_FILE: `${REPO_DIR}../shared/data/mentors.json`, MF_PUBLIC_BASE_URL: forwarder.url });
    forwarder.forwardTo(server.port);
    const url = forwarder.url;
    const read = <T>(query: (db: Database.Database) => T): T => {
      const db = new Database(join(dataDir, 'mentor-finder.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return query(db);
      } finally {
        db.close();
      }
    };
    const samples = { mentor: loadSample<Person[]>('mentors')[0]!, mentee: loadSample<Person[]>('mentees')[0]! };
    return {
      url,
      server,
      read,
      async register(kind, { lang = 'en', ...names }) {
        const { id: _id, ...base } = structuredClone(samples[kind]);
        const record = { ...base, displayName: `${names.givenName} ${names.familyName.slice(0, 1)}.`, private: { ...base.private, ...names } };
        const response = await fetch(new URL('api/registrations', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind, record, lang }) });
        const body = (await response.json()) as { id?: string };
        if (response.status !== 202 || !body.id) throw new Error(`registration refused: ${response.status} ${JSON.stringify(body)}`);
        if (kind === 'mentor') {
          const text = read((db) => db.prepare('SELECT text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1').pluck().get(names.email) as string);
          const link = /https?:\/\/\S+\/registrations\/confirm\?t=\S+/.exec(text)?.[0];
          if (!link) throw new Error(`no confirmation link in the mail to ${names.email}`);
          const confirmed = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin }, body: '' });
          if (confirmed.status !== 200) throw new Error(`confirming ${names.email}: ${confirmed.status}`);
        }
        return body.id;
      },
      async close() {
        const code = await server.stop();
        await forwarder?.close();
        rmSync(dataDir, { recursive: true, force: true });
        return code;
      },
    };
  } catch (error) {
    await forwarder?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface WorkspaceAndBrowser {
  workspace: WorkspaceServer;
  browser: Browser;
}

/**
 * Before the file's tests: the server (with more `settings`), the people `seed` registers, and
 * Chromium; after them both stop, the server cleanly.
 */
export function useWorkspaceAndBrowser(settings: Record<string, string>, seed: (workspace: WorkspaceServer) => Promise<void>): WorkspaceAndBrowser {
  const context = {} as WorkspaceAndBrowser;
  beforeAll(async () => {
    context.workspace = await startWorkspaceServer(settings);
    await seed(context.workspace);
    context.browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await context.browser?.close();
    expect(await context.workspace?.close()).toBe(0);
  }, 30_000);
  return context;
}

/** Signs in through the form with the keyboard only: type, Tab, type, Enter. */
export async function signInWithKeyboard(page: Page, url: string, lang = 'en'): Promise<void> {
  await page.goto(`${url}workspace/login?lang=${lang}`, { waitUntil: 'load' });
  await page.focus('#email');
  await page.keyboard.type(COORDINATOR.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(COORDINATOR.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  const path = new URL(page.url()).pathname;
  if (path !== '/workspace/') throw new Error(`sign-in ended at ${path}: ${await page.$eval('main', (m) => m.textContent)}`);
}

/**
 * Presses Tab until the focused element (looking into shadow roots) matches `selector`, as a
 * keyboard user would; fails after `max` presses.
 */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((sel) => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return Boolean(active?.matches(sel));
    }, selector);
    if (hit) return;
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

/** axe's WCAG 2.2 AA findings for the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
