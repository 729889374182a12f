/// <reference lib="dom" />
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openWatchedPage, waitForDeepSelector } from './launch-chromium.js';
import { useServerAndBrowser } from './use-server-and-browser.js';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const context = useServerAndBrowser();

describe('national site in Chromium, served by the reference server', () => {
  it('loads its own CSS and script under the strict CSP, and asks no other origin for anything', async () => {
    const watch = await openWatchedPage(context.browser, context.server.url);
    const listRequests: string[] = [];
    watch.page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/mentors.public.json') listRequests.push(request.url());
    });
    const response = await watch.page.goto(context.server.url, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(watch.page, 'mentor-finder >>> [part~="card"]');
    // The preload hint in the head is the request the finder uses, not a second one.
    expect(listRequests).toHaveLength(1);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const header = await watch.page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor);
    expect(header).toBe('rgb(11, 79, 138)'); // site.css applied
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await watch.page.close();
  });

  it('switches language through ?lang= without inline script, for the page and the widget tag', async () => {
    const watch = await openWatchedPage(context.browser, context.server.url);
    await watch.page.goto(`${context.server.url}?lang=fi`, { waitUntil: 'networkidle0' });
    const state = await watch.page.evaluate(() => ({
      lang: document.documentElement.lang,
      heading: document.querySelector('h1')?.textContent,
      widgetLang: document.querySelector('mentor-finder')?.getAttribute('lang'),
      privacyUrl: document.querySelector('mentor-finder')?.getAttribute('privacy-url'),
      current: document.querySelector('.lang-switch [aria-current]')?.textContent,
      navHref: document.querySelector('.main-nav a[href^="/privacy"]')?.getAttribute('href'),
    }));
    expect(state).toEqual({
      lang: 'fi',
      heading: 'Löydä eTwinning-mentori',
      widgetLang: 'fi',
      privacyUrl: '/privacy.html?lang=fi',
      current: 'FI',
      navHref: '/privacy.html?lang=fi',
    });
    await watch.page.goto(`${context.server.url}?lang=xx`, { waitUntil: 'networkidle0' });
    expect(await watch.page.evaluate(() => document.documentElement.lang)).toBe('et');
    expect(watch.cspViolations).toEqual([]);
    await watch.page.close();
  });

  it('gives the context.browser a mentor list without any e-mail address', async () => {
    const watch = await openWatchedPage(context.browser, context.server.url);
    await watch.page.goto(context.server.url, { waitUntil: 'domcontentloaded' });
    const text = await watch.page.evaluate(async () => (await fetch('/mentors.public.json')).text());
    expect(JSON.parse(text).length).toBeGreaterThan(30);
    expect(text).not.toContain('@');
    await watch.page.close();
  });

  it.each(['', 'privacy.html', 'become-a-mentor.html', 'become-a-mentee.html', '?lang=lv'])('page "%s" has no WCAG 2.2 A/AA violations in the site around the widget', async (path) => {
    const watch = await openWatchedPage(context.browser, context.server.url);
    // axe is injected as a script; only the test bypasses the page's CSP for it.
    await watch.page.setBypassCSP(true);
    await watch.page.goto(`${context.server.url}${path}`, { waitUntil: 'networkidle0' });
    await watch.page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await watch.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(
        { exclude: [['mentor-finder']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      );
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await watch.page.close();
  });
});
