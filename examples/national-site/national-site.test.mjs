// @ts-check
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('./', import.meta.url);
const pages = readdirSync(DIR).filter((name) => name.endsWith('.html'));
/** @param {string} name */
const read = (name) => readFileSync(new URL(name, DIR), 'utf8');

describe('national site example', () => {
  it('has the finder page, a privacy notice and a become-a-mentor page', () => {
    expect(pages.sort()).toEqual(['become-a-mentor.html', 'index.html', 'privacy.html']);
  });

  it('embeds the widget exactly as the README tells sites to', () => {
    const html = read('index.html');
    expect(html).toContain('<script type="module" src="/mentor-finder.js"></script>');
    expect(html).toContain(
      '<mentor-finder src="/mentors.public.json" endpoint="/api/contact-requests" lang="et" privacy-url="/privacy.html"></mentor-finder>',
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

  it('translates the same keys in every language it offers', () => {
    const js = read('site.js');
    const keys = [...new Set([...pages.flatMap((p) => [...read(p).matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1]))])];
    for (const lang of ['en', 'fi', 'lt', 'lv']) {
      const block = js.slice(js.indexOf(`  ${lang}: {`));
      const body = block.slice(0, block.indexOf('\n  },'));
      for (const key of keys) expect(body, `${lang}.${key}`).toContain(`    ${key}: `);
    }
  });
});
