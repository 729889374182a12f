// @ts-check
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, SITE_LANGS, SITE_TEXT } from './site-text.js';

const DIR = new URL('./', import.meta.url);
const pages = readdirSync(DIR).filter((name) => name.endsWith('.html'));
/** @param {string} name */
const read = (name) => readFileSync(new URL(name, DIR), 'utf8');

describe('national site example', () => {
  it('has the finder page, a privacy notice, a become-a-mentor page and a mentee registration page', () => {
    expect(pages.sort()).toEqual(['become-a-mentee.html', 'become-a-mentor.html', 'index.html', 'privacy.html']);
  });

  it('embeds the widget exactly as the README tells sites to', () => {
    const html = read('index.html');
    expect(html).toContain('<script type="module" src="/mentor-finder.js"></script>');
    // The widget README's hints for a fast first visit, in the head, before the scripts.
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="preload" href="/mentors.public.json" as="fetch" crossorigin>');
    expect(head).toContain('<link rel="modulepreload" href="/mentor-finder.js">');
    expect(head.indexOf('rel="preload"')).toBeLessThan(head.indexOf('<script'));
    expect(html).toContain(
      '<mentor-finder src="/mentors.public.json" programme="etwinning-mentors-2026" endpoint="/api/contact-requests" lang="et" privacy-url="/privacy.html" privacy-version="2026-12"></mentor-finder>',
    );
  });

  it.each(pages)('%s runs under a strict CSP: no inline script, style or event handler', (name) => {
    const html = read(name);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\/[^"]+"/);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<link rel="stylesheet" href="/site.css">');
    expect(html).toContain('<meta name="viewport"');
  });

  it.each(pages)('%s links every language through ?lang= and points only at local or mailto addresses', (name) => {
    const html = read(name);
    for (const lang of ['et', 'en', 'fi', 'lt', 'lv']) expect(html).toContain(`href="?lang=${lang}"`);
    const hrefs = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const href of hrefs) expect(href, href).toMatch(/^(\/|\?|#|mailto:)/);
  });

  it('resets every element, as heavy site CSS does', () => {
    const css = read('site.css');
    expect(css).toMatch(/all:\s*unset/);
  });

  it('has every key its pages use in every language, none empty, each language its own words', () => {
    const keys = [...new Set(pages.flatMap((p) => [...read(p).matchAll(/data-i18n(?:-label|-content)?="([^"]+)"/g)].map((m) => m[1] ?? '')))];
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of SITE_LANGS) {
      for (const key of keys) expect(SITE_TEXT[lang]?.[key]?.trim(), `${lang}.${key}`).toBeTruthy();
    }
    for (const lang of SITE_LANGS.filter((l) => l !== 'en')) {
      const same = keys.filter((key) => SITE_TEXT[lang][key] === SITE_TEXT.en[key]);
      expect(same, `${lang} strings left in English`).toEqual([]);
    }
  });

  it.each(pages)('%s carries the default language’s words in its HTML, each element named by its key', (name) => {
    const html = read(name);
    for (const [, key, text] of html.matchAll(/data-i18n="([^"]+)">([^<]*)</g)) {
      expect(text.replace(/\s+/g, ' ').trim(), `${name} ${key}`).toBe(SITE_TEXT[DEFAULT_LANG][key]);
    }
    expect(html).toMatch(/<title data-i18n="title\w+">/);
  });

  it('embeds the registration form on the become-a-mentor page, apart from the finder', () => {
    const html = read('become-a-mentor.html');
    expect(html).toContain('<script type="module" src="/mentor-registration.js"></script>');
    expect(html).toMatch(/<mentor-registration kind="mentor" programme="etwinning-mentors-2026" src="\/programmes.json" endpoint="\/api\/registrations"[^>]*privacy-url="\/privacy.html" privacy-version="2026-12"><\/mentor-registration>/);
    expect(html).not.toContain('/mentor-finder.js');
    expect(read('privacy.html')).toContain('2026-12');
  });

  it('embeds the mentee form on its own page, linked from the finder page', () => {
    const html = read('become-a-mentee.html');
    expect(html).toContain('<script type="module" src="/mentor-registration.js"></script>');
    expect(html).toMatch(/<mentor-registration kind="mentee" programme="etwinning-mentors-2026" src="\/programmes.json" endpoint="\/api\/registrations"[^>]*privacy-url="\/privacy.html" privacy-version="2026-12"><\/mentor-registration>/);
    expect(html).not.toContain('/mentor-finder.js');
    expect(read('index.html')).toContain('<a class="button" href="/become-a-mentee.html" data-i18n="menteeCta">');
  });
});
