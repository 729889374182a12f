/// <reference lib="dom" />
// Serves one built page with the public mentor list, the sample cohort and a stub contact endpoint,
// and drives it in Chromium: the finder as a visitor (cards, a search, a contact request), the pair
// preview as a coordinator (a cohort solved in its worker).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toPublicMentors, type Mentor, type PublicMentor } from '@mentor-finder/matcher';
import { launchChromium, waitForDeepSelector } from '../e2e/launch-chromium.js';

const SHARED = new URL('../../../shared/data/', import.meta.url);
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const COHORT_FILES = new Set(['/mentors.json', '/mentees.json', '/programmes.json']);
const FINDER = 'mentor-finder >>> ';
const DIALOG = 'mentor-finder >>> mentor-contact-dialog >>> ';

let publicJson: string | undefined;
export function publicMentorsJson(): string {
  publicJson ??= JSON.stringify(toPublicMentors(JSON.parse(readFileSync(new URL('mentors.json', SHARED), 'utf8')) as Mentor[]));
  return publicJson;
}

export interface Visit {
  cardsShown: number;
  cardsAfterSearch: number;
  contactRequest: unknown;
  confirmed: boolean;
  /** Paths of the scripts fetched before the first click. */
  scriptsBeforeClick: string[];
  jsBeforeClickGzip: number;
  errors: string[];
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The gzip size of the CDN entry an adopter gets in the widget package. */
export function cdnEntryGzip(app: string): number {
  return gzip(readFileSync(join(app, 'node_modules/@mentor-finder/widget/dist/mentor-finder.js')));
}

/** The status each path was answered with, last answer first. */
type Answered = Map<string, number>;

function serve(dir: string, received: unknown[], answered: Answered = new Map()): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    response.on('finish', () => answered.set(path, response.statusCode));
    if (path === '/api/contact-requests' && request.method === 'POST') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(201, { 'content-type': 'application/json' }).end('{"status":"received"}');
      });
      return;
    }
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    if (path === '/mentors.public.json') return void response.writeHead(200, { 'content-type': TYPES['.json'] }).end(publicMentorsJson());
    if (COHORT_FILES.has(path)) return void response.writeHead(200, { 'content-type': TYPES['.json'] }).end(readFileSync(new URL(path.slice(1), SHARED)));
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const cardCount = () => document.querySelector('mentor-finder')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0;

export async function visitAndContact(dir: string): Promise<Visit> {
  const received: unknown[] = [];
  const server = await serve(dir, received);
  const browser = await launchChromium();
  const errors: string[] = [];
  const scripts: string[] = [];
  let clicked = false;
  try {
    const page = await (await browser.createBrowserContext()).newPage();
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    page.on('response', (response) => {
      if (!clicked && response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitForDeepSelector(page, `${FINDER}[part~="card"]`);
    // Everything the page fetches unasked (the contact dialog once the list is indexed), so the
    // figure does not depend on how soon after the first card it is taken.
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 30_000 });
    const cardsShown = await page.evaluate(cardCount);
    const publicMentors = JSON.parse(publicMentorsJson()) as PublicMentor[];
    const scriptsBeforeClick = [...scripts];
    clicked = true;
    const jsBeforeClickGzip = scriptsBeforeClick.reduce((sum, path) => sum + gzip(readFileSync(join(dir, path))), 0);

    const query = publicMentors[0]?.displayName ?? '';
    await (await waitForDeepSelector(page, `${FINDER}#search`)).type(query);
    await page.waitForFunction((n) => (document.querySelector('mentor-finder')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) < n, { timeout: 15_000, polling: 100 }, cardsShown);
    const cardsAfterSearch = await page.evaluate(cardCount);

    await page.click(`${FINDER}[part~="clear-filters"]`);
    await page.waitForFunction(() => document.querySelector('mentor-finder')?.shadowRoot?.querySelector('[part~="contact-button"]'), { timeout: 15_000, polling: 100 });
    await page.evaluate(() => document.querySelector('mentor-finder')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="contact-button"]')?.click());
    await (await waitForDeepSelector(page, `${DIALOG}#name`)).focus();
    await page.type(`${DIALOG}#name`, 'Liis Mägi');
    await page.type(`${DIALOG}#email`, 'liis.magi@example.net');
    await page.type(`${DIALOG}#message`, 'Hello! I am looking for a partner school for a project next spring.');
    await page.click(`${DIALOG}#consent`);
    await page.click(`${DIALOG}[part~="button-primary"][type="submit"]`);
    const confirmed = Boolean(await waitForDeepSelector(page, `${DIALOG}[data-confirmation]`, 15_000).catch(() => undefined));
    return { cardsShown, cardsAfterSearch, contactRequest: received[0], confirmed, scriptsBeforeClick, jsBeforeClickGzip, errors };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

export interface PairVisit {
  /** Pairs in the suggestion shown. */
  pairs: number;
  /** Scripts started as workers, each with the status the server answered it with. */
  workers: { path: string; status: number | undefined }[];
  /** Where the solver says it ran (`worker` or `main-thread`). */
  solvedIn: unknown;
  /** Console warnings, among them any fallback to the main thread. */
  warnings: string[];
  errors: string[];
}

/** Opens the coordinators' page: the pair preview loads the sample cohort and solves it. */
export async function visitPairPreview(dir: string): Promise<PairVisit> {
  const answered: Answered = new Map();
  const server = await serve(dir, [], answered);
  const browser = await launchChromium();
  const errors: string[] = [];
  const warnings: string[] = [];
  const workers: string[] = [];
  try {
    const page = await (await browser.createBrowserContext()).newPage();
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.type() === 'warn') warnings.push(message.text());
    });
    page.on('workercreated', (worker) => workers.push(new URL(worker.url()).pathname));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const preview = 'mentor-pair-preview';
    await page.waitForFunction((tag) => ((document.querySelector(tag) as { suggestion?: { pairs: unknown[] } } | null)?.suggestion?.pairs.length ?? 0) > 0, { timeout: 60_000, polling: 200 }, preview);
    const { pairs, solvedIn } = await page.evaluate((tag) => {
      const element = document.querySelector(tag) as unknown as { suggestion: { pairs: unknown[] }; solver?: { mode?: unknown } };
      return { pairs: element.suggestion.pairs.length, solvedIn: element.solver?.mode };
    }, preview);
    return { pairs, workers: workers.map((path) => ({ path, status: answered.get(path) })), solvedIn, warnings, errors };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
