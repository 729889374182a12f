/// <reference lib="dom" />
// One visitor's whole journey on the national site (in its default language, Estonian): search,
// filter, "find my mentor", contact. Expected lists come from the matcher's public API over the
// same public data, so the test checks the widget's order, not hand-copied numbers.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import {
  createMentorSearch,
  extractTopics,
  formatReason,
  freePlaces,
  prepareMentors,
  rankMentors,
  type MentorFilters,
  type PublicMentor,
} from '@mentor-finder/matcher';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { captureResponseBodies } from './capture-response-bodies.js';
import { openWatchedPage, waitForDeepSelector } from './launch-chromium.js';
import { PRIVATE_MENTOR_EMAILS, useServerAndBrowser } from './use-server-and-browser.js';

const WAIT = { timeout: 20_000, polling: 100 } as const;
const LOCALE = 'et';
const FINDER = 'mentor-finder >>> ';
const DIALOG = 'mentor-finder >>> mentor-contact-dialog >>> ';
const QUERY = 'kvaliteedimärk';
const GOALS = 'Tahan leida partnerkooli ja taotleda kvaliteedimärki. Vajan abi ka TwinSpace kasutamisel.';
const SENDER = { name: 'Liis Mägi', email: 'liis.magi@example.net' };

interface FullMentor {
  id: string;
  private: { email: string };
}
const fullMentors: FullMentor[] = JSON.parse(readFileSync(`${SHARED_DATA_DIR}mentors.json`, 'utf8'));
const privateEmails = PRIVATE_MENTOR_EMAILS;

const context = useServerAndBrowser();
let publicMentors: PublicMentor[];

beforeAll(async () => {
  // The site's finder shows its own programme's mentors (programme="etwinning-mentors-2026").
  const all = (await (await fetch(`${context.server.url}mentors.public.json`)).json()) as PublicMentor[];
  publicMentors = all.filter((mentor) => mentor.programmeId === 'etwinning-mentors-2026');
  expect(publicMentors.length).toBeLessThan(all.length);
}, 60_000);

/** Ids of the cards shown in one part of the finder, in order. */
function shownIds(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const root = document.querySelector('mentor-finder')?.shadowRoot;
    return Array.from(root?.querySelectorAll(`${scope} [part~="card"] h3`) ?? [], (h) => h.id.replace(/^name-/, ''));
  }, scope);
}

function resultsCount(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('mentor-finder')?.shadowRoot?.querySelector('.results-count')?.textContent?.trim() ?? '');
}

/** Waits until the announced count shows `n` (the widget's wording differs by number; the digits do not). */
async function waitForCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const text = document.querySelector('mentor-finder')?.shadowRoot?.querySelector('.results-count')?.textContent ?? '';
      return (text.match(/\d+/) ?? [])[0] === String(n);
    },
    WAIT,
    n,
  );
}

/**
 * Waits until a part of the finder shows exactly these cards, in this order (typing is debounced,
 * so a count alone could match a half-typed query); fails with the last list seen.
 */
async function waitForList(page: Page, scope: string, expected: string[], timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const ids = await shownIds(page, scope);
    if (JSON.stringify(ids) === JSON.stringify(expected)) return;
    if (Date.now() > end) {
      expect(ids, `cards in ${scope}`).toEqual(expected);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectedHits(query: string, filters: MentorFilters = {}): string[] {
  return createMentorSearch(publicMentors)
    .search(query, filters, { locale: LOCALE })
    .map((hit) => hit.mentor.id);
}

describe('a visitor on the national site, from search to a stored contact request', () => {
  it('searches, filters, finds a ranked mentor with reasons in Estonian and contacts them; the e-mail stays on the server', async () => {
    const watch = await openWatchedPage(context.browser, context.server.url);
    const { page } = watch;
    const capture = await captureResponseBodies(page);
    await page.goto(context.server.url, { waitUntil: 'networkidle0' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(LOCALE);
    const pageSize = 24;

    // Everyone first, and the count is a live region.
    await waitForCount(page, publicMentors.length);
    expect(await page.$eval(`${FINDER}.results-count`, (el) => el.getAttribute('role'))).toBe('status');
    await waitForList(page, '.browse', expectedHits('').slice(0, pageSize));

    // Search: the list narrows to what the matcher finds for the same words.
    const searched = expectedHits(QUERY);
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.length).toBeLessThan(publicMentors.length);
    await (await waitForDeepSelector(page, `${FINDER}#search`)).type(QUERY);
    await waitForList(page, '.browse', searched);
    await waitForCount(page, searched.length);
    expect(await resultsCount(page)).toMatch(new RegExp(`^Leiti ${searched.length} mentor`)); // announced in Estonian

    // Clear: the search box empties and everyone is back.
    await page.click(`${FINDER}[part~="clear-filters"]`);
    await waitForCount(page, publicMentors.length);
    expect(await page.$eval(`${FINDER}#search`, (el) => (el as HTMLInputElement).value)).toBe('');

    // Filter by language, then also by topic; then clear both.
    const finnish = expectedHits('', { languages: ['fi'] });
    const finnishPartners = expectedHits('', { languages: ['fi'], topics: ['partner-finding'] });
    expect(finnishPartners.length).toBeLessThan(finnish.length);
    await page.select(`${FINDER}#filter-languages`, 'fi');
    await waitForList(page, '.browse', finnish);
    await waitForCount(page, finnish.length);
    await page.select(`${FINDER}#filter-topics`, 'partner-finding');
    await waitForList(page, '.browse', finnishPartners);
    await waitForCount(page, finnishPartners.length);
    await page.click(`${FINDER}[part~="clear-filters"]`);
    await waitForCount(page, publicMentors.length);
    expect(await page.$eval(`${FINDER}#filter-languages`, (el) => (el as HTMLSelectElement).value)).toBe('');

    // Find my mentor: Estonian and English, goals as free text.
    await page.click(`${FINDER}#tab-match`);
    await waitForDeepSelector(page, `${FINDER}#match-goals`);
    await page.select(`${FINDER}#match-language`, 'et');
    await page.select(`${FINDER}#match-language2`, 'en');
    await page.type(`${FINDER}#match-goals`, GOALS);
    await page.click(`${FINDER}.match-form [type="submit"]`);
    await waitForDeepSelector(page, `${FINDER}.match-results [part~="reasons"]`, 20_000);

    const topics = extractTopics(GOALS, { lang: LOCALE });
    expect(topics.map((t) => t.topic)).toContain('partner-finding');
    const ranked = rankMentors(
      { languages: [{ code: 'et', level: 'native' }, { code: 'en', level: 'B2' }], goals: { text: GOALS, lang: LOCALE } },
      prepareMentors(publicMentors),
      { includeIneligible: true, menteeTopics: topics },
    ).filter((entry) => entry.result.eligible);
    await waitForList(page, '.match-results', ranked.slice(0, pageSize).map((e) => e.mentor.id));
    const [best] = ranked;
    const bestReasons = (best?.result.reasons ?? []).filter((r) => r.effect === 'positive').slice(0, 3);
    expect(bestReasons.length).toBeGreaterThan(0);
    const shownReasons = await page.evaluate(() => {
      const list = document.querySelector('mentor-finder')?.shadowRoot?.querySelector('.match-results [part~="reasons"]');
      return Array.from(list?.querySelectorAll('li') ?? [], (li) => li.textContent?.trim());
    });
    expect(shownReasons).toEqual(bestReasons.map((r) => formatReason(r, LOCALE)));
    // In the page's language, not the English fallback.
    expect(shownReasons).not.toEqual(bestReasons.map((r) => formatReason(r, 'en')));

    // Contact the best-ranked mentor that takes requests, from the ranked list.
    const chosen = await page.evaluate(() => {
      const root = document.querySelector('mentor-finder')?.shadowRoot;
      const button = root?.querySelector<HTMLButtonElement>('.match-results [part~="contact-button"]');
      button?.click();
      return button?.closest('article')?.querySelector('h3')?.id.replace(/^name-/, '');
    });
    expect(chosen).toBe(ranked.find((e) => e.mentor.capacity.acceptingRequests && freePlaces(e.mentor) > 0)?.mentor.id);
    await (await waitForDeepSelector(page, `${DIALOG}#name`)).focus();
    await page.type(`${DIALOG}#name`, SENDER.name);
    await page.type(`${DIALOG}#email`, SENDER.email);
    await page.type(`${DIALOG}#message`, 'Tere! Otsin partnerkooli ja tahaksin nõu kvaliteedimärgi taotluse kohta.');
    await page.click(`${DIALOG}#consent`);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/contact-requests'), { timeout: 20_000 });
    await page.click(`${DIALOG}[part~="button-primary"][type="submit"]`);
    expect((await answer).status()).toBe(201);
    await waitForDeepSelector(page, `${DIALOG}[data-confirmation]`, 20_000);

    const mentorEmail = fullMentors.find((m) => m.id === chosen)?.private.email;
    expect(mentorEmail).toMatch(/@/);
    const db = new Database(context.server.databaseFile, { readonly: true });
    try {
      const rows = db.prepare('SELECT id, mentor_id, request_json FROM contact_requests').all() as {
        id: string;
        mentor_id: string;
        request_json: string;
      }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ mentor_id: chosen });
      const stored = JSON.parse(rows[0]?.request_json ?? '{}');
      expect(stored.sender).toMatchObject(SENDER);
      // The topics found in the goals travel with the request.
      expect(stored.topics).toEqual(topics.map((t) => t.topic));
      const mails = db.prepare('SELECT request_id, kind, recipient, reply_to FROM mail_outbox').all();
      expect(mails).toEqual([{ request_id: rows[0]?.id, kind: 'mentor-request', recipient: mentorEmail, reply_to: SENDER.email }]);
    } finally {
      db.close();
    }

    const responses = await capture.responses();
    expect(capture.unread).toEqual([]);
    const urls = responses.map((r) => new URL(r.url).pathname);
    expect(urls).toEqual(expect.arrayContaining(['/', '/mentor-finder.js', '/mentors.public.json', '/api/contact-requests']));
    expect(responses.find((r) => r.url.endsWith('/api/contact-requests'))?.body).toMatch(/"status":"received"/);
    const everything = responses.map((r) => r.body).join('\n') + (await page.content());
    expect(everything).toContain(`"id":"${chosen}"`); // the public list is among what was captured
    for (const email of privateEmails) expect(everything).not.toContain(email);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await page.close();
  }, 120_000);
});
