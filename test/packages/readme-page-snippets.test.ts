/// <reference lib="dom" />
// The html blocks of every README, each a page of the reference server (the real binary, the
// example national site as its site folder, its strict Content-Security-Policy), and the `js browser`
// blocks, bundled with esbuild as an app would be. One Chromium loads them all. A block fails on a
// console error, an uncaught exception, a CSP violation, a failed or foreign request, a resource
// fetched twice (a preload hint that does not match its use), a URL it names that does not answer,
// or a custom element that is not defined or (when the page holds it) renders nothing. css blocks
// style a page holding the elements they name: each part they style is rendered and takes the
// declared values, and each custom property is one the element documents.
// Data files a snippet names that a site would publish itself (a cohort's /data/mentors.json) are
// put in the site folder from the sample data; the widget's files and the server's routes are not.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, waitForDeepSelector } from '../e2e/launch-chromium.js';
import { startServerProcess, type ServerProcess } from '../e2e/start-server-process.js';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { allSnippets, REPOSITORY_ROOT, treatmentOf, where, type Snippet } from './readme-snippets.js';

/** What each element shows once it has rendered from its data, inside its shadow root. */
const RENDERED: Readonly<Record<string, string>> = Object.freeze({
  'mentor-finder': '[part~="card"]',
  'mentor-registration': 'form',
  'mentor-pair-preview': '[part~="pairs-table"]',
});
/** A page with each element a css block styles, loaded as a site embeds it. */
const HOSTS: Readonly<Record<string, string>> = Object.freeze({
  'mentor-finder': '<script type="module" src="/mentor-finder.js"></script>\n<mentor-finder src="/mentors.public.json"></mentor-finder>\n',
  'mentor-registration': '<script type="module" src="/mentor-registration.js"></script>\n<mentor-registration kind="mentor" src="/programmes.json"></mentor-registration>\n',
});
/** Attributes whose value is a URL the page needs (or links to) on the same server. */
const URL_ATTRIBUTES = /\s(src|href|[\w-]+-src|privacy-url|endpoint)="([^"]+)"/g;

const snippets = allSnippets().filter((snippet) => ['page', 'browser-script', 'style'].includes(String(treatmentOf(snippet))));
const slug = (snippet: Snippet) => `${snippet.readme.replace(/[^\w]+/g, '-')}-${snippet.line}`;
const pagePath = (snippet: Snippet) => `/readme/${slug(snippet)}.html`;
const unique = (names: string[]) => [...new Set(names)];
const customElementsIn = (snippet: Snippet) =>
  snippet.lang === 'css'
    ? unique([...snippet.code.matchAll(/(?:^|[\s,}])([a-z][a-z0-9]*-[a-z0-9-]+)(?=::part|\s*[{,])/g)].map((match) => match[1]!))
    : unique([...snippet.code.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]+)[\s>]/g)].map((match) => match[1]!));
/** `selector { declarations }` of a css block, in order. */
const rulesIn = (css: string) => [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector = '', body = '']) => ({ selector: selector.trim(), body }));
const urlsIn = (snippet: Snippet) => [...snippet.code.matchAll(URL_ATTRIBUTES)].map(([, attribute = '', url = '']) => ({ attribute, url }));

let workDir: string;
let siteDir: string;
let server: ServerProcess;
let browser: Browser;

/**
 * The status of a request, its body read to the end: a body left unread holds the connection
 * open, and the server's shutdown waits for it.
 */
async function statusOf(url: URL, init?: RequestInit): Promise<number> {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response.status;
}

function page(snippet: Snippet, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${where(snippet)}</title><link rel="icon" href="/favicon.svg"></head>\n<body>\n${body}</body>\n</html>\n`;
}

/** Bundles a `js browser` block into the site folder; returns the page body that loads it. */
async function bundle(snippet: Snippet): Promise<string> {
  const entry = join(workDir, 'src', `${slug(snippet)}.js`);
  writeFileSync(entry, snippet.code);
  await build({ entryPoints: [entry], bundle: true, splitting: true, format: 'esm', outdir: join(siteDir, 'readme', slug(snippet)), logLevel: 'silent' });
  return `<script type="module" src="/readme/${slug(snippet)}/${slug(snippet)}.js"></script>\n`;
}

beforeAll(async () => {
  if (!existsSync(join(REPOSITORY_ROOT, 'packages/widget/dist/mentor-finder.js'))) throw new Error('packages/widget/dist is missing: run `npm run build` first');
  workDir = mkdtempSync(join(tmpdir(), 'mf-readme-pages-'));
  siteDir = join(workDir, 'site');
  cpSync(join(REPOSITORY_ROOT, 'examples/national-site'), siteDir, { recursive: true });
  mkdirSync(join(siteDir, 'readme'));
  mkdirSync(join(workDir, 'src'));
  // Package names resolve for the bundler as in an app's own folder.
  symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  for (const snippet of snippets) {
    let body: string;
    if (treatmentOf(snippet) === 'page') body = snippet.code;
    else if (treatmentOf(snippet) === 'browser-script') body = await bundle(snippet);
    else {
      writeFileSync(join(siteDir, 'readme', `${slug(snippet)}.css`), snippet.code);
      body = `<link rel="stylesheet" href="/readme/${slug(snippet)}.css">\n${customElementsIn(snippet).map((tag) => HOSTS[tag] ?? `<!-- no host page for ${tag} -->`).join('')}`;
    }
    writeFileSync(join(siteDir, pagePath(snippet)), page(snippet, body));
  }
  server = await startServerProcess({ env: { MF_SITE_DIR: siteDir }, timeoutMs: 30_000 });
  // A site publishes its own data files; the server provides the widget, the public lists and the routes.
  for (const { url } of snippets.flatMap(urlsIn)) {
    const path = new URL(url, server.url).pathname;
    const name = basename(path);
    if (!/\.(json|csv)$/.test(name) || !existsSync(join(SHARED_DATA_DIR, name))) continue;
    if ((await statusOf(new URL(path, server.url))) !== 404) continue;
    mkdirSync(join(siteDir, dirname(path)), { recursive: true });
    cpSync(join(SHARED_DATA_DIR, name), join(siteDir, path));
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) {
    const code = await server.stop();
    expect(code, `the server exited with ${code}:\n${server.output().slice(-3000)}`).toBe(0);
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}, 30_000);

it('there are html blocks to load', () => {
  expect(snippets.filter((snippet) => treatmentOf(snippet) === 'page').length).toBeGreaterThan(0);
});

describe.each(snippets.map((snippet) => [where(snippet), snippet] as const))('%s', (place, snippet) => {
  const elements = customElementsIn(snippet);

  if (snippet.lang === 'css') {
    it('styles only parts and custom properties its elements document', () => {
      const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'packages/widget/custom-elements.json'), 'utf8')) as {
        modules: { declarations?: { tagName?: string; cssParts?: { name: string }[]; cssProperties?: { name: string }[] }[] }[];
      };
      const documented = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
      const problems: string[] = [];
      for (const { selector, body } of rulesIn(snippet.code)) {
        const target = /^([a-z][a-z0-9]*-[a-z0-9-]+)(?:::part\(([\w-]+)\))?$/.exec(selector);
        if (!target) {
          problems.push(`${selector}: only element and element::part(name) rules are checked`);
          continue;
        }
        const [, tag = '', part] = target;
        const element = documented.get(tag);
        if (!element) problems.push(`${tag} is not in custom-elements.json`);
        if (!HOSTS[tag]) problems.push(`${tag} has no host page in this test`);
        if (part && !element?.cssParts?.some((p) => p.name === part)) problems.push(`${tag}::part(${part}) is not documented`);
        for (const [, property = ''] of body.matchAll(/(--[\w-]+)\s*:/g)) {
          if (!element?.cssProperties?.some((p) => p.name === property)) problems.push(`${tag} does not document ${property}`);
        }
      }
      expect(problems, place).toEqual([]);
    });
  }

  it('names only URLs the server answers', async () => {
    const missing: string[] = [];
    for (const { attribute, url } of urlsIn(snippet)) {
      const target = new URL(url, server.url);
      if (target.origin !== new URL(server.url).origin) {
        missing.push(`${attribute}="${url}" is on another origin`);
        continue;
      }
      // An endpoint takes POSTs: an empty body must be refused as bad input, not as an unknown route.
      const status =
        attribute === 'endpoint'
          ? await statusOf(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
          : await statusOf(target);
      const ok = attribute === 'endpoint' ? status === 400 || status === 422 : status === 200;
      if (!ok) missing.push(`${attribute}="${url}" answers ${status}`);
    }
    expect(missing, place).toEqual([]);
  });

  const outcome = treatmentOf(snippet) === 'browser-script' ? 'are defined' : 'render';
  it(`loads under the server's CSP without errors, and ${elements.length > 0 ? `${elements.join(', ')} ${outcome}` : 'names its elements'}`, async () => {
    expect(elements.length, `${place} names no custom element`).toBeGreaterThan(0);
    const watch = await openWatchedPage(browser, server.url);
    const failed: string[] = [];
    const requested: string[] = [];
    watch.page.on('request', (request) => requested.push(request.url()));
    watch.page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    watch.page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
    });
    try {
      await watch.page.goto(new URL(pagePath(snippet), server.url).href, { waitUntil: 'load' });
      for (const tag of elements) {
        await watch.page.waitForFunction((name) => customElements.get(name) !== undefined, { timeout: 15_000 }, tag).catch(() => {
          throw new Error(`${place}: <${tag}> was never defined`);
        });
        const inPage = await watch.page.$(tag);
        if (treatmentOf(snippet) === 'browser-script' && !inPage) continue;
        const shows = RENDERED[tag];
        if (!shows) throw new Error(`${place}: add what <${tag}> renders to RENDERED`);
        await waitForDeepSelector(watch.page, `${tag} >>> ${shows}`).catch(() => {
          throw new Error(`${place}: <${tag}> did not render ${shows}`);
        });
      }
      if (snippet.lang === 'css') expect(await styleProblems(watch.page, `/readme/${slug(snippet)}.css`, rulesIn(snippet.code).length), place).toEqual([]);
      const twice = requested.filter((url, index) => !url.startsWith('data:') && requested.indexOf(url) !== index);
      expect({ errors: watch.errors, csp: watch.cspViolations, foreign: watch.foreignRequests, failed, twice }, place).toEqual({ errors: [], csp: [], foreign: [], failed: [], twice: [] });
    } finally {
      await watch.page.close();
    }
  }, 60_000);
});

/** What a css block's rules fail to do on the page: rules dropped, parts not rendered, values not taken. */
function styleProblems(page: Page, href: string, rules: number): Promise<string[]> {
  return page.evaluate((sheetHref, written) => {
    const problems: string[] = [];
    const sheet = [...document.styleSheets].find((candidate) => candidate.href?.endsWith(sheetHref));
    if (!sheet) return [`${sheetHref} was not applied`];
    // A rule the browser cannot parse is dropped without a word.
    if (sheet.cssRules.length !== written) problems.push(`${written} rules written, ${sheet.cssRules.length} understood`);
    for (const rule of [...sheet.cssRules]) {
      if (!(rule instanceof CSSStyleRule)) continue;
      const target = /^([a-z][a-z0-9]*-[a-z0-9-]+)(?:::part\(([\w-]+)\))?$/.exec(rule.selectorText);
      if (!target) continue;
      const host = document.querySelector(target[1]!);
      const styled = target[2] ? host?.shadowRoot?.querySelector(`[part~="${target[2]}"]`) : host;
      if (!styled) {
        problems.push(`${rule.selectorText} matches nothing rendered`);
        continue;
      }
      const probe = document.createElement('div');
      document.body.append(probe);
      for (const property of [...rule.style]) {
        if (property.startsWith('--')) continue;
        probe.style.setProperty(property, rule.style.getPropertyValue(property));
        const expected = getComputedStyle(probe).getPropertyValue(property);
        const actual = getComputedStyle(styled).getPropertyValue(property);
        if (actual !== expected) problems.push(`${rule.selectorText} { ${property} } is ${actual}, not ${expected}`);
      }
      probe.remove();
    }
    return problems;
  }, href, rules);
}
