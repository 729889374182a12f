/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The finder page, the registration form, the coordinator page and the coordinator workspace
// (signed in, against the real server) at a 360 px phone and a 1366 px laptop: no sideways scrolling in the page or in the components, the finder's filters behind a
// toggle on the phone with the first mentor card in the first screen. Screenshots go to a temporary
// folder (its path is printed) for a person to look at; they are not kept in the repository.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, waitForDeepSelector } from './launch-chromium.js';
import { signInWithKeyboard, startWorkspaceServer, type WorkspaceServer } from './coordinator-workspace-support.js';
import { startStaticSite, type StaticSite } from './static-site-server.js';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 640, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'laptop', width: 1366, height: 768, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
] as const;

const PAGES = [
  { name: 'finder', path: '?lang=en', component: 'mentor-finder', ready: 'mentor-finder >>> [part~="card"]' },
  { name: 'registration', path: 'become-a-mentor.html?lang=en', component: 'mentor-registration', ready: 'mentor-registration >>> form' },
  { name: 'coordinator', path: 'coordinator/?lang=en', component: 'mentor-pair-preview', ready: 'mentor-pair-preview >>> [data-mentee]' },
] as const;

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHOTS = mkdtempSync(join(tmpdir(), 'mentor-finder-screens-'));

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await startStaticSite();
  browser = await launchChromium();
  console.log(`screenshots: ${SHOTS}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every element, page or shadow, wider than its box and set to scroll or clip sideways, and the page itself. */
function overflowReport(page: Page, component: string) {
  return page.evaluate((tag) => {
    const doc = document.documentElement;
    const host = document.querySelector<HTMLElement>(tag);
    const wide: string[] = [];
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        const rect = element.getBoundingClientRect();
        if (rect.width > 0 && (rect.right > doc.clientWidth + 1 || rect.left < -1) && getComputedStyle(element).position !== 'absolute' && !element.closest('[inert]')) {
          wide.push(`${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''} ${Math.round(rect.left)}..${Math.round(rect.right)}`);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return {
      page: { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth },
      component: host ? { scrollWidth: host.scrollWidth, clientWidth: host.clientWidth } : undefined,
      wide: wide.slice(0, 10),
    };
  }, component);
}

describe.each(VIEWPORTS)('$name ($width × $height)', (viewport) => {
  it.each(PAGES)('$name: no sideways scrolling in the page or the component', async ({ name, path, component, ready }) => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle0' });
    if (name === 'coordinator') {
      // The page asks the coordinator for the cohort files; the sample cohort stands in for the picked ones.
      await page.$eval('mentor-pair-preview', (element) => {
        element.setAttribute('programme-src', '/data/programmes.json');
        element.setAttribute('mentees-src', '/data/mentees.json');
        element.setAttribute('mentors-src', '/data/mentors.json');
      });
    }
    await waitForDeepSelector(page, ready, 20_000);
    if (name === 'registration') {
      // The repeated rows too: a second language and a weekly time, with their remove buttons.
      for (const list of ['languages', 'weekly']) await page.$eval(`mentor-registration >>> button[data-add="${list}"]`, (button) => (button as HTMLButtonElement).click());
      await waitForDeepSelector(page, 'mentor-registration >>> #slot-0-end');
    }
    await page.screenshot({ path: join(SHOTS, `${name}-${viewport.width}.png`), fullPage: false });
    // And one screen of the component itself (the form, the pairs), wherever it starts.
    await (await page.$(ready))!.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, `${name}-${viewport.width}-component.png`), fullPage: false });
    if (name === 'registration') {
      await (await page.$('mentor-registration >>> #slot-0-day'))!.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(SHOTS, `${name}-${viewport.width}-rows.png`), fullPage: false });
    }
    const report = await overflowReport(page, component);
    expect(report.page.scrollWidth, JSON.stringify(report.wide)).toBeLessThanOrEqual(report.page.clientWidth);
    expect(report.component!.scrollWidth).toBeLessThanOrEqual(report.component!.clientWidth);
    expect(report.wide).toEqual([]);
    await page.close();
  });

  it('the registration form in the site has no WCAG 2.2 A/AA violations', async () => {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    // axe is injected as a script; only the test bypasses the page's CSP for it.
    await page.setBypassCSP(true);
    await page.goto(`${site.url}become-a-mentor.html?lang=fi`, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(page, 'mentor-registration >>> form');
    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('finder on a 360 × 640 phone', () => {
  it('collapses the filters behind a toggle and shows the first card in the first screen', async () => {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORTS[0]);
    await page.goto(`${site.url}?lang=en`, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(page, 'mentor-finder >>> [part~="card"]');
    const state = await page.evaluate(() => {
      const root = document.querySelector('mentor-finder')!.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!;
      const filters = root.querySelector<HTMLElement>('#filters')!;
      const card = root.querySelector<HTMLElement>('[part~="card"]')!;
      return {
        toggleShown: getComputedStyle(toggle).display !== 'none',
        expanded: toggle.getAttribute('aria-expanded'),
        controls: toggle.getAttribute('aria-controls'),
        filtersShown: getComputedStyle(filters).display !== 'none',
        cardTop: card.getBoundingClientRect().top + window.scrollY,
      };
    });
    expect(state).toMatchObject({ toggleShown: true, expanded: 'false', controls: 'filters', filtersShown: false });
    expect(state.cardTop).toBeLessThan(640);
    // Keyboard: focus the toggle, Enter opens the filters, Enter again closes them.
    await page.evaluate(() => document.querySelector('mentor-finder')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!.focus());
    await page.keyboard.press('Enter');
    const opened = await page.evaluate(() => {
      const root = document.querySelector('mentor-finder')!.shadowRoot!;
      return { expanded: root.querySelector('[part~="filters-toggle"]')!.getAttribute('aria-expanded'), shown: getComputedStyle(root.querySelector('#filters')!).display !== 'none' };
    });
    expect(opened).toEqual({ expanded: 'true', shown: true });
    await page.screenshot({ path: join(SHOTS, 'finder-360-filters-open.png') });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('mentor-finder')!.shadowRoot!.querySelector('[part~="filters-toggle"]')!.getAttribute('aria-expanded'))).toBe('false');
    await page.close();
  });

  it.each(['et', 'fi', 'lt', 'lv'])('the first card is in the first screen in %s too', async (lang) => {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORTS[0]);
    await page.goto(`${site.url}?lang=${lang}`, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(page, 'mentor-finder >>> [part~="card"]');
    const top = await page.evaluate(() => document.querySelector('mentor-finder')!.shadowRoot!.querySelector('[part~="card"]')!.getBoundingClientRect().top + window.scrollY);
    await page.screenshot({ path: join(SHOTS, `finder-360-${lang}.png`) });
    expect(top).toBeLessThan(640);
    await page.close();
  });

  it('shows every filter at once on a laptop, without the toggle', async () => {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORTS[1]);
    await page.goto(`${site.url}?lang=en`, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(page, 'mentor-finder >>> [part~="card"]');
    const state = await page.evaluate(() => {
      const root = document.querySelector('mentor-finder')!.shadowRoot!;
      return {
        toggleShown: getComputedStyle(root.querySelector('[part~="filters-toggle"]')!).display !== 'none',
        filtersShown: getComputedStyle(root.querySelector('#filters')!).display !== 'none',
      };
    });
    expect(state).toEqual({ toggleShown: false, filtersShown: true });
    await page.close();
  });
});

describe('coordinator workspace on a phone and a laptop', () => {
  let workspace: WorkspaceServer;

  beforeAll(async () => {
    workspace = await startWorkspaceServer();
    await workspace.register('mentor', { givenName: 'Liis', familyName: 'Pärn-Kaljuvee-Tammsaare', email: 'liis.parn.with.a.long.address@example.org' });
    for (const [givenName, email] of [['Tiina', 'tiina@example.org'], ['Mari', 'mari@example.org'], ['Tiina-Maria', 'tiina@example.org']]) {
      await workspace.register('mentee', { givenName: givenName!, familyName: 'Rebane', email: email! });
    }
    // One pair already proposed, so the pairs page has a row in its list as well as suggestions.
    const mentee = workspace.read((db) => db.prepare(`SELECT id FROM registrations WHERE kind = 'mentee' ORDER BY created_at, rowid LIMIT 1`).pluck().get() as string);
    const page = await browser.newPage();
    await signInWithKeyboard(page, workspace.url);
    const proposed = await page.evaluate(async (menteeId) => {
      const { csrfToken } = (await (await fetch('/workspace/api/session')).json()) as { csrfToken: string };
      const response = await fetch('/workspace/api/pairs', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify({ mentorId: 'm-ee-01', menteeId }) });
      return response.status;
    }, mentee);
    expect(proposed).toBe(201);
    await page.close();
  }, 90_000);

  // The service finishes its work before it exits, which takes longer on a busy machine.
  afterAll(async () => {
    expect(await workspace?.close()).toBe(0);
  }, 30_000);

  const WORKSPACE_PAGES = [
    { name: 'workspace-sign-in', path: 'workspace/login?lang=lt', signedIn: false, ready: 'form', component: 'main' },
    { name: 'workspace-registrations', path: 'workspace/?lang=lv', signedIn: true, ready: '[data-registration-id]', component: 'main' },
    { name: 'workspace-pairs', path: 'workspace/pairs?programme=etwinning-mentors-2026&lang=fi', signedIn: true, ready: 'mentor-pair-preview >>> tr[data-mentee]', component: 'mentor-pair-preview' },
  ] as const;

  describe.each(VIEWPORTS)('$name ($width × $height)', (viewport) => {
    it.each(WORKSPACE_PAGES)('$name: no sideways scrolling', async ({ name, path, signedIn, ready, component }) => {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      if (signedIn) await signInWithKeyboard(page, workspace.url);
      await page.goto(`${workspace.url}${path}`, { waitUntil: 'networkidle0' });
      await waitForDeepSelector(page, ready, 30_000);
      await page.screenshot({ path: join(SHOTS, `${name}-${viewport.width}.png`), fullPage: true });
      const report = await overflowReport(page, component);
      expect(report.page.scrollWidth, JSON.stringify(report.wide)).toBeLessThanOrEqual(report.page.clientWidth);
      expect(report.component!.scrollWidth).toBeLessThanOrEqual(report.component!.clientWidth);
      expect(report.wide).toEqual([]);
      await page.close();
    });

    it('the pairs list: a table on a laptop, one card per pair on a phone', async () => {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await signInWithKeyboard(page, workspace.url);
      await page.goto(`${workspace.url}workspace/pairs?programme=etwinning-mentors-2026`, { waitUntil: 'load' });
      const layout = await page.$eval('tr[data-pair-id]', (row) => {
        const cells = [...row.children].map((cell) => cell.getBoundingClientRect());
        const label = row.querySelector('.ws-cell-label')!;
        return { display: getComputedStyle(row).display, stacked: cells.every((c, i) => i === 0 || c.top >= cells[i - 1]!.bottom - 1), labelShown: getComputedStyle(label).display !== 'none' };
      });
      if (viewport.width < 640) expect(layout).toEqual({ display: 'block', stacked: true, labelShown: true });
      else expect(layout).toEqual({ display: 'table-row', stacked: false, labelShown: false });
      await page.close();
    });
  });
});
