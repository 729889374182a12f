// Shared set-up of the Chromium tests: one server process and one browser per test file.
import { readFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { launchChromium } from './launch-chromium.js';
import { startServerProcess, type ServerProcess } from './start-server-process.js';

export interface ServerAndBrowser {
  server: ServerProcess;
  browser: Browser;
}

/** Starts both before the file's tests and stops them after; the server must exit cleanly. */
export function useServerAndBrowser(): ServerAndBrowser {
  const context = {} as ServerAndBrowser;
  beforeAll(async () => {
    context.server = await startServerProcess();
    context.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await context.browser?.close();
    expect(await context.server?.stop()).toBe(0);
  });
  return context;
}

/** Every sample mentor's private e-mail: none may ever reach the browser. */
export const PRIVATE_MENTOR_EMAILS: readonly string[] = (
  JSON.parse(readFileSync(`${SHARED_DATA_DIR}mentors.json`, 'utf8')) as { private: { email: string } }[]
).map((m) => m.private.email);
