/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Every page of the example site and the coordinator page, in every language, in Chromium: each
// string comes from the asked language's catalogue, no key is left untranslated, and no other
// language's words are left over, in the page or in the widgets it embeds.
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en as finderEn } from '../../packages/widget/src/translations/en.js';
import { et as finderEt } from '../../packages/widget/src/translations/et.js';
import { fi as finderFi } from '../../packages/widget/src/translations/fi.js';
import { lt as finderLt } from '../../packages/widget/src/translations/lt.js';
import { lv as finderLv } from '../../packages/widget/src/translations/lv.js';
import { en as regEn } from '../../packages/widget/src/components/mentor-registration/translations/en.js';
import { et as regEt } from '../../packages/widget/src/components/mentor-registration/translations/et.js';
import { fi as regFi } from '../../packages/widget/src/components/mentor-registration/translations/fi.js';
import { lt as regLt } from '../../packages/widget/src/components/mentor-registration/translations/lt.js';
import { lv as regLv } from '../../packages/widget/src/components/mentor-registration/translations/lv.js';
import { launchChromium, openWatchedPage, waitForDeepSelector } from './launch-chromium.js';
import { startStaticSite, type StaticSite } from './static-site-server.js';

type Catalogue = Record<string, unknown>;
const LANGS = ['et', 'en', 'fi', 'lt', 'lv'] as const;
type Lang = (typeof LANGS)[number];

const moduleAt = async <T>(path: string): Promise<T> => (await import(pathToFileURL(new URL(path, import.meta.url).pathname).href)) as T;
const { SITE_TEXT } = await moduleAt<{ SITE_TEXT: Record<Lang, Record<string, string>> }>('../../examples/national-site/site-text.js');
const { COORDINATOR_TEXT } = await moduleAt<{ COORDINATOR_TEXT: Record<Lang, Catalogue> }>('../../examples/coordinator/coordinator-text.js');
const FINDER: Record<Lang, Catalogue> = { en: finderEn, et: finderEt, fi: finderFi, lt: finderLt, lv: finderLv } as unknown as Record<Lang, Catalogue>;
const REGISTRATION: Record<Lang, Catalogue> = { en: regEn, et: regEt, fi: regFi, lt: regLt, lv: regLv } as unknown as Record<Lang, Catalogue>;

const PAGES = [
  { path: '', title: 'titleIndex', widget: 'mentor-finder' },
  { path: 'become-a-mentor.html', title: 'titleBecome', widget: 'mentor-registration' },
  { path: 'become-a-mentee.html', title: 'titleMentee', widget: 'mentor-registration' },
  { path: 'privacy.html', title: 'titlePrivacy', widget: undefined },
] as const;

/** Strings of other languages that must not appear where `lang` is asked (long enough not to be shared words). */
function foreignStrings(catalogues: Record<Lang, Catalogue>, lang: Lang): string[] {
  const own = catalogues[lang];
  const found = new Set<string>();
  for (const other of LANGS) {
    if (other === lang) continue;
    for (const [key, value] of Object.entries(catalogues[other])) {
      if (typeof value === 'string' && !key.startsWith('$') && value.length >= 12 && value !== own[key]) found.add(value);
    }
  }
  return [...found];
}

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await startStaticSite();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function shadowText(page: Page, tag: string): Promise<string> {
  return page.evaluate((name) => {
    const root = document.querySelector(name)?.shadowRoot;
    if (!root) return '';
    const clone = document.createElement('div');
    clone.append(...[...root.children].map((child) => child.cloneNode(true)));
    // Option lists name countries and languages through Intl; they are not catalogue strings.
    clone.querySelectorAll('option, style').forEach((node) => node.remove());
    return clone.textContent ?? '';
  }, tag);
}

describe.each(LANGS)('example site in %s', (lang) => {
  it.each(PAGES)('$path: every string in the asked language, none missing, no other language left over', async ({ path, title, widget }) => {
    const watch = await openWatchedPage(browser, site.url);
    const { page } = watch;
    await page.goto(`${site.url}${path}?lang=${lang}`, { waitUntil: 'networkidle0' });
    if (widget === 'mentor-registration') await waitForDeepSelector(page, 'mentor-registration >>> form');
    if (widget === 'mentor-finder') await waitForDeepSelector(page, 'mentor-finder >>> [part~="card"]');
    const text = SITE_TEXT[lang];
    const state = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      strings: [...document.querySelectorAll<HTMLElement>('[data-i18n]')].map((el) => [el.dataset.i18n ?? '', (el.textContent ?? '').replace(/\s+/g, ' ').trim()]),
      labels: [...document.querySelectorAll<HTMLElement>('[data-i18n-label]')].map((el) => [el.dataset.i18nLabel ?? '', el.getAttribute('aria-label') ?? '']),
      body: document.body.innerText,
    }));
    expect(state.lang).toBe(lang);
    expect(state.title).toBe(text[title]);
    for (const [key, value] of [...state.strings, ...state.labels]) {
      expect(text[key!], `no ${lang} string for ${key}`).toBeTruthy();
      expect(value, key).toBe(text[key!]);
    }
    const leftovers = foreignStrings(SITE_TEXT as unknown as Record<Lang, Catalogue>, lang).filter((foreign) => state.body.includes(foreign));
    expect(leftovers).toEqual([]);
    if (widget) {
      const attributes = await page.$eval(widget, (el) => ({ lang: el.getAttribute('lang'), privacy: el.getAttribute('privacy-url') }));
      expect(attributes).toEqual({ lang, privacy: lang === 'et' ? '/privacy.html' : `/privacy.html?lang=${lang}` });
      const inside = await shadowText(page, widget);
      const catalogues = widget === 'mentor-finder' ? FINDER : REGISTRATION;
      expect(foreignStrings(catalogues, lang).filter((foreign) => inside.includes(foreign))).toEqual([]);
    }
    if (widget === 'mentor-registration') {
      const link = await page.$eval('mentor-registration', (el) => el.shadowRoot?.querySelector('a[href*="privacy"]')?.getAttribute('href'));
      expect(link).toBe(lang === 'et' ? '/privacy.html' : `/privacy.html?lang=${lang}`);
      expect(await shadowText(page, 'mentor-registration')).toContain(REGISTRATION[lang].privacyNotice as string);
    }
    expect(watch.cspViolations).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('switching language keeps the visitor on the same page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}privacy.html?lang=${lang}`, { waitUntil: 'domcontentloaded' });
    const target = lang === 'lv' ? 'fi' : 'lv';
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click(`.lang-switch a[hreflang="${target}"]`)]);
    expect(new URL(page.url()).pathname).toBe('/privacy.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(target);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(SITE_TEXT[target].privacyHeading);
    await page.close();
  });

  it('coordinator page: title, heading, intro and labels in the asked language', async () => {
    const watch = await openWatchedPage(browser, site.url);
    await watch.page.goto(`${site.url}coordinator/?lang=${lang}`, { waitUntil: 'networkidle0' });
    const text = COORDINATOR_TEXT[lang];
    const state = await watch.page.evaluate(() => ({
      title: document.title,
      strings: [...document.querySelectorAll<HTMLElement>('[data-i18n]')].map((el) => [el.dataset.i18n ?? '', (el.textContent ?? '').replace(/\s+/g, ' ').trim()]),
      body: document.body.innerText,
    }));
    expect(state.title).toBe(text.title);
    expect(state.strings.length).toBeGreaterThanOrEqual(5);
    for (const [key, value] of state.strings) expect(value, key).toBe(text[key!]);
    const leftovers = foreignStrings(COORDINATOR_TEXT, lang).filter((foreign) => state.body.includes(foreign));
    expect(leftovers).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await watch.page.close();
  });
});
