/// <reference lib="dom" />
// Drives Debian's Chromium through puppeteer-core (no browser download) with the flags this
// closed network needs, and records what a page does that a strict, private site must not.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

export { CHROMIUM_FLAGS, CHROMIUM_PATH };

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
}

export interface PageWatch {
  page: Page;
  /** CSP violations reported by the page (directive and blocked URL). */
  cspViolations: string[];
  /** Requests to any origin but the server's. */
  foreignRequests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

/** Opens a page that records CSP violations, foreign requests and errors from its first script on. */
export async function openWatchedPage(browser: Browser, origin: string): Promise<PageWatch> {
  const page = await browser.newPage();
  const watch: PageWatch = { page, cspViolations: [], foreignRequests: [], errors: [] };
  await page.exposeFunction('__reportCspViolation', (text: string) => watch.cspViolations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event: SecurityPolicyViolationEvent) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const own = new URL(origin).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== own) watch.foreignRequests.push(url);
  });
  page.on('pageerror', (error) => watch.errors.push(error instanceof Error ? error.message : String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  return watch;
}

/**
 * Waits for a selector that may pierce shadow roots (`a >>> b`). Changes inside a shadow root do
 * not wake puppeteer's document-level observer, so this polls instead.
 */
export async function waitForDeepSelector(page: Page, selector: string, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > end) throw new Error(`${selector} did not appear within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
